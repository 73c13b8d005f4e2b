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

    private func fail(_ message: String, hint: String? = nil, at span: ExpressionSpan? = nil) -> Failure {
        Failure(error: ExpressionError(code: .expressionSyntax, message: message, hint: hint, span: span ?? current.span))
    }

    private mutating func parseWhole() throws(Failure) -> ExpressionSyntax {
        if current.kind == .end {
            throw fail("the expression is empty", hint: "write a condition such as `harm_minor` or `duration_days < 30`")
        }
        let expression = try parseOr()
        switch current.kind {
        case .end:
            return expression
        case .comparison:
            throw fail("comparisons cannot be chained", hint: "use `x between a and b`, or join two comparisons with `and`")
        case .rightParen:
            throw fail("`)` without a matching `(`", hint: "remove it or add the opening parenthesis")
        case .identifier(let word) where ["and", "or", "not", "in", "between"].contains(word.lowercased()):
            throw fail("unexpected `\(word)` after a complete condition", hint: "keywords are lowercase: write `\(word.lowercased())`")
        case .comma:
            throw fail("unexpected `,` after a complete condition",
                       hint: "write numbers without thousands separators (5000, not 5,000); join conditions with `and` or `or`")
        default:
            throw fail("unexpected \(current.kind.display) after a complete condition", hint: "join conditions with `and` or `or`")
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
            throw fail("the expression is nested too deeply", hint: "split it into several conditions")
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
                throw fail("expected `[` after `in`", hint: "write the values in brackets, e.g. `area in [general, sensitive]`")
            }
            _ = advance()
            var items = [try parseValue(after: "`[`")]
            while current.kind == .comma {
                _ = advance()
                items.append(try parseValue(after: "`,`"))
            }
            guard current.kind == .rightBracket else {
                throw fail("expected `,` or `]` in the value list, found \(current.kind.display)", hint: "close the list with `]`")
            }
            let close = advance()
            return .member(left, items, left.span.through(close.span))
        case .between:
            _ = advance()
            let low = try parseValue(after: "`between`")
            guard current.kind == .and else {
                throw fail("expected `and` after the lower bound of `between`, found \(current.kind.display)",
                           hint: "write `x between low and high`")
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
            throw fail("expected a value after \(what), found \(token.kind.display)",
                       hint: "give a number, amount, date, duration, quoted text, true/false or an enum value")
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
                throw fail("expected `)` to close the `(` at character \(token.span.start + 1) of the condition, found \(current.kind.display)",
                           hint: "add the missing `)`")
            }
            _ = advance()
            return inner
        case .end:
            throw fail("the expression ends where a fact name or value was expected", hint: "complete the condition")
        default:
            throw fail("expected a fact name, a value or `(`, found \(token.kind.display)",
                       hint: "conditions look like `harm_minor`, `not harm_minor`, `duration_days < 30` or `(a or b) and c`")
        }
    }
}
