import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

@Suite("Limitation (行政处罚法 Art. 36)")
struct LimitationTests {
    let known: [String: Bool] = ["minor_violation": false, "harm_minor": false, "cooperative": false, "serious": false]

    @Test("discovered on the same calendar day two years later is within; a day later is time-barred")
    func twoYearBoundary() throws {
        let within = Fixture.decide(Fixture.record(act: "2022-03-01", discovered: "2024-03-01", facts: known.merging(["harm_life_health": false]) { a, _ in a }, age: 30))
        #expect(within.timeBarred == false)
        #expect(within.outcome == .standard)
        let barred = Fixture.decide(Fixture.record(act: "2022-03-01", discovered: "2024-03-02", facts: known.merging(["harm_life_health": false]) { a, _ in a }, age: 30))
        #expect(barred.timeBarred == true)
        #expect(barred.outcome == .noPenalty)
        #expect(barred.mandatory)
        #expect(barred.fine == nil)
        #expect(barred.decidedBy?.itemID == "apl-36-general")
        #expect(barred.basis == ["《中华人民共和国行政处罚法》第三十六条第一款"])
    }

    @Test("harm to life and health extends the period to five years")
    func fiveYearExtension() {
        var facts = known
        facts["harm_life_health"] = true
        let record = Fixture.record(act: "2020-08-01", discovered: "2024-03-01", facts: facts, age: 30)
        let decision = Fixture.decide(record)
        #expect(decision.timeBarred == false)
        #expect(decision.outcome == .standard)
        facts["harm_life_health"] = false
        #expect(Fixture.decide(Fixture.record(act: "2020-08-01", discovered: "2024-03-01", facts: facts, age: 30)).timeBarred == true)
    }

    @Test("an unknown extension that matters leaves the outcome undetermined with that fact missing")
    func unknownExtension() {
        let decision = Fixture.decide(Fixture.record(act: "2020-08-01", discovered: "2024-03-01", facts: known, age: 30))
        #expect(decision.timeBarred == nil)
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing.first == "harm_life_health")
    }

    @Test("tax sector: five years replace the general two (税收征收管理法 Art. 86)")
    func taxSector() {
        let facts = ["harm_minor": false, "minor_violation": false, "harm_life_health": false]
        let decision = Fixture.decide(Fixture.record(violation: "TAX-1", act: "2020-03-01", discovered: "2024-03-01", facts: facts, age: 30))
        #expect(decision.timeBarred == false)
        let limitationTrace = decision.trace.filter { $0.kind == .limitation }
        #expect(limitationTrace.first { $0.itemID == "apl-36-general" }?.status == .superseded)
        let late = Fixture.decide(Fixture.record(violation: "TAX-1", act: "2019-03-01", discovered: "2024-03-02", facts: facts, age: 30))
        #expect(late.timeBarred == true)
        #expect(late.basis == ["《中华人民共和国税收征收管理法》第八十六条"])
    }

    @Test("a continuing act counts from its end")
    func continuingAct() {
        var facts = known
        facts["harm_life_health"] = false
        let decision = Fixture.decide(Fixture.record(act: "2021-09-01", actEnd: "2022-06-01", discovered: "2024-05-01", facts: facts, age: 30))
        #expect(decision.timeBarred == false)
        let withoutEnd = Fixture.decide(Fixture.record(act: "2021-09-01", discovered: "2024-05-01", facts: facts, age: 30))
        #expect(withoutEnd.timeBarred == true)
    }

    @Test("a continuing act whose end is unknown has not started its period: not time-barred, and the decision says why")
    func continuingActEndUnknown() {
        var facts = known
        facts["harm_life_health"] = false
        var record = Fixture.record(act: "2021-09-01", discovered: "2024-05-01", facts: facts, age: 30)
        record.dates.continuing = true
        let decision = Fixture.decide(record)
        // Counted from the start (2021-09-01 + 2 years) it would be barred; Art. 36 ¶2 counts from the end, not yet known.
        #expect(decision.timeBarred == false)
        #expect(decision.outcome != .noPenalty)
        #expect(decision.notes.contains { $0.contains("has not started") })
        // An end on record is counted from: 2022-06-01 + 2 years = 2024-06-01 ≥ 2024-05-01.
        record.dates.actEnd = Fixture.date("2022-06-01")
        #expect(Fixture.decide(record).timeBarred == false)
        record.dates.actEnd = Fixture.date("2022-04-30")
        #expect(Fixture.decide(record).timeBarred == true)
    }

    @Test("a missing discovery date leaves limitation undecided without blocking, and says so")
    func missingDiscovery() {
        var facts = known
        facts["harm_life_health"] = false
        let decision = Fixture.decide(Fixture.record(discovered: nil, facts: facts, age: 30))
        #expect(decision.timeBarred == nil)
        #expect(decision.outcome == .standard)
        #expect(decision.notes.contains { $0.contains("dates.discovered") })
    }
}
