/// The kinds of token the expression lexer produces.
enum ExpressionTokenKind: Equatable {
    case identifier(String)
    case literal(FactValue)
    case comparison(ComparisonOperator)
    case and
    case or
    case not
    case `in`
    case between
    case leftParen
    case rightParen
    case leftBracket
    case rightBracket
    case comma
    case end

    /// How the token reads in an error message.
    var display: String {
        switch self {
        case .identifier(let name): "`\(name)`"
        case .literal(let value): "`\(ExpressionRenderer.literal(value))`"
        case .comparison(let op): "`\(op.rawValue)`"
        case .and: "`and`"
        case .or: "`or`"
        case .not: "`not`"
        case .in: "`in`"
        case .between: "`between`"
        case .leftParen: "`(`"
        case .rightParen: "`)`"
        case .leftBracket: "`[`"
        case .rightBracket: "`]`"
        case .comma: "`,`"
        case .end: "the end of the expression"
        }
    }
}

/// One token with its position.
struct ExpressionToken: Equatable {
    var kind: ExpressionTokenKind
    var span: ExpressionSpan
}
