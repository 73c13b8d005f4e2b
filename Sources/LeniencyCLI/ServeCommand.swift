import ArgumentParser
import Foundation
import LeniencyCore
import LeniencyEngine
import LeniencyRegister
import LeniencyReports
import LeniencyService

/// `leniency serve`: the HTTP API and officer web page (docs/SERVICE.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve decisions over HTTP: JSON API, officer web page, health, metrics; rules reload on SIGHUP and on change.",
        discussion: """
        Endpoints, limits and errors are documented in docs/SERVICE.md and served at /openapi.json. \
        The server stops on SIGINT or SIGTERM. Exit codes: 0 stopped cleanly, 2 usage, rule errors or an unreadable register.
        """
    ).parsedDirectly()

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Case register: an SQLite file or postgres:// URL (default: $LENIENCY_REGISTER; none if unset).")
    var register: String?

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free port, printed on standard error).")
    var port: Int = 8080

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body, and longest stream line, in bytes.")
    var maxBodyBytes: Int = 1 << 20

    @Option(name: .customLong("max-depth"), help: "Deepest JSON nesting accepted in a request.")
    var maxDepth: Int = 32

    @Option(name: .customLong("max-cases"), help: "Most cases in one POST /v1/decisions array.")
    var maxCases: Int = 1_000

    @Option(name: .customLong("request-timeout"), help: "Seconds a request may take (and a connection may stay silent).")
    var requestTimeout: Double = 10

    @Option(name: .customLong("max-concurrent"), help: "Most requests deciding at once; the rest wait up to the timeout.")
    var maxConcurrent: Int = 64

    @Flag(name: .customLong("no-presumptions"), help: "Do not apply the legal presumptions of rules/facts.yaml: a fact the case does not give stays unknown.")
    var noPresumptions = false

    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("watch-interval"), help: "Seconds between checks of the rule files for changes; 0 turns the watch off (SIGHUP still reloads).")
    var watchInterval: Double = 1

    mutating func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, got \(port)") }
        guard maxBodyBytes >= 1024 else { throw ValidationError("--max-body-bytes must be at least 1024") }
        guard (2...256).contains(maxDepth) else { throw ValidationError("--max-depth must be 2–256") }
        guard maxCases >= 1 else { throw ValidationError("--max-cases must be at least 1") }
        guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive") }
        guard maxConcurrent >= 1 else { throw ValidationError("--max-concurrent must be at least 1") }
        guard watchInterval >= 0 else { throw ValidationError("--watch-interval must be 0 or more") }
    }

    func run() throws {
        let language = language.language
        let chinese = language == .zh
        let rulesPath = RulesLocation.resolve(explicit: rules, fallbackPaths: [])
        // Load once through the shared path, so a bad rules folder gets the same explanation as every command.
        _ = try RulesLocation.loadCatalog(explicit: rules, command: "serve", language: language)
        let holder: RulesHolder
        do {
            holder = try RulesHolder(path: rulesPath, options: EngineOptions(presumptions: !noPresumptions))
        } catch {
            StandardError.write(DiagnosticRenderer.render(error.diagnostics, format: .text, color: StandardError.isTerminal, language: language))
            StandardError.write("leniency serve: the rules have errors; fix them first (see `leniency lint`).\n")
            throw ExitCode.usageOrUnreadableInput
        }
        let store = try RegisterOption.open(explicit: register, command: "serve", chinese: chinese)
        let location = try RegisterLocation.resolveOrFail(explicit: register, command: "serve", chinese: chinese)
        let limits = ServiceLimits(maxBodyBytes: maxBodyBytes, maxDepth: maxDepth, maxCasesPerRequest: maxCases,
                                   requestTimeout: .milliseconds(Int64(requestTimeout * 1000)), maxConcurrentDecisions: maxConcurrent)
        let configuration = ServiceConfiguration(host: host, port: port, rulesPath: rulesPath, register: location, limits: limits,
                                                 watchInterval: watchInterval > 0 ? .milliseconds(Int64(watchInterval * 1000)) : nil)
        let server = LeniencyServer(configuration: configuration, rules: holder, register: store) { line in
            StandardError.write("leniency serve: \(line)\n")
        }
        let host = self.host
        let registerName = store?.displayName
        do {
            try Blocking.run {
                try await server.run { port in
                    StandardError.write("leniency serve: listening on http://\(host):\(port)/ (rules \(rulesPath)"
                                        + (registerName.map { ", register \($0)" } ?? ", no case register") + ")\n")
                }
            }
        } catch {
            StandardError.write("leniency serve: \(error)\n")
            RegisterOption.close(store)
            throw ExitCode.usageOrUnreadableInput
        }
        RegisterOption.close(store)
    }
}
