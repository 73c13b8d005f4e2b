import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The officer page in a real headless Chromium, driven through chromedriver (WebDriver): choose the violation, fill
/// the case, submit, answer only the facts the page asks for, read the decision. Chromium and chromedriver are
/// required under CI=true (`.ci/run` installs them); elsewhere the test is skipped without them.
@Suite struct OfficerPageBrowserTests {
    static func executable(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        return nil
    }

    static let chromium = executable(["chromium", "chromium-browser"])
    static let chromedriver = executable(["chromedriver"])
    static let available = chromium != nil && chromedriver != nil

    @Test(.enabled(if: !available && TestDatabases.onCI))
    func chromiumAndChromedriverAreRequiredOnCI() {
        Issue.record("chromium or chromedriver is not on PATH; CI must install them (apt-get install -y chromium chromium-driver)")
    }

    /// The answers the law's own example gives (examples/cases/tax-6-01-bank-account-first.yaml); anything else the
    /// page asks about an ordinary company is answered "no".
    static let answers = ["harm_minor": "true", "corrected_before_discovery": "false", "corrected_within_deadline": "true",
                          "irreparable_tax_loss": "false", "large_social_impact": "false", "first_offence": "true"]

    @Test(.enabled(if: available), .timeLimit(.minutes(3)))
    func anOfficerFillsTheFormAndReadsTheDecision() async throws {
        let server = try ServerProcess(["--rules", "rules"])
        let driver = try WebDriver(chromedriver: try #require(Self.chromedriver), chromium: try #require(Self.chromium))
        defer { driver.quit() }

        try await driver.open(server.base.absoluteString + "/")
        #expect(try await driver.text("h1") == "轻微违法免罚判定", "Chinese by default")
        #expect(try await driver.count("#missing select, #missing input") == 0, "nothing is asked before the case is known")

        try await driver.click("#violation option[value='TAX-ZG-60-1-4']")
        try await driver.setValue("#act", "2025-03-01")
        try await driver.setValue("#discovered", "2025-04-02")
        try await driver.type("#party_name", "南昌某商贸有限公司")
        try await driver.type("#party_id", "913601036123456757")
        try await driver.click("#decide")
        try await driver.waitFor("#outcome")
        #expect(try await driver.attribute("#outcome", "data-outcome") == "undetermined")

        // The page asks exactly what the decision still lacks, like `check --interactive`.
        let asked = try await driver.names("#missing select, #missing input")
        #expect(asked.contains("fact.first_offence"), "no history was given, so first offence is asked: \(asked)")
        #expect(asked.contains("fact.harm_minor"))
        #expect(!asked.contains { $0.hasPrefix("fact.pollutant") || $0.contains("ENV") }, "nothing of another sector: \(asked)")

        var rounds = 0
        while try await driver.attribute("#outcome", "data-outcome") == "undetermined", rounds < 6 {
            rounds += 1
            for name in try await driver.names("#missing select") {
                let fact = String(name.dropFirst("fact.".count))
                let value = Self.answers[fact] ?? "false"
                try await driver.click("#missing select[name='\(name)'] option[value='\(value)']")
            }
            let inputs = try await driver.names("#missing input")
            #expect(inputs.isEmpty, "only yes/no questions are expected for this case: \(inputs)")
            try await driver.click("#decide")
            try await driver.waitFor("#outcome")
        }
        // 第6号 item 1: first offence, minor harm, corrected within the deadline → 不予行政处罚 (应当).
        let headline = try await driver.text("#outcome")
        #expect(headline.hasPrefix("应当不予处罚"), "\(headline)")
        #expect(headline.contains("cn-tax-2021-6-01"))
        let summary = try await driver.text("#summary")
        #expect(summary.contains("国家税务总局公告2021年第6号"), "the basis names the list's 文号: \(summary)")
        #expect(try await driver.count("#missing select") == 0, "nothing left to ask once decided")
    }
}

/// A minimal WebDriver client over chromedriver's HTTP API.
final class WebDriver {
    private let process = Process()
    private let base: URL
    private var session = ""
    private static let element = "element-6066-11e4-a52e-4f735466cecf"

