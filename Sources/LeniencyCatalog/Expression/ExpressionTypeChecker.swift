public import LeniencyCore

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

        /// The fact's name, for an operand that is a fact.
        var factName: String {
            if case .fact(let name, _, _) = self { return name }
            return ""
        }

        /// How the operand reads in an error message.
        var display: Message {
            switch self {
            case .fact(let n, let t, _): Message(.exprTypedFact, t.word, n)
            case .literal(let v, _): v.kindPhrase
            case .condition: Message(.exprACondition)
            case .word(let w, _): .verbatim("`\(w)`")
            case .invalid: Message(.exprAnInvalidOperand)
            }
        }
    }

    private func type(of name: String) -> FactType? {
        builtins[name] ?? facts[name]?.type
    }

    private mutating func report(_ code: DiagnosticCode, _ message: Message, hint: Message? = nil, at span: ExpressionSpan) {
        errors.append(ExpressionError(code: code, message, hint: hint, span: span))
    }

    private mutating func reportUnknownFact(_ name: String, at span: ExpressionSpan, comparedWith other: Operand? = nil) {
        var hints: [Message] = []
        let keywords = ["and", "or", "not", "in", "between", "true", "false"]
        if keywords.contains(name.lowercased()) {
            hints.append(Message(.exprKeywordsLowercase, name.lowercased()))
        }
        let candidates = Array(facts.keys) + Array(builtins.keys)
        if let suggestion = NameSuggestions.didYouMean(NameSuggestions.closest(to: name, among: candidates)) {
            hints.append(suggestion)
        }
        let owners = facts.values.filter { if case .enumeration(let vs) = $0.type { vs.contains(name) } else { false } }
            .map(\.name).sorted()
        if let owner = owners.first {
            hints.append(Message(.exprKeywordIsValue, name, owner))
        }
        if case .fact(_, .text, _) = other {
            hints.append(Message(.exprQuoteText, name))
        }
        if hints.isEmpty { hints.append(Message(.exprDeclareFact, name)) }
        report(.unknownFact, Message(.exprUnknownFact, name), hint: Message.joined(hints, by: .hintJoin), at: span)
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
                report(.typeMismatch, Message(.exprNotACondition, Message(.exprTypedFact, t.word, name)),
                       hint: Message(.exprCompareFactExample, "\(name) \(t.sampleComparison)"), at: span)
                return nil
            }
            return .fact(name, span)
        case .value(let value, let span):
            guard case .boolean = value else {
                report(.typeMismatch, Message(.exprNotACondition, value.kindPhrase),
                       hint: Message(.exprCompareLiteralExample, ExpressionRenderer.literal(value)), at: span)
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
        var hint = Message(.exprTakesOneOf, fact, values)
        if let suggestion = NameSuggestions.didYouMean(NameSuggestions.closest(to: word, among: values)) {
            hint = Message(.hintJoin, suggestion, hint)
        }
        report(.unknownEnumValue, Message(.exprNotEnumValue, word, fact), hint: hint, at: span)
        return .invalid
    }

    // MARK: Coercion

    /// Converts a literal to the type it is compared with, or reports why it cannot be.
    private mutating func coerce(_ value: FactValue, _ span: ExpressionSpan, to target: FactType, against subject: Message,
                                 fact: String = "") -> FactValue? {
        switch (target, value) {
        case (.boolean, .boolean), (.integer, .integer), (.integer, .decimal), (.decimal, .integer), (.decimal, .decimal),
             (.money, .money), (.date, .date), (.duration, .duration), (.text, .text):
            return value
        case (.money, .integer(let yuan)):
            let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
            if overflow {
                report(.typeMismatch, Message(.exprAmountTooLarge, String(yuan)), hint: Message(.exprUseSmallerAmount), at: span)
                return nil
            }
            return .money(Money(fen: fen))
        case (.money, .decimal(let d)):
            guard let amount = Money(parsing: d.description) else {
                report(.typeMismatch, Message(.exprAmountInexact, d.description), hint: Message(.exprAtMostTwoDecimals), at: span)
                return nil
            }
            return .money(amount)
        case (.duration, .integer(let days)):
            return .duration(days)
        case (.enumeration(let values), .text(let word)), (.enumeration(let values), .enumeration(let word)):
            guard case .literal(let v, _) = enumValue(word, span, fact: fact, values: values) else { return nil }
            return v
        default:
            report(.typeMismatch, Message(.exprCannotCompare, subject, value.kindPhrase), hint: target.valueHint, at: span)
            return nil
        }
    }

    /// The common type of two compared operands plus their (coerced) expressions, or nil after reporting.
    private mutating func unify(_ left: Operand, _ right: Operand) -> (Expression, Expression, FactType)? {
        guard let le = left.expression, let re = right.expression else { return nil }
        switch (left, right) {
        case (.fact(let name, let t, _), .literal(let v, let s)):
            return coerce(v, s, to: t, against: Message(.exprTypedFact, t.word, name), fact: name).map { (le, .literal($0, s), t) }
        case (.literal(let v, let s), .fact(let name, let t, _)):
            return coerce(v, s, to: t, against: Message(.exprTypedFact, t.word, name), fact: name).map { (.literal($0, s), re, t) }
        default:
            break
        }
        guard let lt = left.type, let rt = right.type else { return nil }
        switch (left, right) {
        case (.condition, _), (_, .condition):
            let other = lt == .boolean ? right : left
            guard lt == .boolean, rt == .boolean else {
                report(.typeMismatch, Message(.exprCannotCompareCondition, other.display),
                       hint: Message(.exprConditionComparesWith), at: other.span)
                return nil
            }
            return (le, re, .boolean)
        default:
            if lt == rt { return (le, re, lt) }
            if lt.isNumber, rt.isNumber { return (le, re, .decimal) }
            if case .literal(let v, let s) = right, case .literal = left {
                return coerce(v, s, to: lt, against: left.display).map { (le, .literal($0, s), lt) }
            }
            report(.typeMismatch, Message(.exprCannotCompare, left.display, right.display),
                   hint: Message(.exprCompareSameType), at: right.span)
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
                report(.typeMismatch, Message(.exprCannotOrder, op.rawValue, type.word),
                       hint: Message(.exprComparesOnlyEquality, type.word), at: opSpan)
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
            report(.typeMismatch, Message(.exprEnumFactsOrdering, op.rawValue),
                   hint: Message(.exprCompareEachWithValue), at: opSpan)
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
            return coerce(v, s, to: type, against: subject.display, fact: subject.factName)
        case .name(let word, let s):
            if case .enumeration(let values) = type, case .fact(let name, _, _) = subject {
                guard case .literal(let v, _) = enumValue(word, s, fact: name, values: values) else { return nil }
                return v
            }
            if self.type(of: word) != nil {
                report(.typeMismatch, Message(.exprFactInList, word),
                       hint: Message(.exprCompareTwoFacts), at: s)
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
            report(.typeMismatch, Message(.exprBetweenCannotOrder, subject.display),
                   hint: Message(.exprBetweenNeeds), at: subject.span)
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
    var valueHint: Message {
        switch self {
        case .boolean: Message(.exprCompareWithBoolean)
        case .integer: Message(.exprCompareWithInteger)
        case .decimal: Message(.exprCompareWithDecimal)
        case .money: Message(.exprCompareWithMoney)
        case .date: Message(.exprCompareWithDate)
        case .duration: Message(.exprCompareWithDuration)
        case .enumeration(let values): Message(.exprCompareWithEnum, values)
        case .text: Message(.exprCompareWithText)
        }
    }

    /// The type's name in a message (`boolean` / `是否型`).
    public var word: Message {
        switch self {
        case .boolean: Message(.factTypeBoolean)
        case .integer: Message(.factTypeInteger)
        case .decimal: Message(.factTypeDecimal)
        case .money: Message(.factTypeMoney)
        case .date: Message(.factTypeDate)
        case .duration: Message(.factTypeDuration)
        case .enumeration: Message(.factTypeEnum)
        case .text: Message(.factTypeText)
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
    var kindPhrase: Message {
        switch self {
        case .boolean(let b): Message(.exprLiteralBoolean, String(b))
        case .integer(let i): Message(.exprLiteralNumber, String(i))
        case .decimal(let d): Message(.exprLiteralDecimal, d.description)
        case .money(let m): Message(.exprLiteralMoney, ExpressionRenderer.literal(.money(m)))
        case .date(let d): Message(.exprLiteralDate, d)
        case .duration(let d): Message(.exprLiteralDuration, String(d))
        case .enumeration(let e): Message(.exprLiteralEnum, e)
        case .text(let t): Message(.exprLiteralText, t)
        }
    }
}
