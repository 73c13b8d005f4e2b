import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Behaviour pinned from the statutes during the legal review: 从旧兼从轻, limitation, unknown facts, first offence,
/// exclusions, precedence across lists and order independence.
@Suite("Legal review")
struct LawReviewTests {
    /// Closes every general-part item and tier of the fixtures.
    let closed: [String: Bool] = ["minor_violation": false, "harm_minor": false, "cooperative": false, "serious": false,
                                  "harm_life_health": false, "corrected": false, "no_harm": false]

    // MARK: 行政处罚法 Art. 37 (从旧兼从轻)

    @Test("Art. 37: at the same outcome the lower fine range is more lenient — a cheaper later standard applies, a dearer one does not")
    func sameOutcomeComparesFines() {
        let old = Fixture.standard(effective: "2021-01-01", expires: "2024-05-31")
        // Later standard: standard tier 10%–40% → ¥19,000–¥46,000, below the old ¥37,000–¥73,000.
        let cheaper = Fixture.standard(effective: "2024-06-01", split: [Ratio(1, 10), Ratio(3, 10), Ratio(6, 10)])
        let record = Fixture.record(act: "2024-03-01", decided: "2024-07-01", facts: closed, age: 30)
        let lenient = Fixture.decide(record, catalog: Fixture.catalog(standards: [old, cheaper]))
        #expect(lenient.outcome == .standard)
        #expect(lenient.fine?.min == Fixture.yuan(19_000))
        #expect(lenient.fine?.max == Fixture.yuan(46_000))
        #expect(lenient.fine?.standardEffective == Fixture.date("2024-06-01"))
        #expect(lenient.versionChoice?.contains("more lenient") == true)
        // Later standard: standard tier 50%–80% → ¥55,000–¥82,000: harsher, the act-date standard stays.
        let dearer = Fixture.standard(effective: "2024-06-01", split: [Ratio(5, 10), Ratio(3, 10), Ratio(2, 10)])
        let kept = Fixture.decide(record, catalog: Fixture.catalog(standards: [old, dearer]))
        #expect(kept.fine?.min == Fixture.yuan(37_000))
        #expect(kept.fine?.max == Fixture.yuan(73_000))
        #expect(kept.versionChoice?.contains("not more lenient") == true)
    }

