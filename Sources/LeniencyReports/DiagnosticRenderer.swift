public import LeniencyCore

/// Turns diagnostics into text in one of the `DiagnosticFormat`s; pure, so every format is testable without a process.
public enum DiagnosticRenderer {
    /// Renders diagnostics; `color` adds ANSI colours to the text format only.
    public static func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat, color: Bool) -> String {
        render(diagnostics, format: format, color: color, baseDirectory: nil)
    }

    /// Renders diagnostics, writing SARIF and GitHub paths relative to `baseDirectory` (usually the working directory).
    public static func render(
        _ diagnostics: [Diagnostic], format: DiagnosticFormat, color: Bool, baseDirectory: String?,
        toolVersion: String = "0.1.0"
    ) -> String {
        switch format {
        case .text: TerminalDiagnosticRenderer.render(diagnostics, color: color)
        case .json: DiagnosticJSONRenderer.render(diagnostics)
        case .sarif: SarifDiagnosticRenderer.render(diagnostics, baseDirectory: baseDirectory, toolVersion: toolVersion)
        case .github: DiagnosticGitHubRenderer.render(diagnostics, baseDirectory: baseDirectory)
        }
    }

    /// `2 errors, 1 warning` (info diagnostics are counted only when present).
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let infos = diagnostics.count { $0.severity == .info }
        var parts = [plural(errors, "error"), plural(warnings, "warning")]
        if infos > 0 { parts.append(plural(infos, "info message")) }
        return parts.joined(separator: ", ")
    }

    /// A path for tools that resolve it against the repository root: relative to `base`, forward slashes, no `./`.
    static func relativePath(_ path: String, base: String?) -> String {
        var result = path.replacingBackslashes()
        if let base, !base.isEmpty {
            let prefix = base.replacingBackslashes().hasSuffix("/") ? base.replacingBackslashes() : base.replacingBackslashes() + "/"
            if result.hasPrefix(prefix) { result = String(result.dropFirst(prefix.count)) }
        }
        while result.hasPrefix("./") { result = String(result.dropFirst(2)) }
        return result
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
