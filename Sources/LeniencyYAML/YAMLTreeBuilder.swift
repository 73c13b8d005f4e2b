import LeniencyCore

/// Builds positioned nodes from libyaml events with an explicit stack, enforcing the limits as it goes.
///
/// Iterative on purpose: a 10,000-level input must fail with a diagnostic, not overflow the call stack.
struct YAMLTreeBuilder {
    /// One open mapping or sequence.
    private struct Frame {
        enum Kind { case mapping, sequence }

        var kind: Kind
        var start: SourcePosition
        var anchor: String?
        /// The document's node count before this node, to size the subtree for alias accounting.
        var nodesBefore: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A key waiting for its value.
        var pendingKey: YAMLNode?
        /// The pending key is rejected (duplicate or not a scalar): its value is read but dropped.
        var dropsPendingValue = false
        /// Key → first position, built only for large mappings where a linear scan would be slow.
        var keyIndex: [String: SourceLocation]?
    }

    /// An anchored node and the size of its subtree.
    private struct Anchored {
        var node: YAMLNode
        var nodeCount: Int
    }

    /// Mappings with more pairs than this index their keys in a dictionary.
    private static let linearKeyScanLimit = 12

    private let file: String
    private let limits: YAMLLimits
    /// The input, to keep the raw text of scalars whose text does not map column for column onto the source.
    private let source: SourceText?
    /// Where the last raw-text lookup ended; scalars arrive in source order, so lookups only walk forward.
    private var cursor = SourceCursor()

    /// Documents completed without errors that make them unusable.
    private(set) var documents: [YAMLNode] = []
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines inside multi-line scalars (after their first line): the trap scan must not read them as keys.
    private(set) var scalarContinuationLines: [ClosedRange<Int>] = []

    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var root: YAMLNode?
    private var documentNodes = 0
    private var aliasNodes = 0
    private var documentFailed = false
    /// The YAML rules libyaml does not enforce; nil without the source text.
    private var syntaxChecks: YAMLSyntaxChecks?

    /// Creates a builder for one file; with `source`, scalars that need it keep their raw text.
    init(file: String, limits: YAMLLimits, source: SourceText? = nil) {
        self.file = file
        self.limits = limits
        self.source = source
        self.syntaxChecks = source.map { YAMLSyntaxChecks(source: $0, file: file) }
    }

    /// Takes one event; `.stop` means a limit was hit and the rest of the input must not be read.
    mutating func consume(_ event: LibYAMLEvent, _ marks: EventMarks) -> EventOutcome {
        if let syntax = syntaxChecks?.observe(event, marks) {
            diagnostics.append(syntax)
        }
        switch event {
        case .documentStart:
            stack.removeAll(keepingCapacity: true)
            anchors.removeAll(keepingCapacity: true)
            root = nil
            documentNodes = 0
            aliasNodes = 0
            documentFailed = false
            return .proceed
        case .documentEnd:
            if let root, !documentFailed { documents.append(root) }
            root = nil
            return .proceed
        case .scalar(let bytes, let style, let properties):
            return scalar(bytes, style: style, properties: properties, marks: marks)
        case .sequenceStart(let properties, _):
            return open(.sequence, properties: properties, marks: marks)
        case .mappingStart(let properties, _):
            return open(.mapping, properties: properties, marks: marks)
        case .sequenceEnd, .mappingEnd:
            close(marks)
            return .proceed
        case .alias(let name):
            return alias(name, marks: marks)
        case .streamBoundary:
            return .proceed
        }
    }

    // MARK: - Events

