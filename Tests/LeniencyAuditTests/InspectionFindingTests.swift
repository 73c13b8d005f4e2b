import LeniencyAudit
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite struct InspectionFindingTests {
    typealias F = AuditFixtures

    @Test func routineInspectionOnAQuietDayIsA501() throws {
        let catalog = try F.catalog()
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", date: "2025-03-20")]) == ["A501"])
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", date: "2025-03-21")]) == [])
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", date: "2025-03-05", reason: "complaint")]) == [])
        // 九江市 has the longer window 1–25.
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", region: "九江市", date: "2025-03-25")]) == ["A501"])
    }

    @Test func moreThanTheYearlyCapIsA502OnTheThirdInspection() throws {
        let catalog = try F.catalog()
        let records = [F.inspection("I-1", date: "2025-03-21"), F.inspection("I-2", date: "2025-06-21"), F.inspection("I-3", date: "2025-09-21")]
        let report = F.report(catalog, cases: [], inspections: records)
        #expect(report.findings.map(\.code) == [.inspectionCapExceeded])
        #expect(report.findings.first?.subject == .inspection("I-3"))
        // Another agency has its own count.
        var other = records
        other[2] = F.inspection("I-3", agency: "测试省某市生态环境局", date: "2025-09-21")
        #expect(F.codes(catalog, cases: [], inspections: other) == [])
    }

    @Test func regionalMonthlyCapIsA502() throws {
        let catalog = try F.catalog()
        let records = [F.inspection("I-1", region: "浮梁县", date: "2025-03-21"), F.inspection("I-2", region: "浮梁县", date: "2025-03-28")]
        #expect(F.codes(catalog, cases: [], inspections: records) == ["A502"])
        let elsewhere = [F.inspection("I-1", date: "2025-03-21"), F.inspection("I-2", date: "2025-03-28")]
        #expect(F.codes(catalog, cases: [], inspections: elsewhere) == [])
    }

    @Test func severalAgenciesWithinTheJointWindowIsA503() throws {
        let catalog = try F.catalog()
        let a = F.inspection("I-1", date: "2025-03-21")
        let b = F.inspection("I-2", agency: "测试省某市生态环境局", date: "2025-03-28")
        let report = F.report(catalog, cases: [], inspections: [a, b])
        #expect(report.findings.map(\.code) == [.jointInspectionMissed])
        #expect(report.findings.first?.evidence("other_inspection") == "I-1")
        let c = F.inspection("I-2", agency: "测试省某市生态环境局", date: "2025-03-29")
        #expect(F.codes(catalog, cases: [], inspections: [a, c]) == [])
        let joint = F.inspection("I-2", agency: "测试省某市生态环境局", date: "2025-03-28", joint: true)
        #expect(F.codes(catalog, cases: [], inspections: [a, joint]) == [])
    }

    @Test func unregisteredInspectionIsA504() throws {
        let catalog = try F.catalog()
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", date: "2025-03-22", registered: false)]) == ["A504"])
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", date: "2025-03-22", registered: nil)]) == [])
    }

    @Test func periodLimitsFindingsButNotCounts() throws {
        let catalog = try F.catalog()
        let records = [F.inspection("I-1", date: "2025-03-21"), F.inspection("I-2", date: "2025-06-21"), F.inspection("I-3", date: "2025-09-21")]
        let options = AuditOptions(from: F.date("2025-07-01"), to: F.date("2025-12-31"))
        #expect(F.codes(catalog, cases: [], inspections: records, options: options) == ["A502"])
        let before = AuditOptions(from: F.date("2025-01-01"), to: F.date("2025-06-30"))
        #expect(F.codes(catalog, cases: [], inspections: records, options: before) == [])
    }
}

/// Policies, quiet-day overrides and caps follow the region hierarchy (rules/regions/), like lists do in the engine.
@Suite struct RegionHierarchyAuditTests {
    typealias F = AuditFixtures

    @Test func theJiujiangQuietDayOverrideCoversItsDistrict() throws {
        let catalog = try F.catalog()
        // 浔阳区 lies in 九江市, whose window is 1–25: the 25th is a quiet day there (the default window ends on the 20th).
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-1", region: "浔阳区", date: "2025-03-25")]) == ["A501"])
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-2", region: "南昌市", date: "2025-03-25")]) == [])
    }

    @Test func aRegionalPolicyDoesNotGovernARecordOutsideItsRegion() throws {
        let catalog = try F.catalog()
        // 宁波市 is not in 测试省: its inspections are not subject to the province's quiet days.
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-3", region: "宁波市", date: "2025-03-05")]) == [])
        #expect(F.codes(catalog, cases: [], inspections: [F.inspection("I-4", region: "南昌市", date: "2025-03-05")]) == ["A501"])
    }
}
