import LeniencyCore

/// Resolves names against the vocabulary and checks types, turning the parse tree into an `Expression`.
///
/// Enum orderings (`area >= sensitive`, `level between low and high`) become membership tests over the
/// declared order, so evaluation needs no vocabulary. Every problem is collected, not just the first.
struct ExpressionTypeChecker {
    let facts: [String: FactDefinition]
    let builtins: [String: FactType]
    private(set) var errors: [ExpressionError] = []

    init(facts: [String: FactDefinition], builtins: [String: FactType]) {
        self.facts = facts
        self.builtins = builtins
    }

    /// An operand of a comparison after name resolution.
    private enum Operand {
        case fact(String, FactType, ExpressionSpan)
        case literal(FactValue, ExpressionSpan)
        /// A bare word that names no fact: an enum value if the other side is an enum fact.
        case word(String, ExpressionSpan)
        /// A parenthesised or nested condition, boolean-valued.
        case condition(Expression)
        /// Already reported.
        case invalid

        var span: ExpressionSpan {
            switch self {
            case .fact(_, _, let s), .literal(_, let s), .word(_, let s): s
            case .condition(let e): e.span
            case .invalid: ExpressionSpan(start: 0, end: 0)
            }
        }

        var expression: Expression? {
            switch self {
            case .fact(let n, _, let s): .fact(n, s)
            case .literal(let v, let s): .literal(v, s)
            case .condition(let e): e
            case .word, .invalid: nil
            }
        }

        /// The operand's type; literals report the type of their own kind.
        var type: FactType? {
            switch self {
            case .fact(_, let t, _): t
            case .literal(let v, _): v.literalType
            case .condition: .boolean
            case .word, .invalid: nil
            }
        }

        /// How the operand reads in an error message.
        var display: String {
            switch self {
            case .fact(let n, let t, _): "\(t.keyword) fact `\(n)`"
            case .literal(let v, _): v.kindPhrase
            case .condition: "a condition"
            case .word(let w, _): "`\(w)`"
            case .invalid: "an invalid operand"
            }
        }
    }

    private func type(of name: String) -> FactType? {
        builtins[name] ?? facts[name]?.type
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, hint: String? = nil, at span: ExpressionSpan) {
        errors.append(ExpressionError(code: code, message: message, hint: hint, span: span))
    }

    private mutating func reportUnknownFact(_ name: String, at span: ExpressionSpan, comparedWith other: Operand? = nil) {
        var hints: [String] = []
        let keywords = ["and", "or", "not", "in", "between", "true", "false"]
        if keywords.contains(name.lowercased()) {
            hints.append("keywords are lowercase: write `\(name.lowercased())`")
        }
        let candidates = Array(facts.keys) + Array(builtins.keys)
        if let suggestion = NameSuggestions.didYouMean(NameSuggestions.closest(to: name, among: candidates)) {
            hints.append(suggestion)
        }
        let owners = facts.values.filter { if case .enumeration(let vs) = $0.type { vs.contains(name) } else { false } }
            .map(\.name).sorted()
        if let owner = owners.first {
            hints.append("`\(name)` is a value of enum fact `\(owner)`: write `\(owner) == \(name)`")
        }
        if case .fact(_, .text, _) = other {
            hints.append("quote text values: '\(name)'")
        }
        if hints.isEmpty { hints.append("declare `\(name)` in a `kind: facts` file or correct its name") }
        report(.unknownFact, "unknown fact `\(name)`", hint: hints.joined(separator: "; "), at: span)
    }

    // MARK: Conditions

