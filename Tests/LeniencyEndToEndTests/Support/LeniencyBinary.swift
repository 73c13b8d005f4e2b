import Foundation

/// What one run of the built `leniency` binary produced.
struct ProcessOutput: Sendable {
    /// Everything written to standard output.
    var stdout: String
    /// Everything written to standard error.
    var stderr: String
    /// The exit status (for a signal, 128 + the signal number).
    var exitCode: Int32
}

/// Runs the `leniency` executable that `swift build` / `swift test` put next to the test bundle.
///
/// Set `LENIENCY_BINARY` to test another build (e.g. a release binary).
enum LeniencyBinary {
    /// Errors that stop a test before the binary runs.
    enum Failure: Error, CustomStringConvertible {
        case notFound([String])

        var description: String {
            switch self {
            case .notFound(let tried): "the leniency binary was not found; tried \(tried.joined(separator: ", ")). Run `swift build` first or set LENIENCY_BINARY."
            }
        }
    }

    /// The rules cache folder of the tests' runs (`check` caches the decoded rules): one per test process, shared
    /// by its runs, so parallel tests also exercise concurrent cache writes.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-test-cache-\(getpid())").path

    /// The path of the binary.
    static func url() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["LENIENCY_BINARY"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        var candidates: [URL] = []
        // Linux: the test runner is an executable `…/debug/<Package>PackageTests.xctest` in the products folder.
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        // macOS: the tests are a bundle in the products folder, loaded by a runner elsewhere.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        let tried = candidates.map { $0.appendingPathComponent("leniency") }
        if let found = tried.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        throw Failure.notFound(tried.map(\.path))
    }

    /// Runs `leniency arguments…` in `directory`, with `environment` added to (or overriding) the current one.
    ///
    /// Output goes through temporary files rather than pipes, so a chatty process cannot block on a full pipe.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    stdin: String? = nil) throws -> ProcessOutput {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "LENIENCY_RULES")
        env.removeValue(forKey: "LENIENCY_REGISTER")
        // The rules cache goes to a folder of this test run, never the user's ~/.cache.
        env.removeValue(forKey: "LENIENCY_NO_CACHE")
        env["LENIENCY_CACHE_DIR"] = cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let stdin {
            let inURL = scratch.url.appendingPathComponent("stdin")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let code = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return ProcessOutput(
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            exitCode: code
        )
    }
}
