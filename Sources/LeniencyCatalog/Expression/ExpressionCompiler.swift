import LeniencyCore

/// Turns condition text into a type-checked `Expression` (grammar and rules: docs/RULE-FORMAT.md, "Expressions").
public enum ExpressionCompiler {
    /// Parses and type-checks `source`; `facts` is the vocabulary by name, `builtins` extra identifiers with their types
    /// (e.g. [firstOffenceFactName: .boolean] for list items, ["fine": .money] for policies).
    /// Returns the expression, or every error found (at least one).
    public static func compile(_ source: String, facts: [String: FactDefinition],
                               builtins: [String: FactType]) -> Result<Expression, ExpressionErrors> {
        let syntax: ExpressionSyntax
        switch ExpressionParser.parse(source) {
        case .success(let tree): syntax = tree
        case .failure(let error): return .failure(ExpressionErrors(errors: [error]))
        }
        var checker = ExpressionTypeChecker(facts: facts, builtins: builtins)
        let expression = checker.condition(syntax)
        if let expression, checker.errors.isEmpty { return .success(expression) }
        var errors = checker.errors.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        if errors.isEmpty {
            // Defensive: a rejected expression must always say why.
            errors = [ExpressionError(code: .expressionSyntax, Message(.exprCouldNotCheck),
                                      span: ExpressionSpan(start: 0, end: source.unicodeScalars.count))]
        }
        return .failure(ExpressionErrors(errors: errors))
    }
}