    private mutating func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalar.Style, properties: NodeProperties, marks: EventMarks
    ) -> EventOutcome {
        let location = SourceLocation(file: file, start: marks.start, end: marks.end)
        if marks.end.line > marks.start.line {
            // The last line counts only if the scalar's text reaches into it.
            let last = marks.end.column > 1 ? marks.end.line : marks.end.line - 1
            if last > marks.start.line { scalarContinuationLines.append((marks.start.line + 1)...last) }
        }
        if countNewNodes(1, at: location) == .stop { return .stop }
        rejectTag(properties.tag, at: location)
        let text: String
        if bytes.count > limits.maxScalarBytes {
            diagnostics.append(Diagnostic(
                .inputTooLarge, at: location,
                Message(.yamlValueTooLong, bytes.count, limits.maxScalarBytes)
            ))
            documentFailed = true
            text = ""
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        let raw = needsRaw(text, style: style, marks: marks) ? rawText(from: marks.start, to: marks.end) : nil
        let node = YAMLNode(.scalar(YAMLScalar(text: text, style: style, raw: raw)), at: location)
        if let anchor = properties.anchor { anchors[anchor] = Anchored(node: node, nodeCount: 1) }
        attach(node)
        return .proceed
    }

    private mutating func open(_ kind: Frame.Kind, properties: NodeProperties, marks: EventMarks) -> EventOutcome {
        let location = SourceLocation(file: file, start: marks.start, end: marks.end)
        if stack.count >= limits.maxDepth {
            diagnostics.append(Diagnostic(
                .nestingTooDeep, at: location,
                Message(.yamlTooDeep, limits.maxDepth), hint: Message(.yamlTooDeepHint, limits.maxDepth)
            ))
            return .stop
        }
        let before = documentNodes
        if countNewNodes(1, at: location) == .stop { return .stop }
        rejectTag(properties.tag, at: location)
        stack.append(Frame(kind: kind, start: marks.start, anchor: properties.anchor, nodesBefore: before))
        return .proceed
    }

    private mutating func close(_ marks: EventMarks) {
        guard let frame = stack.popLast() else { return }
        let location = SourceLocation(file: file, start: frame.start, end: marks.end)
        let node: YAMLNode
        switch frame.kind {
        case .mapping: node = YAMLNode(.mapping(frame.pairs), at: location)
        case .sequence: node = YAMLNode(.sequence(frame.items), at: location)
        }
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: documentNodes - frame.nodesBefore)
        }
        attach(node)
    }

    private mutating func alias(_ name: String, marks: EventMarks) -> EventOutcome {
        let location = SourceLocation(file: file, start: marks.start, end: marks.end)
        guard let anchored = anchors[name] else {
            // An anchor still open here (`&a [*a]`) is also absent: recursion is never expanded.
            diagnostics.append(Diagnostic(
                .undefinedAlias, at: location,
                Message(.yamlUndefinedAlias, name)
            ))
            documentFailed = true
            attach(YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), at: location))
            return .proceed
        }
        aliasNodes += anchored.nodeCount
        if aliasNodes > limits.maxAliasExpandedNodes {
            diagnostics.append(Diagnostic(
                .aliasBudgetExceeded, at: location,
                Message(.yamlAliasBudget, name, aliasNodes, limits.maxAliasExpandedNodes), hint: Message(.yamlAliasBudgetHint)
            ))
            return .stop
        }
        if countNewNodes(anchored.nodeCount, at: location) == .stop { return .stop }
        // A copy shares storage with the anchored node, so expansion costs no more than the budget allows.
        var copy = anchored.node
        copy.location = location
        attach(copy)
        return .proceed
    }

    // MARK: - Helpers

    /// True unless the text lies on one line, column for column (plain, or quoted without escapes).
    private func needsRaw(_ text: String, style: YAMLScalar.Style, marks: EventMarks) -> Bool {
        if marks.end.line != marks.start.line { return true }
        switch style {
        case .plain: return false
        case .literal, .folded: return true
        case .singleQuoted, .doubleQuoted: return marks.end.column - marks.start.column - 2 != text.unicodeScalars.count
        }
    }

    private mutating func rawText(from start: SourcePosition, to end: SourcePosition) -> String? {
        guard let source else { return nil }
        let from = cursor.advance(to: start, in: source)
        let to = cursor.advance(to: end, in: source)
        guard from <= to else { return nil }
        return source.text(from..<to)
    }

    private mutating func countNewNodes(_ count: Int, at location: SourceLocation) -> EventOutcome {
        documentNodes += count
        guard documentNodes > limits.maxNodes else { return .proceed }
        diagnostics.append(Diagnostic(
            .inputTooLarge, at: location,
            Message(.yamlTooManyNodes, limits.maxNodes)
        ))
        return .stop
    }

    private mutating func rejectTag(_ tag: String?, at location: SourceLocation) {
        guard let tag else { return }
        diagnostics.append(Diagnostic(
            .unsupportedYAML, at: location,
            Message(.yamlExplicitTag, Self.shortTag(tag)), hint: Message(.yamlExplicitTagHint)
        ))
    }

    /// Shows a resolved standard tag the way it was probably written.
    private static func shortTag(_ tag: String) -> String {
        let standard = "tag:yaml.org,2002:"
        return tag.hasPrefix(standard) ? "!!" + tag.dropFirst(standard.count) : tag
    }

    private mutating func attach(_ node: YAMLNode) {
        guard let top = stack.indices.last else {
            root = node
            return
        }
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey {
                stack[top].pendingKey = nil
                if stack[top].dropsPendingValue {
                    stack[top].dropsPendingValue = false
                } else {
                    stack[top].pairs.append(YAMLPair(key: key, value: node))
                    if stack[top].keyIndex != nil, let text = key.text {
                        stack[top].keyIndex?[text] = key.location
                    }
                }
            } else {
                acceptKey(node, frame: top)
            }
        }
    }

    private mutating func acceptKey(_ key: YAMLNode, frame top: Int) {
        stack[top].pendingKey = key
        guard let text = key.text else {
            diagnostics.append(Diagnostic(
                .unsupportedYAML, at: key.location,
                Message(.yamlKeyNotText, key.kindMessage)
            ))
            documentFailed = true
            stack[top].dropsPendingValue = true
            return
        }
        guard let first = firstLocation(ofKey: text, frame: top) else { return }
        diagnostics.append(Diagnostic(
            .duplicateKey, at: key.location,
            Message(.yamlDuplicateKey, text, first.start.line),
            notes: [Diagnostic.Note(location: first, Message(.yamlKeyFirstGiven, text))]
        ))
        // Keep the first value so later checks still see one consistent mapping.
        stack[top].dropsPendingValue = true
    }

    private mutating func firstLocation(ofKey text: String, frame top: Int) -> SourceLocation? {
        if let index = stack[top].keyIndex { return index[text] }
        let pairs = stack[top].pairs
        if pairs.count < Self.linearKeyScanLimit {
            return pairs.first { $0.key.text == text }?.key.location
        }
        var index: [String: SourceLocation] = [:]
        index.reserveCapacity(pairs.count * 2)
        for pair in pairs {
            if let key = pair.key.text, index[key] == nil { index[key] = pair.key.location }
        }
        stack[top].keyIndex = index
        return index[text]
    }
}

