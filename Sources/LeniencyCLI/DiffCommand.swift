import ArgumentParser
import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff
import LeniencyEngine
import LeniencyReports
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `leniency diff`: what a revision of the rules changes, proved by witness cases and by replaying past cases.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of the rules: changed items with witness cases, and past cases decided differently.",
        discussion: """
        OLD and NEW are rule folders; with --git REV the old rules are the rules folder (--rules, $LENIENCY_RULES or ./rules) \
        as it is at REV of the git repository, and NEW defaults to that folder in the work tree. Exit codes: 0 no decision \
        changes, 1 decisions change (a witness case or, with --replay, a replayed case is decided differently), 2 usage, \
        rule errors or unreadable input. Output formats are documented in docs/DIFF.md.
        """
    ).parsedDirectly()

    @Argument(help: "The old and the new rule folders (with --git: at most the new one).")
    var folders: [String] = []

    @Option(name: .long, help: "Read the old rules at this git revision (branch, tag or commit) with git, without a checkout.")
    var git: String?

    @Option(name: .long, help: "Rules folder read at the --git revision and used as NEW when none is given (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Past cases to decide under both versions: case files, folders, JSON Lines, CSV.")
    var replay: [String] = []

    @Option(name: .long, help: "Output format: text, json, markdown (a pull-request comment) or github (workflow annotations).")
    var format: String = "text"

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Decide replayed cases as of this date (YYYY-MM-DD) instead of each case's decision date.")
    var on: String?

    @Option(name: .long, help: "Changed replayed cases listed at most (0: all); the counts always cover every case.")
    var limit: Int = 1000

    @Option(name: .customLong("witnesses"), help: "Write each witness case to this folder as a case file for `leniency check`.")
    var witnessFolder: String?

    @Flag(name: .customLong("no-witnesses"), help: "Compare the rules structurally only; search no witness cases.")
    var noWitnesses = false

    @Flag(name: .customLong("no-presumptions"), help: "Decide witness and replayed cases without the legal presumptions of rules/facts.yaml.")
    var noPresumptions = false

    mutating func validate() throws {
        guard DiffFormat(rawValue: format) != nil else {
            throw ValidationError(say(.usageUnknownFormat, format, DiffFormat.allCases.map { "`\($0.rawValue)`" }))
        }
        if git != nil {
            guard folders.count <= 1 else { throw ValidationError(say(.usageDiffGitAndOld)) }
        } else {
            guard folders.count == 2 else { throw ValidationError(say(.usageDiffSources)) }
        }
        if let on, CivilDate(on) == nil { throw ValidationError(say(.usageOnDate, on)) }
        guard limit >= 0 else { throw ValidationError(say(.usageLimit, String(limit))) }
    }

    func run() throws {
        let language = language.language
        let format = DiffFormat(rawValue: format) ?? .text
        let (oldSource, newSource) = sources()
        let old = try load(oldSource, language: language)
        let new = try load(newSource, language: language)
        let engineOptions = EngineOptions(presumptions: !noPresumptions)
        let diff = CatalogDiffer(old: old, new: new, options: DiffOptions(witnesses: !noWitnesses, engine: engineOptions))
            .diff(oldLabel: oldSource.label, newLabel: newSource.label)
        var report = DiffReport(diff: diff)
        var unreadable = false
        if !replay.isEmpty {
            let replayed = runReplay(old: old, new: new, options: engineOptions, language: language)
            report.replay = replayed.report
            unreadable = replayed.unreadable
        }
        if let witnessFolder { try writeWitnesses(diff, to: witnessFolder, language: language) }
        StandardOutput.write(DiffReportRenderer.render(report, format: format, language: language))
        if unreadable { throw ExitCode.usageOrUnreadableInput }
        if report.decisionsChange { throw ExitCode.findings }
    }

    /// The two sides: `--git REV` reads the rules folder at REV; otherwise two folders.
    private func sources() -> (RuleSource, RuleSource) {
        if let git {
            let rulesPath = RulesLocation.resolve(explicit: rules, fallbackPaths: [])
            return (.git(revision: git, path: rulesPath), .folder(folders.first ?? rulesPath))
        }
        return (.folder(folders[0]), .folder(folders[1]))
    }

    /// One side's catalog; on rule errors prints them and exits 2.
    private func load(_ source: RuleSource, language: Language) throws -> Catalog {
        let loaded = source.load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            StandardError.write(DiagnosticRenderer.render(errors, format: .text, color: StandardError.isTerminal, language: language))
            StandardError.write(Message(.cliDiffRulesHaveErrors, source.label).rendered(language) + "\n")
            throw ExitCode.usageOrUnreadableInput
        }
        return loaded.catalog
    }

    /// Replays the corpus; input problems go to standard error as they are found.
    private func runReplay(old: Catalog, new: Catalog, options: EngineOptions, language: Language) -> (report: ReplayReport, unreadable: Bool) {
        let replayer = Replayer(old: old, new: new, options: options, on: on.flatMap(CivilDate.init))
        let listed = Mutex<[ReplayedCase]>([])
        let limit = self.limit
        let showProgress = isatty(STDERR_FILENO) == 1
        let seen = Mutex(0)
        let summary = replayer.run(paths: replay) { replayed in
            listed.withLock { cases in if limit == 0 || cases.count < limit { cases.append(replayed) } }
            let count = seen.withLock { n in n += 1; return n }
            if showProgress, count % 1000 == 0 { StandardError.write("\r" + Message(.cliDiffReplayProgress, count).rendered(language)) }
        }
        if showProgress { StandardError.write("\r\u{1B}[K") }
        if !summary.diagnostics.isEmpty {
            StandardError.write(DiagnosticRenderer.render(summary.diagnostics, format: .text, color: StandardError.isTerminal, language: language))
        }
        let unreadable = summary.diagnostics.contains { $0.severity == .error }
        return (ReplayReport(summary: summary, cases: listed.withLock { $0 }), unreadable)
    }

    /// Writes every witness case as `<folder>/<case id>.yaml`.
    private func writeWitnesses(_ diff: CatalogDiff, to folder: String, language: Language) throws {
        let witnesses = diff.allChanges.flatMap(\.change.witnesses)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for witness in witnesses {
                try Data(CaseFileText.yaml(witness.record).utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(witness.record.id).yaml"))
            }
        } catch {
            StandardError.write(Message(.cliCannotWrite, "diff", folder, error.localizedDescription).rendered(language) + "\n")
            throw ExitCode.usageOrUnreadableInput
        }
        StandardError.write(Message(.cliDiffWitnessesWritten, witnesses.count, folder).rendered(language) + "\n")
    }
}
