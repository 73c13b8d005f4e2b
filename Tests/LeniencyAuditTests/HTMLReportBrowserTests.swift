import Foundation
import LeniencyAudit
import LeniencyCore
import LeniencyReports
import Testing

/// Renders the HTML report in a real headless Chromium: the page's script must run without errors and fill in the
/// numbers from the embedded JSON, Chinese must be drawn with real glyphs (not missing-glyph boxes), case numbers must
/// not wrap and the charts must use the page's width. Chromium is required under CI=true; elsewhere the test is skipped
/// without it.
///
/// The report is measured from a small harness page that loads it in an `<iframe>` (Chromium with file access across
/// files) and writes what it measured into its own DOM, which `--dump-dom` prints: no test code lives in the report.
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

    /// What the harness measured in the report page.
    struct Measurement {
        var dom: String
        var log: String
        var status: Int32
        /// `ok`, `missing` or `unknown`, from the report's own glyph check (`data-cjk-glyphs`).
        var cjkGlyphs: String
        /// True when the report shows its "no Chinese font" notice.
        var noticeShown: Bool
        /// Case and inspection numbers whose cell takes more than one line.
        var wrappedIDs: Int
        /// Number of case and inspection cells measured.
        var idCells: Int
        /// The narrowest chart's width as a share of its figure's content width.
        var chartShare: Double
        /// How much of the page's content width the charts span together (leftmost to rightmost edge).
        var chartSpan: Double
        /// Rows of the findings table.
        var rows: Int
    }

    @Test(.enabled(if: chromium == nil && onCI))
    func chromiumIsRequiredOnCI() {
        Issue.record("chromium is not on PATH; CI must install it (apt-get install -y chromium)")
    }

    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(2)))
    func pageRendersWithoutScriptErrorsAndNumbersMatchTheJSON() throws {
        let report = try RendererFixture.report(ids: ("洪市监罚〔2025〕0103号", "洪税罚〔2025〕0012号"))
        let html = AuditReportRenderer.render(report, format: .html, options: AuditRenderOptions(language: .zh))
        let run = try Self.measure(html, width: 1000)
        #expect(run.status == 0, "chromium failed: \(run.log.suffix(2000))")
        let scriptErrors = run.log.split(separator: "\n").filter { $0.contains("Uncaught") || $0.contains("ERROR:CONSOLE") }
        #expect(scriptErrors.isEmpty, "script errors: \(scriptErrors)")

        let json = try #require(HTMLDocument.embeddedJSON(run.dom), "the dumped DOM keeps the embedded JSON")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["severity"] as? String == "error" }.count
        let warnings = findings.filter { $0["severity"] as? String == "warning" }.count
        #expect(findings.count == report.findings.count)
        // Filled in by the page's script from the JSON (the static page holds "…").
        #expect(HTMLDocument.text(ofID: "total-findings", in: run.dom) == String(findings.count))
        #expect(HTMLDocument.text(ofID: "error-count", in: run.dom) == String(errors))
        #expect(HTMLDocument.text(ofID: "warning-count", in: run.dom) == String(warnings))
        #expect(HTMLDocument.attribute("data-total-findings", in: run.dom) == String(findings.count))
        #expect(HTMLDocument.attribute("data-matched", in: run.dom) == String(findings.count))
        #expect(run.rows == findings.count)
        #expect(!run.dom.contains("<script>alert"))
    }

    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(2)))
    func chineseIsDrawnWithRealGlyphsCaseNumbersDoNotWrapAndChartsFillThePage() throws {
        let report = try RendererFixture.report(ids: ("洪市监罚〔2025〕0103号", "洪税罚〔2025〕0012号"))
        let html = AuditReportRenderer.render(report, format: .html, options: AuditRenderOptions(language: .zh))
        let narrow = try Self.measure(html, width: 900)
        #expect(narrow.status == 0, "chromium failed: \(narrow.log.suffix(2000))")
        #expect(narrow.cjkGlyphs == "ok", """
            Chinese characters render as missing-glyph boxes: no installed font draws them. \
            Install a CJK font (apt-get install fonts-noto-cjk; .ci/run does).
            """)
        let noticeShown = narrow.noticeShown
        #expect(!noticeShown, "the page shows its no-Chinese-font notice")
        #expect(narrow.idCells == report.findings.count)
        #expect(narrow.wrappedIDs == 0, "case numbers must stay on one line")
        #expect(narrow.chartShare > 0.9, "each chart fills its column (share \(narrow.chartShare))")
        #expect(narrow.chartSpan > 0.9, "the charts span the page (share \(narrow.chartSpan))")
        let wide = try Self.measure(html, width: 1600)
        #expect(wide.chartShare > 0.9, "each chart fills its column (share \(wide.chartShare))")
        #expect(wide.chartSpan > 0.9, "the charts span the wide page too (share \(wide.chartSpan))")
    }

    /// The glyph check can fail: with only fonts that have no Chinese, the page reports the missing glyphs and shows
    /// its notice.
    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(2)))
    func withoutAChineseFontThePageSaysSo() throws {
        let fonts = try TemporaryFolder()
        let config = try Self.latinOnlyFontconfig(in: fonts)
        let report = try RendererFixture.report(ids: ("洪市监罚〔2025〕0103号", "洪税罚〔2025〕0012号"))
        let html = AuditReportRenderer.render(report, format: .html, options: AuditRenderOptions(language: .zh))
        let run = try Self.measure(html, width: 1000, environment: ["FONTCONFIG_FILE": config])
        #expect(run.status == 0, "chromium failed: \(run.log.suffix(2000))")
        #expect(run.cjkGlyphs == "missing")
        #expect(run.noticeShown)
    }

    /// A fontconfig file in `folder` that offers Chromium three installed fonts without Chinese (for `FONTCONFIG_FILE`):
    /// a machine without a CJK font, to show that a glyph check can fail.
    static func latinOnlyFontconfig(in folder: TemporaryFolder) throws -> String {
        let latinOnly = fontFiles().filter { !$0.zh }.prefix(3).map(\.path)
        try #require(!latinOnly.isEmpty, "some font without Chinese is installed")
        for (index, path) in latinOnly.enumerated() {
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/font\(index)." + (path as NSString).pathExtension,
                                                       withDestinationPath: path)
        }
        let config = folder.path + "/fonts.conf"
        try """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig><dir>\(folder.path)</dir><cachedir>\(folder.path)/cache</cachedir></fontconfig>
        """.write(toFile: config, atomically: true, encoding: .utf8)
        return config
    }

    /// Installed font files and whether each covers Chinese (`fc-list : file lang`).
    static func fontFiles() -> [(path: String, zh: Bool)] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-list", ":", "file", "lang"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return [] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard let path = parts.first else { return nil }
            let langs = parts.count > 1 ? parts[1] : ""
            return (String(path), langs.contains("zh-cn") || langs.contains("zh-tw") || langs.contains("|zh|"))
        }
    }

    /// Loads `html` in a harness page `width` CSS pixels wide and returns what the harness measured.
    static func measure(_ html: String, width: Int, environment: [String: String] = [:]) throws -> Measurement {
        let chromium = try #require(Self.chromium)
        let dir = try TemporaryFolder()
        try html.write(toFile: dir.path + "/audit.html", atomically: true, encoding: .utf8)
        try harness(width: width).write(toFile: dir.path + "/harness.html", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--dump-dom", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(dir.path)/profile", "--no-first-run", "--disable-dev-shm-usage",
                             "--allow-file-access-from-files", "--window-size=\(width + 40),1200", "--virtual-time-budget=5000",
                             URL(fileURLWithPath: dir.path + "/harness.html").absoluteString]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: Chromium can write any amount without blocking on a reader.
        _ = FileManager.default.createFile(atPath: dir.path + "/dom.html", contents: nil)
        _ = FileManager.default.createFile(atPath: dir.path + "/chromium.log", contents: nil)
        let out = try #require(FileHandle(forWritingAtPath: dir.path + "/dom.html"))
        let err = try #require(FileHandle(forWritingAtPath: dir.path + "/chromium.log"))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let harnessDOM = try String(contentsOfFile: dir.path + "/dom.html", encoding: .utf8)
        let log = (try? String(contentsOfFile: dir.path + "/chromium.log", encoding: .utf8)) ?? ""
        let result = HTMLDocument.text(ofID: "result", in: harnessDOM).map(HTMLDocument.unescape) ?? "{}"
        let values = (try? JSONSerialization.jsonObject(with: Data(result.utf8))) as? [String: Any] ?? [:]
        return Measurement(dom: values["dom"] as? String ?? "", log: log, status: process.terminationStatus,
                           cjkGlyphs: values["cjk"] as? String ?? "absent", noticeShown: values["notice"] as? Bool ?? false,
                           wrappedIDs: values["wrapped"] as? Int ?? -1, idCells: values["ids"] as? Int ?? -1,
                           chartShare: values["share"] as? Double ?? 0, chartSpan: values["span"] as? Double ?? 0,
                           rows: values["rows"] as? Int ?? -1)
    }

    /// The harness: an iframe of the given width holding the report, and a script that measures it once loaded.
    static func harness(width: Int) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
        <iframe id="report" src="audit.html" style="width:\(width)px;height:3000px;border:0"></iframe>
        <pre id="result"></pre>
        <script>
        document.getElementById("report").addEventListener("load", function () {
          var doc = document.getElementById("report").contentDocument;
          var win = document.getElementById("report").contentWindow;
          var ids = Array.prototype.slice.call(doc.querySelectorAll("td.id"));
          var wrapped = ids.filter(function (td) {
            var range = doc.createRange();
            range.selectNodeContents(td);
            return range.getClientRects().length > 1;
          }).length;
          var share = 1, left = Infinity, right = -Infinity;
          Array.prototype.slice.call(doc.querySelectorAll("figure.chart")).forEach(function (figure) {
            var box = figure.getBoundingClientRect();
            left = Math.min(left, box.left);
            right = Math.max(right, box.right);
            var svg = figure.querySelector("svg");
            if (!svg) { return; }
            var style = win.getComputedStyle(figure);
            var inner = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            share = Math.min(share, svg.getBoundingClientRect().width / inner);
          });
          var bodyStyle = win.getComputedStyle(doc.body);
          var content = doc.body.clientWidth - parseFloat(bodyStyle.paddingLeft) - parseFloat(bodyStyle.paddingRight);
          var span = (right - left) / content;
          var notice = doc.getElementById("cjk-font-notice");
          document.getElementById("result").textContent = JSON.stringify({
            cjk: doc.documentElement.getAttribute("data-cjk-glyphs") || "absent",
            notice: !!notice && !notice.hidden,
            wrapped: wrapped, ids: ids.length, share: share, span: span,
            rows: doc.querySelectorAll("tr.finding").length,
            dom: doc.documentElement.outerHTML
          });
        });
        </script></body></html>
        """
    }
}

/// A fresh folder under the temporary directory, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "leniency-html-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
