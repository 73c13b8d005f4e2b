public import LeniencyCatalog
public import LeniencyCore
public import LeniencyYAML

/// Reads the values under a case's `facts:` by the type the fact vocabulary declares.
///
/// Every problem goes to the given `SchemaReader`, positioned at the value (or the key, for an unknown name).
public struct CaseFactReader {
    /// The name of the built-in first-offence fact, which a case may give as a boolean.
    public static let firstOffence = "first_offence"

    /// The catalog whose fact vocabulary types the values.
    public let catalog: Catalog

    /// Creates a reader for a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Reads the `facts:` mapping into values and their positions; facts with problems are left out.
    public func read(_ node: YAMLNode, with reader: SchemaReader) -> (values: [String: FactValue], locations: [String: SourceLocation]) {
        guard let pairs = node.pairs else {
            reader.emit(.wrongType, at: node, "`facts` must be a mapping from fact name to value, found \(node.kindDescription)",
                        hint: "write one `name: value` line per fact under `facts:`")
            return ([:], [:])
        }
        var values: [String: FactValue] = Dictionary(minimumCapacity: pairs.count)
        var locations: [String: SourceLocation] = Dictionary(minimumCapacity: pairs.count)
        for pair in pairs {
            guard let name = pair.key.text else { continue }
            guard let type = declaredType(of: name) else {
                let names = catalog.facts.map(\.name) + [CaseFactReader.firstOffence]
                reader.emit(.unknownFact, at: pair.key, "unknown fact `\(name)` in the case's facts",
                            hint: SchemaReader.closest(to: name, among: names).map { "did you mean `\($0)`?" }
                                ?? "declare `\(name)` in a `kind: facts` file, or correct its name")
                continue
            }
            if pair.value.isNull { continue }
            if let value = value(pair.value, of: type, fact: name, with: reader) {
                values[name] = value
                locations[name] = pair.value.location
            }
        }
        return (values, locations)
    }

    /// The declared type of a fact name, with `first_offence` as a built-in boolean.
    public func declaredType(of name: String) -> FactType? {
        if let fact = catalog.fact(named: name) { return fact.type }
        return name == CaseFactReader.firstOffence ? .boolean : nil
    }

    /// One value read as `type`; nil after a diagnostic.
    public func value(_ node: YAMLNode, of type: FactType, fact name: String, with reader: SchemaReader) -> FactValue? {
        // Built only when a message needs it: most values are fine.
        func what() -> String { "fact `\(name)` (\(type.keyword))" }
        guard let scalar = node.scalar else {
            reader.emit(.wrongType, at: node, "\(what()) must be a single value, found \(node.kindDescription)",
                        hint: example(for: type))
            return nil
        }
        let text = Self.trimmed(scalar.text)
        switch type {
        case .boolean:
            if text == "true" { return .boolean(true) }
            if text == "false" { return .boolean(false) }
            let yamlOneOne = ["yes", "no", "on", "off", "y", "n", "True", "False", "TRUE", "FALSE", "Yes", "No", "是", "否"]
            let hint = yamlOneOne.contains(text)
                ? "write `true` or `false`; YAML 1.1 words like yes/no/on/off are not booleans here"
                : example(for: type)
            return mismatch(node, what, text, hint: hint, with: reader)
        case .integer:
            guard isWholeNumber(text), let value = Int64(text) else {
                return mismatch(node, what, text, hint: example(for: type), with: reader)
            }
            return .integer(value)
        case .decimal:
            guard let value = FixedPoint(parsing: text) else {
                return mismatch(node, what, text, hint: example(for: type), with: reader)
            }
            return .decimal(value)
        case .money:
            guard let value = Money(parsing: text), value.fen >= 0 else {
                return mismatch(node, what, text, hint: ValueSpellingHints.money(text), with: reader)
            }
            return .money(value)
        case .date:
            guard let value = SchemaReader.parseDate(text) else {
                return mismatch(node, what, text, hint: ValueSpellingHints.date(text), with: reader)
            }
            return .date(value)
        case .duration:
            let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let days = Int64(digits) else {
                return mismatch(node, what, text, hint: example(for: type), with: reader)
            }
            return .duration(days)
        case .enumeration(let declared):
            guard declared.contains(text) else {
                reader.emit(.unknownEnumValue, at: node,
                            "`\(text)` is not a value of fact `\(name)`; declared values: \(declared.joined(separator: ", "))",
                            hint: SchemaReader.closest(to: text, among: declared).map { "did you mean `\($0)`?" }
                                ?? "use one of \(declared.joined(separator: ", "))")
                return nil
            }
            return .enumeration(text)
        case .text:
            return .text(scalar.text)
        }
    }

    /// Records a wrong-type value and returns nil.
    private func mismatch(_ node: YAMLNode, _ what: () -> String, _ text: String, hint: String, with reader: SchemaReader) -> FactValue? {
        reader.emit(.wrongType, at: node, "\(what()) cannot be `\(text)`", hint: hint)
        return nil
    }

    /// `text.trimmingSpaces()`, skipping the copy when neither end can be a space (the usual case).
    private static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        // Any Character that `trimmingSpaces` strips begins and ends with one of these scalars.
        func maybeSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\n" || scalar == "\r"
        }
        if !maybeSpace(first), !maybeSpace(last) { return text }
        return text.trimmingSpaces()
    }

    /// Decimal digits with an optional leading minus, nothing else (no `0x`, `1e3`, `+5`).
    private func isWholeNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// How to write a value of a type, as a hint.
    private func example(for type: FactType) -> String {
        switch type {
        case .boolean: "write `true` or `false`"
        case .integer: "write a whole number such as 12"
        case .decimal: "write a decimal number such as 0.1"
        case .money: "write an amount in yuan such as 5000, 5000.50, ¥5000 or 5万元 (at most two decimals)"
        case .date: "write a date as YYYY-MM-DD, e.g. 2025-03-01"
        case .duration: "write whole days such as 20 or 20d"
        case .enumeration(let values): "use one of \(values.joined(separator: ", "))"
        case .text: "write text"
        }
    }
}
