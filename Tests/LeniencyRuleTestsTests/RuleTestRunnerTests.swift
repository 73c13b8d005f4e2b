import Foundation
import LeniencyCore
import LeniencyReports
import LeniencyRuleTests
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct RuleTestRunnerTests {
    @Test func failingExpectationsAreReportedWithBothValues() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        #expect(run.results.count == 2)
        #expect(run.passedCount == 1)
        let failed = try #require(run.results.first { !$0.passed })
        #expect(failed.test.name == "wrong expectations")
        // harm_minor is false, so the no-penalty item does not apply: the standard's default tier decides.
        let outcome = try #require(failed.failures.first { $0.expectation.key == .outcome })
        #expect(outcome.expectation.expected == .text("no-penalty"))
        #expect(outcome.actual == .text("standard"))
        let fine = try #require(failed.failures.first { $0.expectation.key == .fine })
        // 30/40/30 bands on 10,000–100,000: the standard tier is 37,000–73,000.
        #expect(fine.actual == .record([("min", "37000.00"), ("max", "73000.00")]))
        let text = RuleTestReport.render(run, format: .text) { _ in "" }
        #expect(text.contains("expected: no-penalty"))
        #expect(text.contains("actual:   standard"))
        #expect(text.hasSuffix("1 passed, 1 failed\n"))
        // The failure points at the expectation's value in the file.
        #expect(text.contains("demo.test.yaml:20:16: outcome"))
    }

    @Test func junitIsWellFormedXMLWithOneTestcasePerTest() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        let xml = RuleTestReport.render(run, format: .junit) { _ in "" }
        let document = try XMLDocument(xmlString: xml, options: [])
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 2)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 1)
        let failedName = try document.nodes(forXPath: "//testcase[failure]/@name").first?.stringValue
        #expect(failedName == "wrong expectations")
        let suites = try document.nodes(forXPath: "/testsuites/@failures").first?.stringValue
        #expect(suites == "1")
    }

    @Test func tapMarksFailures() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        let tap = RuleTestReport.render(run, format: .tap) { _ in "" }
        #expect(tap.hasPrefix("TAP version 13\n1..2\n"))
        #expect(tap.contains("ok 1 - applies"))
        #expect(tap.contains("not ok 2 - wrong expectations"))
    }

    @Test func updateRewritesOnlyTheFailingExpectations() throws {
        let dir = try RuleTestFixtures.folder()
        let file = dir + "/demo.test.yaml"
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let run = try RuleTestFixtures.run(dir)
        #expect(run.failedCount == 1)
        let changed = try SnapshotUpdater.update(run)
        #expect(changed == [file])
        let after = try String(contentsOfFile: file, encoding: .utf8)
        let rerun = try RuleTestFixtures.run(dir)
        #expect(rerun.failedCount == 0)
        #expect(rerun.passedCount == 2)
        // Only the two failing lines differ; the passing expectation and the comment are kept.
        let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(beforeLines.count == afterLines.count)
        let differing = zip(beforeLines, afterLines).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
        #expect(differing == [20, 21])
        try #require(afterLines.count > 21)
        #expect(afterLines[19] == "      outcome: standard   # keep this comment")
        #expect(afterLines[20] == "      fine: {min: \"37000.00\", max: \"73000.00\"}")
        #expect(afterLines[21] == "      mandatory: false")
    }

    @Test func anErrorInATestFileIsAPositionedDiagnostic() throws {
        let broken = """
        kind: test
        tests:
          - name: unknown fact and item
            case:
              violation: DEMO-1
              dates: {act: 2024-06-01}
              facts: {harm_minr: true}
            expect:
              item: demo-list-99
        """
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder(tests: broken))
        let unknownFact = try #require(run.diagnostics.first { $0.code == .unknownFact })
        #expect(unknownFact.location.file.hasSuffix("demo.test.yaml"))
        #expect(unknownFact.location.start == SourcePosition(line: 7, column: 15))
        #expect(unknownFact.hint.contains("harm_minor"))
        let unknownItem = try #require(run.diagnostics.first { $0.code == .invalidTest })
        #expect(unknownItem.location.start == SourcePosition(line: 9, column: 13))
        #expect(unknownItem.hint.contains("demo-list-01"))
    }

    @Test func coverageCountsBothWays() throws {
        let run = try RuleTestFixtures.run(try RuleTestFixtures.folder())
        let item = try #require(run.coverage.points.first { $0.kind == .item && $0.itemID == "demo-list-01" })
        #expect(item.sawTrue && item.sawFalse)
        // duration_days < 30 was true in both tests, so it is not covered.
        let duration = try #require(run.coverage.points.first { $0.kind == .condition && $0.index == 3 })
        #expect(duration.sawTrue && !duration.sawFalse)
        #expect(run.coverage.uncovered.contains { $0.label == "duration_days < 30" })
        #expect(run.coverage.percent < 100)
    }
}
