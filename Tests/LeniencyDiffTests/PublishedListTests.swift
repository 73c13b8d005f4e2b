import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

/// The published form of a list: conditions in words from the vocabulary, treatment and discretion bands.
@Suite struct PublishedListTests {
    typealias F = DiffFixture

    static let lighter = """
    kind: list
    id: demo-lighter
    list_kind: lighter
    title: 测试从轻清单
    issuer: 某局
    document: 某发〔2024〕3号
    effective: 2024-01-01
    region: 某省
    implements: ["《中华人民共和国行政处罚法》第三十二条"]
    mandatory: false
    follow_up: {rectify_days: 15}
    items:
      - id: demo-lighter-1
        title: 轻微情形
        violation: V-1
        conditions:
          - duration_days between 1 and 10
          - area != sensitive
          - not corrected
        exclusions:
          - when: harm_minor == false
            label: 危害后果不轻微
    """

    @Test func conditionsAreWrittenInWordsFromTheVocabulary() throws {
        var files = F.base
        files["lighter.yaml"] = Self.lighter + "\n"
        files["regions.yaml"] = "kind: regions\nregions:\n  - {name: 全国, code: \"100000\"}\n  - {name: 某省, code: \"990000\", parent: 全国}\n"
        let catalog = F.catalog(files)
        let list = try #require(catalog.lists.first { $0.id == "demo-lighter" })
        let published = PublishedListBuilder.build(list, catalog: catalog, language: .zh)
        let row = try #require(published.rows.first)
        #expect(row.conditions == ["1. 违法行为持续时间（日）在1至10之间（含本数）", "2. 所在区域不为敏感区域", "3. 不属于“及时改正”的情形"])
        #expect(row.exceptions == ["有下列情形之一的，不适用本项：", "危害后果不轻微"], "a labelled exclusion shows its label")
        // 可以从轻; 15 days to correct; the lighter band of demo-std (bands 30/40/30 of 0–10000 yuan) is 0–3000.
        #expect(row.treatment == ["可以从轻行政处罚", "责令 15 日内改正", "从轻处罚：0元至3000元（某发〔2024〕2号）"])
        #expect(row.basis == ["违反：《某条例》第一条", "处罚依据：《某条例》第十条"])
        #expect(published.meta.contains("发布机关：某局") && published.meta.contains("适用地域：某省"))
        #expect(published.columns == ["序号", "违法行为", "法律依据", "适用条件", "处理方式/裁量基准"])

        let english = PublishedListBuilder.build(list, catalog: catalog, language: .en)
        #expect(english.columns.first == "No.")
    }

    @Test func firstOffenceShowsItsWindow() throws {
        let catalog = F.catalog(F.base)
        let list = try #require(catalog.lists.first { $0.id == "demo-list" })
        let row = try #require(PublishedListBuilder.build(list, catalog: catalog, language: .zh).rows.first)
        #expect(row.conditions.first == "1. 初次违法（近一年内，同一违法行为）")
        #expect(row.conditions.last == "2. 危害后果轻微")
        #expect(row.exceptions.last == "所在区域为敏感区域")
    }
}
