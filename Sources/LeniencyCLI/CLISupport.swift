import ArgumentParser
import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the rules come from, the same way for every command: `--rules`, else `$LENIENCY_RULES`, else the
/// fallback paths the command was given, else `./rules`.
enum RulesLocation {
    /// The environment variable that names the rules folder.
    static let environmentVariable = "LENIENCY_RULES"

    /// The rules path to load; never empty.
    static func resolve(
        explicit: String?, fallbackPaths: [String],
        environment: [String: String] = ProcessEnvironment.variables
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        if let first = fallbackPaths.first(where: { !$0.isEmpty }) { return first }
        return "rules"
    }
}

extension RulesLocation {
    /// How to fix a rules path that does not exist, naming where the path came from (flag, variable or default).
    static func missingHint(
        for path: String, explicit: String?, environment: [String: String] = ProcessEnvironment.variables
    ) -> String {
        missingHintMessage(for: path, explicit: explicit, environment: environment).english
    }

    /// `missingHint` as a catalogue message.
    static func missingHintMessage(
        for path: String, explicit: String?, environment: [String: String] = ProcessEnvironment.variables
    ) -> Message {
        if let explicit, !explicit.isEmpty, explicit == path { return Message(.cliRulesHintExplicit) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty, fromEnvironment == path {
            return Message(.cliRulesHintEnvironment, environmentVariable, path)
        }
        if path == "rules" { return Message(.cliRulesHintDefault, environmentVariable) }
        return Message(.cliRulesHintOther)
    }

    /// The diagnostics with the hint of a missing rules folder replaced by `missingHint`.
    static func explainingMissing(_ diagnostics: [Diagnostic], rulesPath: String, explicit: String?) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.code == .unreadableFile, diagnostic.location.file == rulesPath,
                  !FileManager.default.fileExists(atPath: rulesPath) else { return diagnostic }
            var explained = diagnostic
            explained.hintText = missingHintMessage(for: rulesPath, explicit: explicit)
            return explained
        }
    }
}

/// The process's environment variables, read once: each `ProcessInfo.processInfo.environment` builds the dictionary
/// anew (about 375,000 instructions, a cold `check` asked four times), and a command never changes its own environment.
enum ProcessEnvironment {
    /// Read from `environ` directly: the first `ProcessInfo.processInfo.environment` also sets up `ProcessInfo`
    /// (1 million instructions, a twentieth of a cold `check`). The first of two equal names wins, as with `getenv`.
    static let variables: [String: String] = {
        var variables: [String: String] = [:]
        #if canImport(Glibc) || canImport(Darwin)
        guard var entry = Optional(environ) else { return variables }
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
            }
            entry += 1
        }
        #else
        variables = ProcessInfo.processInfo.environment
        #endif
        return variables
    }()
}

/// The exit codes every command uses, named after what they mean.
extension ExitCode {
    /// The input was checked and has problems (errors; warnings too under `--strict`).
    static let findings = ExitCode(1)
    /// Bad usage, or input that could not be read at all (missing path, unreadable file, no rule files).
    static let usageOrUnreadableInput = ExitCode(2)
}

/// Standard output: the command's product (reports, machine formats).
enum StandardOutput {
    /// Writes text unbuffered, so it never interleaves out of order with standard error.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes UTF-8 unbuffered, straight from the array: `FileHandle.write(Data(bytes))` copied every batch of
    /// JSON Lines decisions once more (a megabyte per 1,024 lines, on the one thread between batches) and trapped
    /// when the write failed. A failed write (a full disk) is reported and ends the command with exit code 2.
    static func write(bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    StandardError.write(Message(.outputCannotWriteStandardOutput, AtomicFile.systemError(code)).rendered(CLILanguage.current()) + "\n")
                    Foundation.exit(ExitCode.usageOrUnreadableInput.rawValue)
                }
                offset += written
            }
        }
    }

    /// True when standard output is a terminal that wants colour (not a pipe, NO_COLOR unset, TERM not `dumb`).
    static var isTerminal: Bool { TerminalColor.wanted(fileDescriptor: STDOUT_FILENO) }
}

/// Standard error: progress, logs and problems that are not the command's product.
enum StandardError {
    /// Writes text unbuffered.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// True when standard error is a terminal that wants colour (not a pipe, NO_COLOR unset, TERM not `dumb`).
    static var isTerminal: Bool { TerminalColor.wanted(fileDescriptor: STDERR_FILENO) }
}

/// The colour decision shared by both streams (https://no-color.org).
enum TerminalColor {
    static func wanted(fileDescriptor: Int32, environment: [String: String] = ProcessEnvironment.variables) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }
}

extension CommandConfiguration {
    /// This configuration marked as run under `leniency`, so that `CommandLineEntry.parse` may parse the
    /// subcommand on its own (see `parseSubcommandDirectly`). The mark is read only from the root of a parse and in
    /// the root's help, so parsing and help from the whole tree do not change.
    func parsedDirectly() -> CommandConfiguration {
        var configuration = self
        configuration._superCommandName = "leniency"
        return configuration
    }
}

/// Values kept until the process exits: a command that is about to exit would otherwise free a catalog's thousands of
/// strings and arrays one at a time (about a million instructions of a cold `check`), memory the system takes back
/// at once anyway.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` (and everything it holds) alive until the process exits.
    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}

