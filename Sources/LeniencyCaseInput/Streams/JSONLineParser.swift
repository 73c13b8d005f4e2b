import LeniencyCore
import LeniencyYAML

/// Why a JSON line could not be parsed, with the 1-based column (in Unicode scalars) where it went wrong.
struct JSONLineError: Error, Sendable {
    var column: Int
    var message: Message
    /// `.duplicateKey` for a repeated key (with the first key's column), else a syntax error.
    var code: DiagnosticCode = .yamlSyntax
    var firstColumn: Int?
}

/// A minimal strict JSON reader for one line of a JSON Lines file, building positioned `YAMLNode`s.
///
/// JSON is YAML, but starting libyaml for every line of a million-line file costs more than the audit itself; this
/// reader gives the same node tree (strings double-quoted, numbers and literals plain) with the file's real line numbers.
/// Like the YAML reader it rejects duplicate keys and nesting deeper than 64 levels.
struct JSONLineParser {
    private let bytes: [UInt8]
    private let file: String
    private let line: Int
    private var i = 0
    // Column tracking: scalars are counted incrementally as offsets only grow.
    private var columnOffset = 0
    private var columnCount = 1
    /// Whether the last string read was escape-free ASCII (cheap duplicate-key checks).
    private var lastStringASCII = false
    private static let maxDepth = YAMLLimits.standard.maxDepth
    private static let maxStringBytes = YAMLLimits.standard.maxScalarBytes

    /// Parses one line (without its newline).
    static func parse(_ bytes: [UInt8], file: String, line: Int) -> Result<YAMLNode, JSONLineError> {
        var parser = JSONLineParser(bytes: bytes, file: file, line: line)
        do {
            parser.skipSpace()
            let node = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.i == bytes.count else { throw parser.error(Message(.jsonTextAfterValue)) }
            return .success(node)
        } catch let e as JSONLineError {
            return .failure(e)
        } catch {
            return .failure(JSONLineError(column: 1, message: Message(.jsonOther, "\(error)")))
        }
    }

    private init(bytes: [UInt8], file: String, line: Int) {
        self.bytes = bytes
        self.file = file
        self.line = line
    }

    private mutating func column(at offset: Int) -> Int {
        if offset < columnOffset { columnOffset = 0; columnCount = 1 }
        while columnOffset < offset {
            if bytes[columnOffset] & 0xC0 != 0x80 { columnCount += 1 }
            columnOffset += 1
        }
        // Continuation bytes belong to the scalar already counted.
        return columnCount
    }

    private mutating func error(_ message: Message, at offset: Int? = nil) -> JSONLineError {
        JSONLineError(column: column(at: min(offset ?? i, bytes.count)), message: message)
    }