    /// Checks a node that must be a condition (boolean-valued).
    mutating func condition(_ node: ExpressionSyntax) -> Expression? {
        switch node {
        case .name(let name, let span):
            guard let t = type(of: name) else {
                reportUnknownFact(name, at: span)
                return nil
            }
            guard t == .boolean else {
                report(.typeMismatch, "\(t.keyword) fact `\(name)` is not a condition",
                       hint: "compare it with a value, e.g. `\(name) \(t.sampleComparison)`", at: span)
                return nil
            }
            return .fact(name, span)
        case .value(let value, let span):
            guard case .boolean = value else {
                report(.typeMismatch, "\(value.kindPhrase) is not a condition",
                       hint: "compare a fact with it, e.g. `fact_name == \(ExpressionRenderer.literal(value))`", at: span)
                return nil
            }
            return .literal(value, span)
        case .not(let inner, let span):
            return condition(inner).map { .not($0, span) }
        case .and(let parts, let span):
            let checked = parts.map { condition($0) }
            let all = checked.compactMap { $0 }
            return all.count == parts.count ? .and(all, span) : nil
        case .or(let parts, let span):
            let checked = parts.map { condition($0) }
            let all = checked.compactMap { $0 }
            return all.count == parts.count ? .or(all, span) : nil
        case .compare(let op, let opSpan, let left, let right, let span):
            return comparison(op, opSpan, left, right, span)
        case .member(let subject, let items, let span):
            return membership(subject, items, span)
        case .between(let subject, let low, let high, let span):
            return range(subject, low, high, span)
        }
    }

    private mutating func operand(_ node: ExpressionSyntax) -> Operand {
        switch node {
        case .name(let name, let span):
            if let t = type(of: name) { return .fact(name, t, span) }
            return .word(name, span)
        case .value(let value, let span):
            return .literal(value, span)
        default:
            return condition(node).map(Operand.condition) ?? .invalid
        }
    }

    /// Turns a bare word into an enum value when `other` is an enum fact; reports it otherwise.
    private mutating func resolveWord(_ op: Operand, against other: Operand) -> Operand {
        guard case .word(let word, let span) = op else { return op }
        if case .fact(let name, .enumeration(let values), _) = other {
            return enumValue(word, span, fact: name, values: values)
        }
        reportUnknownFact(word, at: span, comparedWith: other)
        return .invalid
    }

    private mutating func enumValue(_ word: String, _ span: ExpressionSpan, fact: String, values: [String]) -> Operand {
        if values.contains(word) { return .literal(.enumeration(word), span) }
        var hint = "`\(fact)` takes one of: \(values.joined(separator: ", "))"
        if let suggestion = NameSuggestions.didYouMean(NameSuggestions.closest(to: word, among: values)) {
            hint = suggestion + " " + hint
        }
        report(.unknownEnumValue, "`\(word)` is not a value of enum fact `\(fact)`", hint: hint, at: span)
        return .invalid
    }

    // MARK: Coercion

    /// Converts a literal to the type it is compared with, or reports why it cannot be.
    private mutating func coerce(_ value: FactValue, _ span: ExpressionSpan, to target: FactType, against subject: String) -> FactValue? {
        switch (target, value) {
        case (.boolean, .boolean), (.integer, .integer), (.integer, .decimal), (.decimal, .integer), (.decimal, .decimal),
             (.money, .money), (.date, .date), (.duration, .duration), (.text, .text):
            return value
        case (.money, .integer(let yuan)):
            let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
            if overflow {
                report(.typeMismatch, "amount \(yuan) is too large", hint: "use a smaller amount", at: span)
                return nil
            }
            return .money(Money(fen: fen))
        case (.money, .decimal(let d)):
            guard let amount = Money(parsing: d.description) else {
                report(.typeMismatch, "amount \(d) has more than two decimals of yuan, so it is not an exact amount",
                       hint: "write at most two decimals (fen), e.g. `5000.50`", at: span)
                return nil
            }
            return .money(amount)
        case (.duration, .integer(let days)):
            return .duration(days)
        case (.enumeration(let values), .text(let word)), (.enumeration(let values), .enumeration(let word)):
            guard case .literal(let v, _) = enumValue(word, span, fact: subject, values: values) else { return nil }
            return v
        default:
            report(.typeMismatch, "cannot compare \(subject) with \(value.kindPhrase)",
                   hint: target.valueHint, at: span)
            return nil
        }
    }

