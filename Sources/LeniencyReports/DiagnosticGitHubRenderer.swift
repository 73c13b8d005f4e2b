import LeniencyCore

/// GitHub Actions workflow commands: each diagnostic becomes `::error file=…,line=…::message`, which the
/// runner turns into an annotation on the pull request's diff.
enum DiagnosticGitHubRenderer {
    static func render(_ diagnostics: [Diagnostic], baseDirectory: String?, language: Language = .en) -> String {
        diagnostics.map { line($0, baseDirectory, language) }.joined()
    }

    private static func line(_ diagnostic: Diagnostic, _ base: String?, _ language: Language) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
        let location = diagnostic.location
        var properties = [
            "file=\(escapeProperty(DiagnosticRenderer.relativePath(location.file, base: base)))",
            "line=\(max(1, location.start.line))",
            "col=\(max(1, location.start.column))",
        ]
        if location.end > location.start {
            properties.append("endLine=\(location.end.line)")
            // GitHub reads endColumn only within one line.
            if location.end.line == location.start.line { properties.append("endColumn=\(max(1, location.end.column))") }
        }
        properties.append("title=\(escapeProperty("\(diagnostic.code.rawValue) \(diagnostic.code.name)"))")
        let text = diagnostic.text.rendered(language), hint = diagnostic.hintText.rendered(language)
        var message = hint.isEmpty ? text : (language == .zh ? "\(text)（\(hint)）" : "\(text) (\(hint))")
        for note in diagnostic.notes {
            message += "\n\(Message(.diagnosticNote).rendered(language)): \(DiagnosticRenderer.relativePath(note.location.file, base: base)):\(note.location.start): \(note.text.rendered(language))"
        }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// Escaping of a command's message (toolkit `escapeData`).
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaping of a property value (toolkit `escapeProperty`): also `:` and `,`, which delimit properties.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
