import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Legal presumptions (`presumed:`) and party-scoped facts (`applies_to:`), first as mechanisms on a small catalog,
/// then on the shipped general part with expectations from 行政处罚法 Art. 30–33.
@Suite("Presumptions and facts that concern only natural persons")
struct PresumptionTests {
    static let here = SourceLocation.wholeFile("presumptions.yaml")

    static let catalog: Catalog = {
        let basis = [Citation("《中华人民共和国行政处罚法》第三十三条第二款", at: here)]
        var noFault = FactDefinition(name: "no_fault", type: .boolean, label: "无过错", location: here)
        noFault.presumption = Presumption(value: .boolean(false), basis: basis, label: "推定有过错", labelEn: "fault presumed", location: here)
        var incapable = FactDefinition(name: "incapable", type: .boolean, label: "不能辨认", location: here)
        incapable.appliesTo = ["individual"]
        incapable.presumption = Presumption(value: .boolean(false), basis: basis, label: "推定有能力", location: here)
        var age = FactDefinition(name: "age", type: .integer, label: "年龄", source: .partyAge, location: here)
        age.appliesTo = ["individual"]
        let harm = FactDefinition(name: "harm_minor", type: .boolean, label: "危害后果轻微", location: here)
        let facts = [noFault, incapable, age, harm]
        let byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
        func condition(_ text: String) -> Condition {
            guard case .success(let expression) = ExpressionCompiler.compile(text, facts: byName, builtins: [:]) else {
                fatalError("bad fixture expression \(text)")
            }
            return Condition(source: text, expression: expression, label: nil, location: here)
        }
        func item(_ id: String, _ conditions: [String], mandatory: Bool = true, outcome: Outcome? = nil) -> ListItem {
            ListItem(id: id, title: id, violations: [], conditions: conditions.map(condition), exclusions: [], mandatory: mandatory,
                     outcome: outcome, firstOffence: .default, followUp: FollowUp(), basis: [], location: here)
        }
        let general = LeniencyList(id: "general", kind: .noPenalty, info: DocumentInfo(title: "总则", issuer: "全国人大常委会", document: ""),
                                   validity: Validity(effective: Fixture.date("2021-01-01")), implements: basis, hitPolicy: .first,
                                   scope: .all, items: [item("no-fault", ["no_fault"]), item("incapable", ["incapable"]),
                                                        item("under-14", ["age < 14"]),
                                                        item("minor-harm", ["harm_minor"], mandatory: false)],
                                   location: here)
        return Catalog(facts: facts, violations: [Violation(code: "V-1", title: "违法行为", location: here)], lists: [general])
    }()

    static func record(_ type: PartyType, age: Int? = nil, facts: [String: FactValue] = [:]) -> CaseRecord {
        CaseRecord(id: "案-推定", agency: "某局", party: Party(name: "当事人", type: type, age: age), violation: "V-1",
                   dates: CaseDates(act: Fixture.date("2024-05-01")), facts: facts, priorViolations: [], location: .wholeFile("case.yaml"))
    }

    @Test("a case silent on a presumed fact reads the presumed value, marked presumed, and never lists it as missing")
    func presumedWhenSilent() {
        let decision = Engine(catalog: Self.catalog).decide(Self.record(.enterprise, facts: ["harm_minor": .boolean(false)]))
        #expect(decision.outcome == .standard)
        #expect(decision.missing.isEmpty)
        #expect(decision.presumed.map(\.fact) == ["no_fault"])
        #expect(decision.presumed.first?.basis == ["《中华人民共和国行政处罚法》第三十三条第二款"])
        let reading = decision.trace.first { $0.itemID == "no-fault" }?.conditions.first?.values.first
        #expect(reading?.value == .boolean(false))
        #expect(reading?.origin == .presumed)
    }

