import Foundation
import Testing

/// The published HTML in a real headless Chromium: the table is there with every item, every Chinese character of it
/// is drawn with a real glyph (not the missing-glyph box), nothing is fetched from the network, and printing gives A4
/// landscape pages. Chromium is required under CI=true (`.ci/run` installs it and fonts-noto-cjk); elsewhere the test is
/// skipped without Chromium.
@Suite struct PublishBrowserTests {
    static let chromium = OfficerPageBrowserTests.executable(["chromium", "chromium-browser"])

    @Test(.enabled(if: chromium == nil && TestDatabases.onCI))
    func chromiumIsRequiredOnCI() {
        Issue.record("chromium is not on PATH; CI must install it (apt-get install -y chromium fonts-noto-cjk)")
    }

    /// Draws each distinct Han character of the table on a canvas in the cells' font and compares it with a code point
    /// no font has (U+10FFFD): identical pixels mean the character came out as the missing-glyph box.
    static let probe = """
    <script>
    (function () {
      var table = document.querySelector("table.published");
      var result = document.createElement("div");
      result.id = "probe";
      var rows = table ? table.querySelectorAll("tbody tr") : [];
      result.setAttribute("data-rows", String(rows.length));
      result.setAttribute("data-headers", table ? Array.from(table.querySelectorAll("thead th")).map(function (th) { return th.textContent; }).join("|") : "");
      var cell = table ? table.querySelector("tbody td") : document.body;
      var style = getComputedStyle(cell);
      var font = "32px " + style.fontFamily;
      var canvas = document.createElement("canvas");
      canvas.width = 48; canvas.height = 48;
      var context = canvas.getContext("2d");
      function pixels(text) {
        context.clearRect(0, 0, 48, 48);
        context.font = font;
        context.fillStyle = "#000";
        context.textBaseline = "top";
        context.fillText(text, 4, 4);
        return Array.prototype.join.call(context.getImageData(0, 0, 48, 48).data, ",");
      }
      var missing = pixels(String.fromCodePoint(0x10FFFD));
      // Controls: another code point no font has must look the same, a letter every font has must not.
      result.setAttribute("data-control-missing", String(pixels(String.fromCodePoint(0x10FFFE)) === missing));
      result.setAttribute("data-control-letter", String(pixels("A") === missing));
      var seen = {};
      var boxes = [];
      var checked = 0;
      var text = table ? table.textContent + document.querySelector("h1").textContent : "";
      for (var i = 0; i < text.length; i++) {
        var c = text[i];
        if (c < "\\u4e00" || c > "\\u9fff" || seen[c]) { continue; }
        seen[c] = true;
        checked++;
        if (pixels(c) === missing) { boxes.push(c); }
      }
      result.setAttribute("data-checked", String(checked));
      result.setAttribute("data-boxes", boxes.join(""));
      result.setAttribute("data-font", style.fontFamily);
      document.body.appendChild(result);
    })();
    </script>
    """

    @Test(.enabled(if: chromium != nil), .timeLimit(.minutes(3)))
    func thePublishedListRendersItsTableWithChineseGlyphsAndPrintsOnA4Landscape() throws {
        let chromium = try #require(Self.chromium)
        let out = try LeniencyBinary.run(["publish", "jiangmen-2021-231", "--rules", "rules", "--format", "html", "--lang", "zh"],
                                         in: CheckCommandTests.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        let html = out.stdout
        // Self-contained: no stylesheet, script, image, font or frame is loaded from anywhere.
        for external in ["<link", "<img", "<script", "<iframe", "url(", "@import", "src="] {
            #expect(!html.contains(external), "the page must not load anything (`\(external)`)")
        }
        #expect(html.contains("@page { size: A4 landscape"))

        let scratch = try TemporaryDirectory()
        let page = scratch.url.appendingPathComponent("probe.html")
        try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>").utf8).write(to: page)
        let dom = try Self.run(chromium, ["--dump-dom", page.absoluteString], scratch: scratch)
        func attribute(_ name: String) -> String? {
            guard let range = dom.range(of: "\(name)=\"") else { return nil }
            return String(dom[range.upperBound...].prefix { $0 != "\"" })
        }
        // 江环〔2021〕231号 has 40 items (rules/lists/ecology/jiangmen-2021-231.yaml models all 40).
        #expect(attribute("data-rows") == "40")
        #expect(attribute("data-headers") == "序号|违法行为|法律依据|适用条件|处理方式/裁量基准")
        #expect(Int(attribute("data-checked") ?? "") ?? 0 > 300, "the table's Han characters are probed")
        #expect(attribute("data-control-missing") == "true" && attribute("data-control-letter") == "false",
                "the missing-glyph probe tells a box from a glyph")
        let boxes = attribute("data-boxes") ?? "?"
        #expect(boxes.isEmpty, "characters drawn as missing-glyph boxes (install fonts-noto-cjk): \(boxes.prefix(40)) — font \(attribute("data-font") ?? "")")
        #expect(dom.contains("建设单位未依法备案建设项目环境影响登记表"), "item 1 is in the table")

        let pdf = scratch.url.appendingPathComponent("list.pdf")
        _ = try Self.run(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString], scratch: scratch)
        let bytes = try Data(contentsOf: pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        let boxesOnPages = text.components(separatedBy: "/MediaBox [0 0 ").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(!boxesOnPages.isEmpty, "the PDF has pages")
        for box in boxesOnPages {
            let size = box.split(separator: " ").compactMap { Double($0) }
            // A4 landscape: 297 mm × 210 mm = 841.9 pt × 595.3 pt.
            #expect(size.count == 2 && abs(size[0] - 841.9) < 1 && abs(size[1] - 595.3) < 1, "page size \(box)")
        }
    }

    /// Runs Chromium headless on one page; its standard output (the DOM for --dump-dom).
    static func run(_ chromium: String, _ arguments: [String], scratch: TemporaryDirectory) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(scratch.url.path)/profile-\(UUID().uuidString)"] + arguments
        let output = scratch.url.appendingPathComponent("out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0, "chromium \(arguments.first ?? "") failed")
        return try String(contentsOf: output, encoding: .utf8)
    }
}
