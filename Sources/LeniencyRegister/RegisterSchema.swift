/// The register's tables, as numbered migrations applied in order on open. Plain SQL both SQLite and PostgreSQL run.
///
/// A migration is never edited once released: a change of schema is a new migration at the end.
enum RegisterSchema {
    /// The table that records which migrations were applied.
    static let versionTable = """
        CREATE TABLE IF NOT EXISTS leniency_register_migrations (
            version BIGINT PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)
        """

    /// Migrations: (version, description, statements).
    static let migrations: [(version: Int64, description: String, statements: [String])] = [
        (1, "cases keyed by case number and agency; party identifiers indexed; import log", [
            """
            CREATE TABLE register_cases (
                case_id TEXT NOT NULL,
                agency TEXT NOT NULL,
                party_name TEXT NOT NULL,
                party_type TEXT NOT NULL,
                credit_code TEXT,
                id_number TEXT,
                violation TEXT NOT NULL,
                act_date TEXT NOT NULL,
                decided_date TEXT,
                outcome TEXT,
                record TEXT NOT NULL,
                source_file TEXT NOT NULL,
                source_line BIGINT NOT NULL,
                imported_at TEXT NOT NULL,
                PRIMARY KEY (case_id, agency))
            """,
            "CREATE INDEX register_cases_credit_code ON register_cases (credit_code)",
            "CREATE INDEX register_cases_id_number ON register_cases (id_number)",
            """
            CREATE TABLE register_imports (
                imported_at TEXT NOT NULL, sources TEXT NOT NULL, loaded BIGINT NOT NULL, rejected BIGINT NOT NULL)
            """,
        ]),
    ]

    /// The newest schema version this build knows.
    static var latestVersion: Int64 { migrations.last?.version ?? 0 }
}
