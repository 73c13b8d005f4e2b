import Foundation
import Testing

/// `leniency check` run as a process: interactive questions, JSON output and exit codes.
@Suite struct CheckInteractiveTests {
    static let rules = """
    kind: facts
    facts:
      - {name: corrected, type: boolean, label: 及时改正, label_en: corrected in time}
      - {name: harm_minor, type: boolean, label: 危害后果轻微, label_en: harm was minor}
      - {name: duration_days, type: integer, label: 持续时间（日）}
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
        title: 及时改正且危害轻微
        violation: E2E-1
        conditions: [corrected, harm_minor, "duration_days < 10"]
    ---
    kind: standard
    id: e2e-std
    title: 示例基准
    issuer: 示例局
    document: 示例〔2024〕2号
    effective: 2024-01-01
    violations: [E2E-1]
    boundary: inclusive
    statutory: {min: 10000, max: 100000}
    model: bands
    tiers:
      - tier: standard
    """

    static let caseFile = """
    id: 示罚〔2024〕1号
    agency: 示例局
    party: {name: 示例公司, type: enterprise}
    violation: E2E-1
    dates: {act: 2024-06-01, discovered: 2024-06-02}
    facts: {corrected: true}
    prior_violations: []
    """

    func setUp() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        try dir.write("case.yaml", Self.caseFile)
        return dir
    }

    @Test func interactiveAsksForMissingFactsAndDecides() throws {
        let dir = try setUp()
        // A bad answer is re-asked with the reason; then harm_minor and duration_days decide the case.
        let out = try LeniencyBinary.run(["check", "case.yaml", "--rules", "rules", "--interactive", "--format", "json"], in: dir.url,
                                         stdin: "maybe\ntrue\n3\n")
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stderr.contains("harm_minor"))
        #expect(out.stderr.contains("not accepted"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["outcome"] as? String == "no-penalty")
        #expect(json["mandatory"] as? Bool == true)
        #expect((json["item"] as? [String: Any])?["id"] as? String == "e2e-list-01")
        #expect((json["missing"] as? [Any])?.isEmpty == true)
        #expect(json["fine"] is NSNull)
    }

    @Test func interactiveEndOfInputPrintsTheUndeterminedResult() throws {
        let dir = try setUp()
        let out = try LeniencyBinary.run(["check", "case.yaml", "--rules", "rules", "--interactive", "--format", "json"], in: dir.url,
                                         stdin: "")
        #expect(out.exitCode == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["outcome"] as? String == "undetermined")
        #expect(json["missing"] as? [String] == ["harm_minor", "duration_days"])
    }

    @Test func answeringNoGivesTheStandardTierAndItsFineRange() throws {
        let dir = try setUp()
        let out = try LeniencyBinary.run(["check", "case.yaml", "--rules", "rules", "--interactive", "--lang", "en"], in: dir.url,
                                         stdin: "false\n")
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Standard penalty"))
        #expect(out.stdout.contains("¥37,000.00–¥73,000.00"))
    }

    @Test func invalidCaseFileExitsOneWithPosition() throws {
        let dir = try setUp()
        try dir.write("bad.yaml", "id: x\nagency: y\nparty: {name: z, type: enterprise}\nviolation: E2E-1\ndates: {act: 2024-13-01}\n")
        let out = try LeniencyBinary.run(["check", "bad.yaml", "--rules", "rules"], in: dir.url)
        #expect(out.exitCode == 1)
        #expect(out.stderr.contains("bad.yaml:5:"))
    }

    @Test func missingCaseFileExitsTwo() throws {
        let dir = try setUp()
        let out = try LeniencyBinary.run(["check", "nope.yaml", "--rules", "rules"], in: dir.url)
        #expect(out.exitCode == 2)
    }
}
