import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

@Suite struct FineDispersionFindingTests {
    func group(_ fines: [Int64]) -> [CaseRecord] {
        fines.enumerated().map { index, fine in
            var record = AuditFixtures.cleanPenalty(id: "类案-\(index)", fine: fine, line: index + 1)
            record.decision?.outcome = nil  // judge dispersion only: no recorded tier to compare
            record.decision?.legalReview = true
            return record
        }
    }

    @Test func outlierBeyondThreeScaledMADsIsA601() throws {
        let catalog = try AuditFixtures.catalog()
        // Standard band is [3700, 7300]; an outside fine would also be A301, so stay inside it.
        // median 4000, deviations 0,0,100,100,200,200,3000 → MAD 100; threshold 3 × 1.4826 × 100 = 444.78.
        let report = AuditFixtures.report(catalog, cases: group([4000, 3900, 4100, 3800, 4200, 4000, 7000]))
        #expect(report.findings.map(\.code) == [.similarCaseFineDivergence])
        #expect(report.findings.first?.subject == .case("类案-6"))
        #expect(report.findings.first?.evidence("median") == "4000.00")
        #expect(report.findings.first?.evidence("mad") == "100.00")
        #expect(report.statistics.similarCaseFindingsByOfficer["张三"] == 1)
    }

    @Test func thresholdIsExact() throws {
        let catalog = try AuditFixtures.catalog()
        // median 4000, MAD 100 → threshold 444.78 yuan: 4444.78 is not beyond, 4444.79 is.
        func fines(_ last: String) -> [CaseRecord] {
            var records = group([4000, 3900, 4100, 3900, 4100, 4000, 4000])
            records[6].decision?.fine = Money(parsing: last)
            return records
        }
        #expect(AuditFixtures.codes(catalog, cases: fines("4444.78")) == [])
        #expect(AuditFixtures.codes(catalog, cases: fines("4444.79")) == ["A601"])
    }

    @Test func zeroMADUsesHalfTheMedian() throws {
        let catalog = try AuditFixtures.catalog()
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4000, 4000, 4000, 4000, 6000])) == [])
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4000, 4000, 4000, 4000, 6001])) == ["A601"])
    }

    @Test func groupsOfThreeOrFourUseTheRelativeRule() throws {
        let catalog = try AuditFixtures.catalog()
        // Median 4000: 6000 lies exactly 50% away (not beyond), 6001 and 7000 lie beyond.
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4000, 4000, 6000])) == [])
        let report = AuditFixtures.report(catalog, cases: group([4000, 4000, 4000, 7000]))
        #expect(report.findings.map(\.code) == [.similarCaseFineDivergence])
        #expect(report.findings.first?.subject == .case("类案-3"))
        #expect(report.findings.first?.evidence("rule") == Message(.auditRuleSmallGroup).english)
        #expect(report.fineGroups.map(\.rule) == ["small"])
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4000, 6001])) == ["A601"])
        // Median 4150, MAD 100: the MAD rule would flag 5000 (850 > 444.78), the small-group rule does not (850 ≤ 2075).
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4100, 4200, 5000])) == [])
        let text = AuditReportRenderer.render(report, format: .summary)
        #expect(text.contains("groups of 3–4"))
    }

    @Test func twoCasesAreNotCompared() throws {
        let catalog = try AuditFixtures.catalog()
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 7000])) == [])
        #expect(AuditFixtures.report(catalog, cases: group([4000, 7000])).fineGroups.isEmpty)
    }
}
