import Logging
import PostgresNIO

/// A register shared by several agencies: a PostgreSQL database through postgres-nio's connection pool.
final class PostgresBackend: SQLBackend {
    let displayName: String
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger
    /// How long one query or transaction may take, waiting for a connection included: the pool retries an
    /// unreachable server for ever, and a command or request must fail instead of hanging.
    private let deadline: Duration

    /// Starts the pool; the first query fails with a clear error when the server cannot be reached within `deadline`.
    init(address: PostgresAddress, deadline: Duration = .seconds(15)) {
        self.deadline = deadline
        displayName = address.displayName
        let tls: PostgresClient.Configuration.TLS = switch address.sslMode {
        case "disable": .disable
        case "require": .require(.makeClientConfiguration())
        default: .prefer(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: address.host, port: address.port, username: address.username,
                                                         password: address.password, database: address.database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.maximumConnections = 8
        var logger = Logger(label: "leniency.register")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    func query(_ statement: SQLStatement) async throws -> [[SQLValue]] {
        let client = self.client, logger = self.logger
        return try await withDeadline(deadline, displayName) {
            let rows = try await client.query(Self.query(statement), logger: logger)
            var result: [[SQLValue]] = []
            for try await row in rows {
                result.append(try row.map(Self.value))
            }
            return result
        }
    }

    func transaction(_ statements: [SQLStatement]) async throws {
        let client = self.client, logger = self.logger
        try await withDeadline(deadline, displayName) {
            try await client.withTransaction(logger: logger) { connection in
                for statement in statements {
                    _ = try await connection.query(Self.query(statement), logger: logger)
                }
            }
        }
    }

    func close() async {
        runner.cancel()
        _ = await runner.value
    }

    private static func query(_ statement: SQLStatement) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: statement.arguments.count)
        for argument in statement.arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .text(let text): bindings.append(text)
            case .integer(let number): bindings.append(number)
            }
        }
        return PostgresQuery(unsafeSQL: statement.sql, binds: bindings)
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        default: return .text(try cell.decode(String.self))
        }
    }
}
