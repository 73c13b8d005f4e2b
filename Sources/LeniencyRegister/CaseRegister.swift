public import LeniencyCaseInput
import LeniencyCore
import Foundation

/// A case register (案件库): decided cases keyed by case number and agency, searched by party for first-offence history.
///
/// Every query is written once here and runs unchanged on SQLite and PostgreSQL; the backends only move values.
public final class CaseRegister: Sendable {
    let backend: any SQLBackend

    /// The register's location, for messages.
    public var displayName: String { backend.displayName }

    init(backend: any SQLBackend) {
        self.backend = backend
    }

    /// Opens the register and applies pending migrations. An SQLite file is created only when `create` is true
    /// (by `register import`): a mistyped path must be an error, not an empty register that says "no prior violations".
    /// A PostgreSQL query that gets no answer within `timeout` (server down, network cut) is an error, not a hang.
    public static func open(_ location: RegisterLocation, create: Bool = false, timeout: Duration = .seconds(15)) async throws -> CaseRegister {
        let backend: any SQLBackend
        switch location {
        case .sqlite(let path): backend = try SQLiteBackend(path: path, create: create)
        case .postgres(let address): backend = PostgresBackend(address: address, deadline: timeout)
        }
        let register = CaseRegister(backend: backend)
        do {
            try await register.migrate()
        } catch {
            await backend.close()
            throw error
        }
        return register
    }

    /// Releases the connections.
    public func close() async {
        await backend.close()
    }

    /// The schema version of the register (the last migration applied).
    public func schemaVersion() async throws -> Int64 {
        let rows = try await run("read the schema version", "读取结构版本",
                                 SQLStatement("SELECT MAX(version) FROM leniency_register_migrations"))
        return rows.first?.first?.integer ?? 0
    }

    func migrate() async throws {
        try await execute("create the migrations table", "建立迁移记录表", [SQLStatement(RegisterSchema.versionTable)])
        let applied = try await schemaVersion()
        guard applied <= RegisterSchema.latestVersion else {
            throw RegisterError("case register \(displayName) has schema version \(applied), newer than this leniency knows (\(RegisterSchema.latestVersion))",
                                "案件库 \(displayName) 的结构版本为 \(applied)，高于本程序支持的 \(RegisterSchema.latestVersion)",
                                hint: "use a newer leniency with this register", hintZh: "请使用更新版本的 leniency")
        }
        for migration in RegisterSchema.migrations where migration.version > applied {
            let statements = migration.statements.map { SQLStatement($0) } + [
                SQLStatement("INSERT INTO leniency_register_migrations (version, description, applied_at) VALUES ($1, $2, $3)",
                             [.integer(migration.version), .text(migration.description), .text(Self.timestamp())]),
            ]
            try await execute("apply migration \(migration.version)", "执行迁移 \(migration.version)", statements)
        }
    }

    // MARK: Import

    /// Loads cases, keyed by case number and agency: a new key is inserted, a changed case replaces the stored one,
    /// an identical one is left alone, so importing the same export twice changes nothing.
    public func load(_ cases: [RegisterEntry]) async throws -> ImportCounts {
        var counts = ImportCounts()
        let now = Self.timestamp()
        var index = 0
        while index < cases.count {
            let batch = Array(cases[index..<min(cases.count, index + 400)])
            index += batch.count
            let ids = Array(Set(batch.map(\.record.id)))
            let placeholders = ids.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
            let rows = try await run("read stored cases", "读取已有案件", SQLStatement(
                "SELECT case_id, agency, record FROM register_cases WHERE case_id IN (\(placeholders))", ids.map(SQLValue.text)))
            var stored: [String: String] = [:]
            for row in rows where row.count == 3 {
                if let id = row[0].text, let agency = row[1].text, let record = row[2].text { stored[id + "\u{0}" + agency] = record }
            }
            var statements: [SQLStatement] = []
            for entry in batch {
                let key = entry.record.id + "\u{0}" + entry.record.agency
                let json = CaseRecordJSON.encode(entry.record)
                if let previous = stored[key] {
                    if previous == json { counts.unchanged += 1; continue }
                    counts.updated += 1
                } else {
                    counts.added += 1
                }
                stored[key] = json
                statements.append(Self.upsert(entry, json: json, at: now))
            }
            if !statements.isEmpty { try await execute("store cases", "写入案件", statements) }
        }
        return counts
    }