    /// The common type of two compared operands plus their (coerced) expressions, or nil after reporting.
    private mutating func unify(_ left: Operand, _ right: Operand) -> (Expression, Expression, FactType)? {
        guard let le = left.expression, let re = right.expression else { return nil }
        switch (left, right) {
        case (.fact(let name, let t, _), .literal(let v, let s)):
            return coerce(v, s, to: t, against: "\(t.keyword) fact `\(name)`").map { (le, .literal($0, s), t) }
        case (.literal(let v, let s), .fact(let name, let t, _)):
            return coerce(v, s, to: t, against: "\(t.keyword) fact `\(name)`").map { (.literal($0, s), re, t) }
        default:
            break
        }
        guard let lt = left.type, let rt = right.type else { return nil }
        switch (left, right) {
        case (.condition, _), (_, .condition):
            let other = lt == .boolean ? right : left
            guard lt == .boolean, rt == .boolean else {
                report(.typeMismatch, "cannot compare a condition with \(other.display)",
                       hint: "a condition compares only with true, false or another condition", at: other.span)
                return nil
            }
            return (le, re, .boolean)
        default:
            if lt == rt { return (le, re, lt) }
            if lt.isNumber, rt.isNumber { return (le, re, .decimal) }
            if case .literal(let v, let s) = right, case .literal = left {
                return coerce(v, s, to: lt, against: left.display).map { (le, .literal($0, s), lt) }
            }
            report(.typeMismatch, "cannot compare \(left.display) with \(right.display)",
                   hint: "compare facts of the same type", at: right.span)
            return nil
        }
    }

    // MARK: Comparisons

    private mutating func comparison(_ op: ComparisonOperator, _ opSpan: ExpressionSpan, _ l: ExpressionSyntax,
                                     _ r: ExpressionSyntax, _ span: ExpressionSpan) -> Expression? {
        let rawLeft = operand(l)
        let rawRight = operand(r)
        let left = resolveWord(rawLeft, against: rawRight)
        let right = resolveWord(rawRight, against: rawLeft)
        guard let (le, re, type) = unify(left, right) else { return nil }
        if op.isOrdering {
            guard type.isOrdered else {
                report(.typeMismatch, "`\(op.rawValue)` cannot order \(type.keyword) values",
                       hint: "\(type.keyword) values compare only with ==, != or in", at: opSpan)
                return nil
            }
            if case .enumeration(let values) = type {
                return enumOrdering(op, le, re, values: values, span: span, opSpan: opSpan)
            }
        }
        return .compare(op, le, re, span)
    }

    /// `area >= sensitive` → `area in [sensitive, …]` over the declared order.
    private mutating func enumOrdering(_ op: ComparisonOperator, _ left: Expression, _ right: Expression,
                                       values: [String], span: ExpressionSpan, opSpan: ExpressionSpan) -> Expression? {
        let (subject, bound, effective): (Expression, String, ComparisonOperator)
        switch (left, right) {
        case (.fact, .literal(.enumeration(let v), _)): (subject, bound, effective) = (left, v, op)
        case (.literal(.enumeration(let v), _), .fact): (subject, bound, effective) = (right, v, op.flipped)
        default:
            report(.typeMismatch, "`\(op.rawValue)` between two enum facts is not supported",
                   hint: "compare each fact with a value instead", at: opSpan)
            return nil
        }
        guard let i = values.firstIndex(of: bound) else { return nil }
        let kept: ArraySlice<String>
        switch effective {
        case .less: kept = values[..<i]
        case .lessOrEqual: kept = values[...i]
        case .greater: kept = values[(i + 1)...]
        case .greaterOrEqual: kept = values[i...]
        case .equal, .notEqual: return .compare(op, left, right, span)
        }
        return .member(subject, kept.map(FactValue.enumeration), span)
    }

    private mutating func membership(_ subjectNode: ExpressionSyntax, _ items: [ExpressionSyntax],
                                     _ span: ExpressionSpan) -> Expression? {
        let subject = operand(subjectNode)
        if case .word(let w, let s) = subject { reportUnknownFact(w, at: s) }
        guard let type = subject.type, let subjectExpression = subject.expression else {
            return nil
        }
        var values: [FactValue] = []
        var failed = false
        for item in items {
            if let v = listValue(item, subject: subject, type: type) { values.append(v) } else { failed = true }
        }
        return failed ? nil : .member(subjectExpression, values, span)
    }

