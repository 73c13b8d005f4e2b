import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite struct LeniencyFindingTests {
    @Test func cleanCasesHaveNoFinding() throws {
        let catalog = try AuditFixtures.catalog()
        #expect(AuditFixtures.codes(catalog, cases: [AuditFixtures.cleanExemption(), AuditFixtures.cleanPenalty()]) == [])
    }

    @Test func penalisedDespiteMandatoryItemIsA101() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanExemption()
        record.decision = RecordedDecision(outcome: .standard, fine: Money(yuan: 4000), penaltyKinds: ["fine"], legalReview: false,
                                           published: AuditFixtures.date("2025-04-03"))
        let report = AuditFixtures.report(catalog, cases: [record])
        #expect(report.findings.map(\.code) == [.leniencyDenied])
        let finding = try #require(report.findings.first)
        #expect(finding.severity == .error)
        #expect(finding.evidence("item") == "np-list/np-1")
        #expect(finding.basis.contains("《中华人民共和国行政处罚法》第三十三条第一款"))
    }

    @Test func exemptionWhenExclusionHoldsIsA102() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanExemption()
        record.facts["large_impact"] = .boolean(true)
        let report = AuditFixtures.report(catalog, cases: [record])
        #expect(report.findings.map(\.code) == [.leniencyWithoutGround])
        #expect(report.findings.first?.evidence("excluded_item") == "np-list/np-1")
    }

    @Test func exemptionWithoutAnyItemIsA102() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanPenalty()
        record.decision = RecordedDecision(outcome: .noPenalty, fine: .zero, education: true, published: AuditFixtures.date("2025-04-03"))
        #expect(AuditFixtures.codes(catalog, cases: [record]) == ["A102"])
    }

    @Test func citingAListVersionNotInForceIsA103() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanPenalty()
        record.decision?.list = "old-list"
        #expect(AuditFixtures.codes(catalog, cases: [record]) == ["A103"])
        var inForce = AuditFixtures.cleanExemption()
        inForce.decision?.list = "np-list"
        #expect(AuditFixtures.codes(catalog, cases: [inForce]) == [])
    }

    @Test func citingAListIssuedForAnotherRegionIsA105() throws {
        let catalog = try AuditFixtures.catalog()
        // np-list applies in 测试省 only; the same exemption decided for a 宁波市 case relies on a list that does not bind there.
        var outside = AuditFixtures.cleanExemption()
        outside.region = "宁波市"
        let report = AuditFixtures.report(catalog, cases: [outside])
        let finding = try #require(report.findings.first { $0.code == .listOutsideRegion })
        #expect(finding.evidence("list_region") == "测试省")
        #expect(finding.evidence("case_region") == "宁波市")
        // Inside the region (南昌市 lies in 测试省) the same decision is clean; without a region nothing can be said.
        #expect(AuditFixtures.codes(catalog, cases: [AuditFixtures.cleanExemption()]) == [])
        var unknown = AuditFixtures.cleanExemption()
        unknown.region = nil
        #expect(!AuditFixtures.codes(catalog, cases: [unknown]).contains("A105"))
    }

    @Test func unusedDiscretionaryItemIsA104OnlyWhenThePolicySaysSo() throws {
        var record = AuditFixtures.cleanPenalty()
        record.violation = "M-1"
        record.facts = ["confessed": .boolean(true)]
        // The officer may decline a 可以 item: without a policy flag this is no finding at all.
        #expect(AuditFixtures.codes(try AuditFixtures.catalog(), cases: [record]) == [])
        #expect(AuditFixtures.codes(try AuditFixtures.catalogExpectingDiscretion(), cases: [record]) == ["A104"])
    }
}

/// A106 on the shipped elements rule of MKT-FBZ-22 (反不正当竞争法 Art. 10 (三): 最高奖的金额超过五万元).
@Suite struct PenalisedWithoutViolationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog

    func lottery(topPrize: Int64, recorded: RecordedDecision) -> CaseRecord {
        CaseRecord(id: "洪市监罚〔2025〕0501号", agency: "南昌市市场监督管理局", region: "南昌市", officers: AuditFixtures.twoOfficers,
                   party: Party(name: "某商场有限公司", type: .enterprise, creditCode: "party-lottery"),
                   violation: "MKT-FBZ-22",
                   dates: CaseDates(act: AuditFixtures.date("2025-03-03"), discovered: AuditFixtures.date("2025-03-10"),
                                    filed: AuditFixtures.date("2025-03-11"), decided: AuditFixtures.date("2025-04-01")),
                   facts: ["top_prize": .money(Money(yuan: topPrize)), "duration_under_one_month": .boolean(false),
                           "prize_paid_out": .boolean(true), "no_harm": .boolean(false), "harm_minor": .boolean(false),
                           "corrected_in_time": .boolean(false), "corrected_before_discovery": .boolean(false),
                           "corrected_within_deadline": .boolean(false), "minor_violation": .boolean(false)],
                   priorViolations: [], decision: recorded,
                   location: SourceLocation(file: "cases.yaml", start: SourcePosition(line: 1, column: 1)))
    }

    static let fined = RecordedDecision(outcome: .standard, fine: Money(yuan: 100_000), penaltyKinds: ["fine"], legalReview: true,
                                        published: AuditFixtures.date("2025-04-03"))

    @Test func aPrizeWithinTheCeilingPenalisedIsA106() throws {
        // 50,000 is not 超过五万元 (民法典 Art. 1259): the element fails, so there is no violation to penalise.
        let report = Auditor(catalog: Self.catalog).audit(cases: [lottery(topPrize: 50_000, recorded: Self.fined)], inspections: [])
        let finding = try #require(report.findings.first { $0.code == .penalisedWithoutViolation })
        #expect(finding.severity == .error)
        #expect(finding.evidence("failed_element") == "抽奖式有奖销售的最高奖金额超过五万元")
        #expect(finding.evidence("fine") == "100000.00")
        #expect(finding.basis == ["《中华人民共和国反不正当竞争法》第十条第三项"])
        #expect(finding.text.rendered(.zh).contains("案件事实不构成 MKT-FBZ-22"))
    }

    @Test func aPrizeAboveTheCeilingOrANoPenaltyDecisionIsNotA106() {
        let auditor = Auditor(catalog: Self.catalog)
        let above = auditor.audit(cases: [lottery(topPrize: 50_001, recorded: Self.fined)], inspections: [])
        #expect(!above.findings.contains { $0.code == .penalisedWithoutViolation })
        let exempt = RecordedDecision(outcome: .noPenalty, fine: .zero, education: true, published: AuditFixtures.date("2025-04-03"))
        let notPenalised = auditor.audit(cases: [lottery(topPrize: 50_000, recorded: exempt)], inspections: [])
        #expect(!notPenalised.findings.contains { $0.code == .penalisedWithoutViolation })
    }
}
