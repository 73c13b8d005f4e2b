import LeniencyCatalog
import LeniencyCore
import Testing

/// `kind: derivations`: type-checked values and conditions, scope references, cycles.
@Suite("Decoding derivations")
struct DerivationDecodeTests {
    static let facts = """
        kind: facts
        facts:
          - {name: harm_minor, type: boolean, label: 危害后果轻微}
          - {name: no_harm, type: boolean, label: 没有造成危害后果}
          - {name: loss, type: money, label: 损失}
          - {name: age, type: integer, label: 年龄, source: party.age}
        """

    static func load(_ derivations: String) -> CatalogLoadResult {
        CatalogLoader.load(texts: [("rules/facts.yaml", facts), ("rules/derived.yaml", """
            kind: derivations
            id: d
            title: 推导
            issuer: 某
            document: 某〔2024〕1号
            effective: 2024-01-01
            derivations:
            \(derivations)
            """)])
    }

    @Test func aDerivationDecodes() throws {
        let result = Self.load("""
              - {id: big-loss, fact: harm_minor, value: false, when: loss > 1万元, sectors: [tax]}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let derivation = try #require(result.catalog.derivations.first?.derivations.first)
        #expect(derivation.value == .boolean(false))
        #expect(derivation.sectors == ["tax"])
    }

    @Test func theValueIsCheckedAgainstTheFactsType() throws {
        let result = Self.load("""
              - {id: bad, fact: harm_minor, value: 5, when: no_harm}
            """)
        let d = try #require(result.diagnostics.first)
        #expect(d.code == .wrongType)
        #expect(d.location.start.line == 8)
    }

    @Test func theConditionIsTypeChecked() throws {
        let result = Self.load("""
              - {id: bad, fact: harm_minor, value: false, when: loss == true}
            """)
        #expect(result.diagnostics.contains { $0.code == .typeMismatch })
    }

    @Test func anUndeclaredOrSourceBoundFactIsRejected() {
        let unknown = Self.load("""
              - {id: u, fact: harm_minr, value: false, when: no_harm}
            """)
        #expect(unknown.diagnostics.first?.code == .unknownFact)
        #expect(unknown.diagnostics.first?.hint.contains("harm_minor") == true)
        let bound = Self.load("""
              - {id: s, fact: age, value: 18, when: no_harm}
            """)
        #expect(bound.diagnostics.first?.code == .invalidValue)
    }

    @Test func derivedFactsThatDependOnEachOtherAreR007NamingTheCycle() throws {
        let result = Self.load("""
              - {id: a, fact: harm_minor, value: true, when: no_harm}
              - {id: b, fact: no_harm, value: true, when: harm_minor}
            """)
        let cycles = result.diagnostics.filter { $0.code == .referenceCycle }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.contains("harm_minor → no_harm → harm_minor") == true)
    }
}
