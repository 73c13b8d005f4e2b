import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

/// Turns a seed into a witness the engine confirms: a whole case, decided under both versions of the rules.
///
/// The seed only makes the changed rule hold or fail; the rest of the catalog (the general part, other lists, tiers)
/// may still leave a decision open. The builder answers the facts the engine still asks for, one at a time, choosing
/// the answer that keeps the two decisions apart, then drops every fact and prior the two decisions do not need.
struct WitnessBuilder: Sendable {
    let old: Engine
    let new: Engine
    /// Questions answered per witness at most (each costs a few decisions).
    static let maxAnswers = 24

    /// The witness grown from `seed`, or nil when no case built from it is decided differently by the two versions.
    /// `unknown` names facts the case must leave out (a presumption that changed is shown by a case silent on its fact).
    func build(_ seed: WitnessSeed, id: String, violation: String, date: CivilDate, region: String?, discovered: CivilDate? = nil,
               attribution: Attribution = .none, unknown: Set<String> = []) -> Witness? {
        var facts = seed.facts
        for name in unknown { facts[name] = nil }
        var record = WitnessCase.record(id: id, violation: violation, date: date, facts: facts, priors: seed.priors, region: region,
                                        catalog: new.catalog)
        if let discovered { record.dates.discovered = discovered }
        guard var pair = complete(&record, side: seed.side, attribution: attribution, unknown: unknown) else { return nil }
        minimise(&record, keeping: &pair)
        return Witness(side: seed.side, record: record, old: pair.old, new: pair.new)
    }

    /// The two decisions of a case.
    func decide(_ record: CaseRecord) -> (old: DecisionSummary, new: DecisionSummary) {
        (DecisionSummary(old.decide(record, on: nil, explain: false)), DecisionSummary(new.decide(record, on: nil, explain: false)))
    }

    /// Answers missing facts until both versions decide the case, differently, and the changed rule decides it on the
    /// seed's side; nil if that fails.
    private func complete(_ record: inout CaseRecord, side: Witness.Side, attribution: Attribution,
                          unknown: Set<String>) -> (old: DecisionSummary, new: DecisionSummary)? {
        func score(_ pair: (old: DecisionSummary, new: DecisionSummary)) -> Int {
            let differ = !DecisionDelta.changes(pair.old, pair.new).isEmpty
            let decided = DecisionDelta.bothDecided(pair.old, pair.new)
            let attributed = attribution.holds(side: side, old: pair.old, new: pair.new)
            // Closing the case the same way under both versions is a dead end; an open case can still come apart.
            guard differ else { return decided ? 0 : 1 }
            return (attributed ? 6 : 2) + (decided ? 1 : 0)
        }
        let best = 7
        var pair = decide(record)
        for _ in 0..<Self.maxAnswers {
            if score(pair) == best { return pair }
            guard let question = nextQuestion(pair, record: record, unknown: unknown) else { break }
            var chosen: (score: Int, record: CaseRecord, pair: (old: DecisionSummary, new: DecisionSummary))?
            for value in answers(for: question) {
                var candidate = record
                WitnessCase.set(question.name, value, in: &candidate, catalog: new.catalog)
                let decided = decide(candidate)
                let points = score(decided)
                if let current = chosen, current.score >= points {} else { chosen = (points, candidate, decided) }
                if points == best { break }
            }
            guard let chosen else { break }
            record = chosen.record
            pair = chosen.pair
        }
        let differ = !DecisionDelta.changes(pair.old, pair.new).isEmpty
        return differ && attribution.holds(side: side, old: pair.old, new: pair.new) ? pair : nil
    }

    /// The first fact either decision still needs that the case does not give.
    private func nextQuestion(_ pair: (old: DecisionSummary, new: DecisionSummary), record: CaseRecord, unknown: Set<String>) -> FactDefinition? {
        for name in pair.old.missing + pair.new.missing + coercionMissing(record) {
            guard name != firstOffenceFactName, record.facts[name] == nil, !unknown.contains(name),
                  let fact = new.catalog.fact(named: name) ?? old.catalog.fact(named: name) else { continue }
            return fact
        }
        return nil
    }

    /// Facts the no-coercion lists still need (they do not show in `missing`).
    private func coercionMissing(_ record: CaseRecord) -> [String] {
        (old.decide(record, on: nil, explain: false).coercion?.missing ?? []) + (new.decide(record, on: nil, explain: false).coercion?.missing ?? [])
    }

    /// The answers tried for a question, the one that closes other routes first (`false` before `true`).
    private func answers(for fact: FactDefinition) -> [FactValue] {
        switch fact.type {
        case .boolean: [.boolean(false), .boolean(true)]
        case .enumeration(let values): values.map(FactValue.enumeration)
        case .integer: [.integer(0), .integer(1)]
        case .duration: [.duration(0), .duration(30)]
        case .decimal: [.decimal(FixedPoint(mantissa: 0, scale: 0))]
        case .money: [.money(Money(fen: 1_000_000)), .money(Money(fen: 0))]
        case .date: [.date(new.catalog.lists.first?.validity.effective ?? CivilDate(dayNumber: 0))]
        case .text: [.text("—")]
        }
    }

    /// Leaves out each fact and prior the two decisions do not need (the decisions stay exactly the same without it).
    private func minimise(_ record: inout CaseRecord, keeping pair: inout (old: DecisionSummary, new: DecisionSummary)) {
        let target = pair
        func same(_ candidate: CaseRecord) -> Bool {
            let decided = decide(candidate)
            return decided.old == target.old && decided.new == target.new
        }
        for name in record.facts.keys.sorted() {
            var candidate = record
            candidate.facts[name] = nil
            if same(candidate) { record = candidate }
        }
        for (field, clear) in [(record.illegalGains != nil, { (r: inout CaseRecord) in r.illegalGains = nil }),
                               (record.goodsValue != nil, { (r: inout CaseRecord) in r.goodsValue = nil })] where field {
            var candidate = record
            clear(&candidate)
            if same(candidate) { record = candidate }
        }
        if let priors = record.priorViolations, !priors.isEmpty {
            for index in priors.indices.reversed() {
                var candidate = record
                candidate.priorViolations?.remove(at: index)
                if same(candidate) { record = candidate }
            }
        }
    }
}
