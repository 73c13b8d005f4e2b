import ArgumentParser
import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyRegister
import LeniencyReports
import LeniencyYAML

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

    @Argument(help: "Case files (YAML or JSON); `-` reads one file from standard input.")
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

    @Option(name: .long, help: "Case register searched for the party's history when a case lists no prior_violations: an SQLite file or postgres:// URL (default: $LENIENCY_REGISTER).")
    var register: String?

    mutating func validate() throws {
        guard !cases.isEmpty else { throw ValidationError("give at least one case file") }
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown --format `\(format)`; use text or json") }
        if let lang, !["zh", "en"].contains(lang) { throw ValidationError("--lang must be zh or en, got `\(lang)`") }
        if let on, CivilDate(on) == nil {
            throw ValidationError("--on must be a date written YYYY-MM-DD (e.g. 2025-02-03), got `\(on)`")
        }
    }

    func run() throws {
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: "check")
        let engine = Engine(catalog: catalog)
        let chinese = lang.map { $0 == "zh" } ?? Locale.prefersChinese
        let date = on.flatMap(CivilDate.init)
        let store = try RegisterOption.open(explicit: register, command: "check", chinese: chinese)
        defer { RegisterOption.close(store) }
        var decisions: [Decision] = []
        var invalid = false
        var unreadable = false
        for path in cases {
            let result = path == "-" ? Self.readStandardInput(catalog: catalog) : CaseDecoder.load(path: path, catalog: catalog)
            if !result.diagnostics.isEmpty {
                StandardError.write(DiagnosticRenderer.render(result.diagnostics, format: .text, color: StandardError.isTerminal))
            }
            // A file that cannot be read at all is unreadable input (exit 2); a readable file with mistakes is an
            // invalid case file (exit 1). Either way the valid cases of every file are still decided.
            if result.diagnostics.contains(where: { [.unreadableFile, .inputTooLarge, .invalidUTF8].contains($0.code) }) {
                unreadable = true
            } else if result.diagnostics.contains(where: { $0.severity == .error }) {
                invalid = true
            }
            for original in result.cases {
                let completed: HistoryLookup.Completed
                do {
                    completed = try Blocking.run { try await HistoryLookup.complete(original, register: store) }
                } catch let error as RegisterError {
                    RegisterOption.fail(error, command: "check", chinese: chinese)
                }
                let record = completed.record
                var decision = engine.decide(record, on: date)
                if interactive {
                    decision = CheckInteractive.complete(record, decision: decision, engine: engine, catalog: catalog, on: date, chinese: chinese)
                }
                if let note = completed.note {
                    decision.notes.append(note.english)
                    decision.notesZh.append(note.chinese)
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
        if unreadable { throw ExitCode.usageOrUnreadableInput }
        if invalid { throw ExitCode(1) }
    }

    /// Reads one case file from standard input, bounded like a file read.
    static func readStandardInput(catalog: Catalog) -> CaseLoadResult {
        let limit = YAMLLimits.standard.maxInputBytes
        let data = FileHandle.standardInput.readData(ofLength: limit + 1)
        let parsed = YAMLReader.parse(bytes: Array(data), file: "<stdin>")
        let decoded = CaseDecoder.decode(documents: parsed.documents, file: "<stdin>", catalog: catalog)
        return CaseLoadResult(cases: decoded.cases, diagnostics: (parsed.diagnostics + decoded.diagnostics).sorted())
    }
}
