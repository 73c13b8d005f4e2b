/// Evaluates expressions against a case's facts with Kleene three-valued logic.
public enum ExpressionEvaluator {
    /// Evaluates with three-valued logic; `lookup` returns nil for an unknown (missing) fact.
    public static func evaluate(_ expression: Expression, lookup: (String) -> FactValue?) -> Truth {
        switch expression {
        case .fact(let name, _):
            guard case .boolean(let b) = lookup(name) else { return .unknown }
            return Truth(b)
        case .literal(let value, _):
            guard case .boolean(let b) = value else { return .unknown }
            return Truth(b)
        case .not(let inner, _):
            return evaluate(inner, lookup: lookup).negated
        case .and(let operands, _):
            // Same as `Truth.and`, without building an array: lint's witness search evaluates a lot.
            var result = Truth.yes
            for operand in operands {
                switch evaluate(operand, lookup: lookup) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .or(let operands, _):
            var result = Truth.no
            for operand in operands {
                switch evaluate(operand, lookup: lookup) {
                case .yes: return .yes
                case .unknown: result = .unknown
                case .no: break
                }
            }
            return result
        case .compare(let op, let left, let right, _):
            guard let l = value(of: left, lookup: lookup), let r = value(of: right, lookup: lookup) else { return .unknown }
            return compare(op, l, r)
        case .member(let subject, let values, _):
            guard let x = value(of: subject, lookup: lookup) else { return .unknown }
            let matches = values.map { FactValue.equal(x, $0) }
            if matches.contains(true) { return .yes }
            return matches.contains(nil) ? .unknown : .no
        case .between(let subject, let low, let high, _):
            guard let x = value(of: subject, lookup: lookup),
                  let above = FactValue.order(low, x), let below = FactValue.order(x, high) else { return .unknown }
            return Truth(above <= 0 && below <= 0)
        }
    }

    /// The facts whose being unknown makes the result unknown (those that could still change it), in source order.
    public static func deciding(_ expression: Expression, lookup: (String) -> FactValue?) -> [String] {
        var names: [String] = []
        collect(expression, lookup: lookup, into: &names)
        return names
    }

    private static func collect(_ expression: Expression, lookup: (String) -> FactValue?, into names: inout [String]) {
        guard evaluate(expression, lookup: lookup) == .unknown else { return }
        switch expression {
        case .fact, .literal:
            collectOperand(expression, lookup: lookup, into: &names)
        case .not(let inner, _):
            collect(inner, lookup: lookup, into: &names)
        case .and(let operands, _), .or(let operands, _):
            // The result is unknown, so no operand settled it: every unknown operand can still change it.
            for operand in operands { collect(operand, lookup: lookup, into: &names) }
        case .compare(_, let left, let right, _):
            collectOperand(left, lookup: lookup, into: &names)
            collectOperand(right, lookup: lookup, into: &names)
        case .member(let subject, _, _), .between(let subject, _, _, _):
            collectOperand(subject, lookup: lookup, into: &names)
        }
    }

    private static func collectOperand(_ operand: Expression, lookup: (String) -> FactValue?, into names: inout [String]) {
        switch operand {
        case .fact(let name, _):
            if lookup(name) == nil, !names.contains(name) { names.append(name) }
        case .literal:
            break
        default:
            collect(operand, lookup: lookup, into: &names)
        }
    }

    /// The value an operand stands for; nil when unknown.
    static func value(of operand: Expression, lookup: (String) -> FactValue?) -> FactValue? {
        switch operand {
        case .fact(let name, _):
            return lookup(name)
        case .literal(let value, _):
            return value
        default:
            switch evaluate(operand, lookup: lookup) {
            case .yes: return .boolean(true)
            case .no: return .boolean(false)
            case .unknown: return nil
            }
        }
    }

    /// The three-valued truth of `l op r`: unknown when the values do not compare (both engines use this one table).
    public static func compare(_ op: ComparisonOperator, _ l: FactValue, _ r: FactValue) -> Truth {
        switch op {
        case .equal:
            return FactValue.equal(l, r).map(Truth.init) ?? .unknown
        case .notEqual:
            return FactValue.equal(l, r).map { Truth(!$0) } ?? .unknown
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let o = FactValue.order(l, r) else { return .unknown }
            switch op {
            case .less: return Truth(o < 0)
            case .lessOrEqual: return Truth(o <= 0)
            case .greater: return Truth(o > 0)
            default: return Truth(o >= 0)
            }
        }
    }
}
