import ArgumentParser
import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyReports

/// `leniency check`: decides case files against the rules and explains why.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide case files against the leniency lists, general part and discretion standards.",
        discussion: """
        Rules come from --rules, else $LENIENCY_RULES, else ./rules. Exit codes: 0 a result was produced \
        (undetermined included), 1 a case file is invalid, 2 usage, rule errors or unreadable input. \
        JSON output is documented in docs/CHECK-OUTPUT.md.
        """
    )

    @Argument(help: "Case files (YAML or JSON).")
    var cases: [String]

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .long, help: "Language of the text report: zh or en (default: from LANG/LC_ALL).")
    var lang: String?

    @Option(name: .long, help: "Also evaluate the versions in force on this date (YYYY-MM-DD) instead of the decision date.")
    var on: String?

    @Flag(name: .long, help: "Ask for each missing fact in turn (most decisive first) until the case is decided.")
    var interactive = false

    mutating func validate() throws {
        guard !cases.isEmpty else { throw ValidationError("give at least one case file") }
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown --format `\(format)`; use text or json") }
        if let lang, !["zh", "en"].contains(lang) { throw ValidationError("--lang must be zh or en, got `\(lang)`") }
        if let on, CivilDate(on) == nil { throw ValidationError("--on must be a date YYYY-MM-DD, got `\(on)`") }
    }

    func run() throws {
        let loaded = CatalogLoader.load(paths: [RulesLocation.resolve(explicit: rules, fallbackPaths: [])])
        if loaded.diagnostics.contains(where: { $0.severity == .error }) {
            StandardError.write(DiagnosticRenderer.render(loaded.diagnostics.filter { $0.severity == .error }, format: .text,
                                                          color: StandardError.isTerminal))
            StandardError.write("leniency check: the rules have errors; fix them first (see `leniency lint`).\n")
            throw ExitCode(2)
        }
        let catalog = loaded.catalog
        let engine = Engine(catalog: catalog)
        let chinese = lang.map { $0 == "zh" } ?? Locale.prefersChinese
        let date = on.flatMap(CivilDate.init)
        var decisions: [Decision] = []
        var invalid = false
        for path in cases {
            guard FileManager.default.isReadableFile(atPath: path) else {
                StandardError.write("\(path):1:1: error[\(DiagnosticCode.unreadableFile.rawValue)]: cannot read the case file\n  hint: \(DiagnosticCode.unreadableFile.hint)\n")
                throw ExitCode(2)
            }
            let result = CaseDecoder.load(path: path, catalog: catalog)
            if !result.diagnostics.isEmpty {
                StandardError.write(DiagnosticRenderer.render(result.diagnostics, format: .text, color: StandardError.isTerminal))
            }
            if result.diagnostics.contains(where: { $0.severity == .error }) {
                invalid = true
                continue
            }
            for record in result.cases {
                var decision = engine.decide(record, on: date)
                if interactive {
                    decision = CheckInteractive.complete(record, decision: decision, engine: engine, catalog: catalog, on: date, chinese: chinese)
                }
                decisions.append(decision)
            }
        }
        if !decisions.isEmpty {
            if format == "json" {
                StandardOutput.write(DecisionJSON.render(decisions, asArray: decisions.count != 1))
            } else {
                StandardOutput.write(decisions.map { DecisionText.render($0, chinese: chinese) }.joined(separator: "\n"))
            }
        }
        if invalid { throw ExitCode(1) }
    }
}
