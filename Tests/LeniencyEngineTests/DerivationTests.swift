import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Derived facts as a mechanism: `harm_minor := false when loss` (scope tax) on a small catalog, three-valued.
@Suite("Derived facts")
struct DerivationTests {
    static let here = SourceLocation.wholeFile("derivations.yaml")

    static let catalog: Catalog = {
        let facts = [FactDefinition(name: "harm_minor", type: .boolean, label: "危害后果轻微", location: here),
                     FactDefinition(name: "loss", type: .boolean, label: "不可挽回的损失", location: here),
                     FactDefinition(name: "impact", type: .boolean, label: "较大社会影响", location: here)]
        let byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
        func condition(_ text: String) -> Condition {
            guard case .success(let expression) = ExpressionCompiler.compile(text, facts: byName, builtins: [:]) else { fatalError(text) }
            return Condition(source: text, expression: expression, label: nil, location: here)
        }
        let item = ListItem(id: "minor", title: "危害后果轻微", violations: [], conditions: [condition("harm_minor")], exclusions: [],
                            mandatory: true, outcome: nil, firstOffence: .default, followUp: FollowUp(), basis: [], location: here)
        let general = LeniencyList(id: "general", kind: .noPenalty, info: DocumentInfo(title: "总则", issuer: "某", document: ""),
                                   validity: Validity(effective: Fixture.date("2021-01-01")), implements: [], hitPolicy: .first,
                                   scope: .all, items: [item], location: here)
        let rule = Derivation(id: "not-minor", fact: "harm_minor", value: .boolean(false), condition: condition("loss or impact"),
                              sectors: ["tax"], label: "不能认定为危害后果轻微", location: here)
        let rules = DerivationRules(id: "tax-33", info: DocumentInfo(title: "33号", issuer: "税务总局", document: "公告2021年第33号"),
                                    validity: Validity(effective: Fixture.date("2022-01-01")), derivations: [rule], location: here)
        var catalog = Catalog(facts: facts, violations: [Violation(code: "TAX-1", title: "税", sector: "tax", location: here),
                                                        Violation(code: "MKT-1", title: "市场", sector: "market", location: here)],
                              lists: [general])
        catalog.derivations = [rules]
        return catalog
    }()

    static func decide(_ facts: [String: FactValue], violation: String = "TAX-1", act: String = "2025-01-01") -> Decision {
        let record = CaseRecord(id: "案-推导", agency: "某局", party: Party(name: "某公司", type: .enterprise), violation: violation,
                                dates: CaseDates(act: Fixture.date(act)), facts: facts, priorViolations: [], location: .wholeFile("c.yaml"))
        return Engine(catalog: catalog).decide(record)
    }

    @Test("condition true: the derived value replaces the recorded one, and the trace and `derived` say so")
    func fires() throws {
        let decision = Self.decide(["harm_minor": .boolean(true), "loss": .boolean(true)])
        #expect(decision.outcome == .standard)
        let derived = try #require(decision.derived.first)
        #expect(derived.fact == "harm_minor")
        #expect(derived.value == .boolean(false))
        #expect(derived.replaced == .boolean(true))
        let entry = try #require(decision.trace.first { $0.kind == .derivation })
        #expect(entry.status == .applied)
        let reading = decision.trace.first { $0.itemID == "minor" }?.conditions.first?.values.first
        #expect(reading?.origin == .derived("not-minor"))
        #expect(reading?.value == .boolean(false))
    }

    @Test("condition false: the derivation does not fire; the recorded value stays")
    func doesNotFire() {
        let decision = Self.decide(["harm_minor": .boolean(true), "loss": .boolean(false), "impact": .boolean(false)])
        #expect(decision.outcome == .noPenalty)
        #expect(decision.derived.isEmpty)
    }

    @Test("condition false and the case silent: the fact stays unknown — a derivation that does not fire never says no")
    func silentStaysUnknown() {
        let decision = Self.decide(["loss": .boolean(false), "impact": .boolean(false)])
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing == ["harm_minor"])
    }

    @Test("condition unknown and the case silent: the fact and the condition's unknown inputs decide")
    func unknownConditionAsksForInputs() {
        let decision = Self.decide([:])
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing == ["harm_minor", "loss", "impact"])
    }

    @Test("condition unknown but the case records the fact: the recorded assessment stands")
    func unknownConditionKeepsRecordedValue() {
        let decision = Self.decide(["harm_minor": .boolean(true)])
        #expect(decision.outcome == .noPenalty)
    }

    @Test("scope: a market case is not touched by a tax derivation; validity: an act decided before 2022 neither")
    func scopeAndValidity() {
        #expect(Self.decide(["harm_minor": .boolean(true), "loss": .boolean(true)], violation: "MKT-1").outcome == .noPenalty)
        #expect(Self.decide(["harm_minor": .boolean(true), "loss": .boolean(true)], act: "2021-06-01").outcome == .noPenalty)
    }

    @Test("dependency order: a derivation reading a derived fact runs after the one defining it")
    func order() {
        let here = Self.here
        let facts = ["a", "b", "c"].map { FactDefinition(name: $0, type: .boolean, label: $0, location: here) }
        let byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
        func derivation(_ id: String, _ fact: String, _ when: String) -> Derivation {
            guard case .success(let e) = ExpressionCompiler.compile(when, facts: byName, builtins: [:]) else { fatalError(when) }
            return Derivation(id: id, fact: fact, value: .boolean(true), condition: Condition(source: when, expression: e, label: nil, location: here),
                              location: here)
        }
        let rules = DerivationRules(id: "d", info: DocumentInfo(title: "", issuer: "", document: ""), validity: Validity(effective: Fixture.date("2000-01-01")),
                                    derivations: [derivation("c-from-b", "c", "b"), derivation("b-from-a", "b", "a")], location: here)
        #expect(EngineIndex.dependencyOrder([rules]).map(\.derivation.id) == ["b-from-a", "c-from-b"])
    }
}
