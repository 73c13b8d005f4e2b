import LeniencyCore
import LeniencyCatalog

/// A cheap over-approximation of the cases an item can apply to: for each fact that its conditions constrain on their
/// own (`harm_minor`, `not serious`, `duration_days < 30`, `party_type == enterprise`, `x between 1 and 5`), the values
/// the fact may take. Everything else (disjunctions, comparisons of two facts) is left unconstrained.
///
/// Two items whose boxes are disjoint on one fact can never meet, which lint can tell without the constraint solver.
/// A box that is empty proves that its conditions can never hold together.
struct ConditionBox {
    /// One end of an interval.
    struct Bound {
        var value: Ratio
        var inclusive: Bool
    }

    /// What one fact may be.
    enum Range {
        /// Numbers, money (in yuan), durations (in days) or dates (as day numbers) between the bounds.
        case interval(lower: Bound?, upper: Bound?)
        /// One of these booleans, enum values or texts.
        case values(Set<String>)
    }

    private(set) var ranges: [String: Range] = [:]
    /// True when the conditions contradict each other already within the box.
    private(set) var isEmpty = false

    /// The box of expressions that must all hold.
    init(_ expressions: [Expression]) {
        for expression in expressions { add(expression, negated: false) }
    }

    /// False only when no case can satisfy both boxes. The reference for `CompiledBoxes`, which lint runs instead.
    func mayMeet(_ other: ConditionBox) -> Bool {
        if isEmpty || other.isEmpty { return false }
        let (small, large) = ranges.count <= other.ranges.count ? (self, other) : (other, self)
        for (fact, range) in small.ranges {
            guard let otherRange = large.ranges[fact] else { continue }
            if Self.intersection(range, otherRange) == nil { return false }
        }
        return true
    }

    // MARK: - Building

    private mutating func add(_ expression: Expression, negated: Bool) {
        switch expression {
        case .and(let operands, _):
            // `not (a and b)` is a disjunction: no box.
            if !negated { operands.forEach { add($0, negated: false) } }
        case .or(let operands, _):
            // `not (a or b)` holds only when every operand is false.
            if negated { operands.forEach { add($0, negated: true) } }
        case .not(let inner, _):
            add(inner, negated: !negated)
        case .fact(let name, _):
            restrict(name, .values([negated ? "false" : "true"]))
        case .compare(let op, .fact(let name, _), .literal(let value, _), _):
            atom(name, negated ? op.negated : op, value)
        case .compare(let op, .literal(let value, _), .fact(let name, _), _):
            atom(name, negated ? op.negated.flipped : op.flipped, value)
        case .member(.fact(let name, _), let values, _) where !negated:
            if let keys = Self.keys(values) {
                restrict(name, .values(keys))
            } else {
                let numbers = values.compactMap(Self.number).sorted()
                if numbers.count == values.count, let low = numbers.first, let high = numbers.last {
                    restrict(name, .interval(lower: Bound(value: low, inclusive: true), upper: Bound(value: high, inclusive: true)))
                }
            }
        case .between(.fact(let name, _), let low, let high, _) where !negated:
            if let low = Self.number(low), let high = Self.number(high) {
                restrict(name, .interval(lower: Bound(value: low, inclusive: true), upper: Bound(value: high, inclusive: true)))
            }
        default:
            break
        }
    }

    /// `fact op value`, already negated where needed.
    private mutating func atom(_ name: String, _ op: ComparisonOperator, _ value: FactValue) {
        if let key = Self.key(value) {
            switch (op, value) {
            case (.equal, _): restrict(name, .values([key]))
            case (.notEqual, .boolean(let b)): restrict(name, .values([b ? "false" : "true"]))
            default: break
            }
            return
        }
        guard let number = Self.number(value) else { return }
        let open = Bound(value: number, inclusive: false), closed = Bound(value: number, inclusive: true)
        switch op {
        case .equal: restrict(name, .interval(lower: closed, upper: closed))
        case .less: restrict(name, .interval(lower: nil, upper: open))
        case .lessOrEqual: restrict(name, .interval(lower: nil, upper: closed))
        case .greater: restrict(name, .interval(lower: open, upper: nil))
        case .greaterOrEqual: restrict(name, .interval(lower: closed, upper: nil))
        case .notEqual: break
        }
    }

    private mutating func restrict(_ name: String, _ range: Range) {
        guard let existing = ranges[name] else {
            ranges[name] = range
            if Self.intersection(range, range) == nil { isEmpty = true }
            return
        }
        guard let narrowed = Self.intersection(existing, range) else {
            isEmpty = true
            return
        }
        ranges[name] = narrowed
    }

    // MARK: - Values

    /// The range both allow, nil when they exclude each other; ranges of different kinds are not compared.
    private static func intersection(_ a: Range, _ b: Range) -> Range? {
        switch (a, b) {
        case (.values(let x), .values(let y)):
            let common = x.intersection(y)
            return common.isEmpty ? nil : .values(common)
        case (.interval(let lowA, let highA), .interval(let lowB, let highB)):
            let lower = tighter(lowA, lowB, isLower: true), upper = tighter(highA, highB, isLower: false)
            if let lower, let upper {
                if upper.value < lower.value { return nil }
                if upper.value == lower.value, !(lower.inclusive && upper.inclusive) { return nil }
            }
            return .interval(lower: lower, upper: upper)
        default:
            return a
        }
    }

    private static func tighter(_ a: Bound?, _ b: Bound?, isLower: Bool) -> Bound? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value == b.value { return Bound(value: a.value, inclusive: a.inclusive && b.inclusive) }
        return (a.value < b.value) == isLower ? b : a
    }

    /// Booleans, enum values and texts as one comparable key (enum values and texts compare by their text).
    private static func key(_ value: FactValue) -> String? {
        switch value {
        case .boolean(let b): b ? "true" : "false"
        case .enumeration(let s), .text(let s): "=" + s
        default: nil
        }
    }

    private static func keys(_ values: [FactValue]) -> Set<String>? {
        var keys: Set<String> = []
        for value in values {
            guard let key = key(value) else { return nil }
            keys.insert(key)
        }
        return keys
    }

    /// Numbers exactly (money in yuan, durations in days), dates as day numbers.
    private static func number(_ value: FactValue) -> Ratio? {
        switch value {
        case .integer(let i): Ratio(i)
        case .decimal(let d): d.ratio
        case .money(let m): Ratio(m.fen, 100)
        case .duration(let d): Ratio(Int64(d))
        case .date(let d): Ratio(Int64(d.dayNumber))
        default: nil
        }
    }
}

extension ComparisonOperator {
    /// The operator that holds exactly when this one is false (for known values).
    fileprivate var negated: ComparisonOperator {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        }
    }

    /// The operator with its operands swapped (`5 < x` is `x > 5`).
    fileprivate var flipped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }
}
