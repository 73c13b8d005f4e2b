import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `leniency test` run as a process: exit codes, and machine output alone on stdout.
@Suite struct TestCommandTests {
    static let rules = """
    kind: facts
    facts:
      - {name: corrected, type: boolean, label: 及时改正}
    ---
    kind: violations
    violations:
      - code: E2E-1
        title: 示例违法行为
        violates: ["《中华人民共和国示例法》第十条"]
        penalty_basis: ["《中华人民共和国示例法》第二十条"]
    ---
    kind: list
    id: e2e-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2024〕1号
    effective: 2024-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    mandatory: true
    follow_up: {education: true}
    items:
      - id: e2e-list-01
        title: 及时改正
        violation: E2E-1
        conditions: [corrected]
    """

    static func suite(expectedOutcome: String) -> String {
        """
        kind: test
        tests:
          - name: corrected → no penalty
            case:
              violation: E2E-1
              dates: {act: 2024-06-01, discovered: 2024-06-02}
              facts: {corrected: true}
            expect: {outcome: \(expectedOutcome), item: e2e-list-01}
          - name: not corrected → standard
            case:
              violation: E2E-1
              dates: {act: 2024-06-01, discovered: 2024-06-02}
              facts: {corrected: false}
            expect: {outcome: standard}
        """
    }

