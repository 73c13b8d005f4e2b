import Foundation

extension Locale {
    /// True when LC_ALL, else LC_MESSAGES, else LANG asks for Chinese (`zh…`): the default language of text reports.
    static var prefersChinese: Bool {
        let environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("zh") }
        }
        return false
    }
}
