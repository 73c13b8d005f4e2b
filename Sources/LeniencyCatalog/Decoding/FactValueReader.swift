public import LeniencyCore
public import LeniencyYAML

/// Reads one fact value by the type the vocabulary declares: case files (`facts:`) and rule data (`presumed.value`,
/// derivation values) spell values the same way and get the same diagnostics.
public enum FactValueReader {
    /// One value read as `type`; nil after a diagnostic.
    public static func value(_ node: YAMLNode, of type: FactType, fact name: String, with reader: SchemaReader) -> FactValue? {
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
    private static func mismatch(_ node: YAMLNode, _ what: () -> String, _ text: String, hint: String, with reader: SchemaReader) -> FactValue? {
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
    private static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// How to write a value of a type, as a hint.
    private static func example(for type: FactType) -> String {
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
