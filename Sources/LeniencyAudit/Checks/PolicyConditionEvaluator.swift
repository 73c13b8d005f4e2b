import LeniencyCatalog
import LeniencyCore

/// Three-valued (Kleene) evaluation of a policy condition such as `legal_review_when: fine >= 50000 or major_decision`.
///
/// The engine's evaluator is internal to the engine and sees only list items; a policy condition also reads `fine`,
/// which is a fact of the recorded decision, not of the case, so the audit evaluates it here (nil = unknown).
struct PolicyConditionEvaluator: Sendable {
    /// Declared value order of each enum fact.
    let enumOrder: [String: [String]]

    init(catalog: Catalog) {
        var order: [String: [String]] = [:]
        for fact in catalog.facts {
            if case .enumeration(let values) = fact.type { order[fact.name] = values }
        }
        enumOrder = order
    }

    /// The truth of `expression` over `values` (absent = unknown).
    func truth(_ expression: Expression, _ values: [String: FactValue]) -> Bool? {
        switch expression {
        case .fact(let name, _):
            if case .boolean(let b)? = values[name] { return b }
            return nil
        case .literal(let value, _):
            if case .boolean(let b) = value { return b }
            return nil
        case .not(let inner, _):
            return truth(inner, values).map { !$0 }
        case .and(let parts, _):
            var unknown = false
            for part in parts {
                switch truth(part, values) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case .or(let parts, _):
            var unknown = false
            for part in parts {
                switch truth(part, values) {
                case true?: return true
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? nil : false
        case .compare(let op, let left, let right, _):
            guard let l = value(left, values), let r = value(right, values),
                  let order = compare(l, r, enumFact: enumFact(left) ?? enumFact(right)) else { return nil }
            switch op {
            case .equal: return order == 0
            case .notEqual: return order != 0
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            case .greaterOrEqual: return order >= 0
            }
        case .member(let subject, let options, _):
            guard let v = value(subject, values) else { return nil }
            let fact = enumFact(subject)
            return options.contains { compare(v, $0, enumFact: fact) == 0 }
        case .between(let subject, let low, let high, _):
            guard let v = value(subject, values) else { return nil }
            let fact = enumFact(subject)
            guard let a = compare(v, low, enumFact: fact), let b = compare(v, high, enumFact: fact) else { return nil }
            return a >= 0 && b <= 0
        }
    }

    private func value(_ expression: Expression, _ values: [String: FactValue]) -> FactValue? {
        switch expression {
        case .fact(let name, _): values[name]
        case .literal(let value, _): value
        default: truth(expression, values).map(FactValue.boolean)
        }
    }

    private func enumFact(_ expression: Expression) -> String? {
        if case .fact(let name, _) = expression, enumOrder[name] != nil { return name }
        return nil
    }

    /// -1, 0, 1, or nil when the values do not compare.
    private func compare(_ l: FactValue, _ r: FactValue, enumFact: String?) -> Int? {
        if let a = Self.number(l, pairedWith: r), let b = Self.number(r, pairedWith: l) {
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        switch (l, r) {
        case (.boolean(let a), .boolean(let b)): return a == b ? 0 : 1
        case (.date(let a), .date(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.text(let a), .text(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.enumeration(let a), .enumeration(let b)), (.enumeration(let a), .text(let b)), (.text(let a), .enumeration(let b)):
            guard let enumFact, let order = enumOrder[enumFact],
                  let i = order.firstIndex(of: a), let j = order.firstIndex(of: b) else { return a == b ? 0 : nil }
            return i < j ? -1 : (i == j ? 0 : 1)
        default: return nil
        }
    }

    /// A numeric value as an exact ratio; a plain number compared with money means yuan, so money is read in yuan.
    private static func number(_ v: FactValue, pairedWith other: FactValue) -> Ratio? {
        switch v {
        case .integer(let i): Ratio(i)
        case .decimal(let d): d.ratio
        case .money(let m): Ratio(m.fen, 100)
        case .duration(let d): Ratio(d)
        default: nil
        }
    }
}
