/// A value bound into or read out of a register query: the register stores text and whole numbers only, so the
/// same SQL runs on SQLite and PostgreSQL without type mapping.
public enum SQLValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)

    /// The text, or nil for null and numbers.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The number, or nil for null and text.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}

/// One statement with its arguments, written with `$1`, `$2`, … placeholders (both databases accept them).
public struct SQLStatement: Sendable {
    /// The SQL text.
    public var sql: String
    /// The arguments, in placeholder order.
    public var arguments: [SQLValue]

    /// Creates a statement.
    public init(_ sql: String, _ arguments: [SQLValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }
}

/// The little a register needs from a database: queries, and statements run together in one transaction.
///
/// The register's queries are written once (`RegisterQueries`); each backend only moves values in and out.
protocol SQLBackend: Sendable {
    /// What to call the database in messages (`cases.sqlite`, `postgres://host/db`), never with a password.
    var displayName: String { get }
    /// The rows of a query, each as its column values in select order.
    func query(_ statement: SQLStatement) async throws -> [[SQLValue]]
    /// Runs the statements in one transaction: all or none.
    func transaction(_ statements: [SQLStatement]) async throws
    /// Releases connections; the backend is unusable afterwards.
    func close() async
}
