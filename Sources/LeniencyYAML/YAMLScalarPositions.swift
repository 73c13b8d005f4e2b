public import LeniencyCore

extension YAMLNode {
    /// The source position of the scalar's `offset`-th Unicode scalar (0-based; `text.count` is just past the last),
    /// so a problem found inside a value — an expression error — points at the right line and column even when the
    /// value is quoted with escapes, folded over several lines or written as a block scalar.
    public func position(ofTextOffset offset: Int) -> SourcePosition {
        guard let scalar else { return location.start }
        guard let raw = scalar.raw else {
            let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
            return location.start.advanced(by: quote + max(0, offset))
        }
        return ScalarSourceMap(scalar: scalar, raw: raw, start: location.start).position(ofTextOffset: offset)
    }
}

/// Aligns a scalar's text with its raw source: YAML only deletes (quotes, indentation, block headers, escaped line
/// breaks) and substitutes (escapes, folded line breaks) on the way from source to text, so walking both in order and
/// matching each text character with the next source character that can produce it recovers every position.
struct ScalarSourceMap {
    private let text: [Unicode.Scalar]
    private let raw: [Unicode.Scalar]
    private let style: YAMLScalar.Style
    private let start: SourcePosition

    init(scalar: YAMLScalar, raw: String, start: SourcePosition) {
        self.text = Array(scalar.text.unicodeScalars)
        self.raw = Array(raw.unicodeScalars)
        self.style = scalar.style
        self.start = start
    }

    func position(ofTextOffset wanted: Int) -> SourcePosition {
        var walker = Walker(raw: raw, start: start)
        switch style {
        case .singleQuoted, .doubleQuoted: walker.step()
        case .literal, .folded: walker.skipLine()  // the header (`|`, `>-`, `|2`, a comment) produces no text
        case .plain: break
        }
        var matchEnd = walker.position
        for (index, character) in text.enumerated() {
            guard let match = walker.match(character, style: style) else { break }
            if index == wanted { return match }
            matchEnd = walker.position
        }
        return matchEnd
    }

    /// Walks the raw source, keeping line and column the way libyaml counts them.
    private struct Walker {
        let raw: [Unicode.Scalar]
        var index = 0
        var position: SourcePosition

        init(raw: [Unicode.Scalar], start: SourcePosition) {
            self.raw = raw
            self.position = start
        }

        /// The length of the line break at `at` (CRLF is one break), or 0.
        func breakLength(at: Int) -> Int {
            guard at < raw.count else { return 0 }
            switch raw[at] {
            case "\r": return at + 1 < raw.count && raw[at + 1] == "\n" ? 2 : 1
            case "\n", "\u{85}", "\u{2028}", "\u{2029}": return 1
            default: return 0
            }
        }

        /// Moves past `count` raw scalars (a CRLF counts as two, but is one line break).
        mutating func step(_ count: Int = 1) {
            let target = min(raw.count, index + count)
            while index < target {
                let length = breakLength(at: index)
                if length > 0 {
                    index += length
                    position = SourcePosition(line: position.line + 1, column: 1)
                } else {
                    index += 1
                    position = position.advanced(by: 1)
                }
            }
        }

        mutating func skipLine() {
            while index < raw.count, breakLength(at: index) == 0 { step() }
            step()
        }

        /// Finds the next source character that produces `character`, moves past it and returns where it starts.
        mutating func match(_ character: Unicode.Scalar, style: YAMLScalar.Style) -> SourcePosition? {
            while index < raw.count {
                let here = position
                let current = raw[index]
                if style == .doubleQuoted, current == "\\" {
                    let (produced, length) = Self.escape(raw, at: index)
                    step(length)
                    if produced == character { return here }
                    continue
                }
                if style == .singleQuoted, current == "'", index + 1 < raw.count, raw[index + 1] == "'" {
                    step(2)
                    if character == "'" { return here }
                    continue
                }
                if breakLength(at: index) > 0 {
                    step()
                    if character == " " || character == "\n" { return here }
                    continue
                }
                step()
                if current == character { return here }
            }
            return nil
        }

        /// What a double-quoted escape at `at` produces (nil for an escaped line break) and how long it is.
        static func escape(_ raw: [Unicode.Scalar], at: Int) -> (Unicode.Scalar?, Int) {
            guard at + 1 < raw.count else { return (nil, 1) }
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
                "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
                "L": "\u{2028}", "P": "\u{2029}",
            ]
            let kind = raw[at + 1]
            if let produced = simple[kind] { return (produced, 2) }
            let digits: Int
            switch kind {
            case "x": digits = 2
            case "u": digits = 4
            case "U": digits = 8
            case "\r": return (nil, at + 2 < raw.count && raw[at + 2] == "\n" ? 3 : 2)
            default: return (nil, 2)  // an escaped line break (or an escape libyaml rejected)
            }
            let end = min(raw.count, at + 2 + digits)
            let hex = String(String.UnicodeScalarView(raw[(at + 2)..<end]))
            return (UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init), end - at)
        }
    }
}
