import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// Standard std-test: statutory 1000–10000 yuan, bands 30/40/30, `inclusive` → lighter [1000, 3700], standard (3700, 7300],
/// heavier (7300, 10000]: an amount two tiers share belongs to the lower one (从轻 keeps its upper bound).
@Suite struct DiscretionFindingTests {
    func penalty(fine: Int64, outcome: Outcome? = .standard, serious: Bool = false) -> CaseRecord {
        var record = AuditFixtures.cleanPenalty(fine: fine)
        record.facts["serious"] = .boolean(serious)
        record.decision?.outcome = outcome
        record.decision?.legalReview = true
        return record
    }

    @Test func fineOutsideTheTierBandIsA301() throws {
        let catalog = try AuditFixtures.catalog()
        let report = AuditFixtures.report(catalog, cases: [penalty(fine: 8000)])
        #expect(report.findings.map(\.code) == [.fineOutsideTierBand])
        #expect(report.findings.first?.evidence("tier") == "standard")
        // Inside the band (also at its upper edge, which 一般 keeps) is fine; 3700 is 从轻's, so a 一般 fine of 3700 is not.
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 7300)]) == [])
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 3700)]) == ["A301"])
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 3701)]) == [])
    }

    @Test func fineAboveTheStatutoryMaximumIsA302() throws {
        let catalog = try AuditFixtures.catalog()
        let report = AuditFixtures.report(catalog, cases: [penalty(fine: 10_001, outcome: .heavier, serious: true)])
        #expect(report.findings.map(\.code) == [.fineOutsideStatutoryRange])
        #expect(report.findings.first?.evidence("statutory_max") == "10000.00")
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 10_000, outcome: .heavier, serious: true)]) == [])
    }

    @Test func mitigationWithoutGroundIsA303() throws {
        let catalog = try AuditFixtures.catalog()
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 500, outcome: .mitigated)]) == ["A303"])
        // A fine below the statutory minimum is 减轻 even when the file calls it standard.
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 999, outcome: nil)]) == ["A303"])
    }

    @Test func recordedTierInconsistentWithTheFactsIsA304() throws {
        let catalog = try AuditFixtures.catalog()
        let report = AuditFixtures.report(catalog, cases: [penalty(fine: 8000, outcome: .heavier)])
        #expect(report.findings.map(\.code) == [.tierInconsistent])
        #expect(report.findings.first?.evidence("engine_outcome") == "standard")
        #expect(AuditFixtures.codes(catalog, cases: [penalty(fine: 8000, outcome: .heavier, serious: true)]) == [])
    }
}
