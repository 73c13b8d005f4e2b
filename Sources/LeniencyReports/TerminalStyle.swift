import LeniencyCore

/// ANSI styling that turns into plain text when colour is off (pipes, files, NO_COLOR).
struct TerminalStyle {
    /// Whether escape sequences are written.
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func cyan(_ text: String) -> String { wrap(text, "1;36") }
    func green(_ text: String) -> String { wrap(text, "32") }

    /// The colour of a severity label.
    func tint(for severity: Severity) -> (String) -> String {
        switch severity {
        case .error: red
        case .warning: yellow
        case .info: cyan
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