/// A position in the source that only moves forward, so finding the raw text of every scalar costs one pass in total.
///
/// Whole lines are skipped with `SourceText.nextLineStart` (one `memchr` each); only the target line is walked
/// character by character, with no per-byte position arithmetic.
struct SourceCursor {
    private var position = SourcePosition(line: 1, column: 1)
    private var offset = 0

    /// Moves to `target` (restarting from the top if it lies behind) and returns its byte offset. A column past the
    /// end of its line stops at the line break; a line past the end of the input stops at the end.
    mutating func advance(to target: SourcePosition, in source: SourceText) -> Int {
        if target < position {
            position = SourcePosition(line: 1, column: 1)
            offset = 0
        }
        let bytes = source.bytes
        let count = bytes.count
        var line = position.line
        var column = position.column
        while line < target.line {
            guard let next = source.nextLineStart(after: offset) else {
                // The input ends before the target line: answer its end, but keep the last exact position.
                position = SourcePosition(line: line, column: column)
                return count
            }
            offset = next
            line += 1
            column = 1
        }
        while column < target.column, offset < count {
            let byte = bytes[offset]
            if byte == 0x0A || byte == 0x0D { break }
            if byte >= 0x80 {
                if (byte == 0xC2 || byte == 0xE2), source.lineBreakLength(at: offset) > 0 { break }
                offset += 1
                while offset < count, SourceText.isContinuationByte(bytes[offset]) { offset += 1 }
            } else {
                offset += 1
            }
            column += 1
        }
        position = SourcePosition(line: line, column: column)
        return offset
    }
}
