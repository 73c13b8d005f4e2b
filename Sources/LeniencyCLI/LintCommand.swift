import ArgumentParser
import Foundation
import LeniencyCore
import LeniencyLint
import LeniencyReports

/// `leniency lint`: checks rule files and prints every problem with its position and a fix.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check rule files: YAML, schema, references, expressions, dates, bands, citations, conflicts.",
        discussion: """
        Checks the PATHs given (files or folders), else --rules, else $LENIENCY_RULES, else ./rules. \
        Diagnostics go to standard output in the chosen format (text, json, sarif for GitHub code \
        scanning, github for workflow annotations); nothing else is written there. \
        Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), \
        2 usage errors or unreadable input (a missing path, an unreadable file, no rule files). \
        docs/LINT.md lists every code.
        """
    )

    @Argument(help: "Rule files or folders to check (default: the rules folder).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: \(LintCommand.formatNames).", transform: LintCommand.parseFormat)
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Option(name: .long, help: "Rules folder when no PATH is given (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    func run() throws {
        let targets = paths.isEmpty ? [RulesLocation.resolve(explicit: rules, fallbackPaths: [])] : paths
        var diagnostics = Linter.lint(paths: targets)
        for path in targets where !FileManager.default.fileExists(atPath: path) {
            let reported = diagnostics.contains { $0.code == .unreadableFile && $0.location.file == path }
            if !reported {
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), "\(path) does not exist",
                                              hint: "check the path, or pass the rules folder with --rules"))
            }
        }
        diagnostics.sort()
        let color = format == .text && StandardOutput.isTerminal
        StandardOutput.write(DiagnosticRenderer.render(
            diagnostics, format: format, color: color, baseDirectory: FileManager.default.currentDirectoryPath
        ))
        if let code = LintCommand.exitCode(for: diagnostics, strict: strict) { throw code }
    }

    static let formatNames = DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")

    static func parseFormat(_ text: String) throws -> DiagnosticFormat {
        guard let format = DiagnosticFormat(rawValue: text) else {
            throw ValidationError("unknown --format `\(text)`; use one of \(formatNames)")
        }
        return format
    }

    /// The exit code for a set of diagnostics; nil for success.
    static func exitCode(for diagnostics: [Diagnostic], strict: Bool) -> ExitCode? {
        if diagnostics.contains(where: { $0.code == .unreadableFile || $0.code == .noRuleFiles }) {
            return .usageOrUnreadableInput
        }
        if diagnostics.contains(where: { $0.severity == .error || (strict && $0.severity == .warning) }) {
            return .findings
        }
        return nil
    }
}
