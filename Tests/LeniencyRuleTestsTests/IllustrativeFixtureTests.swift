import Foundation
import LeniencyCatalog
import LeniencyCore
import LeniencyRuleTests
import Testing

/// The illustrative lists (not real documents) live in Tests/Fixtures/illustrative-rules, outside `rules/`; this runs
/// their rule tests against the shipped rules plus the fixture, so 减轻 and 行政处罚法 Art. 37 version choice keep a test
/// where no real document with such rows has been sourced.
@Suite("Illustrative fixture lists")
struct IllustrativeFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the fixture's rule tests pass against rules/ plus the fixture")
    func fixtureTestsPass() throws {
        let fixture = Self.root.appendingPathComponent("Tests/Fixtures/illustrative-rules").path
        let rules = Self.root.appendingPathComponent("rules").path
        let loaded = CatalogLoader.load(paths: [rules, fixture + "/lists"])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "rules have errors: \(errors.prefix(5).map { "\($0.location): \($0.message)" })")
        let found = RuleFileFinder.find(paths: [fixture], includeTests: true)
        let testFiles = found.files.filter(RuleTestRunner.isTestFile)
        #expect(testFiles.count == 3)
        let run = RuleTestRunner.run(catalog: loaded.catalog, testFiles: testFiles)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.results.count >= 19)
        for result in run.results where !result.passed {
            Issue.record("\(result.test.name): \(result.failures.map { "\($0.expectation.key): expected \($0.expectation.expected), got \(String(describing: $0.actual))" })")
        }
    }

    @Test("rules/ holds no illustrative list, and every list names its source and the day it was read")
    func rulesHoldNoIllustrativeList() throws {
        let loaded = CatalogLoader.load(paths: [Self.root.appendingPathComponent("rules").path])
        for list in loaded.catalog.lists {
            #expect(!list.info.document.contains("示例") && !list.info.issuer.contains("示例"),
                    "list \(list.id) reads as illustrative (示例): move it to Tests/Fixtures")
            // Issue 16: every shipped list names where its text was read and when.
            #expect(list.info.sourceURL?.isEmpty == false, "list \(list.id) has no source_url")
            #expect(list.info.sourceRead != nil, "list \(list.id) has no source_read date")
        }
    }
}
