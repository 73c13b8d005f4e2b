import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Regions: the hierarchy as a mechanism, then the shipped lists and standards applying only inside their region.
@Suite("Region scope")
struct RegionScopeTests {
    static let here = SourceLocation.wholeFile("regions.yaml")
    static let table = RegionTable([
        Region(name: "全国", location: here),
        Region(name: "江西省", code: "360000", parent: "全国", location: here),
        Region(name: "南昌市", code: "360100", parent: "江西省", location: here),
        Region(name: "东湖区", code: "360102", parent: "南昌市", location: here),
        Region(name: "浙江省", code: "330000", parent: "全国", location: here),
        Region(name: "宁波市", code: "330200", parent: "浙江省", location: here),
        Region(name: "长三角", members: ["浙江省"], location: here),
    ])

    @Test("a province covers its cities and districts; a city does not cover its province; 全国 covers all")
    func hierarchy() {
        #expect(Self.table.covers("江西省", "南昌市") == true)
        #expect(Self.table.covers("江西省", "东湖区") == true)
        #expect(Self.table.covers("南昌市", "江西省") == false)
        #expect(Self.table.covers("宁波市", "南昌市") == false)
        #expect(Self.table.covers("全国", "东湖区") == true)
        #expect(Self.table.covers("长三角", "宁波市") == true)
        #expect(Self.table.covers("长三角", "南昌市") == false)
        #expect(Self.table.covers("江西省", "某地") == nil)
    }

    @Test("a case region may be a GB/T 2260 code")
    func codes() {
        #expect(Self.table.covers("江西省", "360102") == true)
        #expect(Self.table.resolve("330200")?.name == "宁波市")
    }

    @Test("the territorial condition: inside holds, outside fails, no region is unknown, nationwide has none")
    func condition() {
        #expect(RegionScope.condition(scope: "南昌市", caseRegion: "东湖区", table: Self.table)?.truth == .yes)
        #expect(RegionScope.condition(scope: "宁波市", caseRegion: "南昌市", table: Self.table)?.truth == .no)
        #expect(RegionScope.condition(scope: "宁波市", caseRegion: nil, table: Self.table)?.truth == .unknown)
        #expect(RegionScope.condition(scope: "宁波市", caseRegion: "某地", table: Self.table)?.truth == .unknown)
        #expect(RegionScope.condition(scope: "全国", caseRegion: nil, table: Self.table) == nil)
        #expect(RegionScope.condition(scope: nil, caseRegion: "南昌市", table: Self.table) == nil)
    }

    @Test("parent links that lead back form a cycle, named in order")
    func cycle() {
        let looped = RegionTable([Region(name: "甲", code: "100001", parent: "乙", location: Self.here),
                                  Region(name: "乙", code: "100002", parent: "甲", location: Self.here)])
        #expect(looped.cycle(through: 0) == ["甲", "乙", "甲"])
        #expect(Self.table.cycle(through: 3).isEmpty)
    }
}

/// The shipped lists and standards against cases from inside and outside their regions (rules/regions/).
@Suite("Shipped rules apply only inside their region")
struct ShippedRegionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog
    static let engine = Engine(catalog: catalog)

    /// 宁波市 不予行政强制 item 01: unlicensed, licence applied for, no serious danger.
    static func unlicensed(region: String?) -> CaseRecord {
        CaseRecord(id: "案-地域", agency: "某市场监督管理局", region: region, party: Party(name: "某公司", type: .enterprise),
                   violation: "MKT-DJ-43", dates: CaseDates(act: Fixture.date("2025-03-01"), discovered: CivilDate("2025-03-05")),
                   facts: ["licence_application_accepted": .boolean(true), "serious_danger_person_property": .boolean(false),
                           "licensed_category": .boolean(false), "duration_days": .duration(60), "harm_minor": .boolean(false),
                           "no_harm": .boolean(false), "corrected_in_time": .boolean(false), "minor_violation": .boolean(false),
                           "corrected_before_discovery": .boolean(false), "large_social_impact": .boolean(false),
                           "no_obvious_social_harm": .boolean(false), "tools_usable_lawfully": .boolean(false),
                           "materials_compliant_usable": .boolean(false), "evidence_fixable_by_copy": .boolean(false),
                           "supply_impact": .boolean(false), "circumstances_trivial": .boolean(false), "cooperated": .boolean(false)],
                   priorViolations: [], location: .wholeFile("region.yaml"))
    }

    @Test("the 宁波市 list does not decide a 南昌市 case: its item is not applicable, and the trace says where it applies")
    func outsideRegion() throws {
        let decision = Self.engine.decide(Self.unlicensed(region: "南昌市"))
        #expect(decision.coercion?.status == .notExcluded)
        let entry = try #require(decision.trace.first { $0.itemID == "ningbo-market-no-coercion-2023-01" })
        #expect(entry.status == .notApplicable)
        #expect(entry.region?.truth == .no)
        #expect(entry.notesZh.contains { $0.contains("仅适用于宁波市") && $0.contains("南昌市") })
        #expect(entry.notes.contains { $0.contains("applies only in 宁波市") })
    }

    @Test("inside 宁波市 — by name or by its GB/T 2260 code — the list applies")
    func insideRegion() {
        #expect(Self.engine.decide(Self.unlicensed(region: "宁波市")).coercion?.status == .noCoercion)
        #expect(Self.engine.decide(Self.unlicensed(region: "330200")).coercion?.status == .noCoercion)
    }

    @Test("without a case region the regional list is undetermined with `region` missing; the national general part still decides")
    func noRegion() {
        let decision = Self.engine.decide(Self.unlicensed(region: nil))
        #expect(decision.coercion?.status == .undetermined)
        #expect(decision.coercion?.missing == [regionFactName])
        #expect(decision.outcome == .standard)
    }

    @Test("the 长三角 group covers 南京市 (江苏省), not 南昌市")
    func groupCovers() {
        var facts = Self.unlicensed(region: nil).facts
        facts["no_obvious_social_harm"] = .boolean(true)
        facts["corrected_in_time"] = .boolean(true)
        facts["cooperated"] = .boolean(true)
        facts["property_to_be_confiscated"] = .boolean(false)
        var record = Self.unlicensed(region: "南京市")
        record.facts = facts
        #expect(Self.engine.decide(record).coercion?.item?.list.listID == "yrd-market-no-coercion-2024")
        record.region = "南昌市"
        #expect(Self.engine.decide(record).coercion?.status == .notExcluded)
    }

    @Test("a 广东省 discretion standard gives no fine range for a 南昌市 case, and says why")
    func standardOutsideRegion() throws {
        let standard = try #require(Self.catalog.standards.first { $0.info.region == "广东省" })
        let violation = try #require(standard.violations.first)
        let record = CaseRecord(id: "案-基准", agency: "某局", region: "南昌市", party: Party(name: "某公司", type: .enterprise),
                                violation: violation, dates: CaseDates(act: Fixture.date("2024-03-01"), discovered: CivilDate("2024-03-05")),
                                facts: [:], priorViolations: [], location: .wholeFile("std.yaml"))
        let decision = Self.engine.decide(record)
        #expect(decision.fine == nil || decision.fine?.standardID != standard.id)
        #expect(decision.notesZh.contains { $0.contains("裁量基准 \(standard.id)") && $0.contains("仅适用于广东省") })
    }
}
