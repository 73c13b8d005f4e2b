import Foundation

enum ServiceTestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// True when python3 can import openapi_spec_validator (`.ci/run` installs it).
    static let hasSpecValidator: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import openapi_spec_validator"]).status) == 0

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-run-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }
}