    private mutating func location(_ offset: Int) -> SourceLocation {
        SourceLocation(file: file, start: SourcePosition(line: line, column: column(at: offset)))
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    private mutating func value(depth: Int) throws -> YAMLNode {
        guard depth <= Self.maxDepth else {
            var tooDeep = error(Message(.jsonNestingTooDeep, Self.maxDepth))
            tooDeep.code = .nestingTooDeep
            throw tooDeep
        }
        guard i < bytes.count else { throw error(Message(.jsonExpectedValueAtEnd)) }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"):
            // Positions are taken in increasing offset order (before the children), so columns are counted once per line.
            let here = location(start)
            i += 1
            var pairs: [YAMLPair] = []
            var keys = KeySet()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return YAMLNode(.mapping(pairs), at: here)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error(Message(.jsonExpectedQuotedKey)) }
                let keyStart = i
                let key = try string()
                if let first = keys.insert(key, ascii: lastStringASCII, offset: keyStart) {
                    var duplicate = error(Message(.jsonDuplicateKey, key), at: keyStart)
                    duplicate.code = .duplicateKey
                    duplicate.firstColumn = column(at: first)
                    throw duplicate
                }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error(Message(.jsonExpectedColon, key)) }
                i += 1
                skipSpace()
                let keyNode = YAMLNode(.scalar(YAMLScalar(text: key, style: .doubleQuoted)), at: location(keyStart))
                pairs.append(YAMLPair(key: keyNode, value: try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw error(Message(.jsonUnterminatedObject)) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw error(Message(.jsonExpectedCommaInObject))
            }
            return YAMLNode(.mapping(pairs), at: here)
        case UInt8(ascii: "["):
            let here = location(start)
            i += 1
            var items: [YAMLNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return YAMLNode(.sequence(items), at: here)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw error(Message(.jsonUnterminatedArray)) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                throw error(Message(.jsonExpectedCommaInArray))
            }
            return YAMLNode(.sequence(items), at: here)
        case UInt8(ascii: "\""):
            let text = try string()
            return YAMLNode(.scalar(YAMLScalar(text: text, style: .doubleQuoted)), at: location(start))
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for (word, utf8) in Self.literals where matches(utf8) {
                i += utf8.count
                return YAMLNode(.scalar(YAMLScalar(text: word, style: .plain)), at: location(start))
            }
            throw error(Message(.jsonUnexpectedWord))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            return YAMLNode(.scalar(YAMLScalar(text: text, style: .plain)), at: location(start))
        default:
            throw error(Message(.jsonUnexpectedCharacter))
        }
    }

    /// The JSON literals with their bytes, built once instead of per value.
    private static let literals: [(String, [UInt8])] = ["true", "false", "null"].map { ($0, Array($0.utf8)) }

    private func matches(_ w: [UInt8]) -> Bool {
        guard i + w.count <= bytes.count else { return false }
        return bytes[i..<(i + w.count)].elementsEqual(w)
    }

    private mutating func number() throws {
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let s = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - s
        }
        let intStart = i
        let n = digits()
        guard n > 0 else { throw error(Message(.jsonNumberNeedsDigits)) }
        if n > 1, bytes[intStart] == 0x30 { throw error(Message(.jsonLeadingZeros), at: intStart) }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw error(Message(.jsonDigitsAfterPoint)) }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw error(Message(.jsonDigitsInExponent)) }
        }
    }

    private mutating func string() throws -> String {
        let open = i
        i += 1
        let start = i
        var hasEscape = false
        var high: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { hasEscape = true; i += 2; continue }
            if b < 0x20 { throw error(Message(.jsonControlCharacter)) }
            high |= b
            i += 1
        }
        // Escapes may produce any scalar, so only escape-free ASCII text counts as ASCII.
        lastStringASCII = high < 0x80 && !hasEscape
        guard i < bytes.count else { throw error(Message(.jsonUnterminatedString), at: open) }
        let end = i
        if end - start > Self.maxStringBytes {
            var tooLarge = error(Message(.jsonStringTooLong, end - start, Self.maxStringBytes >> 20), at: open)
            tooLarge.code = .inputTooLarge
            throw tooLarge
        }
        i += 1
        if !hasEscape { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return try unescape(start, end)
    }

    private mutating func unescape(_ start: Int, _ end: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var j = start
        while j < end {
            let b = bytes[j]
            guard b == UInt8(ascii: "\\") else { out.append(b); j += 1; continue }
            guard j + 1 < end else { throw error(Message(.jsonDanglingBackslash), at: j) }
            let e = bytes[j + 1]
            j += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4(j)
                j += 4
                if (0xD800...0xDBFF).contains(code) {
                    guard j + 6 <= end, bytes[j] == UInt8(ascii: "\\"), bytes[j + 1] == UInt8(ascii: "u") else {
                        throw error(Message(.jsonUnpairedSurrogate), at: j)
                    }
                    let low = try hex4(j + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(Message(.jsonUnpairedSurrogate), at: j) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                }
                guard let scalar = Unicode.Scalar(code) else { throw error(Message(.jsonInvalidUnicodeEscape), at: j - 6) }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw error(Message(.jsonUnknownEscape, String(Character(Unicode.Scalar(e)))), at: j - 2)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4(_ at: Int) throws -> UInt32 {
        guard at + 4 <= bytes.count else { throw error(Message(.jsonUnicodeEscapeDigits), at: at) }
        var value: UInt32 = 0
        for k in at..<(at + 4) {
            let c = bytes[k]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw error(Message(.jsonUnicodeEscapeDigits), at: k)
            }
            value = value * 16 + digit
        }
        return value
    }
}

/// The keys of one JSON object, for the duplicate-key check.
///
/// Objects are small (a case has about 20 facts), so a list beats hashing every key; two ASCII keys of different
/// lengths are different without comparing characters. Other keys are compared with `==` (canonical equivalence,
/// as a `Set<String>` would), and large objects switch to a set.
private struct KeySet {
    private var keys: [(text: String, ascii: Bool, length: Int, offset: Int)] = []
    private var large: [String: Int]?

    /// Adds `key` read at byte `offset`; returns the offset of an equal key already present, else nil.
    mutating func insert(_ key: String, ascii: Bool, offset: Int) -> Int? {
        if large != nil {
            if let first = large?[key] { return first }
            large?[key] = offset
            return nil
        }
        let length = key.utf8.count
        for known in keys where !(ascii && known.ascii && known.length != length) && known.text == key { return known.offset }
        keys.append((key, ascii, length, offset))
        if keys.count > 32 { large = Dictionary(keys.map { ($0.text, $0.offset) }, uniquingKeysWith: { first, _ in first }) }
        return nil
    }
}