    init(chromedriver: String, chromium: String) throws {
        let port = Int.random(in: 20_000...60_000)
        base = URL(string: "http://127.0.0.1:\(port)")!
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let profile = NSTemporaryDirectory() + "leniency-webdriver-\(UUID().uuidString)"
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": [
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=\(profile)", "--lang=zh-CN"],
        ]]]]
        let deadline = Date().addingTimeInterval(20)
        var lastError: (any Error)?
        while Date() < deadline {
            do {
                let reply = try Self.call(base.appendingPathComponent("session"), "POST", capabilities)
                if let value = reply["value"] as? [String: Any], let id = value["sessionId"] as? String {
                    session = id
                    return
                }
            } catch {
                lastError = error
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        throw lastError ?? POSIXError(.ETIMEDOUT)
    }

    /// Ends the browser session, then chromedriver (which does not stop on SIGTERM).
    func quit() {
        _ = try? Self.call(base.appendingPathComponent("session/\(session)"), "DELETE", nil)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func open(_ url: String) async throws { _ = try command("url", ["url": url]) }

    func click(_ css: String) async throws { _ = try command("element/\(try find(css))/click", [:]) }

    func type(_ css: String, _ text: String) async throws { _ = try command("element/\(try find(css))/value", ["text": text]) }

    /// Sets an input's value the way a date picker does (typed dates depend on the browser's locale).
    func setValue(_ css: String, _ value: String) async throws {
        _ = try command("execute/sync", ["script": "document.querySelector(arguments[0]).value = arguments[1];", "args": [css, value]])
    }

    func text(_ css: String) async throws -> String {
        try command("element/\(try find(css))/text", nil)["value"] as? String ?? ""
    }

    func attribute(_ css: String, _ name: String) async throws -> String? {
        try command("element/\(try find(css))/attribute/\(name)", nil)["value"] as? String
    }

    func count(_ css: String) async throws -> Int {
        try command("execute/sync", ["script": "return document.querySelectorAll(arguments[0]).length;", "args": [css]])["value"] as? Int ?? -1
    }

    func names(_ css: String) async throws -> [String] {
        try command("execute/sync", ["script": "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.name);", "args": [css]])["value"] as? [String] ?? []
    }

    func waitFor(_ css: String) async throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if try await count(css) > 0, try command("execute/sync", ["script": "return document.readyState;", "args": []])["value"] as? String == "complete" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw POSIXError(.ETIMEDOUT)
    }

    private func find(_ css: String) throws -> String {
        let reply = try command("element", ["using": "css selector", "value": css])
        guard let value = reply["value"] as? [String: Any], let id = value[Self.element] as? String else {
            throw WebDriverError(message: "no element \(css): \(reply)")
        }
        return id
    }

    private func command(_ path: String, _ body: [String: Any]?) throws -> [String: Any] {
        try Self.call(base.appendingPathComponent("session/\(session)/\(path)"), body == nil ? "GET" : "POST", body)
    }

    struct WebDriverError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// One synchronous WebDriver call over a plain socket: chromedriver writes headers as `Content-Length:252` (no
    /// space), which Foundation's URLSession on Linux refuses ("Failed writing header").
    private static func call(_ url: URL, _ method: String, _ body: [String: Any]?) throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var request = "\(method) \(url.path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if body != nil { request += "Content-Type: application/json\r\n" }
        request += "Content-Length: \(payload.count)\r\n\r\n" + String(decoding: payload, as: UTF8.self)
        let reply = try RawSocket.exchange(port: url.port ?? 0, request: request, waitSeconds: 60)
        guard let split = reply.range(of: "\r\n\r\n") else { throw WebDriverError(message: "no HTTP reply from chromedriver: \(reply)") }
        let object = try JSONSerialization.jsonObject(with: Data(reply[split.upperBound...].utf8))
        return object as? [String: Any] ?? [:]
    }
}
