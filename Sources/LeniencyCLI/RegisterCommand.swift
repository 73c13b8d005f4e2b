import ArgumentParser
import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyRegister
import LeniencyReports

/// `leniency register`: the case register (案件库) that answers whether a violation is a party's first.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Load decided cases into the case register and show what it holds.",
        discussion: """
        The register is an SQLite file (--register cases.sqlite) or a PostgreSQL database \
        (--register postgres://USER:PASSWORD@HOST:PORT/DB); default $LENIENCY_REGISTER. \
        `check`, `serve` and `audit --register` search it by the party's 统一社会信用代码 / 身份证号. Documented in docs/SERVICE.md.
        """,
        subcommands: [RegisterImportCommand.self, RegisterStatsCommand.self]
    )
}

/// `leniency register import`: loads decided cases, idempotently, keyed by case number and agency.
struct RegisterImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load decided cases (YAML/JSON files, folders, JSON Lines, CSV exports) into the register.",
        discussion: """
        A case already stored under the same case number and agency is replaced when it changed and left alone when it \
        did not, so importing an export twice changes nothing. Bad records are reported with file:line:column on \
        standard error and the rest is loaded. Exit codes: 0 every record loaded, 1 some records rejected (the rest \
        loaded), 2 usage, rule errors, an unreadable input or register.
        """
    )

    @Argument(help: "Case files, folders, JSON Lines files or CSV exports (the formats `leniency audit` reads).")
    var paths: [String] = []

    @Option(name: .long, help: "The register: an SQLite file (created if missing) or postgres:// URL (default: $LENIENCY_REGISTER).")
    var register: String?

    @Option(name: .long, help: "Rules folder, for the fact and violation vocabulary (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format of the summary: text or json.")
    var format: String = "text"

    @Option(name: .long, help: "Language of messages: zh or en (default: from LANG/LC_ALL).")
    var lang: String?

    mutating func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one case file, folder or export to import") }
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown --format `\(format)`; use text or json") }
        if let lang, !["zh", "en"].contains(lang) { throw ValidationError("--lang must be zh or en, got `\(lang)`") }
    }

    func run() throws {
        let chinese = lang.map { $0 == "zh" } ?? Locale.prefersChinese
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: "register import", language: chinese ? .zh : .en)
        guard try RegisterLocation.resolveOrFail(explicit: register, command: "register import", chinese: chinese) != nil else {
            throw ValidationError("name the register with --register PATH (or postgres://…) or $\(RegisterLocation.environmentVariable)")
        }
        guard let store = try RegisterOption.open(explicit: register, create: true, command: "register import", chinese: chinese) else { return }
        defer { RegisterOption.close(store) }
        var reader = CaseFileReader(paths: paths, catalog: catalog)
        var counts = ImportCounts()
        var rejected = 0
        var unreadable = false
        var problems: [Diagnostic] = []
        while let batch = reader.next() {
            problems += batch.diagnostics
            rejected += Self.rejectedRecords(batch.diagnostics)
            if batch.diagnostics.contains(where: { $0.code == .unreadableFile }) { unreadable = true }
            let entries = batch.cases.map(RegisterEntry.init)
            guard !entries.isEmpty else { continue }
            do {
                let done = try Blocking.run { try await store.load(entries) }
                counts.added += done.added
                counts.updated += done.updated
                counts.unchanged += done.unchanged
            } catch let error as RegisterError {
                RegisterOption.fail(error, command: "register import", chinese: chinese)
            }
        }
        if !problems.isEmpty {
            StandardError.write(DiagnosticRenderer.render(problems.sorted(), format: .text, color: StandardError.isTerminal))
        }
        do {
            let total = counts.loaded, refused = rejected, sources = paths
            try Blocking.run { try await store.logImport(sources: sources, loaded: total, rejected: refused) }
        } catch let error as RegisterError {
            RegisterOption.fail(error, command: "register import", chinese: chinese)
        }
        StandardOutput.write(Self.summary(counts, rejected: rejected, register: store.displayName, format: format, chinese: chinese))
        if unreadable { throw ExitCode.usageOrUnreadableInput }
        if rejected > 0 { throw ExitCode(1) }
    }

    /// Records left out: in JSON Lines and CSV one per line with an error; in a YAML or JSON file one per file with an
    /// error (its cases are not told apart by the diagnostics, and one broken case usually breaks the file's reading).
    static func rejectedRecords(_ diagnostics: [Diagnostic]) -> Int {
        var records = Set<String>()
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let file = diagnostic.location.file
            let lower = file.lowercased()
            let perLine = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".csv")
            records.insert(perLine ? "\(file):\(diagnostic.location.start.line)" : file)
        }
        return records.count
    }

    static func summary(_ counts: ImportCounts, rejected: Int, register: String, format: String, chinese: Bool) -> String {
        if format == "json" {
            return "{\"added\": \(counts.added), \"updated\": \(counts.updated), \"unchanged\": \(counts.unchanged), \"rejected\": \(rejected)}\n"
        }
        if chinese {
            return "案件库 \(register)：新增 \(counts.added) 件，更新 \(counts.updated) 件，未变 \(counts.unchanged) 件，拒收 \(rejected) 条记录\n"
        }
        return "register \(register): \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged, \(rejected) records rejected\n"
    }
}

/// `leniency register stats`: what the register holds.
struct RegisterStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the case register holds: cases, parties, agencies, violations, dates, imports."
    )

    @Option(name: .long, help: "The register: an SQLite file or postgres:// URL (default: $LENIENCY_REGISTER).")
    var register: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .long, help: "Language: zh or en (default: from LANG/LC_ALL).")
    var lang: String?

    mutating func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown --format `\(format)`; use text or json") }
        if let lang, !["zh", "en"].contains(lang) { throw ValidationError("--lang must be zh or en, got `\(lang)`") }
    }

    func run() throws {
        let chinese = lang.map { $0 == "zh" } ?? Locale.prefersChinese
        guard let store = try RegisterOption.open(explicit: register, command: "register stats", chinese: chinese) else {
            throw ValidationError("name the register with --register PATH (or postgres://…) or $\(RegisterLocation.environmentVariable)")
        }
        defer { RegisterOption.close(store) }
        do {
            let stats = try Blocking.run { try await store.statistics() }
            StandardOutput.write(format == "json" ? RegisterStatsRendering.json(stats) : RegisterStatsRendering.text(stats, register: store.displayName, chinese: chinese))
        } catch let error as RegisterError {
            RegisterOption.fail(error, command: "register stats", chinese: chinese)
        }
    }
}

extension RegisterLocation {
    /// `resolve`, printing a malformed location as an error and exiting 2.
    static func resolveOrFail(explicit: String?, command: String, chinese: Bool) throws -> RegisterLocation? {
        do {
            return try resolve(explicit: explicit)
        } catch let error as RegisterError {
            RegisterOption.fail(error, command: command, chinese: chinese)
        }
    }
}
