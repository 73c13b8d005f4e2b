import Foundation
import LeniencyAudit
import LeniencyReports
import Testing

/// Renders the HTML report in a real headless Chromium: the page's script must run without errors and fill in the
/// numbers from the embedded JSON. Chromium is required under CI=true; elsewhere the test is skipped without it.
@Suite struct HTMLReportBrowserTests {
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: chromium == nil && onCI))
    func chromiumIsRequiredOnCI() {
        Issue.record("chromium is not on PATH; CI must install it (apt-get install -y chromium)")
    }

    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(2)))
    func pageRendersWithoutScriptErrorsAndNumbersMatchTheJSON() throws {
        let chromium = try #require(Self.chromium)
        let report = try RendererFixture.report()
        let html = AuditReportRenderer.render(report, format: .html)
        let dir = NSTemporaryDirectory() + "leniency-html-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let page = dir + "/audit.html"
        try html.write(toFile: page, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--dump-dom", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(dir)/profile", "--no-first-run", "--disable-dev-shm-usage",
                             URL(fileURLWithPath: page).absoluteString]
        // Files, not pipes: Chromium can write any amount without blocking on a reader.
        _ = FileManager.default.createFile(atPath: dir + "/dom.html", contents: nil)
        _ = FileManager.default.createFile(atPath: dir + "/chromium.log", contents: nil)
        let out = try #require(FileHandle(forWritingAtPath: dir + "/dom.html"))
        let err = try #require(FileHandle(forWritingAtPath: dir + "/chromium.log"))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let dom = try String(contentsOfFile: dir + "/dom.html", encoding: .utf8)
        let log = (try? String(contentsOfFile: dir + "/chromium.log", encoding: .utf8)) ?? ""

        #expect(process.terminationStatus == 0, "chromium failed: \(log.suffix(2000))")
        let scriptErrors = log.split(separator: "\n").filter { $0.contains("Uncaught") || $0.contains("ERROR:CONSOLE") }
        #expect(scriptErrors.isEmpty, "script errors: \(scriptErrors)")

        let json = try #require(HTMLDocument.embeddedJSON(dom), "the dumped DOM keeps the embedded JSON")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["severity"] as? String == "error" }.count
        let warnings = findings.filter { $0["severity"] as? String == "warning" }.count
        #expect(findings.count == report.findings.count)
        // Filled in by the page's script from the JSON (the static page holds "…").
        #expect(HTMLDocument.text(ofID: "total-findings", in: dom) == String(findings.count))
        #expect(HTMLDocument.text(ofID: "error-count", in: dom) == String(errors))
        #expect(HTMLDocument.text(ofID: "warning-count", in: dom) == String(warnings))
        #expect(HTMLDocument.attribute("data-total-findings", in: dom) == String(findings.count))
        #expect(HTMLDocument.attribute("data-matched", in: dom) == String(findings.count))
        #expect(dom.components(separatedBy: "<tr class=\"finding\">").count - 1 == findings.count)
        #expect(!dom.contains("<script>alert"))
    }
}

