import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite struct FirstOffenceFindingTests {
    /// An earlier T-1 case of the same party, `daysBefore` days before the claim's act date (2025-03-03).
    func earlier(party: String, act: String, violation: String = "T-1") -> CaseRecord {
        var record = AuditFixtures.cleanPenalty(id: "测罚〔2024〕9号", party: party, line: 40)
        record.violation = violation
        record.dates = CaseDates(act: AuditFixtures.date(act), filed: AuditFixtures.date(act), decided: AuditFixtures.date(act))
        record.decision = nil
        return record
    }

    @Test func claimContradictedByTheCorpusIsA201WithTheEarlierCase() throws {
        let catalog = try AuditFixtures.catalog()
        let claim = AuditFixtures.cleanExemption()
        // One year before the act, same calendar day, still counts ("近一年" includes that day).
        let prior = earlier(party: claim.party.identityKey, act: "2024-03-03")
        let report = AuditFixtures.report(catalog, cases: [claim, prior])
        #expect(report.findings.map(\.code) == [.falseFirstOffence])
        let finding = try #require(report.findings.first)
        #expect(finding.subject == .case(claim.id))
        #expect(finding.evidence("earlier_case") == "测罚〔2024〕9号")
        #expect(finding.evidence("earlier_date") == "2024-03-03")
    }

    @Test func priorOutsideTheItemsWindowIsNoFinding() throws {
        let catalog = try AuditFixtures.catalog()
        let claim = AuditFixtures.cleanExemption()
        let prior = earlier(party: claim.party.identityKey, act: "2024-03-02")
        #expect(AuditFixtures.codes(catalog, cases: [claim, prior]) == [])
    }

    @Test func otherPartyOrOtherViolationIsNoFinding() throws {
        let catalog = try AuditFixtures.catalog()
        let claim = AuditFixtures.cleanExemption()
        let otherParty = earlier(party: "someone-else", act: "2024-12-01")
        let otherViolation = earlier(party: claim.party.identityKey, act: "2024-12-01", violation: "M-1")
        #expect(AuditFixtures.codes(catalog, cases: [claim, otherParty]) == [])
        #expect(AuditFixtures.codes(catalog, cases: [claim, otherViolation]) == [])
    }

    @Test func aLaterCaseDoesNotMakeTheClaimFalse() throws {
        let catalog = try AuditFixtures.catalog()
        let claim = AuditFixtures.cleanExemption()
        let later = earlier(party: claim.party.identityKey, act: "2025-06-01")
        #expect(AuditFixtures.codes(catalog, cases: [claim, later]) == [])
    }
}