    /// Records one import in the log; its time is what "检索至" reports.
    public func logImport(sources: [String], loaded: Int, rejected: Int) async throws {
        try await execute("record the import", "记录导入", [SQLStatement(
            "INSERT INTO register_imports (imported_at, sources, loaded, rejected) VALUES ($1, $2, $3, $4)",
            [.text(Self.timestamp()), .text(sources.joined(separator: "\n")), .integer(Int64(loaded)), .integer(Int64(rejected))])])
    }

    private static func upsert(_ entry: RegisterEntry, json: String, at now: String) -> SQLStatement {
        let record = entry.record
        let identity = PartyIdentity(record.party)
        func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
        return SQLStatement("""
            INSERT INTO register_cases (case_id, agency, party_name, party_type, credit_code, id_number, violation, act_date,
                decided_date, outcome, record, source_file, source_line, imported_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            ON CONFLICT (case_id, agency) DO UPDATE SET party_name = excluded.party_name, party_type = excluded.party_type,
                credit_code = excluded.credit_code, id_number = excluded.id_number, violation = excluded.violation,
                act_date = excluded.act_date, decided_date = excluded.decided_date, outcome = excluded.outcome,
                record = excluded.record, source_file = excluded.source_file, source_line = excluded.source_line,
                imported_at = excluded.imported_at
            """, [
                .text(record.id), .text(record.agency), .text(record.party.name), .text(record.party.type.rawValue),
                optional(identity.creditCode), optional(identity.idNumber), .text(record.violation),
                .text(record.dates.act.description), optional(record.dates.decided?.description),
                optional(record.decision?.outcome?.rawValue), .text(json), .text(entry.sourceFile),
                .integer(Int64(entry.sourceLine)), .text(now),
            ])
    }

    // MARK: History

    /// The party's decided cases other than `record` itself, as prior violations; nil when the party has no valid
    /// identifier to search by. A case without a decision (no `dates.decided`, no `decision.outcome`) is not history:
    /// an unestablished violation never counts against the party (行政处罚法 Art. 40).
    public func history(for record: CaseRecord) async throws -> PartyHistory? {
        let identity = PartyIdentity(record.party)
        guard !identity.isEmpty else { return nil }
        guard let freshness = try await lastImport() else {
            throw RegisterError("case register \(displayName) holds no import yet, so it cannot show a party's history",
                                "案件库 \(displayName) 尚未导入任何案件，无法查询当事人违法记录",
                                hint: "load decided cases with `leniency register import`, or give `prior_violations` in the case",
                                hintZh: "请先用 `leniency register import` 导入已决案件，或在案卷中写明 prior_violations")
        }
        let rows = try await run("search the party's history", "检索当事人违法记录", SQLStatement("""
            SELECT case_id, violation, act_date FROM register_cases
            WHERE (credit_code = $1 OR id_number = $2) AND NOT (case_id = $3 AND agency = $4)
                AND (decided_date IS NOT NULL OR outcome IS NOT NULL)
            ORDER BY act_date, case_id
            """, [identity.creditCode.map(SQLValue.text) ?? .null, identity.idNumber.map(SQLValue.text) ?? .null,
                  .text(record.id), .text(record.agency)]))
        let priors = rows.compactMap { row -> PriorViolation? in
            guard row.count == 3, let violation = row[1].text, let date = row[2].text.flatMap(CivilDate.init) else { return nil }
            return PriorViolation(violation: violation, date: date, caseID: row[0].text)
        }
        return PartyHistory(priors: priors, searchedUntil: freshness)
    }

    /// The China-time date of the latest import, nil when nothing was ever imported.
    func lastImport() async throws -> CivilDate? {
        let rows = try await run("read the import log", "读取导入记录", SQLStatement("SELECT MAX(imported_at) FROM register_imports"))
        return rows.first?.first?.text.flatMap(Self.chinaDate)
    }

