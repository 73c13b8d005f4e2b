import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// Who carried out an inspection: the number of officers (A505) and forbidden performers (A506).
@Suite struct InspectionConductFindingTests {
    typealias F = AuditFixtures

    static func inspection(officers: [Officer], performedBy: String? = nil) -> InspectionRecord {
        var record = F.inspection("I-1", date: "2025-03-25")
        record.officers = officers
        record.performedBy = performedBy
        return record
    }

    @Test func anInspectionByOneOfficerIsA505() throws {
        let catalog = try F.catalog()
        let report = F.report(catalog, cases: [], inspections: [Self.inspection(officers: [Officer(name: "张三", certificate: "C-001")])])
        #expect(report.findings.map(\.code) == [.inspectionTooFewOfficers])
        #expect(report.findings.first?.basis == ["《中华人民共和国行政处罚法》第四十二条"])
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers)]) == [])
        // A record that names no officer does not say how many were there.
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: [])]) == [])
    }

    @Test func anInspectionByAThirdPartyIsA506() throws {
        let catalog = try F.catalog()
        let report = F.report(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers, performedBy: "third_party")])
        #expect(report.findings.map(\.code) == [.inspectionByForbiddenPerformer])
        #expect(report.findings.first?.evidence("policy") == "test-national")
        #expect(report.findings.first?.text.rendered(.zh) == "检查由第三方机构（检验检测机构、中介等）实施，而测试全国程序规则（测试程序法）禁止其实施检查")
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers, performedBy: "auxiliary")]) == ["A506"])
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers, performedBy: "agency")]) == [])
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers, performedBy: "entrusted")]) == [])
        #expect(F.codes(catalog, cases: [], inspections: [Self.inspection(officers: F.twoOfficers)]) == [])
    }
}
