import Foundation
import LeniencyCore
import LeniencyReports
import LeniencyRuleTests
import Testing

@Suite("Rule-test text report: the verdict is the last line")
struct RuleTestReportTextTests {
    @Test func summaryCountsInTheSingularAndPlural() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        // The fixture holds two tests in one file.
        #expect(RuleTestReport.summaryLine(run) == "2 tests in 1 file: 1 passed, 1 failed")
    }

    @Test func testFileErrorsAreCountedAndComeBeforeTheSummary() throws {
        let broken = RuleTestFixtures.tests.replacingOccurrences(of: "facts: {harm_minor: true,", with: "facts: {harm_minr: true,")
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder(tests: broken))
        #expect(run.diagnostics.contains { $0.code == .unknownFact })
        let text = RuleTestReport.text(run, beforeSummary: "PROBLEMS\n") { _ in "" }
        let lines = text.split(separator: "\n")
        #expect(lines.last == "1 test in 1 file, 1 error in test files: 0 passed, 1 failed")
        #expect(lines.dropLast().last == "PROBLEMS")
    }

    @Test func explanationsLeaveNoTrailingSpaces() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        let text = RuleTestReport.text(run) { _ in "line one\n\n  line two\n\n" }
        #expect(text.contains("    line one\n\n      line two\n"))
        #expect(!text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasSuffix(" ") })
    }

    @Test func colourOnlyWhenAsked() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        #expect(!RuleTestReport.text(run) { _ in "" }.contains("\u{1B}["))
        #expect(RuleTestReport.text(run, color: true) { _ in "" }.contains("\u{1B}[1;31mFAIL"))
    }

    @Test func jsonWritesEmptyListsCompactly() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        let json = RuleTestReport.render(run, format: .json) { _ in "" }
        #expect(json.contains("\"diagnostics\" : []"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func updateKeepsAByteOrderMarkAndOddLineBreaks() throws {
        // A BOM and CRLF breaks, plus a test name holding U+2028 (a line break to libyaml): positions must still match.
        let text = RuleTestFixtures.tests
            .replacingOccurrences(of: "kind: test", with: "# 注释\nkind: test")
            .replacingOccurrences(of: "- name: applies", with: "- name: \"app\u{2028}lies\"")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let dir = try RuleTestFixtures.folder(tests: text)
        let file = dir + "/demo.test.yaml"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let run = try RuleTestFixtures.run(dir)
        #expect(run.failedCount == 1, "\(run.diagnostics)")
        #expect(try SnapshotUpdater.update(run) == [file])
        let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(after.starts(with: [0xEF, 0xBB, 0xBF]))
        let afterText = String(decoding: after.dropFirst(3), as: UTF8.self)
        #expect(afterText.contains("      outcome: standard   # keep this comment\r\n"))
        #expect(afterText.hasPrefix("# 注释\r\nkind: test\r\n"))
        #expect(afterText.contains("- name: \"app\u{2028}lies\"\r\n"))
        #expect(try RuleTestFixtures.run(dir).failedCount == 0)
    }
}
