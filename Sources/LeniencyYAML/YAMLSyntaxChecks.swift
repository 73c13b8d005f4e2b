import LeniencyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The YAML 1.2 rules libyaml 0.2.5 does not enforce, checked on its events and the raw text around them.
///
/// libyaml parses these inputs without complaint although the YAML specification forbids them (each kind is a
/// yaml-test-suite error case; the ids are in docs/YAML.md):
/// - a line that continues a flow collection (`[…]`, `{…}`) or a quoted scalar indented no more than the block
///   collection holding it (tabs never count as indentation);
/// - a comment whose `#` follows other text without a space (`]#`, `,#`, `"text"#`, `|#`, `%YAML 1.2#`);
/// - a plain `-` inside a flow collection (`[-]`);
/// - a block scalar whose leading empty lines hold more spaces than its first line of text;
/// - a `%YAML` or `%TAG` directive after a document that was not ended with `...`.
struct YAMLSyntaxChecks {
    private let source: SourceText
    private let file: String
    /// Open collections, innermost last: flow or block, and the column a block collection's entries start at.
    private var open: [(flow: Bool, column: Int)] = []
    /// Where the outermost open flow collection starts, and the spaces its later lines need.
    private var flowRegion: (start: SourcePosition, indent: Int)?
    /// True at the start of the stream and after a document ended with `...`.
    private var previousDocumentEndedExplicitly = true
    /// Where the last event ended: the text up to the next event holds only indicators, spaces and comments.
    private var lastEnd = SourcePosition(line: 1, column: 1)
    /// Forward-only cursors, one for the text between events, one for the regions checked line by line.
    private var gapCursor = SourceCursor()
    private var regionCursor = SourceCursor()
    /// Offsets of every `#` that follows a byte other than a space, tab or line break, in order: the only `#`s that
    /// can be a comment without a space. Most files have none, and then the text between events is never walked.
    let commentCandidates: [Int]
    /// The first candidate that may still lie ahead.
    private var nextCandidate = 0

    init(source: SourceText, file: String) {
        self.source = source
        self.file = file
        self.commentCandidates = Self.hashesAfterText(source.bytes)
    }

