import ArgumentParser
import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyReports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `leniency audit`: the 执法监督 view — checks case files and inspection records against the rules and policies.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit case files and inspection records: leniency misapplied, first offences, discretion, procedure, inspections, 类案不同罚.",
        discussion: """
        PATHs are files or folders (searched recursively): YAML/JSON, JSON Lines (*.jsonl) and CSV exports (*.csv, UTF-8 \
        with or without BOM, or GB18030; columns in docs/AUDIT.md). Each file is recognised by its first record as cases, \
        inspection records or officer certificates; a file that is none of them is reported once (I003) and skipped. \
        --cases, --inspections and --certificates name files of that kind without looking. \
        Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or rule errors, \
        3 some inputs could not be read (the rest is still audited; each problem is listed on standard error). \
        docs/AUDIT.md lists every finding code.
        """
    ).parsedDirectly()

    @Argument(help: "Files or folders of cases, inspection records and officer certificates, recognised by content.")
    var paths: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Case files or folders, read as cases without looking.")
    var cases: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Inspection record files or folders (YAML/JSON, JSON Lines, CSV).")
    var inspections: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Officer certificates (YAML or CSV: number, name, valid_from, valid_to).")
    var certificates: [String] = []

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format: summary, jsonl, csv, html, or stats-csv (leniency figures per agency, region, month and year).")
    var format: String = "summary"

    @Option(name: [.short, .customLong("output")], help: "Write the report to FILE (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit code 1: error, warning or info.")
    var failOn: String = "error"

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "First day of the audited period (YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Last day of the audited period (YYYY-MM-DD).")
    var to: String?

    @Option(name: .long, help: "The summary ends with the cases and inspections with the most findings: list this many (default 10).")
    var top: Int?

    @Flag(name: .long, help: "The summary lists every case and inspection with findings.")
    var all = false

    @Flag(name: .customLong("no-presumptions"), help: "Decide what the facts imply without the legal presumptions of rules/facts.yaml.")
    var noPresumptions = false

    @Option(name: .long, help: "Audit the cases of this case register (SQLite file or postgres:// URL) instead of case files.")
    var register: String?

    mutating func validate() throws {
        if register != nil {
            guard paths.isEmpty, cases.isEmpty, inspections.isEmpty else {
                throw ValidationError("--register audits the register's cases alone; give case files or --inspections in a separate run")
            }
        } else {
            guard !paths.isEmpty || !cases.isEmpty || !inspections.isEmpty else {
                throw ValidationError(say(.usageAuditNeedsInput))
            }
        }
        guard AuditFormat(rawValue: format) != nil else {
            throw ValidationError(say(.usageUnknownFormat, format, AuditFormat.allCases.map { "`\($0.rawValue)`" }))
        }
        guard Severity(rawValue: failOn) != nil else {
            throw ValidationError(say(.usageFailOn, failOn))
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CivilDate(value) == nil { throw ValidationError(say(.usageDateOption, name, value)) }
        }
        if let from = from.flatMap(CivilDate.init), let to = to.flatMap(CivilDate.init), to < from {
            throw ValidationError(say(.usageToBeforeFrom, to, from))
        }
        if let top, top < 1 { throw ValidationError(say(.usageTopPositive, top)) }
        if top != nil, all { throw ValidationError(say(.usageTopOrAll)) }
    }

    func run() throws {
        let format = AuditFormat(rawValue: format) ?? .summary
        let failOn = Severity(rawValue: failOn) ?? .error
        let language = language.language
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: "audit", language: language)
        // Positional paths are sorted by content; the options say what their files are.
        let sorted = InputClassifier.sort(paths)
        var inputProblems = sorted.diagnostics
        var registry: CertificateRegistry?
        for file in certificates + sorted.certificates {
            let read = CertificateLoader.load(path: file)
            if let read = read.registry {
                let held = (registry?.byNumber.values.flatMap { $0 } ?? []) + read.byNumber.values.flatMap { $0 }
                registry = CertificateRegistry(held)
            }
            inputProblems += read.diagnostics
        }
        var options = AuditOptions(from: from.flatMap(CivilDate.init), to: to.flatMap(CivilDate.init), certificates: registry)
        options.presumptions = !noPresumptions
        let showProgress = isatty(STDERR_FILENO) == 1
        var report: AuditReport
        if let register {
            report = try RegisterAudit.run(register: register, catalog: catalog, options: options, language: language)
        } else {
            report = Auditor(catalog: catalog, options: options).run(cases: cases + sorted.cases, inspections: inspections + sorted.inspections) { count in
                if showProgress { StandardError.write("\r" + Message(.cliAuditProgress, count).rendered(language)) }
            }
        }
        if showProgress { StandardError.write("\r\u{1B}[K") }
        report.diagnostics = (inputProblems + report.diagnostics).sorted()
        if !report.diagnostics.isEmpty {
            StandardError.write(DiagnosticRenderer.render(report.diagnostics, format: .text, color: StandardError.isTerminal, language: language))
        }
        let rendered = AuditReportRenderer.render(report, format: format,
                                                  options: AuditRenderOptions(language: language, topSubjects: all ? nil : (top ?? 10)))
        if let output {
            do {
                try AtomicFile.write(rendered, to: output)
            } catch {
                let reason = (error as? AtomicFile.Failure)?.message ?? .verbatim("\(error)")
                StandardError.write(Message(.cliCannotWrite, "audit", output, reason).rendered(language) + "\n")
                throw ExitCode.usageOrUnreadableInput
            }
        } else {
            StandardOutput.write(rendered)
        }
        if report.hasUnreadableInputs { throw ExitCode(3) }
        if report.hasFindings(atLeast: failOn) { throw ExitCode.findings }
    }
}
