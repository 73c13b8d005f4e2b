public import LeniencyCore

/// Turns diagnostics into text in one of the `DiagnosticFormat`s; pure, so every format is testable without a process.
public enum DiagnosticRenderer {
    /// Renders diagnostics; `color` adds ANSI colours to the text format only.
    public static func render(_ diagnostics: [Diagnostic], format: DiagnosticFormat, color: Bool, language: Language = .en) -> String {
        render(diagnostics, format: format, color: color, baseDirectory: nil, language: language)
    }

    /// Renders diagnostics, writing SARIF and GitHub paths relative to `baseDirectory` (usually the working directory).
    public static func render(
        _ diagnostics: [Diagnostic], format: DiagnosticFormat, color: Bool, baseDirectory: String?,
        toolVersion: String = "0.1.0", language: Language = .en
    ) -> String {
        switch format {
        case .text: TerminalDiagnosticRenderer.render(diagnostics, color: color, language: language)
        case .json: DiagnosticJSONRenderer.render(diagnostics, language: language)
        case .sarif: SarifDiagnosticRenderer.render(diagnostics, baseDirectory: baseDirectory, toolVersion: toolVersion, language: language)
        case .github: DiagnosticGitHubRenderer.render(diagnostics, baseDirectory: baseDirectory, language: language)
        }
    }

    /// `2 errors, 1 warning` / `2 个错误，1 个警告` (info diagnostics are counted only when present).
    public static func summary(_ diagnostics: [Diagnostic], language: Language = .en) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let infos = diagnostics.count { $0.severity == .info }
        var parts = [Message(errors == 1 ? .countError : .countErrors, errors), Message(warnings == 1 ? .countWarning : .countWarnings, warnings)]
        if infos > 0 { parts.append(Message(infos == 1 ? .countInfo : .countInfos, infos)) }
        return parts.map { $0.rendered(language) }.joined(separator: language == .zh ? "，" : ", ")
    }

    /// The word for a severity (`error` / `错误`).
    public static func severityWord(_ severity: Severity, language: Language) -> String {
        switch severity {
        case .error: Message(.severityError).rendered(language)
        case .warning: Message(.severityWarning).rendered(language)
        case .info: Message(.severityInfo).rendered(language)
        }
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
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