    @Test func passingSuiteExitsZeroAndSaysSo() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "no-penalty"))
        let out = try LeniencyBinary.run(["test", "rules"], in: dir.url)
        #expect(out.exitCode == 0, "\(out.stdout)\n\(out.stderr)")
        #expect(out.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test func failingSuiteExitsOneAndJUnitIsAloneOnStdout() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "mitigated"))
        let out = try LeniencyBinary.run(["test", "rules", "--format", "junit", "--coverage"], in: dir.url)
        #expect(out.exitCode == 1)
        let document = try XMLDocument(xmlString: out.stdout, options: [])
        #expect(try document.nodes(forXPath: "//testcase").count == 2)
        #expect(try document.nodes(forXPath: "//testcase/failure").count == 1)
        #expect(out.stderr.contains("coverage:"))
    }

    @Test func coverageBelowThresholdFails() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", """
        kind: test
        tests:
          - name: only the applying side
            case:
              violation: E2E-1
              dates: {act: 2024-06-01, discovered: 2024-06-02}
              facts: {corrected: true}
            expect: {outcome: no-penalty}
        """)
        let out = try LeniencyBinary.run(["test", "rules", "--min-coverage", "100"], in: dir.url)
        #expect(out.exitCode == 1)
        #expect(out.stdout.contains("1 passed, 0 failed"))
        #expect(out.stdout.contains("coverage: 0.0%"))
    }

    @Test func brokenRulesAndBadUsageExitTwo() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", "kind: list\nid: [broken\n")
        let broken = try LeniencyBinary.run(["test", "rules"], in: dir.url)
        #expect(broken.exitCode == 2)
        #expect(broken.stderr.contains("rules/rules.yaml:"))
        let usage = try LeniencyBinary.run(["test", "--format", "xml"], in: dir.url)
        #expect(usage.exitCode == 2)
    }

    @Test func belowThresholdSaysSoAndTheVerdictIsTheLastLine() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        // Only the corrected case: the item and its condition are never seen not applying, so coverage is 0 %.
        let onlyOneSide = Self.suite(expectedOutcome: "no-penalty").components(separatedBy: "  - name: not corrected")[0]
        try dir.write("rules/list.test.yaml", onlyOneSide)
        let out = try LeniencyBinary.run(["test", "rules", "--min-coverage", "50"], in: dir.url)
        #expect(out.exitCode == 1)
        #expect(out.stdout.contains("coverage is below --min-coverage 50.0%"))
        #expect(out.stdout.split(separator: "\n").last == "1 test in 1 file: 1 passed, 0 failed")
    }

    @Test func aFilterMatchingNothingIsReported() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "no-penalty"))
        let out = try LeniencyBinary.run(["test", "rules", "--filter", "no such test"], in: dir.url)
        #expect(out.stderr.contains("no test name or file contains `no such test`"))
        #expect(out.stdout.hasSuffix("0 tests in 1 file: 0 passed, 0 failed\n"))
    }

    @Test func errorsInATestFileComeBeforeTheSummaryOnStdout() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "no-penalty")
            .replacingOccurrences(of: "facts: {corrected: false}", with: "facts: {corected: false}"))
        let out = try LeniencyBinary.run(["test", "rules"], in: dir.url)
        #expect(out.exitCode == 1)
        #expect(out.stdout.contains("rules/list.test.yaml:13:15: error[R001]"))
        #expect(out.stdout.hasSuffix("1 test in 1 file, 1 error in test files: 1 passed, 0 failed\n"))
    }

    @Test func tapReportsABrokenTestFileAsNotOk() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/broken.test.yaml", "kind: test\ncases:\n  - name: x\n")
        let out = try LeniencyBinary.run(["test", "rules", "--format", "tap"], in: dir.url)
        #expect(out.exitCode == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["TAP version 13", "1..2"], "\(out.stdout)")
        #expect(lines.filter { $0.hasPrefix("not ok ") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("not ok 1 - rules/broken.test.yaml: S002") })
        #expect(!lines.contains { $0.hasPrefix("ok ") })
    }

    @Test func junitCarriesTimesExpectedActualAndTheExplanation() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "mitigated"))
        let out = try LeniencyBinary.run(["test", "rules", "--format", "junit", "--lang", "en"], in: dir.url)
        let document = try XMLDocument(xmlString: out.stdout, options: [])
        for node in try document.nodes(forXPath: "//testsuites | //testsuite | //testcase") {
            let time = try #require((node as? XMLElement)?.attribute(forName: "time")?.stringValue, "\(node.name ?? "") has no time")
            #expect(Double(time) != nil && time.contains("."), "\(time)")
        }
        let failure = try #require(try document.nodes(forXPath: "//testcase/failure").first)
        let body = failure.stringValue ?? ""
        #expect(body.contains("rules/list.test.yaml:8:23: outcome"), "\(body)")
        #expect(body.contains("expected: mitigated"))
        #expect(body.contains("actual:   no-penalty"))
        #expect(body.contains("explanation of the actual result:"))
        #expect(body.contains("e2e-list-01"))
    }

    @Test func coverageIsScopedToTheTestedPaths() throws {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("rules/other/other.yaml", Self.rules
            .replacingOccurrences(of: "kind: facts\nfacts:\n  - {name: corrected, type: boolean, label: 及时改正}\n---\n", with: "")
            .replacingOccurrences(of: "e2e-list", with: "other-list").replacingOccurrences(of: "E2E-1", with: "E2E-2"))
        try dir.write("rules/list.test.yaml", Self.suite(expectedOutcome: "no-penalty"))
        // The whole catalogue: other-list is never tested, so coverage is partial.
        let whole = try LeniencyBinary.run(["test", "rules", "--coverage"], in: dir.url)
        #expect(whole.stdout.contains("other-list"), "\(whole.stdout)\(whole.stderr)")
        // Only list.test.yaml: there is no list.yaml beside it, so coverage counts the rule files of its folder, not
        // those of rules/other; a folder scope counts the files under it.
        let scoped = try LeniencyBinary.run(["test", "rules/list.test.yaml", "--rules", "rules", "--coverage"], in: dir.url)
        #expect(!scoped.stdout.contains("other-list"), "\(scoped.stdout)")
        #expect(scoped.stdout.contains("coverage: 100.0%"), "\(scoped.stdout)")
        let folder = try LeniencyBinary.run(["test", "rules/other", "--rules", "rules", "--coverage"], in: dir.url)
        #expect(folder.stdout.contains("other-list"))
        #expect(!folder.stdout.contains("e2e-list-01"))
    }
}
