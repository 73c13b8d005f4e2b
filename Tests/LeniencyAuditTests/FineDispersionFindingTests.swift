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
        #expect(report.findings.first?.evidence("rule") == "group of fewer than 5: |fine − median| > 50% × median")
        #expect(report.fineGroups.map(\.rule) == ["small"])
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4000, 6001])) == ["A601"])
        // Median 4150, MAD 100: the MAD rule would flag 5000 (850 > 444.78), the small-group rule does not (850 ≤ 2075).
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 4100, 4200, 5000])) == [])
        let text = AuditReportRenderer.render(report, format: .summary)
        #expect(text.contains("groups of 3 to fewer than 5"))
    }

    @Test func twoCasesAreNotCompared() throws {
        let catalog = try AuditFixtures.catalog()
        #expect(AuditFixtures.codes(catalog, cases: group([4000, 7000])) == [])
        #expect(AuditFixtures.report(catalog, cases: group([4000, 7000])).fineGroups.isEmpty)
    }

    /// The fixture catalog with a 测试省 policy that sets its own screening rule (`similar_cases`), over the national one.
    static func catalog(regional rule: String) throws -> Catalog {
        let policy = """
        kind: policy
        id: test-similar
        title: 测试省类案筛查规则
        issuer: 测试省司法厅
        document: 测试〔2024〕3号
        effective: 2024-01-01
        region: 测试省
        similar_cases: \(rule)
        basis:
          similar_cases: ["《测试省行政处罚裁量权规定》第十条"]
        """
        let loaded = CatalogLoader.load(texts: AuditFixtures.rules + [("similar.yaml", policy)])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        return loaded.catalog
    }

    @Test func aFindingCitesTheBasisOfThePolicyItsRuleComesFrom() throws {
        let national = AuditFixtures.report(try AuditFixtures.catalog(), cases: group([4000, 4000, 4000, 7000]))
        #expect(national.findings.first?.basis == ["《中华人民共和国行政处罚法》第三十四条"])
        let regional = AuditFixtures.report(try Self.catalog(regional: "{min_group: 3, mad_min_group: 5, deviations: 3, relative_share: 50%}"),
                                            cases: group([4000, 4000, 4000, 7000]))
        #expect(regional.findings.first?.basis == ["《测试省行政处罚裁量权规定》第十条"])
    }

    @Test func aRegionalPolicyThatChangesAThresholdChangesTheFinding() throws {
        // Median 4000, MAD 100: 4400 lies 400 away — within 3 × 1.4826 × 100 = 444.78, beyond 2 × 1.4826 × 100 = 296.52.
        let seven = group([4000, 3900, 4100, 3900, 4100, 4000, 4400])
        #expect(AuditFixtures.codes(try AuditFixtures.catalog(), cases: seven) == [])
        let two = try Self.catalog(regional: "{min_group: 3, mad_min_group: 5, deviations: 2, relative_share: 50%}")
        let found = AuditFixtures.report(two, cases: seven).findings
        #expect(found.map(\.subject) == [.case("类案-6")])
        #expect(found.first?.evidence("rule") == "|fine − median| > 2 × 1.4826 × MAD")
        // A share of 25%: 5001 in a group of four lies 1001 from the median 4000, beyond 1000 but within 2000.
        let four = group([4000, 4000, 4000, 5001])
        #expect(AuditFixtures.codes(try AuditFixtures.catalog(), cases: four) == [])
        #expect(AuditFixtures.codes(try Self.catalog(regional: "{min_group: 3, mad_min_group: 5, deviations: 3, relative_share: 25%}"),
                                    cases: four) == ["A601"])
        // Groups compared from 5 cases only: the four are not compared, and no group is reported.
        let fromFive = try Self.catalog(regional: "{min_group: 5, mad_min_group: 5, deviations: 3, relative_share: 50%}")
        #expect(AuditFixtures.report(fromFive, cases: group([4000, 4000, 4000, 7000])).findings.isEmpty)
        #expect(AuditFixtures.report(fromFive, cases: group([4000, 4000, 4000, 7000])).fineGroups.isEmpty)
        // The MAD rule from 4 cases: median 4150, MAD 100, so 5000 (850 > 444.78) is flagged, as the small-group rule would not.
        let fromFour = try Self.catalog(regional: "{min_group: 3, mad_min_group: 4, deviations: 3, relative_share: 50%}")
        let mad = AuditFixtures.report(fromFour, cases: group([4000, 4100, 4200, 5000]))
        #expect(mad.findings.map(\.subject) == [.case("类案-3")])
        #expect(mad.fineGroups.map(\.rule) == ["mad"])
    }

    @Test func eachCaseIsJudgedByTheRuleOfItsOwnRegion() throws {
        // Six cases in 南昌市 (测试省, share 25%) and one in 宁波市 (national, 50%) with the same fine 5001 off a median 4000
        // whose MAD is 0: only the 南昌市 case is beyond its rule's share.
        var cases = group([4000, 4000, 4000, 4000, 4000, 5001, 5001])
        cases[6].region = "宁波市"
        let catalog = try Self.catalog(regional: "{min_group: 3, mad_min_group: 5, deviations: 3, relative_share: 25%}")
        let report = AuditFixtures.report(catalog, cases: cases)
        #expect(report.findings.filter { $0.code == .similarCaseFineDivergence }.map(\.subject) == [.case("类案-5")])
        #expect(report.similarCaseRules.map(\.relativeShare).sorted() == [Ratio(1, 4), Ratio(1, 2)])
    }

    @Test func withoutAScreeningRuleNoCaseIsCompared() throws {
        var catalog = try AuditFixtures.catalog()
        for index in catalog.policies.indices { catalog.policies[index].procedure.similarCases = nil }
        let report = AuditFixtures.report(catalog, cases: group([4000, 4000, 4000, 7000]))
        #expect(report.findings.isEmpty)
        #expect(report.fineGroups.isEmpty)
    }
}
