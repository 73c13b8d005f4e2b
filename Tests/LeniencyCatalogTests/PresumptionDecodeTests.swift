import LeniencyCatalog
import LeniencyCore
import Testing

/// `presumed:` and `applies_to:` on facts: decoded by the fact's type, every mistake at its position.
@Suite("Decoding presumptions and applies_to")
struct PresumptionDecodeTests {
    @Test func presumptionIsDecodedByTheFactsType() throws {
        let result = CatalogLoader.load(texts: [("rules/facts.yaml", """
            kind: facts
            facts:
              - name: no_fault_proven
                type: boolean
                label: 当事人有证据足以证明没有主观过错
                presumed:
                  value: false
                  basis: ["《中华人民共和国行政处罚法》第三十三条第二款"]
                  label: 举证责任在当事人
                  label_en: the burden is on the party
              - name: mental_incapacity
                type: boolean
                label: 不能辨认或者不能控制自己行为
                applies_to: [individual]
            """)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let fact = try #require(result.catalog.fact(named: "no_fault_proven"))
        #expect(fact.presumption?.value == .boolean(false))
        #expect(fact.presumption?.basis.map(\.text) == ["《中华人民共和国行政处罚法》第三十三条第二款"])
        #expect(fact.presumption?.labelEn == "the burden is on the party")
        #expect(fact.appliesTo == nil)
        #expect(result.catalog.fact(named: "mental_incapacity")?.appliesTo == ["individual"])
    }

    @Test func presumedValueOfTheWrongTypeIsS003AtTheValue() throws {
        let result = CatalogLoader.load(texts: [("rules/facts.yaml", """
            kind: facts
            facts:
              - name: no_fault_proven
                type: boolean
                label: 无过错
                presumed: {value: no, basis: ["《中华人民共和国行政处罚法》第三十三条第二款"], label: 推定}
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .wrongType })
        #expect(d.location.start.line == 6)
        #expect(d.location.start.column == 23)   // `    presumed: {value: ` is 22 characters
        #expect(result.catalog.fact(named: "no_fault_proven")?.presumption == nil)
    }

    @Test func presumptionWithoutBasisIsS002() throws {
        let result = CatalogLoader.load(texts: [("rules/facts.yaml", """
            kind: facts
            facts:
              - name: no_fault_proven
                type: boolean
                label: 无过错
                presumed: {value: false, label: 推定}
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .missingField })
        #expect(d.message.contains("`basis`"))
        #expect(d.location.start.line == 6)
    }

    @Test func sourceBoundFactCannotBePresumed() throws {
        let result = CatalogLoader.load(texts: [("rules/facts.yaml", """
            kind: facts
            facts:
              - name: age
                type: integer
                label: 年龄
                source: party.age
                presumed: {value: 30, basis: ["《中华人民共和国民法典》第十八条第一款"], label: 成年}
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .invalidValue })
        #expect(d.message.contains("cannot be presumed"))
        #expect(d.location.start.line == 7)
    }

    @Test func unknownPartyTypeInAppliesToSuggestsTheNearest() throws {
        let result = CatalogLoader.load(texts: [("rules/facts.yaml", """
            kind: facts
            facts:
              - name: mental_incapacity
                type: boolean
                label: 不能辨认
                applies_to: [individul]
            """)])
        let d = try #require(result.diagnostics.first { $0.code == .invalidValue && $0.message.contains("individul") })
        #expect(d.hint.contains("individual"))
        #expect(d.location.start.line == 6)
    }
}
