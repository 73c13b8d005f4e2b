public import LeniencyCore

/// One problem in an expression, positioned by scalar offsets inside the source text.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `.expressionSyntax`, `.typeMismatch`, `.unknownFact` or `.unknownEnumValue`.
    public var code: DiagnosticCode
    /// What went wrong, in one sentence.
    public var text: Message
    /// How to fix it, when something more specific than the code's generic hint is known.
    public var hintText: Message?
    /// Where inside the expression text (0-based scalar offsets, end exclusive).
    public var span: ExpressionSpan

    /// Creates an error.
    public init(code: DiagnosticCode, _ text: Message, hint: Message? = nil, span: ExpressionSpan) {
        self.code = code
        self.text = text
        self.hintText = hint
        self.span = span
    }

    /// What went wrong, in English.
    public var message: String { text.english }

    /// The specific hint in English, if any.
    public var hint: String? { hintText?.english }

    /// `offset: message`, for tests and logs.
    public var description: String { "\(span.start): \(message)" }

    /// The error as a diagnostic, for an expression written on one line starting at `expressionStart`
    /// (the position of the expression's first scalar in the file).
    public func diagnostic(expressionStart: SourceLocation) -> Diagnostic {
        let start = expressionStart.start.advanced(by: span.start)
        let end = expressionStart.start.advanced(by: max(span.end, span.start))
        return Diagnostic(code, at: SourceLocation(file: expressionStart.file, start: start, end: end), text, hint: hintText)
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
