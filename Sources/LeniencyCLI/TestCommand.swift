import ArgumentParser
import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyReports
import LeniencyRuleTests

/// `leniency test`: runs the rule tests (`*.test.yaml`) with coverage and CI-grade reports.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule tests (*.test.yaml) against the rules, with coverage.",
        discussion: """
        Test files are the files named *.test.yaml (or *.test.yml) under PATH (default: the rules folder). \
        Rules come from --rules, else $LENIENCY_RULES, else the PATHs given, else ./rules. \
        Exit codes: 0 all passed (and coverage met), 1 failures, test-file errors or coverage below \
        --min-coverage, 2 usage, rule errors or unreadable input.
        """
    ).parsedDirectly()

    @Argument(help: "Folders or files to search for *.test.yaml files.")
    var paths: [String] = []

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else the PATHs, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Run only tests whose name or file contains this text.")
    var filter: String?

    @Option(name: .long, help: "Output format: text, json, junit or tap.")
    var format: String = "text"

    @Flag(name: .long, help: "List items, conditions and exclusions no test made decide both ways.")
    var coverage = false

    @Option(name: .customLong("min-coverage"), help: "Fail when coverage is below this percentage.")
    var minCoverage: Double?

    @Flag(name: .long, help: "Rewrite the expectations of failing tests from the actual results.")
    var update = false

    @OptionGroup var language: LanguageOption

    @Flag(name: .customLong("no-presumptions"), help: "Decide every test without the legal presumptions (a test's own `presumptions:` still wins).")
    var noPresumptions = false

    mutating func validate() throws {
        guard RuleTestFormat(rawValue: format) != nil else {
            throw ValidationError(say(.usageUnknownFormat, format, RuleTestFormat.allCases.map { "`\($0.rawValue)`" }))
        }
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError(say(.usageMinCoverage, CoverageReport.formatPercent(minCoverage)))
        }
    }

    func run() throws {
        let format = RuleTestFormat(rawValue: format) ?? .text
        let rulesPath = RulesLocation.resolve(explicit: rules, fallbackPaths: paths)
        let searchPaths = paths.isEmpty ? [rulesPath] : paths
        let language = language.language
        let catalog = try RulesLocation.loadCatalog(explicit: rules, fallbackPaths: paths, command: "test", language: language)
        let found = RuleFileFinder.find(paths: searchPaths, includeTests: true)
        let unreadable = found.diagnostics.filter { $0.code == .unreadableFile }
        let testFiles = found.files.filter(RuleTestRunner.isTestFile)
        var run = RuleTestRunner.run(catalog: catalog, testFiles: testFiles, filter: filter,
                                                 options: EngineOptions(presumptions: !noPresumptions), coverageScope: paths)
        run.diagnostics += unreadable

        if update {
            let changed = try SnapshotUpdater.update(run)
            for file in changed { StandardError.write(Message(.cliTestUpdated, file).rendered(language) + "\n") }
            if !changed.isEmpty {
                let rerun = RuleTestRunner.run(catalog: catalog, testFiles: testFiles, filter: filter,
                                                 options: EngineOptions(presumptions: !noPresumptions), coverageScope: paths)
                run.results = rerun.results
                run.coverage = rerun.coverage
            }
        }

        let explain: (RuleTestResult) -> String = { DecisionText.render($0.decision, language: language, explain: true, vocabulary: catalog) }
        // Test-file problems and coverage are part of the result: for text they come before the closing summary line
        // on stdout; for machine formats stdout holds the document only, so they go to stderr.
        let problems = run.diagnostics.isEmpty ? "" : DiagnosticRenderer.render(
            run.diagnostics, format: .text, color: format == .text ? StandardOutput.isTerminal : StandardError.isTerminal, language: language)
        var coverageText = coverage || minCoverage != nil ? CoverageReport.text(run.coverage, listUncovered: coverage) : ""
        let belowThreshold = minCoverage.map { run.coverage.percent < $0 } ?? false
        if belowThreshold, let minCoverage {
            coverageText += "coverage is below --min-coverage \(CoverageReport.formatPercent(minCoverage))%; "
                + "add tests for the points listed by --coverage\n"
        }
        if format == .text {
            StandardOutput.write(RuleTestReport.text(run, beforeSummary: problems + coverageText, color: StandardOutput.isTerminal,
                                                     explain: explain))
        } else {
            StandardOutput.write(RuleTestReport.render(run, format: format, explain: explain))
            StandardError.write(problems + coverageText)
        }
        if let filter, !testFiles.isEmpty, run.results.isEmpty, !run.diagnostics.contains(where: { $0.severity == .error }) {
            StandardError.write(Message(.cliTestFilterMatchesNothing, filter).rendered(language) + "\n")
        }
        if testFiles.isEmpty { StandardError.write(Message(.cliTestNoFiles, searchPaths).rendered(language) + "\n") }
        if !unreadable.isEmpty { throw ExitCode(2) }
        if run.failedCount > 0 || run.diagnostics.contains(where: { $0.severity == .error }) || belowThreshold {
            throw ExitCode(1)
        }
    }
}
