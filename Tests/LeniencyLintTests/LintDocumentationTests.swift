import Foundation
import Testing
import LeniencyCore

/// docs/LINT.md must list every diagnostic code with its current name, severity and summary.
@Suite("docs/LINT.md")
struct LintDocumentationTests {
    static var documentURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/LINT.md")
    }

    @Test("every DiagnosticCode has its row", arguments: DiagnosticCode.allCases)
    func codeIsDocumented(_ code: DiagnosticCode) throws {
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let row = document.split(separator: "\n").first { $0.hasPrefix("| `\(code.rawValue)` |") }
        let line = try #require(row, "docs/LINT.md has no row for \(code.rawValue); run the generator in docs/LINT.md")
        #expect(line.contains("| `\(code.name)` |"))
        #expect(line.contains("| \(code.defaultSeverity.rawValue) |"))
        #expect(line.contains(LintDocumentationTests.cell(code.summary)))
    }

    @Test("the table between the markers is the one generated from DiagnosticCode (LENIENCY_UPDATE_DOCS=1 rewrites it)")
    func tableIsCurrent() throws {
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let begin = try #require(document.range(of: Self.beginMarker), "docs/LINT.md lacks \(Self.beginMarker)")
        let end = try #require(document.range(of: Self.endMarker), "docs/LINT.md lacks \(Self.endMarker)")
        let current = String(document[begin.upperBound..<end.lowerBound])
        let generated = "\n" + Self.table() + "\n"
        if ProcessInfo.processInfo.environment["LENIENCY_UPDATE_DOCS"] == "1", current != generated {
            let updated = String(document[..<begin.upperBound]) + generated + String(document[end.lowerBound...])
            try updated.write(to: Self.documentURL, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "docs/LINT.md is out of date; run `LENIENCY_UPDATE_DOCS=1 swift test --filter LintDocumentationTests`")
    }

    static let beginMarker = "<!-- codes:begin (generated from DiagnosticCode; LENIENCY_UPDATE_DOCS=1 swift test --filter LintDocumentationTests) -->"
    static let endMarker = "<!-- codes:end -->"

    /// The Markdown table of every code.
    static func table() -> String {
        var rows = ["| Code | Name | Severity | What it finds | How to fix |", "|---|---|---|---|---|"]
        for code in DiagnosticCode.allCases {
            rows.append("| `\(code.rawValue)` | `\(code.name)` | \(code.defaultSeverity.rawValue) | \(cell(code.summary)) | \(cell(code.hint)) |")
        }
        return rows.joined(separator: "\n")
    }

    /// Table cells escape `|`.
    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
