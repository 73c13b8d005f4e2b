public import LeniencyCatalog
public import LeniencyCore

/// Conditions in words instead of expression syntax: facts by their labels, values by their value labels, operators as
/// the published lists write them (不超过、不低于、在…至…之间). A condition the rules label is shown by its label.
public struct ConditionWords: Sendable {
    /// The vocabulary labels come from.
    public let catalog: Catalog
    /// The language of the words.
    public let language: Language

    /// Words for conditions of `catalog` in `language`.
    public init(catalog: Catalog, language: Language) {
        self.catalog = catalog
        self.language = language
    }

    /// A condition: its label when the rules give one, else the expression in words.
    public func words(_ condition: Condition, firstOffence: FirstOffenceRule? = nil) -> String {
        if let label = condition.label, language == .zh || !containsHan(label) || englishLabelsMissing(condition.expression) {
            return label
        }
        return words(condition.expression, firstOffence: firstOffence)
    }

    /// An expression in words.
    public func words(_ expression: Expression, firstOffence: FirstOffenceRule? = nil) -> String {
        render(expression, firstOffence: firstOffence, nested: false)
    }

    private func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
        Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
    }

    private func render(_ e: Expression, firstOffence: FirstOffenceRule?, nested: Bool) -> String {
        switch e {
        case .fact(let name, _):
            return factWords(name, firstOffence: firstOffence)
        case .literal(let value, _):
            return valueWords(value, fact: nil)
        case .not(let inner, _):
            return say(.condNot, render(inner, firstOffence: firstOffence, nested: true))
        case .and(let xs, _), .or(let xs, _):
            let id: MessageID
            if case .and = e { id = .condAnd } else { id = .condOr }
            let parts = xs.map { render($0, firstOffence: firstOffence, nested: true) }
            guard var text = parts.last else { return "" }
            for part in parts.dropLast().reversed() { text = say(id, part, text) }
            return nested ? say(.condGroup, text) : text
        case .compare(let op, let l, let r, _):
            // `x == true` / `x == false` on a boolean reads as the fact or its negation.
            if case .literal(.boolean(let b), _) = r, op == .equal || op == .notEqual {
                let fact = render(l, firstOffence: firstOffence, nested: true)
                return (b == (op == .equal)) ? fact : say(.condNot, fact)
            }
            let subject = render(l, firstOffence: firstOffence, nested: true)
            let object = operand(r, comparedWith: l, firstOffence: firstOffence)
            let id: MessageID
            switch op {
            case .equal: id = .condEqual
            case .notEqual: id = .condNotEqual
            case .less: id = .condLess
            case .lessOrEqual: id = .condLessOrEqual
            case .greater: id = .condGreater
            case .greaterOrEqual: id = .condGreaterOrEqual
            }
            return say(id, subject, object)
        case .member(let x, let values, _):
            let fact = factName(of: x)
            let alternatives = values.map { valueWords($0, fact: fact) }
            let joined = alternatives.count > 1
                ? alternatives.dropLast().joined(separator: language.listSeparator) + (language == .zh ? "或" : " or ") + (alternatives.last ?? "")
                : alternatives.first ?? ""
            return say(.condIn, render(x, firstOffence: firstOffence, nested: true), joined)
        case .between(let x, let lo, let hi, _):
            let fact = factName(of: x)
            return say(.condBetween, render(x, firstOffence: firstOffence, nested: true), valueWords(lo, fact: fact), valueWords(hi, fact: fact))
        }
    }

    private func operand(_ e: Expression, comparedWith other: Expression, firstOffence: FirstOffenceRule?) -> String {
        if case .literal(let value, _) = e { return valueWords(value, fact: factName(of: other)) }
        return render(e, firstOffence: firstOffence, nested: true)
    }

    private func factName(of e: Expression) -> String? {
        if case .fact(let name, _) = e { return name }
        return nil
    }

    /// A fact by its label (English label, else the Chinese one); `first_offence` with its window when known.
    private func factWords(_ name: String, firstOffence: FirstOffenceRule?) -> String {
        if name == firstOffenceFactName {
            guard let rule = firstOffence, rule.window != .none else { return say(.condFirstOffence) }
            return say(.condFirstOffenceWindow, Self.windowWords(rule.window, language), Self.sameKindWords(rule.sameKind, language))
        }
        guard let fact = catalog.fact(named: name) else { return name }
        return language == .zh ? fact.label : (fact.labelEn ?? fact.label)
    }

    /// A value as the published lists write it: 5000元, 20日, 2024年1月1日, the value label of an enum value.
    public func valueWords(_ value: FactValue, fact: String?) -> String {
        switch value {
        case .boolean(let b): return say(b ? .condYes : .condNo)
        case .integer(let i): return String(i)
        case .decimal(let d): return d.description
        case .money(let m):
            let yuan = m.fen % 100 == 0 ? Self.grouped(m.fen / 100) : m.yuanString
            return language == .zh ? "\(yuan)元" : "¥\(yuan)"
        case .date(let d): return language == .zh ? "\(d.year)年\(d.month)月\(d.day)日" : d.description
        case .duration(let days): return language == .zh ? "\(days)日" : "\(days) days"
        case .enumeration(let v):
            if let label = fact.flatMap({ catalog.fact(named: $0)?.valueLabels[v] }), language == .zh || !containsHan(label) { return label }
            return v
        case .text(let t): return language == .zh ? "“\(t)”" : "\"\(t)\""
        }
    }

    /// Thousands separators only where they help (five digits and more), as amounts are printed in lists.
    private static func grouped(_ value: Int64) -> String {
        let digits = String(value)
        guard digits.count > 4 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// The window of a first-offence test in words.
    public static func windowWords(_ window: LookbackWindow, _ language: Language) -> String {
        let id: MessageID
        switch window {
        case .none: id = .diffWindowNone
        case .oneYear: id = .diffWindowOneYear
        case .twoYears: id = .diffWindowTwoYears
        case .ever: id = .diffWindowEver
        }
        return Message(id).rendered(language)
    }

    /// What "the same kind" means in words.
    public static func sameKindWords(_ kind: SameKind, _ language: Language) -> String {
        switch kind {
        case .violation: Message(.diffSameKindViolation).rendered(language)
        case .category: Message(.diffSameKindCategory).rendered(language)
        case .any: Message(.diffSameKindAny).rendered(language)
        }
    }

    private func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// In English a Chinese label is kept when the facts it reads have no English labels either.
    private func englishLabelsMissing(_ expression: Expression) -> Bool {
        expression.factNames.contains { name in name != firstOffenceFactName && catalog.fact(named: name)?.labelEn == nil }
    }
}
