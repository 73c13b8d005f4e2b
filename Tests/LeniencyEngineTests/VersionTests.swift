import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

@Suite("Versions in time (从旧兼从轻, 行政处罚法 Art. 37)")
struct VersionTests {
    let facts: [String: Bool] = ["minor_violation": false, "harm_minor": true, "corrected": true, "cooperative": false,
                                 "serious": false, "harm_life_health": false]

    var catalog: Catalog {
        let old = Fixture.list("env-list", kind: .lighter, effective: "2021-01-01", expires: "2024-05-31", items: [
            Fixture.item("env-old-1", violations: ["ENV-1"], conditions: ["corrected"]),
        ])
        let new = Fixture.list("env-list", effective: "2024-06-01", items: [
            Fixture.item("env-new-1", violations: ["ENV-1"], conditions: ["corrected", "harm_minor"]),
        ])
        let general = Fixture.list("apl-general", scope: .all, items: [Fixture.item("apl-30-under-14", conditions: ["age < 14"])])
        return Fixture.catalog(lists: [general, old, new])
    }

    @Test("the later version applies when it is more lenient, and the decision says so")
    func laterMoreLenient() {
        let decision = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-07-01", facts: facts, age: 30), catalog: catalog)
        #expect(decision.outcome == .noPenalty)
        #expect(decision.decidedBy?.itemID == "env-new-1")
        #expect(decision.versionChoice?.contains("more lenient") == true)
        #expect(decision.versionChoiceZh?.contains("从旧兼从轻") == true)
    }

    @Test("the act-date version applies when the later one is harsher")
    func actVersionKept() {
        var harsher = facts
        harsher["harm_minor"] = false
        let decision = Fixture.decide(Fixture.record(act: "2024-03-01", decided: "2024-07-01", facts: harsher, age: 30), catalog: catalog)
        #expect(decision.outcome == .lighter)
        #expect(decision.decidedBy?.itemID == "env-old-1")
        #expect(decision.versionChoice?.contains("not more lenient") == true)
        let entry = decision.trace.first { $0.itemID == "env-new-1" }
        #expect(entry?.status == .notInForce)
    }

    @Test("`on:` overrides the decision date; without a later date only the act-date versions count")
    func onDate() {
        let onlyAct = Fixture.decide(Fixture.record(act: "2024-03-01", facts: facts, age: 30), catalog: catalog)
        #expect(onlyAct.outcome == .lighter)
        #expect(onlyAct.versionChoice == nil)
        let withOn = Fixture.decide(Fixture.record(act: "2024-03-01", facts: facts, age: 30), catalog: catalog, on: Fixture.date("2024-06-01"))
        #expect(withOn.outcome == .noPenalty)
    }
}
