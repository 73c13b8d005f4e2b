import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

@Suite("Outcomes and precedence")
struct OutcomeTests {
    /// Facts that close every general-part item except the age items.
    let closed: [String: Bool] = ["minor_violation": false, "harm_minor": false, "cooperative": false, "serious": false,
                                  "harm_life_health": false]

    @Test("age 13 → no penalty (shall); 14 and 17 → lighter (shall, may mitigate); 18 → standard", arguments: [
        (13, DecisionOutcome.noPenalty), (14, .lighter), (17, .lighter), (18, .standard),
    ])
    func age(_ age: Int, _ expected: DecisionOutcome) {
        let decision = Fixture.decide(Fixture.record(facts: closed, age: age))
        #expect(decision.outcome == expected)
        if expected == .lighter {
            #expect(decision.mandatory)
            #expect(decision.alsoAllows == [.mitigated])
            #expect(decision.fine?.max == Fixture.yuan(37_000))
        }
    }

    @Test("周岁 counts from the day after the birthday (法释〔2006〕1号 Art. 2)")
    func birthdayConvention() {
        // Born 2010-03-01: on 2024-03-01 (the 14th birthday) not yet 已满十四周岁; on 2024-03-02 fourteen.
        let onBirthday = Fixture.decide(Fixture.record(act: "2024-03-01", facts: closed, birthDate: "2010-03-01"))
        #expect(onBirthday.outcome == .noPenalty)
        #expect(onBirthday.factsUsed["age"] == .integer(13))
        let dayAfter = Fixture.decide(Fixture.record(act: "2024-03-02", discovered: "2024-04-01", facts: closed, birthDate: "2010-03-01"))
        #expect(dayAfter.outcome == .lighter)
        #expect(dayAfter.factsUsed["age"] == .integer(14))
    }

    @Test("shall and may stay distinct: 首违可以不罚 is discretionary, 轻微不罚 mandatory")
    func mandatoryVersusDiscretionary() {
        var facts = closed
        facts["harm_minor"] = true
        facts["corrected"] = true
        facts["no_harm"] = false
        let may = Fixture.decide(Fixture.record(facts: facts, age: 30))
        #expect(may.outcome == .noPenalty)
        #expect(may.mandatory == false)
        #expect(may.decidedBy?.itemID == "apl-33-1-first")
        #expect(may.fine == nil)
        facts["minor_violation"] = true
        facts["no_harm"] = true
        let shall = Fixture.decide(Fixture.record(facts: facts, age: 30))
        #expect(shall.outcome == .noPenalty)
        #expect(shall.mandatory)
        #expect(shall.decidedBy?.itemID == "apl-33-1-minor")
        #expect(shall.followUp.education)
    }