    // MARK: Reading back

    /// Up to `limit` stored cases after `key` (case number, agency), in key order: for audits of the whole register.
    public func cases(after key: (caseID: String, agency: String)?, limit: Int) async throws -> [StoredCase] {
        let statement: SQLStatement
        let columns = "case_id, agency, record, source_file, source_line"
        if let key {
            statement = SQLStatement("""
                SELECT \(columns) FROM register_cases WHERE case_id > $1 OR (case_id = $1 AND agency > $2)
                ORDER BY case_id, agency LIMIT $3
                """, [.text(key.caseID), .text(key.agency), .integer(Int64(limit))])
        } else {
            statement = SQLStatement("SELECT \(columns) FROM register_cases ORDER BY case_id, agency LIMIT $1", [.integer(Int64(limit))])
        }
        let rows = try await run("read stored cases", "读取已有案件", statement)
        return rows.compactMap { row in
            guard row.count == 5, let id = row[0].text, let agency = row[1].text, let json = row[2].text,
                  let file = row[3].text else { return nil }
            return StoredCase(caseID: id, agency: agency, json: json, sourceFile: file, sourceLine: Int(row[4].integer ?? 0))
        }
    }

    // MARK: Statistics

    /// Counts for `register stats`.
    public func statistics() async throws -> RegisterStatistics {
        var stats = RegisterStatistics(schemaVersion: try await schemaVersion())
        let totals = try await run("count cases", "统计案件", SQLStatement("""
            SELECT COUNT(*), COUNT(DISTINCT COALESCE(credit_code, id_number, party_name)), COUNT(DISTINCT agency),
                SUM(CASE WHEN decided_date IS NOT NULL OR outcome IS NOT NULL THEN 1 ELSE 0 END),
                SUM(CASE WHEN credit_code IS NULL AND id_number IS NULL THEN 1 ELSE 0 END), MIN(act_date), MAX(act_date)
            FROM register_cases
            """))
        if let row = totals.first, row.count == 7 {
            stats.cases = Int(row[0].integer ?? 0)
            stats.parties = Int(row[1].integer ?? 0)
            stats.agencies = Int(row[2].integer ?? 0)
            stats.decided = Int(row[3].integer ?? 0)
            stats.withoutValidIdentifier = Int(row[4].integer ?? 0)
            stats.earliestAct = row[5].text.flatMap(CivilDate.init)
            stats.latestAct = row[6].text.flatMap(CivilDate.init)
        }
        let violations = try await run("count cases by violation", "按违法行为统计", SQLStatement(
            "SELECT violation, COUNT(*) FROM register_cases GROUP BY violation ORDER BY COUNT(*) DESC, violation"))
        stats.byViolation = violations.compactMap { row in
            guard row.count == 2, let code = row[0].text else { return nil }
            return (code, Int(row[1].integer ?? 0))
        }
        let imports = try await run("read the import log", "读取导入记录", SQLStatement(
            "SELECT COUNT(*), MAX(imported_at) FROM register_imports"))
        if let row = imports.first, row.count == 2 {
            stats.imports = Int(row[0].integer ?? 0)
            stats.lastImport = row[1].text
        }
        return stats
    }

    // MARK: Plumbing

    private func run(_ doing: String, _ doingZh: String, _ statement: SQLStatement) async throws -> [[SQLValue]] {
        do {
            return try await backend.query(statement)
        } catch let error as RegisterError {
            throw error
        } catch {
            throw RegisterError.database(displayName, doing: doing, doingZh: doingZh, error)
        }
    }

    private func execute(_ doing: String, _ doingZh: String, _ statements: [SQLStatement]) async throws {
        do {
            try await backend.transaction(statements)
        } catch let error as RegisterError {
            throw error
        } catch {
            throw RegisterError.database(displayName, doing: doing, doingZh: doingZh, error)
        }
    }

    /// Now, as `YYYY-MM-DDTHH:MM:SSZ` (UTC; sorts as text on both databases).
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The civil date in China time (UTC+8) of a stored timestamp.
    static func chinaDate(_ timestamp: String) -> CivilDate? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: timestamp) else { return nil }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        return CivilDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}