    @Test("Art. 37: a list that did not exist at the act date applies when it is more lenient; `on:` sets the later date")
    func newListApplies() {
        let newList = Fixture.list("env-new", kind: .lighter, effective: "2024-06-01", items: [
            Fixture.item("env-new-1", violations: ["ENV-1"], conditions: ["corrected"]),
        ])
        var facts = closed
        facts["corrected"] = true
        let catalog = Fixture.catalog(lists: [Fixture.generalPart, newList])
        let decided = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-07-01", facts: facts, age: 30), catalog: catalog)
        #expect(decided.outcome == .lighter)
        #expect(decided.decidedBy?.itemID == "env-new-1")
        #expect(decided.fine?.max == Fixture.yuan(37_000))
        let before = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-05-01", facts: facts, age: 30), catalog: catalog)
        #expect(before.outcome == .standard)
        let overridden = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-05-01", facts: facts, age: 30), catalog: catalog,
                                        on: Fixture.date("2024-06-01"))
        #expect(overridden.outcome == .lighter)
    }

    @Test("Art. 37: at the same outcome 'shall not penalise' is more lenient than 'may not penalise'")
    func shallBeatsMayAcrossVersions() {
        let old = Fixture.list("env-np", effective: "2021-01-01", expires: "2024-05-31", items: [
            Fixture.item("env-np-old", violations: ["ENV-1"], conditions: ["harm_minor"], mandatory: false),
        ])
        let new = Fixture.list("env-np", effective: "2024-06-01", items: [
            Fixture.item("env-np-new", violations: ["ENV-1"], conditions: ["harm_minor"], mandatory: true),
        ])
        var facts = closed
        facts["harm_minor"] = true
        let decision = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-07-01", facts: facts, age: 30),
                                      catalog: Fixture.catalog(lists: [Fixture.generalPart, old, new]))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        #expect(decision.decidedBy?.itemID == "env-np-new")
    }

    // MARK: 行政处罚法 Art. 36

    @Test("Art. 36 with 民法典 Art. 202: an act on 2-29 — the period's last day is 2-28 two years later")
    func leapDay() {
        let facts = closed
        #expect(Fixture.decide(Fixture.record(act: "2024-02-29", discovered: "2026-02-28", facts: facts, age: 30)).timeBarred == false)
        #expect(Fixture.decide(Fixture.record(act: "2024-02-29", discovered: "2026-03-01", facts: facts, age: 30)).timeBarred == true)
    }

    @Test("Art. 36: in a tax case the 5-year period of 税收征收管理法 Art. 86 and the life/health extension both apply; the longest wins")
    func taxAndLifeHealth() {
        var facts = closed
        facts["harm_life_health"] = true
        let within = Fixture.decide(Fixture.record(violation: "TAX-1", act: "2019-03-01", discovered: "2024-03-01", facts: facts, age: 30))
        #expect(within.timeBarred == false)
        let barred = Fixture.decide(Fixture.record(violation: "TAX-1", act: "2019-03-01", discovered: "2024-03-02", facts: facts, age: 30))
        #expect(barred.timeBarred == true)
        #expect(barred.decidedBy?.itemID == "tax-86" || barred.decidedBy?.itemID == "apl-36-life-health")
    }

    @Test("Art. 36: without a discovery date and without filing or decision dates nothing bounds the discovery: not blocked, noted")
    func noBound() {
        let decision = Fixture.decide(Fixture.record(act: "2020-01-01", discovered: nil, facts: closed, age: 30))
        #expect(decision.timeBarred == nil)
        #expect(decision.outcome == .standard)
    }

    // MARK: Unknown is never false or zero

    @Test("an absent integer never compares as 0: `age < 14` with no age is unknown, so the item is undetermined")
    func absentIntegerIsUnknown() {
        let decision = Fixture.decide(Fixture.record(facts: closed, age: nil))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing.first == "age")
        #expect(decision.trace.first { $0.itemID == "apl-30-under-14" }?.status == .undetermined)
    }

    @Test("`not x` with x unknown is unknown, and an absent boolean is not false")
    func negationOfUnknown() {
        let list = Fixture.list("env-not", kind: .lighter, items: [
            Fixture.item("not-serious", violations: ["ENV-1"], conditions: ["not serious"]),
        ])
        var facts = closed
        facts["serious"] = nil
        let decision = Fixture.decide(Fixture.record(facts: facts, age: 30), catalog: Fixture.catalog(lists: [Fixture.generalPart, list]))
        let entry = decision.trace.first { $0.itemID == "not-serious" }
        #expect(entry?.status == .undetermined)
        #expect(entry?.conditions.first?.truth == .unknown)
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing.contains("serious"))
    }

    @Test("an absent money fact is unknown: `profit < 1000元` with no profit leaves the item undetermined")
    func absentMoneyIsUnknown() {
        let list = Fixture.list("env-money", kind: .lighter, items: [
            Fixture.item("small-profit", violations: ["ENV-1"], conditions: ["profit < 1000元"]),
        ])
        let catalog = Fixture.catalog(lists: [Fixture.generalPart, list])
        let open = Fixture.decide(Fixture.record(facts: closed, age: 30), catalog: catalog)
        #expect(open.trace.first { $0.itemID == "small-profit" }?.status == .undetermined)
        #expect(open.missing == ["profit"])
        let zero = Fixture.decide(Fixture.record(facts: closed, age: 30, extra: ["profit": .money(.zero)]), catalog: catalog)
        #expect(zero.outcome == .lighter)
    }

    // MARK: First offence

    @Test("first offence: a prior dated on the act date itself or after it does not count; the day before does")
    func sameDayPrior() {
        let index = EngineIndex(Fixture.catalog())
        let rule = FirstOffenceRule(window: .oneYear, sameKind: .violation)
        func value(_ day: String) -> Bool? {
            FirstOffence.evaluate(rule, record: Fixture.record(violation: "TAX-1", act: "2024-03-01", priors: [Fixture.prior("TAX-1", day)]),
                                  index: index).value
        }
        #expect(value("2024-03-01") == true)
        #expect(value("2024-03-02") == true)
        #expect(value("2024-02-29") == false)
    }

    @Test("first offence is derived from the history, not asked: with history given, `first_offence` is never missing")
    func historyDecides() {
        let facts = ["harm_minor": true, "corrected": true, "minor_violation": false, "irreparable_loss": false, "large_impact": false]
        let decision = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30, priors: [Fixture.prior("ENV-1", "2023-01-01")]))
        #expect(!decision.missing.contains(firstOffenceFactName))
        #expect(decision.outcome == .noPenalty)
        let unknownHistory = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30, priors: nil))
        #expect(unknownHistory.outcome == .undetermined)
        #expect(unknownHistory.missing.contains(firstOffenceFactName))
    }

    // MARK: Exclusions and precedence

    @Test("an exclusion that may hold keeps an item undetermined even when all its conditions hold; one that holds removes it")
    func unknownExclusion() {
        let facts = ["harm_minor": true, "corrected": true, "minor_violation": false, "large_impact": false]
        let open = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30))
        let entry = open.trace.first { $0.itemID == "cn-tax-2021-6-01" }
        #expect(entry?.status == .undetermined)
        #expect(entry?.conditions.allSatisfy { $0.truth == .yes } == true)
        // Art. 33 ¶1 (may) still applies: the outcome is decided, only "shall" waits for the exclusion.
        #expect(open.outcome == .noPenalty)
        #expect(open.mandatory == false)
        #expect(open.notes.contains { $0.contains("cn-tax-2021-6-01") && $0.contains("irreparable_loss") })
        let listOnly = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts, age: 30), catalog: Fixture.catalog(lists: [Fixture.taxList]))
        #expect(listOnly.outcome == .undetermined)
        #expect(listOnly.missing.first == "irreparable_loss")
        let excluded = Fixture.decide(Fixture.record(violation: "TAX-1", facts: facts.merging(["irreparable_loss": true]) { a, _ in a }, age: 30),
                                      catalog: Fixture.catalog(lists: [Fixture.taxList]))
        #expect(excluded.trace.first { $0.itemID == "cn-tax-2021-6-01" }?.status == .excluded)
        #expect(excluded.outcome == .standard)
    }

    @Test("different lists: no-penalty (shall) and lighter (shall) both apply — precedence decides, no conflict")
    func precedenceAcrossLists() {
        let noPenalty = Fixture.list("env-np", items: [Fixture.item("np", violations: ["ENV-1"], conditions: ["coerced"])])
        let lighter = Fixture.list("env-lt", kind: .lighter, items: [Fixture.item("lt", violations: ["ENV-1"], conditions: ["coerced"])])
        var facts = closed
        facts["coerced"] = true
        let decision = Fixture.decide(Fixture.record(facts: facts, age: 30), catalog: Fixture.catalog(lists: [Fixture.generalPart, lighter, noPenalty]))
        #expect(decision.conflict == nil)
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        #expect(decision.decidedBy?.itemID == "np")
    }

    @Test("at equal outcome and standing a list item naming the violation decides before the general part")
    func specificBeforeGeneral() {
        let list = Fixture.list("a-list", items: [Fixture.item("specific", violations: ["ENV-1"], conditions: ["minor_violation"])])
        var facts = closed
        facts["minor_violation"] = true
        facts["corrected"] = true
        facts["no_harm"] = true
        let decision = Fixture.decide(Fixture.record(facts: facts, age: 30), catalog: Fixture.catalog(lists: [Fixture.generalPart, list]))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        #expect(decision.decidedBy?.itemID == "specific")
    }

    @Test("the missing facts, in order, do not depend on the order of lists or of items")
    func missingOrderIndependent() {
        let a = Fixture.list("env-a", kind: .lighter, hitPolicy: .collect, items: [
            Fixture.item("a1", violations: ["ENV-1"], conditions: ["coerced"]),
            Fixture.item("a2", violations: ["ENV-1"], conditions: ["no_fault"]),
        ])
        let b = Fixture.list("env-b", kind: .lighter, items: [Fixture.item("b1", violations: ["ENV-1"], conditions: ["cooperative"])])
        var facts = closed
        facts["cooperative"] = nil
        let record = Fixture.record(facts: facts, age: 30)
        let forward = Fixture.decide(record, catalog: Fixture.catalog(lists: [Fixture.generalPart, a, b]))
        var reversedA = a
        reversedA.items.reverse()
        let backward = Fixture.decide(record, catalog: Fixture.catalog(lists: [b, reversedA, Fixture.generalPart]))
        #expect(forward.outcome == .undetermined)
        #expect(forward.missing == backward.missing)
        #expect(forward.trace.map(\.itemID) == backward.trace.map(\.itemID))
    }
}
