/// The language a report, a diagnostic or a prompt is rendered in: Chinese first (officers), English for everyone else.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese.
    case zh
    /// English.
    case en

    /// The language the environment asks for: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; Chinese when it starts
    /// with `zh`, English otherwise (POSIX precedence: the first variable that is set and not empty decides).
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }

    /// The separator between the items of an enumeration (`a, b` / `a、b`).
    public var listSeparator: String { self == .zh ? "、" : ", " }
}
