public import LeniencyCore
public import LeniencyYAML

/// Reads positioned YAML nodes against a schema, collecting every problem as a diagnostic.
///
/// Used from one synchronous decoding pass, so it is a plain (non-Sendable) class holding the collector.
public final class SchemaReader {
    /// Everything found so far.
    public private(set) var bag = DiagnosticBag()

    /// Creates a reader with an empty collector.
    public init() {}

    /// Records a diagnostic.
    public func emit(_ diagnostic: Diagnostic) { bag.emit(diagnostic) }

    /// Records a diagnostic built from its parts.
    public func emit(_ code: DiagnosticCode, at node: YAMLNode, _ message: String, hint: String? = nil,
                     severity: Severity? = nil, notes: [Diagnostic.Note] = []) {
        bag.emit(code, at: node.location, message, hint: hint, severity: severity, notes: notes)
    }

    /// Records a diagnostic built from catalogue messages.
    public func emit(_ code: DiagnosticCode, at node: YAMLNode, _ message: Message, hint: Message? = nil,
                     severity: Severity? = nil, notes: [Diagnostic.Note] = []) {
        bag.emit(code, at: node.location, message, hint: hint, severity: severity, notes: notes)
    }

    /// Opens a mapping, reporting unknown keys (with a did-you-mean) and missing required keys.
    ///
    /// `what` names the thing for messages ("list item", "case"). Returns nil (after a diagnostic) when the node is not a mapping.
    public func mapping(_ node: YAMLNode, _ what: String, required: [String] = [], optional: [String] = []) -> Fields? {
        guard let pairs = node.pairs else {
            emit(.wrongType, at: node, Message(.schemaMustBeMapping, Message.subject(what), node.kindMessage))
            return nil
        }
        var byKey: [String: YAMLPair] = Dictionary(minimumCapacity: pairs.count)
        for pair in pairs {
            guard let key = pair.key.text else { continue }
            if required.contains(key) || optional.contains(key) {
                byKey[key] = pair
            } else {
                // Built only here: the happy path never needs the joined list.
                let known = required + optional
                let suggestion = SchemaReader.closest(to: key, among: known)
                emit(.unknownKey, at: pair.key, Message(.schemaUnknownKeyIn, key, Message.subject(what)),
                     hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaKnownKeys, known))
            }
        }
        for key in required {
            let pair = byKey[key]
            guard pair == nil || pair?.value.isNull == true else { continue }
            emit(.missingField, at: pair?.key ?? node, Message(.schemaMissingField, Message.subject(what), key),
                 hint: Message(.schemaAddField, key, Message.subject(what)))
        }
        return Fields(node: node, pairs: byKey)
    }

    /// A non-empty text value; nil (after a diagnostic) for mappings, sequences and null.
    public func string(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isNull else {
            if !node.isNull { emit(.wrongType, at: node, Message(.schemaMustBeText, Message.subject(what()), node.kindMessage)) }
            return nil
        }
        return scalar.text
    }

    /// `true` or `false` only: YAML 1.1 spellings (`yes`, `on`, `是`) are rejected with a hint.
    public func bool(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> Bool? {
        guard let text = string(node, what()), let node else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            emit(.wrongType, at: node, Message(.schemaMustBeBoolean, Message.subject(what()), text),
                 hint: Message(.schemaBooleanHint))
            return nil
        }
    }

    /// A whole number written in decimal digits (no `0x`, no octal guessing).
    public func integer(_ node: YAMLNode?, _ what: @autoclosure () -> String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string(node, what()), let node else { return nil }
        guard let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else {
            emit(.wrongType, at: node, Message(.schemaMustBeInteger, Message.subject(what()), text))
            return nil
        }
        if let range, !range.contains(value) {
            emit(.invalidValue, at: node, Message(.schemaMustBeBetween, Message.subject(what()), range.lowerBound, range.upperBound, value))
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` date.
    public func date(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> CivilDate? {
        guard let text = string(node, what()), let node else { return nil }
        guard let date = SchemaReader.parseDate(text) else {
            emit(.invalidValue, at: node, Message(.schemaMustBeDate, Message.subject(what()), text),
                 hint: ValueSpellingHints.date(text))
            return nil
        }
        return date
    }

    /// An amount in yuan (`5000`, `5000.50`, `¥5000`, `5万元`).
    public func money(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> Money? {
        guard let text = string(node, what()), let node else { return nil }
        guard let money = Money(parsing: text) else {
            emit(.invalidValue, at: node, Message(.schemaMustBeMoney, Message.subject(what()), text),
                 hint: ValueSpellingHints.money(text))
            return nil
        }
        return money
    }

    /// A ratio (`30%`, `0.3`, `3/10`).
    public func ratio(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> Ratio? {
        guard let text = string(node, what()), let node else { return nil }
        guard let ratio = Ratio(parsing: text) else {
            emit(.invalidValue, at: node, Message(.schemaMustBeRatio, Message.subject(what()), text))
            return nil
        }
        return ratio
    }

    /// One of an enumeration's raw values, with a did-you-mean.
    public func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode?, _ what: @autoclosure () -> String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let text = string(node, what()), let node else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map(\.rawValue)
        emit(.invalidValue, at: node, Message(.schemaMustBeOneOf, Message.subject(what()), names.map { "`\($0)`" }, text),
             hint: Message.didYouMean(SchemaReader.closest(to: text, among: names).map { [$0] } ?? [])
                ?? Message(.schemaUseOneOf, names.map { "`\($0)`" }))
        return nil
    }

    /// A sequence's items; a single scalar counts as a one-item list so `violation: X` and `[X]` both work.
    public func list(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> [YAMLNode] {
        guard let node, !node.isNull else { return [] }
        if let items = node.items { return items }
        if node.scalar != nil { return [node] }
        emit(.wrongType, at: node, Message(.schemaMustBeList, Message.subject(what()), node.kindMessage))
        return []
    }

    /// A list of texts.
    public func strings(_ node: YAMLNode?, _ what: @autoclosure () -> String) -> [String] {
        list(node, what()).compactMap { string($0, what()) }
    }

    /// `CivilDate(text)`, with a byte-level fast path for the common exact `YYYY-MM-DD` spelling.
    ///
    /// Decoding a million cases parses millions of dates; anything not matching the fast shape goes to `CivilDate(_:)`,
    /// so acceptance stays exactly the same.
    package static func parseDate(_ text: String) -> CivilDate? {
        if let fast = text.utf8.withContiguousStorageIfAvailable(fastDate) { return fast ?? CivilDate(text) }
        return CivilDate(text)
    }

    /// The date of ten ASCII bytes `DDDD-DD-DD`; nil when the shape differs (the caller then falls back).
    private static func fastDate(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The candidate nearest to `word` by edit distance (at most 2, or a third of the word), if any.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = editDistance(word, candidate)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The recognised keys of one mapping, by name.
public struct Fields: Sendable {
    /// The mapping node itself.
    public let node: YAMLNode
    /// Recognised pairs by key.
    public let pairs: [String: YAMLPair]

    /// The value of a key, if present and not null.
    public subscript(key: String) -> YAMLNode? {
        guard let value = pairs[key]?.value, !value.isNull else { return nil }
        return value
    }

    /// The key node of a key, for positioning messages about the key itself.
    public func keyNode(_ key: String) -> YAMLNode? { pairs[key]?.key }
}
