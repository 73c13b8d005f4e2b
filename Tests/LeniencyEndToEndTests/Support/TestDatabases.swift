import Foundation

/// The registers the end-to-end tests use: an SQLite file always, a PostgreSQL database of their own when
/// LENIENCY_TEST_POSTGRES_URL names a server (`.ci/run` starts one on loopback).
enum TestDatabases {
    static let postgresURL: String? = {
        let value = ProcessInfo.processInfo.environment["LENIENCY_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }()

    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static let kinds: [String] = ["sqlite"] + (postgresURL == nil ? [] : ["postgres"])

    /// A register URL or path of `kind` that nothing has used yet; `drop` removes a PostgreSQL database again.
    static func fresh(_ kind: String, in directory: TemporaryDirectory) throws -> (location: String, drop: () -> Void) {
        guard kind == "postgres", let server = postgresURL else {
            return (directory.url.appendingPathComponent("cases.sqlite").path, {})
        }
        let name = "leniency_e2e_\(UInt32.random(in: 0...UInt32.max))"
        try psql(server, "CREATE DATABASE \(name)")
        guard var components = URLComponents(string: server) else { throw CocoaError(.fileReadInvalidFileName) }
        components.path = "/" + name
        let location = components.string ?? server
        return (location, { try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
    }

    /// Runs one SQL command with psql (installed with the server).
    static func psql(_ url: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-v", "ON_ERROR_STOP=1", "-q", url.replacingOccurrences(of: "?sslmode=disable", with: ""), "-c", command]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: ["command": command])
        }
    }
}
