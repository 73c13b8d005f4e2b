import LeniencyCore

/// The text format: one `path:line:column: severity[CODE]: message` line per diagnostic, its hint and notes
/// indented below, and a summary line — the shape compilers use, so editors and terminals link the positions.
enum TerminalDiagnosticRenderer {
    static func render(_ diagnostics: [Diagnostic], color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        var lines: [String] = []
        for diagnostic in diagnostics {
            let severity = diagnostic.severity.rawValue
            let tint = style.tint(for: diagnostic.severity)
            lines.append("\(style.bold("\(diagnostic.location):")) \(tint("\(severity)[\(diagnostic.code.rawValue)]:")) \(style.bold(diagnostic.message))")
            if !diagnostic.hint.isEmpty {
                lines.append("  \(style.green("hint:")) \(diagnostic.hint)")
            }
            for note in diagnostic.notes {
                lines.append("\(style.bold("\(note.location):")) \(style.cyan("note:")) \(note.message)")
            }
        }
        lines.append(style.bold(DiagnosticRenderer.summary(diagnostics)))
        return lines.joined(separator: "\n") + "\n"
    }
}
