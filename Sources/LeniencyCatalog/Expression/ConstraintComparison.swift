/// Comparing two sets of conditions for `leniency diff`: does one version of an item (or tier) hold on some case where
/// the other does not? The same finite candidate search as the lint checks, run once in each direction.
extension ConstraintAnalysis {
    /// How two conjunctions of conditions relate, one search result per direction.
    public struct Comparison: Sendable, Hashable {
        /// Facts under which all of the first hold and the second do not (or why none was found).
        public var onlyFirst: SearchResult
        /// Facts under which all of the second hold and the first do not (or why none was found).
        public var onlySecond: SearchResult

        /// True when the search proved, in both directions, that no case tells the two apart.
        public var isEquivalent: Bool { onlyFirst == .exhausted && onlySecond == .exhausted }
        /// True when either direction ran out of budget before an answer.
        public var gaveUp: Bool { onlyFirst == .gaveUp || onlySecond == .gaveUp }
    }

    /// Compares the conjunction of `first` with the conjunction of `second` (an empty list always holds).
    ///
    /// Candidates come from the literals of both sides, so a threshold moved from `0.1` to `0.2` is tried at both
    /// boundaries; the comparison is complete for comparisons of one fact with literals, like the lint search.
    public static func compare(_ first: [Expression], _ second: [Expression], facts: [String: FactDefinition],
                               evaluationLimit: Int = 200_000) -> Comparison {
        Comparison(onlyFirst: search(satisfyingAll: first + [negatedConjunction(second)], facts: facts, evaluationLimit: evaluationLimit),
                   onlySecond: search(satisfyingAll: second + [negatedConjunction(first)], facts: facts, evaluationLimit: evaluationLimit))
    }

    /// `not (a and b and …)`; `not true` for an empty list, which no case satisfies.
    static func negatedConjunction(_ expressions: [Expression]) -> Expression {
        let span = ExpressionSpan(start: 0, end: 0)
        switch expressions.count {
        case 0: return .not(.literal(.boolean(true), span), span)
        case 1: return .not(expressions[0], span)
        default: return .not(.and(expressions, span), span)
        }
    }
}

extension Expression {
    /// The expression with every reference to the fact `name` replaced by the literal `value` (e.g. the built-in
    /// `first_offence` fixed to what a given history makes it).
    public func substituting(_ name: String, with value: FactValue) -> Expression {
        switch self {
        case .fact(let n, let span): n == name ? .literal(value, span) : self
        case .literal: self
        case .not(let x, let span): .not(x.substituting(name, with: value), span)
        case .and(let xs, let span): .and(xs.map { $0.substituting(name, with: value) }, span)
        case .or(let xs, let span): .or(xs.map { $0.substituting(name, with: value) }, span)
        case .compare(let op, let l, let r, let span): .compare(op, l.substituting(name, with: value), r.substituting(name, with: value), span)
        case .member(let x, let values, let span): .member(x.substituting(name, with: value), values, span)
        case .between(let x, let lo, let hi, let span): .between(x.substituting(name, with: value), lo, hi, span)
        }
    }
}
