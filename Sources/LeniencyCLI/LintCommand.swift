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
    ).parsedDirectly()

    @Argument(help: "Rule files or folders to check (default: the rules folder).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: \(LintCommand.formatNames).", transform: LintCommand.parseFormat)
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Rules folder: checked when no PATH is given, else the rule set PATHs are checked against (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    func run() throws {
        let rulesFolder = RulesLocation.resolve(explicit: rules, fallbackPaths: [])
        let targets = paths.isEmpty ? [rulesFolder] : paths
        var diagnostics: [Diagnostic]
        if let context = LintCommand.context(for: paths, rulesFolder: rulesFolder, explicit: rules != nil) {
            diagnostics = Linter.lint(paths: targets, context: [context])
        } else {
            diagnostics = Linter.lint(paths: targets)
        }
        for path in targets where !FileManager.default.fileExists(atPath: path) {
            let reported = diagnostics.contains { $0.code == .unreadableFile && $0.location.file == path }
            if !reported {
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.cliPathMissing, path),
                                              hint: Message(.cliPathMissingHint)))
            }
        }
        if paths.isEmpty { diagnostics = RulesLocation.explainingMissing(diagnostics, rulesPath: rulesFolder, explicit: rules) }
        diagnostics.sort()
        let color = format == .text && StandardOutput.isTerminal
        StandardOutput.write(DiagnosticRenderer.render(
            diagnostics, format: format, color: color, baseDirectory: FileManager.default.currentDirectoryPath,
            language: language.language
        ))
        if let code = LintCommand.exitCode(for: diagnostics, strict: strict) { throw code }
    }

    /// The rule set to lint `paths` against: the rules folder when it was given with --rules, or when every path lies
    /// inside it (`leniency lint rules/lists/tax` needs the facts and violations declared elsewhere in rules/); nil
    /// to lint the paths as a rule set of their own.
    static func context(for paths: [String], rulesFolder: String, explicit: Bool) -> String? {
        guard !paths.isEmpty else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rulesFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        if explicit { return rulesFolder }
        let root = URL(fileURLWithPath: rulesFolder).standardizedFileURL.resolvingSymlinksInPath().path
        let inside = paths.allSatisfy { path in
            let full = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            return full == root || full.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
        return inside ? rulesFolder : nil
    }

    static let formatNames = DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")

    static func parseFormat(_ text: String) throws -> DiagnosticFormat {
        guard let format = DiagnosticFormat(rawValue: text) else {
            throw ValidationError(say(.usageUnknownFormat, text, DiagnosticFormat.allCases.map { "`\($0.rawValue)`" }))
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