    @Test("a prior violation removes 首违不罚")
    func priorViolation() {
        let facts = ["harm_minor": true, "corrected": true, "irreparable_loss": false, "large_impact": false, "minor_violation": false]
        let first = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30, priors: []))
        #expect(first.outcome == .noPenalty)
        #expect(first.mandatory)
        #expect(first.decidedBy?.list.document == "国家税务总局公告2021年第6号")
        #expect(first.followUp.commitment)
        let again = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30, priors: [Fixture.prior("TAX-1", "2023-01-01")]))
        #expect(again.outcome == .standard)
        let entry = again.trace.first { $0.itemID == "cn-tax-2021-6-01" }
        #expect(entry?.status == .notApplicable)
        #expect(entry?.failedCondition?.values.first?.value == .boolean(false))
    }

    @Test("an exclusion overrides the item")
    func exclusionOverrides() {
        let facts = ["harm_minor": true, "corrected": true, "irreparable_loss": true, "minor_violation": false]
        let decision = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30, priors: [Fixture.prior("TAX-1", "2023-01-01")]))
        #expect(decision.trace.first { $0.itemID == "cn-tax-2021-6-01" }?.status == .excluded)
        #expect(decision.outcome == .standard)
    }

    @Test("two applicable items of a collect list with different outcomes are a reported conflict")
    func collectConflict() {
        let list = Fixture.list("env-collect", hitPolicy: .collect, items: [
            Fixture.item("a", violations: ["ENV-1"], conditions: ["harm_minor"]),
            Fixture.item("b", violations: ["ENV-1"], conditions: ["corrected"], mandatory: false, outcome: .lighter),
        ])
        let decision = Fixture.decide(Fixture.record(facts: closed.merging(["harm_minor": true, "corrected": true]) { _, b in b }, age: 30),
                                      catalog: Fixture.catalog(lists: [Fixture.generalPart, list]))
        #expect(decision.outcome == .undetermined)
        #expect(decision.conflict?.items.map(\.itemID).sorted() == ["a", "b"])
    }

    @Test("hit policy unique with two items applying is a conflict; first takes the first")
    func uniqueAndFirst() {
        let items = [
            Fixture.item("a", violations: ["ENV-1"], conditions: ["coerced"], mandatory: false, outcome: .lighter),
            Fixture.item("b", violations: ["ENV-1"], conditions: ["no_fault"], outcome: .lighter),
        ]
        let facts = closed.merging(["coerced": true, "no_fault": true]) { _, b in b }
        let unique = Fixture.decide(Fixture.record(facts: facts, age: 30),
                                    catalog: Fixture.catalog(lists: [Fixture.generalPart, Fixture.list("u", kind: .lighter, items: items)]))
        #expect(unique.conflict != nil)
        let first = Fixture.decide(Fixture.record(facts: facts, age: 30),
                                   catalog: Fixture.catalog(lists: [Fixture.generalPart, Fixture.list("f", kind: .lighter, hitPolicy: .first, items: items)]))
        #expect(first.conflict == nil)
        #expect(first.outcome == .lighter)
        #expect(first.decidedBy?.itemID == "a")
        #expect(first.mandatory == false)
    }

    @Test("undetermined: missing facts ordered by the best outcome they unlock, then by how many items need them")
    func undeterminedOrder() {
        let lighter = Fixture.list("env-lighter", kind: .lighter, items: [
            Fixture.item("l1", violations: ["ENV-1"], conditions: ["coerced"]),
        ])
        let decision = Fixture.decide(Fixture.record(facts: ["cooperative": false, "serious": false, "harm_life_health": false], age: 30),
                                      catalog: Fixture.catalog(lists: [Fixture.generalPart, lighter]))
        #expect(decision.outcome == .undetermined)
        #expect(decision.mandatory == false)
        #expect(decision.fine == nil)
        // Shall-not-penalise facts first (corrected is needed by both Art. 33 items), then the may item's, then the lighter item's.
        #expect(decision.missing == ["corrected", "minor_violation", "no_harm", "harm_minor", "coerced"])
        #expect(decision.notes.contains { $0.contains("general part may still apply") })
    }

    @Test("no-coercion lists decide coercion, not the penalty")
    func coercion() {
        let list = Fixture.list("env-nc", kind: .noCoercion, items: [
            Fixture.item("nc1", violations: ["ENV-1"], conditions: ["no_harm"]),
        ])
        let decision = Fixture.decide(Fixture.record(facts: closed.merging(["no_harm": true]) { _, b in b }, age: 30),
                                      catalog: Fixture.catalog(lists: [Fixture.generalPart, list]))
        #expect(decision.outcome == .standard)
        #expect(decision.coercion?.status == .noCoercion)
        #expect(decision.coercion?.item?.itemID == "nc1")
        let open = Fixture.decide(Fixture.record(facts: closed, age: 30), catalog: Fixture.catalog(lists: [Fixture.generalPart, list]))
        #expect(open.coercion?.status == .undetermined)
        #expect(open.coercion?.missing == ["no_harm"])
        #expect(open.outcome == .standard)
    }

    @Test("the standard's tier conditions choose the tier; an open heavier tier does not block")
    func tiers() {
        var facts = closed
        facts["serious"] = true
        let heavier = Fixture.decide(Fixture.record(facts: facts, age: 30))
        #expect(heavier.outcome == .heavier)
        #expect(heavier.fine?.min == Fixture.yuan(73_000))
        facts["serious"] = nil
        let open = Fixture.decide(Fixture.record(facts: facts, age: 30))
        #expect(open.outcome == .standard)
        facts["cooperative"] = nil
        let lighterOpen = Fixture.decide(Fixture.record(facts: facts, age: 30))
        #expect(lighterOpen.outcome == .undetermined)
        #expect(lighterOpen.missing == ["cooperative"])
    }

    @Test("every candidate is explained with its citations and unverified flag")
    func trace() {
        let decision = Fixture.decide(Fixture.record(violation: "TAX-1", facts: closed, age: 30))
        let entry = decision.trace.first { $0.itemID == "cn-tax-2021-6-01" }
        #expect(entry?.citations.contains("国家税务总局公告2021年第6号") == true)
        #expect(entry?.citations.contains("《中华人民共和国税收征收管理法》第六十条第一款第四项") == true)
        #expect(entry?.status == .notApplicable)
        #expect(entry?.failedCondition?.source == "harm_minor")
        #expect(decision.trace.contains { $0.itemID == "apl-30-under-14" && $0.status == .notApplicable })
    }
}
