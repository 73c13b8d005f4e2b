import LeniencyCore
public import LeniencyYAML

/// Reads one fact value by the type the vocabulary declares: case files (`facts:`) and rule data (`presumed.value`,
/// derivation values) spell values the same way and get the same diagnostics.
public enum FactValueReader {
    /// One value read as `type`; nil after a diagnostic.
    public static func value(_ node: YAMLNode, of type: FactType, fact name: String, with reader: SchemaReader) -> FactValue? {
        // Built only when a message needs it: most values are fine.
        func what() -> Message { Message(.caseFactTyped, name, type.word) }
        guard let scalar = node.scalar else {
            reader.emit(.wrongType, at: node, Message(.caseMustBeSingleValue, what(), node.kindMessage), hint: example(for: type))
            return nil
        }
        let text = Self.trimmed(scalar.text)
        switch type {
        case .boolean:
            if text == "true" { return .boolean(true) }
            if text == "false" { return .boolean(false) }
            let yamlOneOne = ["yes", "no", "on", "off", "y", "n", "True", "False", "TRUE", "FALSE", "Yes", "No", "是", "否"]
            let hint = yamlOneOne.contains(text)
                ? Message(.schemaBooleanHint)
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
                reader.emit(.unknownEnumValue, at: node, Message(.caseNotEnumValue, text, name, declared),
                            hint: Message.didYouMean(SchemaReader.closest(to: text, among: declared).map { [$0] } ?? [])
                                ?? Message(.schemaUseOneOf, declared.map { "`\($0)`" }))
                return nil
            }
            return .enumeration(text)
        case .text:
            return .text(scalar.text)
        }
    }

    /// Records a wrong-type value and returns nil.
    private static func mismatch(_ node: YAMLNode, _ what: () -> Message, _ text: String, hint: Message, with reader: SchemaReader) -> FactValue? {
        reader.emit(.wrongType, at: node, Message(.caseCannotBe, what(), text), hint: hint)
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
    private static func example(for type: FactType) -> Message {
        switch type {
        case .boolean: Message(.exampleBoolean)
        case .integer: Message(.exampleInteger)
        case .decimal: Message(.exampleDecimal)
        case .money: Message(.spellAmountForm)
        case .date: Message(.exampleDate)
        case .duration: Message(.exampleDuration)
        case .enumeration(let values): Message(.schemaUseOneOf, values.map { "`\($0)`" })
        case .text: Message(.exampleText)
        }
    }
}
