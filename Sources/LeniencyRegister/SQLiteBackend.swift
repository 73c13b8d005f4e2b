import Foundation
import GRDB

/// The embedded register: one SQLite file through GRDB, in WAL mode so the service reads while an import writes.
final class SQLiteBackend: SQLBackend {
    let displayName: String
    private let pool: DatabasePool

    /// Opens the file; with `create: false` a missing file is an error, so a mistyped path is never an empty register.
    init(path: String, create: Bool) throws {
        displayName = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw RegisterError("case register \(path) does not exist", "案件库 \(path) 不存在",
                                hint: "check --register / $LENIENCY_REGISTER, or create the register with `leniency register import CASES --register \(path)`",
                                hintZh: "请检查 --register 或 $LENIENCY_REGISTER，或先用 `leniency register import 案卷 --register \(path)` 建立案件库")
        }
        var configuration = Configuration()
        // An import holding the write lock must not make a check fail at once.
        configuration.busyMode = .timeout(10)
        configuration.label = "leniency-register"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw RegisterError.database(path, doing: "open the SQLite file", doingZh: "打开 SQLite 文件", error)
        }
    }

    func query(_ statement: SQLStatement) async throws -> [[SQLValue]] {
        let arguments = Self.arguments(statement.arguments)
        let sql = statement.sql
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                (0..<row.count).map { index -> SQLValue in
                    switch (row[index] as DatabaseValue).storage {
                    case .null: .null
                    case .int64(let value): .integer(value)
                    case .double(let value): .integer(Int64(value))
                    case .string(let value): .text(value)
                    case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                    }
                }
            }
        }
    }

    func transaction(_ statements: [SQLStatement]) async throws {
        let prepared = statements.map { ($0.sql, Self.arguments($0.arguments)) }
        try await pool.write { db in
            for (sql, arguments) in prepared { try db.execute(sql: sql, arguments: arguments) }
        }
    }

    func close() async {
        try? pool.close()
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .text(let text): text.databaseValue
            case .integer(let number): number.databaseValue
            }
        })
    }
}
