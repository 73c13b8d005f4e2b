public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore

extension Engine {
    /// The compiled fast path over this engine's catalog and options. Compiling takes about as long as loading the
    /// rules: build it once per catalog and share it (it is immutable and `Sendable`).
    public func compiled() -> CompiledEngine {
        CompiledEngine(engine: self, program: CompiledProgram(catalog: catalog, index: index))
    }
}

extension CompiledEngine {
    /// True when every condition and value of the catalog compiled (otherwise every case takes the explaining path).
    public var isComplete: Bool { program.supported }

    /// The item that decided, if any.
    public func decidedBy(_ decision: CompiledDecision) -> ItemReference? {
        decision.winner >= 0 ? program.items[decision.winner].reference : nil
    }

    /// The presumptions the last decision made with `scratch` relied on (`Decision.presumed`).
    public func presumedFacts(_ scratch: CompiledScratch) -> [PresumedFact] {
        scratch.presumed.compactMap { slot in
            let name = program.factNames[Int(slot)]
            guard let presumption = engine.index.facts[name]?.presumption else { return nil }
            return PresumedFact(fact: name, value: presumption.value, basis: presumption.basis.map(\.text), label: presumption.label,
                                labelEn: presumption.labelEn)
        }
    }

    /// The derivations that fired in the last decision made with `scratch` (`Decision.derived`).
    public func derivedFacts(_ scratch: CompiledScratch) -> [DerivedFact] {
        scratch.derived.map { index in
            let compiled = program.derivations[index]
            let derivation = compiled.derivation
            let replaced = scratch.replaced.last { $0.slot == compiled.slot }.flatMap { entry -> FactValue? in
                var reader = SlotReader()
                reader.values = scratch.reader.values
                reader.values[entry.slot] = entry.value
                reader.text = scratch.reader.text
                return reader.withView { program.code.factValue(entry.slot, $0) }
            }
            return DerivedFact(fact: derivation.fact, value: derivation.value, rule: derivation.id,
                               document: program.catalog.derivations[compiled.rulesPosition].info.document,
                               basis: derivation.basis.map(\.text), label: derivation.label, replaced: replaced)
        }
    }

    /// The citations behind each duty of a decided case's follow-up (`Decision.followUpBasis`): the deciding items'
    /// (in winner order), then the general duty rules', as `Engine` collects them.
    public func followUpBasis(_ fast: CompiledDecision, scratch: CompiledScratch) -> [String: [String]] {
        guard let outcome = fast.outcome.outcome else { return [:] }
        var basis: [String: [String]] = [:]
        let winners = (fast.evaluation == 0 ? scratch.winnersAtAct : scratch.winnersLater).sorted {
            Self.winnerOrder(program.itemHot[Int($0)], program.itemHot[Int($1)])
        }
        for id in winners {
            for duty in program.followUps[Int(id)].duties {
                for text in program.items[Int(id)].basis where !(basis[duty.rawValue]?.contains(text) ?? false) {
                    basis[duty.rawValue, default: []].append(text)
                }
            }
        }
        let bit = UInt8(1) << UInt8(outcome.severityRank)
        for duty in program.duties where duty.outcomes & bit != 0 && appliesOn(fast.day, region: fast.region, duty) {
            var cited = basis[duty.duty.rawValue] ?? []
            for text in duty.basis where !cited.contains(text) { cited.append(text) }
            basis[duty.duty.rawValue] = cited
        }
        return basis
    }

    /// `followUpBasis(_:scratch:)` from `cache` when this thread has built it for the same deciding items, kind of
    /// outcome and general duty rules in force on the day in the region: it depends on nothing else, and building
    /// it (a dictionary of arrays, every citation compared with the others) was a tenth of a `check --format jsonl` line.
    func followUpBasis(_ fast: CompiledDecision, scratch: CompiledScratch, cache: inout DecisionBasisCache) -> [String: [String]] {
        guard let outcome = fast.outcome.outcome, program.duties.count <= 64 else { return followUpBasis(fast, scratch: scratch) }
        let bit = UInt8(1) << UInt8(outcome.severityRank)
        var applying: UInt64 = 0
        for (index, duty) in program.duties.enumerated() where duty.outcomes & bit != 0 && appliesOn(fast.day, region: fast.region, duty) {
            applying |= 1 << UInt64(index)
        }
        let key = DecisionBasisCache.FollowUpKey(winners: Array(fast.evaluation == 0 ? scratch.winnersAtAct : scratch.winnersLater), outcome: bit, duties: applying)
        if let cached = cache.followUps[key] { return cached }
        let basis = followUpBasis(fast, scratch: scratch)
        // Winner sets are few per catalog; the bound only keeps a pathological input from growing the cache forever.
        if cache.followUps.count >= DecisionBasisCache.limit { cache.followUps.removeAll(keepingCapacity: true) }
        cache.followUps[key] = basis
        return basis
    }

