import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `leniency serve` started on a free loopback port for one test, stopped (SIGTERM) when the test ends.
final class ServerProcess {
    let process = Process()
    let base: URL
    private let errURL: URL
    private let scratch: TemporaryDirectory

    /// Starts `leniency serve --port 0 arguments…` in the repository and waits until it listens (30 s at most).
    init(_ arguments: [String], in directory: URL = CheckCommandTests.root) throws {
        scratch = try TemporaryDirectory()
        errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = try LeniencyBinary.url()
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LENIENCY_RULES")
        environment.removeValue(forKey: "LENIENCY_REGISTER")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            port = Self.port(in: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
        guard let port else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            throw ServerFailure(log: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
        base = URL(string: "http://127.0.0.1:\(port)")!
    }

    struct ServerFailure: Error, CustomStringConvertible {
        var log: String
        var description: String { "leniency serve did not start: \(log)" }
    }

    /// What the server wrote to standard error so far.
    var log: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    static func port(in log: String) -> Int? {
        guard let range = log.range(of: "listening on http://127.0.0.1:") else { return nil }
        return Int(log[range.upperBound...].prefix { $0.isNumber })
    }

    /// Sends a signal to the server (SIGHUP reloads the rules).
    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// One HTTP exchange with the server under test.
struct HTTPReply {
    var status: Int
    var contentType: String
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    func json() throws -> Any { try JSONSerialization.jsonObject(with: body) }
}

enum HTTP {
    /// Sends a request and waits for the reply (no redirects, no caching, 30 s at most).
    static func send(_ method: String, _ url: URL, body: Data? = nil, contentType: String = "application/json") async throws -> HTTPReply {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: 30)
        request.httpMethod = method
        if let body {
            request.httpBody = body
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return HTTPReply(status: http?.statusCode ?? 0, contentType: http?.value(forHTTPHeaderField: "Content-Type") ?? "", body: data)
    }

    static func get(_ server: ServerProcess, _ path: String) async throws -> HTTPReply {
        try await send("GET", URL(string: path, relativeTo: server.base)!.absoluteURL)
    }

    static func post(_ server: ServerProcess, _ path: String, _ body: String, contentType: String = "application/json") async throws -> HTTPReply {
        try await send("POST", URL(string: path, relativeTo: server.base)!.absoluteURL, body: Data(body.utf8), contentType: contentType)
    }

    /// Polls `condition` every 100 ms for up to `seconds`.
    static func eventually(_ seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }
}
