import ArgumentParser
import LeniencyCatalog
import LeniencyCore
import LeniencyReports

/// The options shared by `facts`, `violations` and `lists`.
struct VocabularyOptions: ParsableArguments {
    @Argument(help: "Show only entries whose name, code, id, label or title contains this text.")
    var pattern: String?

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard ["text", "json"].contains(format) else {
            throw ValidationError(say(.usageUnknownFormat, format, ["`text`", "`json`"]))
        }
    }

    /// Loads the rules and prints the text or JSON rendering.
    func print(command: String, text: (Catalog, String?, Language) -> String, json: (Catalog, String?) -> DecisionJSONValue) throws {
        let language = language.language
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: command, language: language)
        StandardOutput.write(format == "json" ? json(catalog, pattern).pretty : text(catalog, pattern, language))
    }
}

/// `leniency facts`: the facts a case may give, with types, allowed values, labels, presumptions and users.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List the facts a case may give: type, allowed values, label, presumption, the list items that use it.").parsedDirectly()

    @OptionGroup var options: VocabularyOptions

    func run() throws {
        try options.print(command: "facts", text: VocabularyReport.factsText, json: VocabularyReport.factsJSON)
    }
}

/// `leniency violations`: the violation codes a case may name.
struct ViolationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "violations",
        abstract: "List the violation codes a case may name: title, provisions, the list items that name it.").parsedDirectly()

    @OptionGroup var options: VocabularyOptions

    func run() throws {
        try options.print(command: "violations", text: VocabularyReport.violationsText, json: VocabularyReport.violationsJSON)
    }
}

/// `leniency lists`: the list versions the rules hold.
struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "List the leniency lists: id, version, kind, title, 文号, number of items.").parsedDirectly()

    @OptionGroup var options: VocabularyOptions

    func run() throws {
        try options.print(command: "lists", text: VocabularyReport.listsText, json: VocabularyReport.listsJSON)
    }
}
