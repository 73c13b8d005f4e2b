import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

/// The published list (`leniency publish`) in a real headless Chromium: the table is there with every item, every Han
/// character of it is drawn with a real glyph (not the missing-glyph box), nothing is loaded from the network, and
/// printing gives A4 landscape pages. Uses the Chromium and font helpers of `HTMLReportBrowserTests`; Chromium is
/// required under CI=true (`.ci/run` installs it and fonts-noto-cjk), elsewhere the test is skipped without it.
@Suite struct PublishedListBrowserTests {
    static let chromium = HTMLReportBrowserTests.chromium
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("rules").path

    /// 江环〔2021〕231号 as `leniency publish jiangmen-2021-231 --format html --lang zh` renders it.
    static func page() throws -> String {
        let loaded = CatalogLoader.load(paths: [rules])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let list = try #require(loaded.catalog.lists.first { $0.id == "jiangmen-2021-231" })
        return PublishedListRenderer.render([PublishedListBuilder.build(list, catalog: loaded.catalog, language: .zh)], format: .html)
    }

    /// Draws each distinct Han character of the table and title on a canvas in the cells' font and compares it with a
    /// code point no font has (U+10FFFD): identical pixels mean the character came out as the missing-glyph box. The
    /// controls show the probe tells the two apart. The page itself holds no script; the test appends this one.
    static let probe = """
    <script>
    (function () {
      var table = document.querySelector("table.published");
      var result = document.createElement("div");
      result.id = "probe";
      result.setAttribute("data-rows", String(table ? table.querySelectorAll("tbody tr").length : 0));
      result.setAttribute("data-headers", table ? Array.from(table.querySelectorAll("thead th")).map(function (th) { return th.textContent; }).join("|") : "");
      var style = getComputedStyle(table ? table.querySelector("tbody td") : document.body);
      var canvas = document.createElement("canvas");
      canvas.width = 48; canvas.height = 48;
      var context = canvas.getContext("2d");
      function pixels(text) {
        context.clearRect(0, 0, 48, 48);
        context.font = "32px " + style.fontFamily;
        context.fillStyle = "#000";
        context.textBaseline = "top";
        context.fillText(text, 4, 4);
        return Array.prototype.join.call(context.getImageData(0, 0, 48, 48).data, ",");
      }
      var missing = pixels(String.fromCodePoint(0x10FFFD));
      result.setAttribute("data-control-missing", String(pixels(String.fromCodePoint(0x10FFFE)) === missing));
      result.setAttribute("data-control-letter", String(pixels("A") === missing));
      var seen = {}, boxes = [], checked = 0;
      var text = (table ? table.textContent : "") + document.querySelector("h1").textContent;
      for (var i = 0; i < text.length; i++) {
        var c = text[i];
        if (c < "\\u4e00" || c > "\\u9fff" || seen[c]) { continue; }
        seen[c] = true;
        checked++;
        if (pixels(c) === missing) { boxes.push(c); }
      }
      result.setAttribute("data-checked", String(checked));
      result.setAttribute("data-boxes", boxes.join(""));
      document.body.appendChild(result);
    })();
    </script>
    """

    struct Probe {
        var dom: String
        func attribute(_ name: String) -> String? {
            guard let range = dom.range(of: "\(name)=\"") else { return nil }
            return String(dom[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(3)))
    func theTableRendersWithChineseGlyphsAndPrintsOnA4Landscape() throws {
        let html = try Self.page()
        // Self-contained: no stylesheet, script, image, font or frame is loaded from anywhere.
        for external in ["<link", "<img", "<script", "<iframe", "url(", "@import", "src="] {
            #expect(!html.contains(external), "the page must not load anything (`\(external)`)")
        }
        let folder = try TemporaryFolder()
        let probe = try Self.run(html + Self.probe, folder: folder)
        // 江环〔2021〕231号 has 40 items (rules/lists/ecology/jiangmen-2021-231.yaml models all 40).
        #expect(probe.attribute("data-rows") == "40")
        #expect(probe.attribute("data-headers") == "序号|违法行为|法律依据|适用条件|处理方式/裁量基准")
        #expect(probe.attribute("data-control-missing") == "true" && probe.attribute("data-control-letter") == "false")
        #expect(Int(probe.attribute("data-checked") ?? "") ?? 0 > 300, "the table's Han characters are probed")
        let boxes = probe.attribute("data-boxes") ?? "?"
        #expect(boxes.isEmpty, "characters drawn as missing-glyph boxes (install fonts-noto-cjk): \(boxes.prefix(40))")
        #expect(probe.dom.contains("建设单位未依法备案建设项目环境影响登记表"), "item 1 is in the table")

        let pdf = folder.path + "/list.pdf"
        _ = try Self.run(html, folder: folder, arguments: ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        let pages = text.components(separatedBy: "/MediaBox [0 0 ").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(!pages.isEmpty, "the PDF has pages")
        for box in pages {
            let size = box.split(separator: " ").compactMap { Double($0) }
            // A4 landscape: 297 mm × 210 mm = 841.9 pt × 595.3 pt.
            #expect(size.count == 2 && abs(size[0] - 841.9) < 1 && abs(size[1] - 595.3) < 1, "page size \(box)")
        }
    }

    /// The probe can fail: with only fonts that have no Chinese (a fontconfig of Latin fonts), it finds the boxes.
    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(2)))
    func withoutAChineseFontTheProbeFindsBoxes() throws {
        let fonts = try TemporaryFolder()
        let config = try HTMLReportBrowserTests.latinOnlyFontconfig(in: fonts)
        let probe = try Self.run(try Self.page() + Self.probe, folder: try TemporaryFolder(), environment: ["FONTCONFIG_FILE": config])
        #expect((probe.attribute("data-boxes") ?? "").count > 100, "without a Chinese font the characters are boxes")
    }

    /// Loads `html` in headless Chromium; the dumped DOM (or runs another Chromium action given by `arguments`).
    static func run(_ html: String, folder: TemporaryFolder, arguments: [String] = ["--dump-dom"],
                    environment: [String: String] = [:]) throws -> Probe {
        let chromium = try #require(Self.chromium)
        let page = folder.path + "/page-\(UUID().uuidString).html"
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(folder.path)/profile-\(UUID().uuidString)"] + arguments + [URL(fileURLWithPath: page).absoluteString]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = folder.path + "/out-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: output))
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0, "chromium \(arguments.first ?? "") failed")
        return Probe(dom: try String(contentsOfFile: output, encoding: .utf8))
    }
}