    @Test("a value the case records, even false, wins over the presumption and is not marked")
    func recordedValueWins() {
        let decision = Engine(catalog: Self.catalog).decide(Self.record(.enterprise, facts: ["no_fault": .boolean(true)]))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.decidedBy?.itemID == "no-fault")
        #expect(!decision.presumed.contains { $0.fact == "no_fault" })
    }

    @Test("--no-presumptions: the presumed fact is unknown again and decides")
    func strictWithoutPresumptions() {
        let strict = Engine(catalog: Self.catalog, options: EngineOptions(presumptions: false))
        let decision = strict.decide(Self.record(.enterprise, facts: ["harm_minor": .boolean(false)]))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing == ["no_fault"])
        #expect(decision.presumed.isEmpty)
    }

    @Test("applies_to: for an enterprise a person-only boolean reads false (not applicable), an integer is never missing")
    func notApplicableToEnterprise() {
        let strict = Engine(catalog: Self.catalog, options: EngineOptions(presumptions: false))
        let decision = strict.decide(Self.record(.enterprise, facts: ["harm_minor": .boolean(false), "no_fault": .boolean(false)]))
        #expect(decision.outcome == .standard)
        #expect(!decision.missing.contains("age"))
        #expect(!decision.missing.contains("incapable"))
        let reading = decision.trace.first { $0.itemID == "incapable" }?.conditions.first?.values.first
        #expect(reading?.origin == .notApplicable)
        #expect(reading?.value == .boolean(false))
        // Not applicable is not a presumption: nothing is listed as presumed.
        #expect(decision.presumed.isEmpty)
    }

    @Test("for a person the capacity presumption applies, and the age decides when no birth date is given")
    func individualNeedsAge() {
        let engine = Engine(catalog: Self.catalog)
        let unknownAge = engine.decide(Self.record(.individual, facts: ["harm_minor": .boolean(false)]))
        #expect(unknownAge.outcome == .undetermined)
        #expect(unknownAge.missing == ["age"])
        #expect(unknownAge.presumed.map(\.fact).sorted() == ["incapable", "no_fault"])
        let adult = engine.decide(Self.record(.individual, age: 30, facts: ["harm_minor": .boolean(false)]))
        #expect(adult.outcome == .standard)
    }
}

/// The shipped presumptions (rules/facts.yaml) on ordinary cases, expectations from the statute.
@Suite("Shipped presumptions on ordinary cases")
struct ShippedPresumptionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog

    static func record(party: Party, violation: String, act: String, discovered: String, facts: [String: FactValue]) -> CaseRecord {
        CaseRecord(id: "案-普通", agency: "某局", party: party, violation: violation,
                   dates: CaseDates(act: Fixture.date(act), discovered: CivilDate(discovered)), facts: facts, priorViolations: [],
                   location: .wholeFile("ordinary.yaml"))
    }

    @Test("the shipped vocabulary presumes capacity, Art. 32 grounds, no proof of no fault and no five-year harm — and nothing a list tests")
    func whichFactsArePresumed() {
        let presumed = Set(Self.catalog.facts.filter { $0.presumption != nil }.map(\.name))
        #expect(presumed == ["mental_incapacity", "mental_capacity_reduced", "no_fault_proven", "eliminated_harm", "coerced_or_induced",
                             "confessed_unknown_violation", "meritorious_service", "other_statutory_mitigation",
                             "harm_life_health", "harm_financial_security"])
        // Facts that list conditions test keep no presumption.
        for name in ["harm_minor", "no_harm", "minor_violation", "corrected_in_time", "corrected_before_discovery",
                     "corrected_within_deadline", "irreparable_tax_loss", "large_social_impact"] {
            #expect(Self.catalog.fact(named: name)?.presumption == nil, "\(name) must not be presumed")
        }
        for fact in Self.catalog.facts {
            if let presumption = fact.presumption { #expect(!presumption.basis.isEmpty, "\(fact.name) needs a basis") }
        }
    }

    @Test("an adult person's ordinary road case: capacity presumed, Art. 32 grounds presumed absent, the standard tier decides")
    func adultPersonDecided() {
        let party = Party(name: "张某", type: .individual, birthDate: CivilDate("1980-01-01"))
        // 公路安全保护条例 Art. 69 (5000元以下), the list item's load condition fails, no Art. 33 ground holds.
        let facts: [String: FactValue] = ["load_regulated": .boolean(false), "harm_minor": .boolean(false), "no_harm": .boolean(false),
                                          "corrected_in_time": .boolean(false), "minor_violation": .boolean(false),
                                          "corrected_before_discovery": .boolean(false), "large_social_impact": .boolean(false)]
        let decision = Engine(catalog: Self.catalog).decide(Self.record(party: party, violation: "TRN-GL-69", act: "2024-03-01",
                                                                        discovered: "2024-03-05", facts: facts))
        #expect(decision.outcome != .undetermined)
        #expect(decision.missing.isEmpty)
        let presumed = Set(decision.presumed.map(\.fact))
        #expect(presumed.isSuperset(of: ["mental_incapacity", "mental_capacity_reduced", "no_fault_proven", "eliminated_harm"]))
    }

    @Test("a person born 2010-03-02 is 13 on 2024-03-01 (周岁): no penalty under Art. 30 even with every presumption")
    func minorStillDecidedByAge() {
        let party = Party(name: "李某", type: .individual, birthDate: CivilDate("2010-03-02"))
        let decision = Engine(catalog: Self.catalog).decide(Self.record(party: party, violation: "TRN-GL-69", act: "2024-03-01",
                                                                        discovered: "2024-03-05", facts: [:]))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.decidedBy?.itemID == "apl-30-under-14")
        #expect(decision.mandatory)
    }
}