/// An entry point that maps argument-parser usage errors to exit code 2 (its default is 64, EX_USAGE).
public enum CommandLineEntry {
    /// `LeniencyCommand.parseAsRoot`, without swift-argument-parser's check for a completion-script request when no
    /// argument can be one: that check parses the arguments as two more commands first, and each type the parser
    /// reflects on for the first time costs a scan of every protocol-conformance record in the binary (about 11 of
    /// a cold `check`'s 60 million instructions). Usage and help texts are built after parsing, with the plain
    /// configuration.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let skip = !arguments.contains { $0.hasPrefix("--generate-completion-script") }
        if skip, let command = parseSubcommandDirectly(arguments) { return command }
        LeniencyCommand.skipCompletionCheck.store(skip, ordering: .relaxed)
        defer { LeniencyCommand.skipCompletionCheck.store(false, ordering: .relaxed) }
        return try LeniencyCommand.parseAsRoot(arguments)
    }

    /// The command when the first argument names a subcommand without subcommands of its own and the rest parse as
    /// that command alone; nil otherwise, and then `parse` takes the whole tree as before.
    ///
    /// Parsing from the root reflects on the root and builds the whole command tree before it reaches the
    /// subcommand; a cold `check` spent about a third of its instructions there. Only a successful parse is taken
    /// from here: help (`-h`, `--help`, which parse as the library's help command), `--version` (unknown to a
    /// subcommand on its own), bad options and failed validation all go through the root again, so their texts,
    /// usage lines and exit codes are the tree's. Subcommands are marked with `parsedDirectly()`, so that
    /// parsing one as a root skips the completion-script request check (the caller already knows no argument asks
    /// for a script).
    static func parseSubcommandDirectly(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first, !name.hasPrefix("-"),
              let subcommand = LeniencyCommand.plainConfiguration.subcommands.first(where: { $0.configuration.commandName == name }),
              subcommand.configuration.subcommands.isEmpty, subcommand.configuration._superCommandName != nil,
              let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              type(of: command) == subcommand else { return nil }
        return command
    }

    /// Parses the arguments, runs the command and exits.
    public static func main(_ arguments: [String]? = nil) -> Never {
        do {
            let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
            // A plain `check` (most cold starts an officer waits for) skips the parser's reflection altogether.
            if let request = CheckQuickParse.request(arguments) {
                try request.run()
            } else {
                var command = try parse(arguments)
                try command.run()
            }
            LeniencyCommand.exit()
        } catch {
            if LeniencyCommand.exitCode(for: error) == .validationFailure {
                if CLILanguage.current() == .zh {
                    // ArgumentParser's usage text is English; a Chinese reader gets the problem and where help is.
                    let command = (arguments ?? Array(CommandLine.arguments.dropFirst())).first { !$0.hasPrefix("-") }
                        .flatMap { name in LeniencyCommand.configuration.subcommands.first { $0.configuration.commandName == name } }
                        .map { "leniency \($0.configuration.commandName ?? "")" } ?? "leniency"
                    StandardError.write(say(.usageErrorPrefix, LeniencyCommand.message(for: error)) + "\n" + say(.usageSeeHelp, command) + "\n")
                } else {
                    StandardError.write(LeniencyCommand.fullMessage(for: error) + "\n")
                }
                Foundation.exit(ExitCode.usageOrUnreadableInput.rawValue)
            }
            LeniencyCommand.exit(withError: error)
        }
    }
}

extension RulesLocation {
    /// Loads the rules for a command that needs a valid catalog; on rule errors prints them (explaining a
    /// missing folder by where its path came from) and exits 2.
    /// With `cache` on, a catalog decoded before from the same rule files by the same program is read from the
    /// cache folder instead (`CatalogCache`; a folder that cannot be written is a one-line warning).
    static func loadCatalog(explicit: String?, fallbackPaths: [String] = [], command: String, language: Language, cache: Bool = false) throws -> Catalog {
        let rulesPath = resolve(explicit: explicit, fallbackPaths: fallbackPaths)
        let loaded: CatalogLoadResult
        if cache {
            let settings = CatalogCacheSettings.standard(environment: ProcessEnvironment.variables,
                                                         programVersion: LeniencyCommand.configuration.version)
            let cached = CatalogCache.load(paths: [rulesPath], settings: settings)
            if let warning = cached.warning { StandardError.write(warning.rendered(language) + "\n") }
            loaded = cached.result
        } else {
            loaded = CatalogLoader.load(paths: [rulesPath])
        }
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let explained = explainingMissing(errors, rulesPath: rulesPath, explicit: explicit)
            StandardError.write(DiagnosticRenderer.render(explained, format: .text, color: StandardError.isTerminal, language: language))
            if errors.allSatisfy({ $0.code == .unreadableFile || $0.code == .noRuleFiles }) {
                StandardError.write(Message(.cliNoRulesRead, command, rulesPath, environmentVariable).rendered(language) + "\n")
            } else {
                StandardError.write(Message(.cliRulesHaveErrors, command).rendered(language) + "\n")
            }
            throw ExitCode.usageOrUnreadableInput
        }
        return loaded.catalog
    }
}