    /// The `Decision` a fast-path result stands for, without trace, notes or facts used (`Engine.decide` with
    /// `explain: false` gives the same fields); the presumed and derived facts come from `scratch`. Without
    /// `followUpBasis` that field stays empty (the audit asks `followUpBasis(_:scratch:)` only for a missing follow-up);
    /// without `presumedAndDerived`, `presumed` and `derived` stay empty (the audit reads neither).
    public func decision(_ fast: CompiledDecision, caseID: String, violation: String, scratch: CompiledScratch,
                         followUpBasis withFollowUpBasis: Bool = true, presumedAndDerived: Bool = true) -> Decision {
        var cache = DecisionBasisCache()
        return decision(fast, caseID: caseID, violation: violation, scratch: scratch, followUpBasis: withFollowUpBasis,
                        presumedAndDerived: presumedAndDerived, basisCache: &cache, violationID: -1)
    }

    /// The same, with the citations (`Decision.basis`) taken from `basisCache` when this thread has built them for the
    /// same deciding item, violation (`violationID`, the layout's id of `violation`; -1 = do not cache) and kind of
    /// outcome: they depend on nothing else, and building them compared every citation with the others.
    public func decision(_ fast: CompiledDecision, caseID: String, violation: String, scratch: CompiledScratch,
                         followUpBasis withFollowUpBasis: Bool = true, presumedAndDerived: Bool = true,
                         basisCache: inout DecisionBasisCache, violationID: Int) -> Decision {
        var decision = Decision(caseID: caseID, outcome: fast.outcome, mandatory: fast.mandatory, fine: fast.fine,
                                followUp: fast.followUp, missing: fast.missing, timeBarred: fast.timeBarred)
        if fast.winner >= 0 {
            let item = program.items[fast.winner]
            decision.decidedBy = item.reference
            decision.alsoAllows = item.alsoAllows
        }
        let kind = fast.winner >= 0 ? (fast.outcome != .noPenalty ? 1 : 0) : (fast.outcome != .undetermined ? 2 : 3)
        let key = violationID >= 0 ? ((fast.winner + 1) * program.layout.violationCodes.count + violationID) * 4 + kind : -1
        if key >= 0, let cached = basisCache.entries[key] {
            decision.basis = cached
        } else {
            let definition = engine.index.violations[violation]
            if fast.winner >= 0 {
                let item = program.items[fast.winner]
                var basis = item.basis
                if !item.general, !item.reference.list.document.isEmpty { basis.append(item.reference.list.document) }
                basis += definition?.violates.map(\.text) ?? []
                if fast.outcome != .noPenalty { basis += definition?.penaltyBasis.map(\.text) ?? [] }
                var seen: [String] = []
                for text in basis where !seen.contains(text) { seen.append(text) }
                decision.basis = seen
            } else if fast.outcome != .undetermined {
                decision.basis = definition?.penaltyBasis.map(\.text) ?? []
            }
            if key >= 0 { basisCache.entries[key] = decision.basis }
        }
        if let coercion = fast.coercion {
            let item = coercion.item >= 0 ? program.items[coercion.item] : nil
            decision.coercion = CoercionDecision(status: coercion.status, mandatory: coercion.mandatory, item: item?.reference,
                                                 basis: item?.basis ?? [], missing: coercion.missing)
        }
        if withFollowUpBasis {
            decision.followUpBasis = key >= 0 ? followUpBasis(fast, scratch: scratch, cache: &basisCache) : followUpBasis(fast, scratch: scratch)
        }
        if presumedAndDerived {
            decision.presumed = presumedFacts(scratch)
            decision.derived = derivedFacts(scratch)
        }
        return decision
    }

    /// Decides `record` on the fast path when it can (no trace), else with `Engine.decide(_:on:explain:)` without prose;
    /// conflicts take the explaining path too, which words them. `compact` and `scratch` are reused buffers.
    public func decide(_ record: CaseRecord, on date: CivilDate? = nil, compact: inout CompactCase, scratch: inout CompiledScratch) -> Decision {
        if compact.fill(from: record, layout: program.layout), let fast = decide(compact, on: date, scratch: &scratch), !fast.conflict {
            return decision(fast, caseID: record.id, violation: record.violation, scratch: scratch)
        }
        return engine.decide(record, on: date, explain: false)
    }
}

/// The citations of fast-path decisions by deciding item, violation and kind of outcome, kept by one thread
/// (`CompiledEngine.decision(_:caseID:violation:scratch:followUpBasis:presumedAndDerived:basisCache:violationID:)`).
public struct DecisionBasisCache: Sendable {
    var entries: [Int: [String]] = [:]
    /// `Decision.followUpBasis` by deciding items (in evaluation order), outcome bit and general duty rules in force.
    var followUps: [FollowUpKey: [String: [String]]] = [:]

    struct FollowUpKey: Hashable {
        var winners: [Int32]
        var outcome: UInt8
        var duties: UInt64
    }

    /// Entries kept at most per table.
    static let limit = 4_096

    /// An empty cache.
    public init() {}
}
