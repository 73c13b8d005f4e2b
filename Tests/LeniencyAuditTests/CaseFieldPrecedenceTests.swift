import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import Testing

/// A case field bound by `source:` wins over a `facts:` value of the same fact, in the engine and the audit alike
/// (docs/LEGAL-CHOICES.md, "Case fields before `facts:`").
@Suite struct CaseFieldPrecedenceTests {
    static let extra: (file: String, text: String) = ("multiples.yaml", """
        kind: facts
        facts:
          - {name: illegal_gains, type: money, label: 违法所得, source: case.illegal_gains}
        ---
        kind: violations
        violations:
          - code: G-1
            title: 测试违法所得倍数罚款
            violates: ["《中华人民共和国测试法》第七条"]
            penalty_basis: ["《中华人民共和国测试法》第八条"]
        ---
        kind: standard
        id: std-multiples
        title: 倍数罚款裁量基准
        issuer: 测试局
        document: 测试〔2022〕4号
        effective: 2022-01-01
        violations: [G-1]
        statutory: {basis: illegal_gains, min_multiple: 1, max_multiple: 5}
        model: bands
        tiers:
          - tier: heavier
            when: [serious]
        """)

    func record(fine: Int64) -> CaseRecord {
        var record = AuditFixtures.cleanPenalty(fine: fine)
        record.violation = "G-1"
        record.illegalGains = Money(yuan: 1_000)             // the case field: 5 × 1000 = 5000 at most
        record.facts["illegal_gains"] = .money(Money(yuan: 10_000))   // a conflicting `facts:` value
        record.decision?.outcome = .heavier
        record.facts["serious"] = .boolean(true)
        record.decision?.legalReview = true
        return record
    }

    @Test func theEngineAndTheAuditComputeTheStatutoryMaximumFromTheCaseField() throws {
        let loaded = CatalogLoader.load(texts: AuditFixtures.rules + [Self.extra])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
        let decision = Engine(catalog: loaded.catalog).decide(record(fine: 8_000))
        #expect(decision.fine?.max == Money(yuan: 5_000))
        let report = AuditFixtures.report(loaded.catalog, cases: [record(fine: 8_000)])
        let finding = try #require(report.findings.first { $0.code == .fineOutsideStatutoryRange })
        #expect(finding.evidence("statutory_max") == "5000.00")
    }
}
