public import LeniencyCore

/// One problem in an expression, positioned by scalar offsets inside the source text.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `.expressionSyntax`, `.typeMismatch`, `.unknownFact` or `.unknownEnumValue`.
    public var code: DiagnosticCode
    /// What went wrong, in one sentence.
    public var message: String
    /// How to fix it, when something more specific than the code's generic hint is known.
    public var hint: String?
    /// Where inside the expression text (0-based scalar offsets, end exclusive).
    public var span: ExpressionSpan

    /// Creates an error.
    public init(code: DiagnosticCode, message: String, hint: String? = nil, span: ExpressionSpan) {
        self.code = code
        self.message = message
        self.hint = hint
        self.span = span
    }

    /// `offset: message`, for tests and logs.
    public var description: String { "\(span.start): \(message)" }

    /// The error as a diagnostic, for an expression written on one line starting at `expressionStart`
    /// (the position of the expression's first scalar in the file).
    public func diagnostic(expressionStart: SourceLocation) -> Diagnostic {
        let start = expressionStart.start.advanced(by: span.start)
        let end = expressionStart.start.advanced(by: max(span.end, span.start))
        return Diagnostic(code, at: SourceLocation(file: expressionStart.file, start: start, end: end), message, hint: hint)
    }
}

/// Every problem found in one expression (at least one), in source order.
public struct ExpressionErrors: Error, Sendable, Hashable {
    /// The problems.
    public var errors: [ExpressionError]

    /// Wraps a list of problems.
    public init(errors: [ExpressionError]) {
        self.errors = errors
    }
}
