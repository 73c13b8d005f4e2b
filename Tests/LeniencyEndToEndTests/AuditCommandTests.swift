import Foundation
import Testing

/// `leniency audit` as a user runs it: formats, `-o`, `--fail-on`, the period, and the exit codes 0/1/2/3.
@Suite("leniency audit (end to end)")
struct AuditCommandTests {
    static let rules = """
    kind: facts
    facts:
      - {name: harm_minor, type: boolean, label: 危害后果轻微}
      - {name: serious, type: boolean, label: 情节严重}
    ---
    kind: violations
    violations:
      - code: E2E-A
        title: 示例违法行为
        violates: ["《中华人民共和国示例法》第十条"]
        penalty_basis: ["《中华人民共和国示例法》第二十条"]
    ---
    kind: standard
    id: e2e-std
    title: 示例基准
    issuer: 示例局
    document: 示例〔2024〕2号
    effective: 2024-01-01
    violations: [E2E-A]
    boundary: inclusive
    statutory: {min: 1000, max: 10000}
    model: bands
    tiers:
      - tier: heavier
        when: [serious]
    ---
    kind: policy
    id: e2e-policy
    title: 示例监督规则
    issuer: 示例司法局
    document: 示例〔2024〕3号
    effective: 2024-01-01
    officers_min: 2
    publicity_working_days: 7
    basis:
      officers_min: ["《中华人民共和国行政处罚法》第四十二条"]
    """

    /// A case; `officers` 1 gives an A401 (error), a late publicity an A404 (warning).
    static func caseYAML(id: String, officers: Int = 2, decided: String = "2024-07-01", published: String = "2024-07-02") -> String {
        let names = ["张三", "李四"].prefix(officers).map { "{name: \($0)}" }.joined(separator: ", ")
        return """
        id: \(id)
        agency: 示例局
        officers: [\(names)]
        party: {name: 示例公司, type: enterprise}
        violation: E2E-A
        dates: {act: 2024-06-01, filed: 2024-06-02, decided: \(decided)}
        facts: {harm_minor: false, serious: false}
        decision: {outcome: standard, fine: 5000, published: \(published)}
        """
    }

    func workspace() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("rules/rules.yaml", Self.rules)
        return dir
    }

    @Test func cleanInputExitsZeroWithASummary() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1"))
        let run = try LeniencyBinary.run(["audit", "cases", "--rules", "rules"], in: dir.url)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Findings: 0 "))
        #expect(run.stdout.contains("Cases: 1 read, 1 audited"))
    }

    @Test func anErrorFindingExitsOneAndWarningsObeyFailOn() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1", officers: 1))
        #expect(try LeniencyBinary.run(["audit", "cases", "--rules", "rules"], in: dir.url).exitCode == 1)
        let warnings = try workspace()
        try warnings.write("cases/b.yaml", Self.caseYAML(id: "示罚-2", published: "2024-07-31"))
        #expect(try LeniencyBinary.run(["audit", "cases", "--rules", "rules"], in: warnings.url).exitCode == 0)
        let strict = try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--fail-on", "warning", "--format", "jsonl"], in: warnings.url)
        #expect(strict.exitCode == 1)
        #expect(strict.stdout.contains("\"code\":\"A404\""))
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try workspace()
        #expect(try LeniencyBinary.run(["audit", "--rules", "rules"], in: dir.url).exitCode == 2)
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1"))
        #expect(try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--format", "pdf"], in: dir.url).exitCode == 2)
        #expect(try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--from", "2024-13-01"], in: dir.url).exitCode == 2)
    }

    @Test func unreadableInputsExitThreeAfterAuditingTheRest() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1", officers: 1))
        try dir.write("cases/b.jsonl", "{\"id\": \"broken\"\n")
        let run = try LeniencyBinary.run(["audit", "cases", "missing.yaml", "--rules", "rules", "--format", "jsonl"], in: dir.url)
        #expect(run.exitCode == 3)
        #expect(run.stdout.contains("\"code\":\"A401\""), "the readable case is still audited")
        #expect(run.stderr.contains("missing.yaml"))
        #expect(run.stderr.contains("cases/b.jsonl:1:"))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1", officers: 1))
        try dir.write("out/report.csv", "old contents")
        let run = try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--format", "csv", "-o", "out/report.csv"], in: dir.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.isEmpty)
        let bytes = try Data(contentsOf: dir.url.appendingPathComponent("out/report.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM")
        let written = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(written.hasPrefix("code,severity"))
        #expect(written.contains("A401"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("out").path)
        #expect(leftovers == ["report.csv"])
    }

    @Test func periodSelectsCasesByDecisionDate() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1", officers: 1, decided: "2024-07-01"))
        let inside = try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--from", "2024-07-01", "--to", "2024-07-31"], in: dir.url)
        #expect(inside.exitCode == 1)
        let outside = try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--from", "2024-08-01"], in: dir.url)
        #expect(outside.exitCode == 0)
        #expect(outside.stdout.contains("Cases: 1 read, 0 audited"))
    }

    @Test func htmlReportIsOneSelfContainedFile() throws {
        let dir = try workspace()
        try dir.write("cases/a.yaml", Self.caseYAML(id: "示罚-1", officers: 1))
        let run = try LeniencyBinary.run(["audit", "cases", "--rules", "rules", "--format", "html"], in: dir.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("<script type=\"application/json\" id=\"audit-data\">"))
        #expect(!run.stdout.contains("src=\"http"))
        #expect(!run.stdout.contains("href=\"http"))
    }
}
