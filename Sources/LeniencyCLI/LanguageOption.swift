import ArgumentParser
import Foundation
import LeniencyCore

/// `--lang zh|en`, shared by every command that prints words for people.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: zh or en (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh, else en).")
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError(say(.usageLang, lang)) }
    }

    /// The language asked for, else the locale's.
    var language: Language { Self.language(lang) }

    /// The language `--lang` names, else the locale's.
    static func language(_ lang: String?) -> Language { lang.flatMap(Language.init(rawValue:)) ?? CLILanguage.fromEnvironment }
}

/// The language of the running command, known before its arguments are fully parsed (usage errors need it too).
enum CLILanguage {
    /// From the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    static var fromEnvironment: Language { Language.preferred(environment: ProcessEnvironment.variables) }

    /// From `--lang X` / `--lang=X` among the arguments, else the locale.
    static func current(arguments: [String] = CommandLine.arguments) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
        }
        return fromEnvironment
    }
}

/// A catalogue sentence in the running command's language.
func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
    Message(id, arguments: arguments.map(\.messageArgument)).rendered(CLILanguage.current())
}

extension Locale {
    /// True when the locale variables ask for Chinese (`CLILanguage.fromEnvironment == .zh`).
    static var prefersChinese: Bool { CLILanguage.fromEnvironment == .zh }
}
