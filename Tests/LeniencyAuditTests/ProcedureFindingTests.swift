import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite struct ProcedureFindingTests {
    @Test func oneOfficerIsA401() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanPenalty()
        record.officers = [Officer(name: "张三", certificate: "C-001")]
        let report = AuditFixtures.report(catalog, cases: [record])
        #expect(report.findings.map(\.code) == [.tooFewOfficers])
        #expect(report.findings.first?.basis == ["《中华人民共和国行政处罚法》第四十二条"])
    }

    @Test func officerWithoutValidCertificateIsA402OnlyWhenCertificatesAreSupplied() throws {
        let catalog = try AuditFixtures.catalog()
        let record = AuditFixtures.cleanPenalty()  // decided 2025-04-01
        let registry = CertificateRegistry([
            OfficerCertificate(number: "C-001", name: "张三", validFrom: AuditFixtures.date("2020-01-01"), validTo: AuditFixtures.date("2030-12-31"), location: .wholeFile("c.yaml")),
            OfficerCertificate(number: "C-002", name: "李四", validFrom: AuditFixtures.date("2020-01-01"), validTo: AuditFixtures.date("2025-03-31"), location: .wholeFile("c.yaml")),
        ])
        #expect(AuditFixtures.codes(catalog, cases: [record]) == [])
        let report = AuditFixtures.report(catalog, cases: [record], options: AuditOptions(certificates: registry))
        #expect(report.findings.map(\.code) == [.officerWithoutCertificate])
        #expect(report.findings.first?.evidence("officer") == "李四")
        let renewed = CertificateRegistry([
            OfficerCertificate(number: "C-001", name: "张三", validFrom: AuditFixtures.date("2020-01-01"), validTo: AuditFixtures.date("2030-12-31"), location: .wholeFile("c.yaml")),
            OfficerCertificate(number: "C-002", name: "李四", validFrom: AuditFixtures.date("2020-01-01"), validTo: AuditFixtures.date("2025-04-01"), location: .wholeFile("c.yaml")),
        ])
        #expect(AuditFixtures.codes(catalog, cases: [record], options: AuditOptions(certificates: renewed)) == [])
    }

    @Test func decisionMoreThan90DaysAfterFilingIsA403() throws {
        let catalog = try AuditFixtures.catalog()
        var late = AuditFixtures.cleanPenalty()
        late.dates.filed = AuditFixtures.date("2025-01-01")
        late.dates.decided = AuditFixtures.date("2025-04-02")  // 91 days
        late.decision?.published = AuditFixtures.date("2025-04-03")
        #expect(AuditFixtures.codes(catalog, cases: [late]) == ["A403"])
        var onTime = late
        onTime.dates.decided = AuditFixtures.date("2025-04-01")  // exactly 90 days
        #expect(AuditFixtures.codes(catalog, cases: [onTime]) == [])
    }

    @Test func publicityAfterSevenWorkingDaysIsA404CountingHolidays() throws {
        let catalog = try AuditFixtures.catalog()
        // Decided Monday 2025-04-28; 2025-05-01…05 are holidays, so the 7th working day is Monday 2025-05-12.
        var record = AuditFixtures.cleanPenalty()
        record.dates.decided = AuditFixtures.date("2025-04-28")
        record.decision?.published = AuditFixtures.date("2025-05-12")
        #expect(AuditFixtures.codes(catalog, cases: [record]) == [])
        record.decision?.published = AuditFixtures.date("2025-05-13")
        let report = AuditFixtures.report(catalog, cases: [record])
        #expect(report.findings.map(\.code) == [.publicityLate])
        #expect(report.findings.first?.evidence("deadline") == "2025-05-12")
        #expect(report.findings.first?.evidence("calendar_coverage") == nil)
    }

    @Test func publicityOutsideCoveredCalendarYearsSaysSo() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanPenalty()
        record.dates = CaseDates(act: AuditFixtures.date("2026-03-02"), filed: AuditFixtures.date("2026-03-02"), decided: AuditFixtures.date("2026-03-02"))
        record.decision?.published = AuditFixtures.date("2026-03-31")
        let finding = try #require(AuditFixtures.report(catalog, cases: [record]).findings.first { $0.code == .publicityLate })
        #expect(finding.evidence("calendar_coverage")?.contains("2026") == true)
    }

    @Test func missingLegalReviewIsA405WhenThePolicyConditionHolds() throws {
        let catalog = try AuditFixtures.catalog()
        var big = AuditFixtures.cleanPenalty(fine: 5000)
        big.decision?.legalReview = false
        #expect(AuditFixtures.codes(catalog, cases: [big]) == ["A405"])
        big.decision?.legalReview = true
        #expect(AuditFixtures.codes(catalog, cases: [big]) == [])
        var small = AuditFixtures.cleanPenalty(fine: 4999)
        small.decision?.legalReview = nil
        #expect(AuditFixtures.codes(catalog, cases: [small]) == [])
        small.facts["major_public_interest"] = .boolean(true)
        #expect(AuditFixtures.codes(catalog, cases: [small]) == ["A405"])
    }

    @Test func noPenaltyWithoutEducationIsA406() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanExemption()
        record.decision?.education = nil
        #expect(AuditFixtures.codes(catalog, cases: [record]) == ["A406"])
    }

    @Test func penaltyAfterTheLimitationPeriodIsA407() throws {
        let catalog = try AuditFixtures.catalog()
        var record = AuditFixtures.cleanPenalty()
        record.dates = CaseDates(act: AuditFixtures.date("2022-03-01"), discovered: AuditFixtures.date("2025-03-10"),
                                 filed: AuditFixtures.date("2025-03-11"), decided: AuditFixtures.date("2025-04-01"))
        let report = AuditFixtures.report(catalog, cases: [record])
        #expect(report.findings.map(\.code) == [.timeBarredPenalty])
        #expect(report.findings.first?.basis.contains("《中华人民共和国行政处罚法》第三十六条第一款") == true)
        record.dates.discovered = AuditFixtures.date("2024-02-29")
        #expect(AuditFixtures.codes(catalog, cases: [record]) == [])
    }

    @Test func aRequiredFollowUpMissingFromTheFileIsA408() throws {
        // The fixture with Art. 28 as a general duty and np-list requiring a written 不予行政处罚决定.
        let duties: (file: String, text: String) = ("duties.yaml", """
            kind: duties
            id: d
            title: 后续义务
            issuer: 测试
            document: 测试〔2022〕8号
            effective: 2021-01-01
            duties:
              - {duty: rectify, outcomes: [no-penalty, standard], basis: ["《中华人民共和国行政处罚法》第二十八条第一款"]}
            """)
        let rules = AuditFixtures.rules.map { file in
            (file: file.file, text: file.text.replacingOccurrences(of: "follow_up: {education: true}",
                                                                    with: "follow_up: {education: true, written_decision: true}"))
        } + [duties]
        let loaded = CatalogLoader.load(texts: rules)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
        // No written decision on file → A408 (absent counts as missing); 责令改正 is not checked without a follow-up list.
        let report = AuditFixtures.report(loaded.catalog, cases: [AuditFixtures.cleanExemption()])
        #expect(report.findings.map(\.code) == [.followUpMissing])
        #expect(report.findings.first?.evidence("duty") == "written_decision")
        // The file lists its follow-ups without 责令改正 → A408 for rectify too.
        var listed = AuditFixtures.cleanExemption()
        listed.decision?.followUps = ["education", "written_decision"]
        let second = AuditFixtures.report(loaded.catalog, cases: [listed])
        #expect(second.findings.map { $0.evidence("duty") } == ["rectify"])
        #expect(second.findings.first?.basis == ["《中华人民共和国行政处罚法》第二十八条第一款"])
        listed.decision?.followUps = ["education", "written_decision", "rectify"]
        #expect(AuditFixtures.codes(loaded.catalog, cases: [listed]) == [])
    }
}
