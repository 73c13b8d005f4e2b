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
}
