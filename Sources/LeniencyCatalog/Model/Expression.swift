/// A column span inside an expression's source text (0-based scalar offsets, end exclusive).
public struct ExpressionSpan: Sendable, Hashable {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Creates a span.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A comparison operator.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A parsed, type-checked condition expression (three-valued when evaluated).
public indirect enum Expression: Sendable, Hashable {
    /// A fact reference (or the built-in `first_offence`).
    case fact(String, ExpressionSpan)
    /// A literal value.
    case literal(FactValue, ExpressionSpan)
    /// Negation.
    case not(Expression, ExpressionSpan)
    /// Conjunction of two or more operands.
    case and([Expression], ExpressionSpan)
    /// Disjunction of two or more operands.
    case or([Expression], ExpressionSpan)
    /// A comparison.
    case compare(ComparisonOperator, Expression, Expression, ExpressionSpan)
    /// `x in [a, b]`.
    case member(Expression, [FactValue], ExpressionSpan)
    /// `x between a and b`, inclusive.
    case between(Expression, FactValue, FactValue, ExpressionSpan)

    /// The span of the whole expression.
    public var span: ExpressionSpan {
        switch self {
        case .fact(_, let s), .literal(_, let s), .not(_, let s), .and(_, let s), .or(_, let s),
             .compare(_, _, _, let s), .member(_, _, let s), .between(_, _, _, let s):
            s
        }
    }

    /// Names of all facts the expression reads, in first-use order.
    public var factNames: [String] {
        var seen: [String] = []
        func walk(_ e: Expression) {
            switch e {
            case .fact(let n, _): if !seen.contains(n) { seen.append(n) }
            case .literal: break
            case .not(let x, _): walk(x)
            case .and(let xs, _), .or(let xs, _): xs.forEach(walk)
            case .compare(_, let l, let r, _): walk(l); walk(r)
            case .member(let x, _, _), .between(let x, _, _, _): walk(x)
            }
        }
        walk(self)
        return seen
    }
}

/// The name of the built-in first-offence identifier.
public let firstOffenceFactName = "first_offence"
