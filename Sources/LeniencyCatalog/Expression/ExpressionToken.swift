import LeniencyCore

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
    var display: Message {
        switch self {
        case .identifier(let name): .verbatim("`\(name)`")
        case .literal(let value): .verbatim("`\(ExpressionRenderer.literal(value))`")
        case .comparison(let op): .verbatim("`\(op.rawValue)`")
        case .and: .verbatim("`and`")
        case .or: .verbatim("`or`")
        case .not: .verbatim("`not`")
        case .in: .verbatim("`in`")
        case .between: .verbatim("`between`")
        case .leftParen: .verbatim("`(`")
        case .rightParen: .verbatim("`)`")
        case .leftBracket: .verbatim("`[`")
        case .rightBracket: .verbatim("`]`")
        case .comma: .verbatim("`,`")
        case .end: Message(.exprEndOfExpression)
        }
    }
}

/// One token with its position.
struct ExpressionToken: Equatable {
    var kind: ExpressionTokenKind
    var span: ExpressionSpan
}
