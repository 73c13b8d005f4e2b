/// The output formats of `leniency lint` (and of any command that prints diagnostics).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error[CODE]: message` lines for people.
    case text
    /// A JSON array of diagnostic objects.
    case json
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…::…`) that annotate pull requests.
    case github
}