    /// A list item or `between` bound converted to the subject's type.
    private mutating func listValue(_ item: ExpressionSyntax, subject: Operand, type: FactType) -> FactValue? {
        switch item {
        case .value(let v, let s):
            return coerce(v, s, to: type, against: subject.display)
        case .name(let word, let s):
            if case .enumeration(let values) = type, case .fact(let name, _, _) = subject {
                guard case .literal(let v, _) = enumValue(word, s, fact: name, values: values) else { return nil }
                return v
            }
            if self.type(of: word) != nil {
                report(.typeMismatch, "`\(word)` is a fact; lists and `between` bounds hold values only",
                       hint: "compare two facts with `==`, `<`, … instead", at: s)
            } else {
                reportUnknownFact(word, at: s, comparedWith: subject)
            }
            return nil
        default:
            return nil
        }
    }

    private mutating func range(_ subjectNode: ExpressionSyntax, _ lowNode: ExpressionSyntax, _ highNode: ExpressionSyntax,
                                _ span: ExpressionSpan) -> Expression? {
        let subject = operand(subjectNode)
        if case .word(let w, let s) = subject { reportUnknownFact(w, at: s) }
        guard let type = subject.type, let subjectExpression = subject.expression else { return nil }
        guard type.isOrdered else {
            report(.typeMismatch, "`between` cannot order \(subject.display)",
                   hint: "`between` needs a number, amount, date, duration or enum", at: subject.span)
            return nil
        }
        let low = listValue(lowNode, subject: subject, type: type)
        let high = listValue(highNode, subject: subject, type: type)
        guard let low, let high else { return nil }
        if case .enumeration(let values) = type, case .enumeration(let lo) = low, case .enumeration(let hi) = high,
           let i = values.firstIndex(of: lo), let j = values.firstIndex(of: hi) {
            let kept = i <= j ? Array(values[i...j]) : []
            return .member(subjectExpression, kept.map(FactValue.enumeration), span)
        }
        return .between(subjectExpression, low, high, span)
    }
}

extension ComparisonOperator {
    /// True for `<`, `<=`, `>`, `>=`.
    var isOrdering: Bool { self != .equal && self != .notEqual }

    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    var flipped: ComparisonOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .equal, .notEqual: self
        }
    }
}

extension FactType {
    /// True when `<` is meaningful.
    var isOrdered: Bool {
        switch self {
        case .integer, .decimal, .money, .date, .duration, .enumeration: true
        case .boolean, .text: false
        }
    }

    /// Integer or decimal.
    var isNumber: Bool { self == .integer || self == .decimal }

    /// An example comparison for hints.
    var sampleComparison: String {
        switch self {
        case .boolean: "== true"
        case .integer, .decimal: "> 0"
        case .money: ">= 5000元"
        case .date: ">= 2024-01-01"
        case .duration: "< 30d"
        case .enumeration(let values): "== \(values.first ?? "value")"
        case .text: "== 'text'"
        }
    }

    /// What a literal of this type looks like, for hints.
    var valueHint: String {
        switch self {
        case .boolean: "compare it with true or false"
        case .integer: "compare it with a whole number, e.g. 30"
        case .decimal: "compare it with a number, e.g. 0.5"
        case .money: "compare it with an amount, e.g. 5000 (yuan), 5000元 or ¥5000"
        case .date: "compare it with a date, e.g. 2024-01-01"
        case .duration: "compare it with a number of days, e.g. 20d or 20"
        case .enumeration(let values): "compare it with one of its values: \(values.joined(separator: ", "))"
        case .text: "compare it with quoted text, e.g. 'abc'"
        }
    }
}

extension FactValue {
    /// The type a literal of this kind has on its own.
    var literalType: FactType? {
        switch self {
        case .boolean: .boolean
        case .integer: .integer
        case .decimal: .decimal
        case .money: .money
        case .date: .date
        case .duration: .duration
        case .text: .text
        case .enumeration: nil
        }
    }

    /// "a date", "an amount of money", … for messages.
    var kindPhrase: String {
        switch self {
        case .boolean(let b): "`\(b)`"
        case .integer(let i): "a number (\(i))"
        case .decimal(let d): "a decimal number (\(d))"
        case .money(let m): "an amount of money (\(ExpressionRenderer.literal(.money(m))))"
        case .date(let d): "a date (\(d))"
        case .duration(let d): "a duration (\(d)d)"
        case .enumeration(let e): "the enum value `\(e)`"
        case .text(let t): "text ('\(t)')"
        }
    }
}
