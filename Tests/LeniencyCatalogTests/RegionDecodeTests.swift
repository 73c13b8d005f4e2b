import LeniencyCatalog
import LeniencyCore
import Testing

/// `kind: regions` and region references: every unknown name is R006 with a did-you-mean, parent cycles are R007.
@Suite("Decoding regions")
struct RegionDecodeTests {
    static let regions = """
        kind: regions
        regions:
          - {name: 全国}
          - {name: 江西省, code: "360000", parent: 全国}
          - {name: 南昌市, code: "360100", parent: 江西省}
          - {name: 长三角（沪苏浙皖）, members: [上海市]}
          - {name: 上海市, code: "310000", parent: 全国}
        """

    @Test func regionsDecodeWithCodesParentsAndGroups() {
        let result = CatalogLoader.load(texts: [("rules/regions.yaml", Self.regions)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.catalog.regions.count == 5)
        #expect(result.catalog.regionTable.covers("江西省", "360100") == true)
        #expect(result.catalog.regionTable.covers("长三角（沪苏浙皖）", "上海市") == true)
    }

    @Test func anUnknownRegionInAListIsR006WithDidYouMean() throws {
        let result = CatalogLoader.load(texts: [("rules/regions.yaml", Self.regions), ("rules/list.yaml", """
            kind: list
            id: l1
            list_kind: no-penalty
            title: 清单
            issuer: 某局
            document: 某〔2024〕1号
            effective: 2024-01-01
            region: 南昌
            items: []
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .unknownRegion })
        #expect(d.severity == .error)
        #expect(d.location.file == "rules/list.yaml")
        #expect(d.location.start.line == 8)
        #expect(d.message.contains("`南昌`"))
        #expect(d.hint.contains("南昌市"))
    }

    @Test func policyOverrideAndCapRegionsAreChecked() throws {
        let result = CatalogLoader.load(texts: [("rules/regions.yaml", Self.regions), ("rules/policy.yaml", """
            kind: policy
            id: p1
            title: 监督规则
            issuer: 某厅
            document: 某〔2024〕2号
            effective: 2024-01-01
            region: 江西省
            quiet_days:
              from_day: 1
              to_day: 20
              overrides:
                - {region: 九江, from_day: 1, to_day: 25}
            inspection_caps:
              - {period: month, max: 1, region: 浮梁县}
            """)])
        let unknown = result.diagnostics.filter { $0.code == .unknownRegion }
        #expect(unknown.map(\.location.start.line) == [12, 14])
    }

    @Test func aRegionWithoutCodeOrWithABadCodeIsReported() {
        let result = CatalogLoader.load(texts: [("rules/regions.yaml", """
            kind: regions
            regions:
              - {name: 全国}
              - {name: 江西省, parent: 全国}
              - {name: 南昌市, code: "3601", parent: 江西省}
              - {name: 某县, parent: 全国, placeholder: true}
            """)])
        #expect(result.diagnostics.map(\.code) == [.missingField, .invalidValue])
        #expect(result.diagnostics.map(\.location.start.line) == [4, 5])
    }

    @Test func parentsThatLoopAreR007NamingTheCycle() throws {
        let result = CatalogLoader.load(texts: [("rules/regions.yaml", """
            kind: regions
            regions:
              - {name: 甲市, code: "100100", parent: 乙市}
              - {name: 乙市, code: "100200", parent: 甲市}
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .referenceCycle })
        #expect(d.message.contains("甲市 → 乙市 → 甲市"))
        #expect(result.diagnostics.filter { $0.code == .referenceCycle }.count == 1)
    }
}
