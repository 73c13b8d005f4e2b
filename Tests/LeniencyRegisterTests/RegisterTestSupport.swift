import Foundation
import Testing
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
@testable import LeniencyRegister

/// The databases every register test runs against: SQLite always, PostgreSQL when `.ci/run` (or a developer) names a
/// server in LENIENCY_TEST_POSTGRES_URL. Each test gets a fresh database of its own.
enum TestRegisters {
    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["LENIENCY_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// How long a test waits for PostgreSQL. The product's 15 s suits one officer at a terminal; `swift test` runs every
    /// suite at once on CI's two cores, and a connection then waited more than 15 s for CPU (CI, 2026-12-03).
    static let deadline: Duration = .seconds(120)

    /// "sqlite", and "postgres" when a server is configured.
    static let kinds: [String] = ["sqlite"] + (postgresURL == nil ? [] : ["postgres"])

    /// A new, empty register location of `kind`; `cleanup` removes it.
    static func fresh(_ kind: String) async throws -> (location: RegisterLocation, cleanup: @Sendable () async -> Void) {
        switch kind {
        case "postgres":
            let admin = try PostgresAddress(url: try #require(postgresURL))
            let name = "leniency_test_\(UInt32.random(in: 0...UInt32.max))"
            let backend = PostgresBackend(address: admin, deadline: deadline)
            _ = try await backend.query(SQLStatement("CREATE DATABASE \(name)"))
            await backend.close()
            var address = admin
            address.database = name
            return (.postgres(address), {
                let backend = PostgresBackend(address: admin, deadline: deadline)
                _ = try? await backend.query(SQLStatement("DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
                await backend.close()
            })
        default:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-register-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return (.sqlite(path: directory.appendingPathComponent("cases.sqlite").path), {
                try? FileManager.default.removeItem(at: directory)
            })
        }
    }

    /// The shipped rules, for the fact vocabulary.
    static let catalog: Catalog = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog
    }()

    static let examplesFolder: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/cases")

    /// A decided tax case of the party with `creditCode`, acted on `act`.
    static func decidedCase(_ id: String, creditCode: String?, act: String, violation: String = "TAX-ZG-60-1-4",
                            agency: String = "国家税务总局南昌市东湖区税务局", decided: Bool = true, idNumber: String? = nil) throws -> CaseRecord {
        var party = "  name: 南昌某商贸有限公司\n  type: enterprise\n"
        if let creditCode { party += "  credit_code: \(creditCode)\n" }
        if let idNumber { party += "  id_number: \(idNumber)\n" }
        let text = """
            id: \(id)
            agency: \(agency)
            party:
            \(party)violation: \(violation)
            dates:
              act: \(act)
            \(decided ? "  decided: \(act)\n" : "")facts:
              harm_minor: true
            """
        let loaded = CaseDecoder.decode(text: text, file: "\(id).yaml", catalog: catalog)
        return try #require(loaded.cases.first, "\(loaded.diagnostics)")
    }
}
