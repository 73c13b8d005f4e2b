import LeniencyCore

/// The text format: one `path:line:column: severity[CODE]: message` line per diagnostic, its hint and notes
/// indented below, and a summary line — the shape compilers use, so editors and terminals link the positions.
enum TerminalDiagnosticRenderer {
    static func render(_ diagnostics: [Diagnostic], color: Bool, language: Language = .en) -> String {
        let style = TerminalStyle(enabled: color)
        var lines: [String] = []
        for diagnostic in diagnostics {
            let severity = DiagnosticRenderer.severityWord(diagnostic.severity, language: language)
            let tint = style.tint(for: diagnostic.severity)
            lines.append("\(style.bold("\(diagnostic.location):")) \(tint("\(severity)[\(diagnostic.code.rawValue)]:")) \(style.bold(diagnostic.text.rendered(language)))")
            let hint = diagnostic.hintText.rendered(language)
            if !hint.isEmpty {
                lines.append("  \(style.green(Message(.diagnosticHint).rendered(language) + ":")) \(hint)")
            }
            for note in diagnostic.notes {
                lines.append("\(style.bold("\(note.location):")) \(style.cyan(Message(.diagnosticNote).rendered(language) + ":")) \(note.text.rendered(language))")
            }
        }
        lines.append(style.bold(DiagnosticRenderer.summary(diagnostics, language: language)))
        return lines.joined(separator: "\n") + "\n"
    }
}
