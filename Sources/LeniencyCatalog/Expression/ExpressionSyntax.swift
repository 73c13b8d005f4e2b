/// The parse tree before names are resolved: a bare word may be a fact or an enum value until types are known.
indirect enum ExpressionSyntax {
    case name(String, ExpressionSpan)
    case value(FactValue, ExpressionSpan)
    case not(ExpressionSyntax, ExpressionSpan)
    case and([ExpressionSyntax], ExpressionSpan)
    case or([ExpressionSyntax], ExpressionSpan)
    /// Operator, its own span, operands, whole span.
    case compare(ComparisonOperator, ExpressionSpan, ExpressionSyntax, ExpressionSyntax, ExpressionSpan)
    case member(ExpressionSyntax, [ExpressionSyntax], ExpressionSpan)
    case between(ExpressionSyntax, ExpressionSyntax, ExpressionSyntax, ExpressionSpan)

    var span: ExpressionSpan {
        switch self {
        case .name(_, let s), .value(_, let s), .not(_, let s), .and(_, let s), .or(_, let s),
             .compare(_, _, _, _, let s), .member(_, _, let s), .between(_, _, _, let s):
            s
        }
    }
}

extension ExpressionSpan {
    /// The span from the start of `self` to the end of `other`.
    func through(_ other: ExpressionSpan) -> ExpressionSpan {
        ExpressionSpan(start: start, end: other.end)
    }
}