    private static func hashesAfterText(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [Int] = []
        var offset = 1
        while offset < bytes.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "#")), bytes.count - offset) {
            let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            let before = bytes[index - 1]
            if before != 0x20, before != 0x09, before != 0x0A, before != 0x0D { found.append(index) }
            offset = index + 1
        }
        return found
    }

    /// Checks one event and the text before it; returns the first problem found, if any.
    mutating func observe(_ event: LibYAMLEvent, _ marks: EventMarks) -> Diagnostic? {
        var found = commentWithoutSpace(before: marks.start)
        if case .documentStart = event {
            // Directives belong to the text before the document; scan them with the next gap.
        } else if lastEnd < marks.end {
            lastEnd = marks.end
        }
        let problem: Diagnostic?
        switch event {
        case .documentStart(let directives):
            open.removeAll(keepingCapacity: true)
            flowRegion = nil
            problem = directives && !previousDocumentEndedExplicitly ? directiveAfterOpenDocument(marks) : nil
        case .documentEnd(let explicit):
            previousDocumentEndedExplicitly = explicit
            problem = nil
        case .sequenceStart(_, let flow), .mappingStart(_, let flow):
            if flow, flowRegion == nil { flowRegion = (marks.start, blockIndent) }
            open.append((flow, marks.start.column))
            problem = nil
        case .sequenceEnd, .mappingEnd:
            let closed = open.popLast()
            if closed?.flow == true, !open.contains(where: \.flow), let region = flowRegion {
                flowRegion = nil
                problem = indentation(from: region.start, to: marks.end, indent: region.indent, flow: true)
            } else {
                problem = nil
            }
        case .scalar(let bytes, let style, _):
            problem = scalar(bytes, style: style, marks: marks)
        case .alias, .streamBoundary:
            problem = nil
        }
        if found == nil { found = problem }
        return found
    }

    /// Spaces a line inside a flow node needs: more than the column of the innermost block collection (YAML 1.2
    /// s-flow-line-prefix(n)); none at the top level.
    private var blockIndent: Int {
        open.last(where: { !$0.flow })?.column ?? 0
    }

    private var inFlow: Bool { open.last?.flow == true }

    private mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalar.Style, marks: EventMarks) -> Diagnostic? {
        switch style {
        case .plain:
            guard inFlow, bytes.count >= 1, bytes[0] == UInt8(ascii: "-") else { return nil }
            guard bytes.count == 1 || [0x20, 0x09, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(bytes[1]) else { return nil }
            return Diagnostic(
                .yamlSyntax, at: SourceLocation(file: file, start: marks.start, end: marks.start.advanced(by: 1)),
                Message(.yamlSyntaxError, Message(.yamlDashInFlow)), hint: Message(.yamlDashInFlowHint)
            )
        case .singleQuoted, .doubleQuoted:
            guard flowRegion == nil, marks.end.line > marks.start.line else { return nil }
            return indentation(from: marks.start, to: marks.end, indent: blockIndent, flow: false)
        case .literal, .folded:
            return blockScalarHeaderAndLeadingLines(marks)
        }
    }

    // MARK: - Indentation of flow regions

    /// The first line after `start` and up to `end` that holds text but fewer than `indent` leading spaces.
    private mutating func indentation(from start: SourcePosition, to end: SourcePosition, indent: Int, flow: Bool) -> Diagnostic? {
        guard indent > 0, end.line > start.line else { return nil }
        let bytes = source.bytes
        for line in (start.line + 1)...end.line {
            var offset = regionCursor.advance(to: SourcePosition(line: line, column: 1), in: source)
            var spaces = 0
            while offset < bytes.count, bytes[offset] == 0x20 { offset += 1; spaces += 1 }
            var rest = offset
            while rest < bytes.count, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
            if rest >= bytes.count || source.lineBreakLength(at: rest) > 0 { continue }
            if flow, bytes[rest] == UInt8(ascii: "#") { continue }
            guard spaces < indent else { continue }
            let position = SourcePosition(line: line, column: spaces + 1)
            let location = SourceLocation(file: file, start: position, end: position.advanced(by: 1))
            let context = Message(flow ? .yamlContinuesFlow : .yamlContinuesQuoted, start.line, start.column)
            if offset < bytes.count, bytes[offset] == 0x09 {
                return Diagnostic(.tabIndent, at: location, Message(.yamlContinuationTab, context))
            }
            return Diagnostic(
                .yamlSyntax, at: location,
                Message(.yamlSyntaxError, Message(indent == 1 ? .yamlContinuationIndentOne : .yamlContinuationIndent, context, indent)),
                hint: Message(.yamlContinuationIndentHint)
            )
        }
        return nil
    }

    // MARK: - Block scalars

    private mutating func blockScalarHeaderAndLeadingLines(_ marks: EventMarks) -> Diagnostic? {
        let bytes = source.bytes
        var offset = regionCursor.advance(to: marks.start, in: source)
        // Anchors and tags come before the `|` or `>` indicator.
        while offset < bytes.count, bytes[offset] == UInt8(ascii: "!") || bytes[offset] == UInt8(ascii: "&") {
            while offset < bytes.count, bytes[offset] != 0x20, bytes[offset] != 0x09, source.lineBreakLength(at: offset) == 0 { offset += 1 }
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "|") || bytes[offset] == UInt8(ascii: ">") else { return nil }
        offset += 1
        var explicitIndentation = false
        while offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
            || (bytes[offset] >= UInt8(ascii: "1") && bytes[offset] <= UInt8(ascii: "9")) {
            if bytes[offset] != UInt8(ascii: "+"), bytes[offset] != UInt8(ascii: "-") { explicitIndentation = true }
            offset += 1
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "#") {
            return commentDiagnostic(at: source.position(ofOffset: offset))
        }
        guard !explicitIndentation else { return nil }
        // YAML 1.2 §8.1.1.1: no leading empty line may hold more spaces than the first line of text.
        var line = marks.start.line + 1
        var widest: (line: Int, spaces: Int)?
        while true {
            var at = regionCursor.advance(to: SourcePosition(line: line, column: 1), in: source)
            guard at < bytes.count else { return nil }
            var spaces = 0
            while at < bytes.count, bytes[at] == 0x20 { at += 1; spaces += 1 }
            if at < bytes.count, source.lineBreakLength(at: at) == 0 {
                guard let widest, spaces >= blockIndent, widest.spaces > spaces else { return nil }
                let position = SourcePosition(line: widest.line, column: spaces + 1)
                return Diagnostic(
                    .yamlSyntax, at: SourceLocation(file: file, start: position, end: SourcePosition(line: widest.line, column: widest.spaces + 1)),
                    Message(.yamlSyntaxError, Message(.yamlBlockScalarLeadingSpaces, widest.spaces, spaces, line)),
                    hint: Message(.yamlBlockScalarLeadingSpacesHint)
                )
            }
            if at >= bytes.count { return nil }
            if widest == nil || spaces > widest?.spaces ?? 0 { widest = (line, spaces) }
            line += 1
        }
    }

    // MARK: - Comments

    /// A `#` in the text before `end` (since the last event) that follows other text without a space.
    private mutating func commentWithoutSpace(before end: SourcePosition) -> Diagnostic? {
        guard nextCandidate < commentCandidates.count, lastEnd < end else { return nil }
        let from = gapCursor.advance(to: lastEnd, in: source)
        let to = gapCursor.advance(to: end, in: source)
        // Candidates before the gap lay inside scalars or other tokens; without one inside it, nothing to scan.
        while nextCandidate < commentCandidates.count, commentCandidates[nextCandidate] < from { nextCandidate += 1 }
        guard nextCandidate < commentCandidates.count, commentCandidates[nextCandidate] < to else { return nil }
        let bytes = source.bytes
        var afterSpace = from == 0 || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[from - 1])
        var inComment = false
        var offset = from
        while offset < to {
            let byte = bytes[offset]
            if byte == 0x0A || byte == 0x0D {
                inComment = false
                afterSpace = true
            } else if !inComment {
                if byte == UInt8(ascii: "#") {
                    if !afterSpace { return commentDiagnostic(at: source.position(ofOffset: offset)) }
                    inComment = true
                }
                afterSpace = byte == 0x20 || byte == 0x09
            }
            offset += 1
        }
        return nil
    }

    private func commentDiagnostic(at position: SourcePosition) -> Diagnostic {
        Diagnostic(
            .yamlSyntax, at: SourceLocation(file: file, start: position, end: position.advanced(by: 1)),
            Message(.yamlSyntaxError, Message(.yamlCommentWithoutSpace)), hint: Message(.yamlCommentWithoutSpaceHint)
        )
    }

    // MARK: - Directives

    private func directiveAfterOpenDocument(_ marks: EventMarks) -> Diagnostic {
        Diagnostic(
            .yamlSyntax, at: SourceLocation(file: file, start: marks.start, end: marks.end),
            Message(.yamlSyntaxError, Message(.yamlDirectiveAfterDocument)), hint: Message(.yamlDirectiveAfterDocumentHint)
        )
    }
}
