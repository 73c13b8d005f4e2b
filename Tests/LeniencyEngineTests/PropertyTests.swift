import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import PropertyBased
import Testing
@testable import LeniencyEngine

@Suite("Engine properties")
struct PropertyTests {
    /// Facts that appear only positively in item conditions (never in exclusions or the heavier tier).
    static let mitigating = ["harm_minor", "corrected", "no_harm", "minor_violation", "coerced", "no_fault", "cooperative"]
    static let other = ["irreparable_loss", "serious", "harm_life_health"]

    static let extraLists = [
        Fixture.list("env-lighter", kind: .lighter, hitPolicy: .collect, items: [
            Fixture.item("l1", violations: ["ENV-1", "TAX-1"], conditions: ["coerced"]),
            Fixture.item("l2", violations: ["ENV-1"], conditions: ["no_fault", "corrected"], exclusions: ["irreparable_loss"], mandatory: false),
        ]),
        Fixture.list("env-mitigated", kind: .mitigated, items: [
            Fixture.item("m1", violations: ["ENV-1", "TAX-1"], conditions: ["first_offence", "no_fault"],
                         firstOffence: FirstOffenceRule(window: .oneYear, sameKind: .category)),
        ]),
    ]
    static let catalog = Fixture.catalog(lists: [Fixture.generalPart, Fixture.taxList] + extraLists,
                                         standards: [Fixture.standard(violations: ["ENV-1", "TAX-1"])])
    static let engine = Engine(catalog: catalog)

    /// 0 = unknown, 1 = false, 2 = true for each fact; then the violation, the age and the number of priors.
    static let input = Gen.int(in: 0...2).array(of: mitigating.count + other.count)

    static func record(_ states: [Int], violation: String, age: Int?, priors: Int) -> CaseRecord {
        var facts: [String: Bool] = [:]
        for (name, state) in zip(mitigating + other, states) where state > 0 { facts[name] = state == 2 }
        let history = (0..<max(priors, 0)).map { Fixture.prior(violation, "2023-0\($0 + 1)-15") }
        return Fixture.record(violation: violation, facts: facts, age: age, priors: priors < 0 ? nil : history)
    }

    /// The best outcome rank the applied candidates already guarantee (5 when none): never worse for more mitigating facts.
    static func guaranteed(_ decision: Decision) -> Int {
        if decision.timeBarred == true { return 0 }
        if let outcome = decision.outcome.outcome { return outcome.severityRank }
        let applied = decision.trace.filter { $0.status == .applied && !$0.coercion && $0.kind != .limitation }.compactMap(\.outcome)
        return applied.map(\.severityRank).min() ?? 5
    }

    @Test("setting an unknown mitigating fact to true never makes the outcome harsher")
    func mitigatingFactNeverHarsher() async {
        await propertyCheck(input: Self.input, Gen.int(in: 0..<Self.mitigating.count), Gen.int(in: 0...2), Gen.int(in: -1...2)) { states, pick, who, priors in
            let violation = who == 0 ? "TAX-1" : "ENV-1"
            let age: Int? = who == 2 ? nil : 30
            var before = states
            before[pick] = 0
            var after = before
            after[pick] = 2
            let a = Self.engine.decide(Self.record(before, violation: violation, age: age, priors: priors))
            let b = Self.engine.decide(Self.record(after, violation: violation, age: age, priors: priors))
            #expect(Self.guaranteed(b) <= Self.guaranteed(a), "setting \(Self.mitigating[pick]) made \(a.outcome) into \(b.outcome)")
            if a.outcome != .undetermined, b.outcome != .undetermined, a.conflict == nil, b.conflict == nil {
                #expect(b.outcome.outcome?.severityRank ?? 5 <= a.outcome.outcome?.severityRank ?? 5)
            }
        }
    }

    @Test("adding a prior violation never makes the outcome more lenient")
    func priorNeverMoreLenient() async {
        await propertyCheck(input: Self.input, Gen.int(in: 0...1), Gen.int(in: 0...1)) { states, who, priors in
            let violation = who == 0 ? "TAX-1" : "ENV-1"
            let a = Self.engine.decide(Self.record(states, violation: violation, age: 30, priors: priors))
            let b = Self.engine.decide(Self.record(states, violation: violation, age: 30, priors: priors + 1))
            #expect(Self.guaranteed(b) >= Self.guaranteed(a), "a prior made \(a.outcome) into \(b.outcome)")
            if a.outcome != .undetermined, b.outcome != .undetermined {
                #expect(b.outcome.outcome?.severityRank ?? 5 >= a.outcome.outcome?.severityRank ?? 5)
            }
        }
    }

    @Test("the result does not depend on the order of lists or of items in unique and collect lists")
    func orderIndependent() async {
        await propertyCheck(input: Self.input, Gen.int(in: 0...1), Gen.int(in: 0...1000)) { states, who, seed in
            var generator = SplitMix(seed: UInt64(seed))
            var lists = Self.catalog.lists.shuffled(using: &generator)
            for i in lists.indices where lists[i].hitPolicy != .first { lists[i].items.shuffle(using: &generator) }
            var shuffled = Self.catalog
            shuffled.lists = lists
            let record = Self.record(states, violation: who == 0 ? "TAX-1" : "ENV-1", age: 30, priors: 0)
            let a = Self.engine.decide(record)
            let b = Engine(catalog: shuffled).decide(record)
            #expect(a.outcome == b.outcome)
            #expect(a.mandatory == b.mandatory)
            #expect(a.fine == b.fine)
            #expect(a.decidedBy == b.decidedBy)
            #expect(Set(a.missing) == Set(b.missing))
            #expect((a.conflict == nil) == (b.conflict == nil))
        }
    }
}

/// A small seeded generator so shuffles are reproducible from the property's input.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
