import ArgumentParser
import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyReports

/// `leniency publish`: the lists as the documents agencies publish, generated from the same YAML that decides cases.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Render lists as the documents agencies publish (HTML for print, Markdown, CSV) from the rules.",
        discussion: """
        LIST ids select lists (default: every list); each version is one document. Without --out-dir one document is \
        printed (HTML and Markdown may hold several lists; CSV needs one). With --out-dir every selected version is \
        written as <id>-<effective>.<ext> in each format asked for, plus README.md listing them. docs/PUBLISH.md.
        """
    ).parsedDirectly()

    @Argument(help: "List ids (default: every list).")
    var lists: [String] = []

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format: html, markdown or csv (with --out-dir: the formats written, default all three).")
    var format: String?

    @Option(name: .customLong("out-dir"), help: "Write one file per list version and format into this folder, and an index README.md.")
    var outDir: String?

    @Option(name: .long, help: "Only the versions in force on this date (YYYY-MM-DD).")
    var on: String?

    @OptionGroup var language: LanguageOption

    mutating func validate() throws {
        if let format, PublishFormat(rawValue: format) == nil {
            throw ValidationError(say(.usageUnknownFormat, format, PublishFormat.allCases.map { "`\($0.rawValue)`" }))
        }
        if let on, CivilDate(on) == nil { throw ValidationError(say(.usageOnDate, on)) }
    }

    func run() throws {
        let language = language.language
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: "publish", language: language)
        for id in lists where !catalog.lists.contains(where: { $0.id == id }) {
            StandardError.write(Message(.usageErrorPrefix, Message(.usagePublishUnknownList, id)).rendered(language) + "\n")
            throw ExitCode.usageOrUnreadableInput
        }
        let date = on.flatMap(CivilDate.init)
        let selected = catalog.lists
            .filter { lists.isEmpty || lists.contains($0.id) }
            .filter { date.map($0.validity.contains) ?? true }
            .sorted { ($0.id, $0.validity.effective) < ($1.id, $1.validity.effective) }
        let published = selected.map { PublishedListBuilder.build($0, catalog: catalog, language: language) }
        guard let outDir else {
            let format = format.flatMap(PublishFormat.init(rawValue:)) ?? .html
            if format == .csv, published.count != 1 {
                StandardError.write(Message(.usageErrorPrefix, Message(.usagePublishOneList, published.count)).rendered(language) + "\n")
                throw ExitCode.usageOrUnreadableInput
            }
            StandardOutput.write(PublishedListRenderer.render(published, format: format))
            return
        }
        let formats = format.flatMap(PublishFormat.init(rawValue:)).map { [$0] } ?? PublishFormat.allCases
        let command = "leniency publish --rules \(RulesLocation.resolve(explicit: rules, fallbackPaths: [])) --out-dir \(outDir) --lang \(language.rawValue)"
        var written = 0
        do {
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
            for list in published {
                for format in formats {
                    try AtomicFile.write(PublishedListRenderer.render([list], format: format), to: "\(outDir)/\(list.stem).\(format.fileExtension)")
                    written += 1
                }
            }
            try AtomicFile.write(PublishedIndex.markdown(published, formats: formats, command: command, language: language), to: "\(outDir)/README.md")
            written += 1
        } catch {
            StandardError.write(Message(.cliCannotWrite, "publish", outDir, error.localizedDescription).rendered(language) + "\n")
            throw ExitCode.usageOrUnreadableInput
        }
        StandardError.write(Message(.cliPublishWrote, written, outDir).rendered(language) + "\n")
    }
}
