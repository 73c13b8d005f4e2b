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
