import LeniencyCore

/// Recursive-descent parser for the grammar in docs/RULE-FORMAT.md ("Expressions").
///
/// Syntax errors stop the parse: after one, the rest of the text rarely means what the author intended.
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var index = 0
    private var depth = 0
    /// Deep enough for any real condition, shallow enough that `((((…` cannot exhaust the stack.
    private static let maximumDepth = 64

    private struct Failure: Error {
        var error: ExpressionError
    }

    init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    /// Parses a whole expression.
    static func parse(_ source: String) -> Result<ExpressionSyntax, ExpressionError> {
        let tokens: [ExpressionToken]
        switch ExpressionLexer.tokenize(source) {
        case .success(let t): tokens = t
        case .failure(let e): return .failure(e)
        }
        var parser = ExpressionParser(tokens: tokens)
        do {
            return .success(try parser.parseWhole())
        } catch {
            return .failure(error.error)
        }
    }

    private var current: ExpressionToken { tokens[min(index, tokens.count - 1)] }

    private mutating func advance() -> ExpressionToken {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func fail(_ message: Message, hint: Message? = nil, at span: ExpressionSpan? = nil) -> Failure {
        Failure(error: ExpressionError(code: .expressionSyntax, message, hint: hint, span: span ?? current.span))
    }

    private mutating func parseWhole() throws(Failure) -> ExpressionSyntax {
        if current.kind == .end {
            throw fail(Message(.exprEmpty), hint: Message(.exprEmptyHint))
        }
        let expression = try parseOr()
        switch current.kind {
        case .end:
            return expression
        case .comparison:
            throw fail(Message(.exprChainedComparison), hint: Message(.exprChainedComparisonHint))
        case .rightParen:
            throw fail(Message(.exprUnmatchedClose), hint: Message(.exprUnmatchedCloseHint))
        case .identifier(let word) where ["and", "or", "not", "in", "between"].contains(word.lowercased()):
            throw fail(Message(.exprUnexpectedAfterCondition, word), hint: Message(.exprKeywordsLowercase, word.lowercased()))
        case .comma:
            throw fail(Message(.exprUnexpectedComma), hint: Message(.exprNoThousandsSeparators))
        default:
            throw fail(Message(.exprUnexpectedTokenAfterCondition, current.kind.display), hint: Message(.exprJoinConditions))
        }
    }

    private mutating func parseOr() throws(Failure) -> ExpressionSyntax {
        var operands = [try parseAnd()]
        while current.kind == .or {
            _ = advance()
            operands.append(try parseAnd())
        }
        guard operands.count > 1, let first = operands.first, let last = operands.last else { return operands[0] }
        return .or(operands, first.span.through(last.span))
    }

    private mutating func parseAnd() throws(Failure) -> ExpressionSyntax {
        var operands = [try parseUnary()]
        while current.kind == .and {
            _ = advance()
            operands.append(try parseUnary())
        }
        guard operands.count > 1, let first = operands.first, let last = operands.last else { return operands[0] }
        return .and(operands, first.span.through(last.span))
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth {
            throw fail(Message(.exprTooDeep), hint: Message(.exprTooDeepHint))
        }
    }

    private mutating func parseUnary() throws(Failure) -> ExpressionSyntax {
        guard current.kind == .not else { return try parseComparison() }
        try nest()
        defer { depth -= 1 }
        let keyword = advance()
        let operand = try parseUnary()
        return .not(operand, keyword.span.through(operand.span))
    }

    private mutating func parseComparison() throws(Failure) -> ExpressionSyntax {
        let left = try parseOperand()
        switch current.kind {
        case .comparison(let op):
            let opSpan = advance().span
            let right = try parseOperand()
            return .compare(op, opSpan, left, right, left.span.through(right.span))
        case .in:
            _ = advance()
            guard current.kind == .leftBracket else {
                throw fail(Message(.exprExpectedBracket), hint: Message(.exprExpectedBracketHint))
            }
            _ = advance()
            var items = [try parseValue(after: "`[`")]
            while current.kind == .comma {
                _ = advance()
                items.append(try parseValue(after: "`,`"))
            }
            guard current.kind == .rightBracket else {
                throw fail(Message(.exprExpectedCommaOrBracket, current.kind.display), hint: Message(.exprCloseList))
            }
            let close = advance()
            return .member(left, items, left.span.through(close.span))
        case .between:
            _ = advance()
            let low = try parseValue(after: "`between`")
            guard current.kind == .and else {
                throw fail(Message(.exprExpectedBetweenAnd, current.kind.display), hint: Message(.exprBetweenForm))
            }
            _ = advance()
            let high = try parseValue(after: "`and`")
            return .between(left, low, high, left.span.through(high.span))
        default:
            return left
        }
    }

    /// A literal or a bare word (an enum value) inside `in [...]` or `between`.
    private mutating func parseValue(after what: String) throws(Failure) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .literal(let value):
            _ = advance()
            return .value(value, token.span)
        case .identifier(let name):
            _ = advance()
            return .name(name, token.span)
        default:
            throw fail(Message(.exprExpectedValueAfter, what, token.kind.display), hint: Message(.exprValueKinds))
        }
    }

    private mutating func parseOperand() throws(Failure) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .identifier(let name):
            _ = advance()
            return .name(name, token.span)
        case .literal(let value):
            _ = advance()
            return .value(value, token.span)
        case .leftParen:
            try nest()
            defer { depth -= 1 }
            _ = advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw fail(Message(.exprExpectedCloseParen, token.span.start + 1, current.kind.display), hint: Message(.exprAddCloseParen))
            }
            _ = advance()
            return inner
        case .end:
            throw fail(Message(.exprEndsEarly), hint: Message(.exprCompleteCondition))
        default:
            throw fail(Message(.exprExpectedOperand, token.kind.display), hint: Message(.exprConditionForms))
        }
    }
}
