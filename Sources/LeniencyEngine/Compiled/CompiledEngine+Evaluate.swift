import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// What the tier step of one evaluation found (`TierResult` without the trace).
struct TierChoice {
    /// Catalog position of the governing standard.
    var standard: Int?
    /// Index of the chosen tier among the standard's tiers.
    var chosen: Int?
    var outcome: Outcome
    /// Bit set of outcome ranks of tiers that all hold but disagree (0 = no conflict).
    var conflicting: UInt8
    var conflictingStandards: Bool
    var regionOpen: Bool
}

extension CompiledEngine {
    /// One evaluation under the versions in force on `day` (`Engine.evaluate`); nil when the case is time-barred.
    /// `slot` (0 act date, 1 later date) names the buffer its presumed facts go to.
    /// Writes into `decision` (a fresh `CompiledDecision(outcome: .undetermined)`) in place and returns false when
    /// time-barred: returning the decision by value copied it twice per case (its fine range holds several strings).
    func evaluate(_ c: CompactCase, violation: ViolationHot, on day: Int, region caseRegion: Int, slot: Int,
                  scratch: inout CompiledScratch, into decision: inout CompiledDecision) -> Bool {
        let program = self.program
        // The evaluation's presumed facts: the scratch's list for `slot`, swapped out while the steps below take it
        // `inout` next to the scratch (swapping moves its storage; no copy, no uniqueness check).
        var presumed = ScratchList<Int32>()
        if slot == 0 { swap(&presumed, &scratch.presumedAtAct) } else { swap(&presumed, &scratch.presumedLater) }
        presumed.clearKeepingCapacity()
        defer { if slot == 0 { swap(&presumed, &scratch.presumedAtAct) } else { swap(&presumed, &scratch.presumedLater) } }
        // Appending nothing still costs a call into the array's growth path: skipped (most cases presume nothing).
        if !scratch.derivationPresumed.isEmpty { presumed.append(contentsOf: scratch.derivationPresumed) }

        // Limitation (`Engine.limitation`).
        let barred = limitation(c, violation: violation, on: day, scratch: &scratch, presumed: &presumed)
        decision.timeBarred = barred
        if barred == true { return false }

        // Items of the versions in force, then each list version's hit policy over its penalty items.
        scratch.items.clearKeepingCapacity()
        scratch.pool.clearKeepingCapacity()
        scratch.contributions.clearKeepingCapacity()
        scratch.conflictMasks.clearKeepingCapacity()
        var coercionItems = false
        // Items are evaluated only inside `decide`, which sets the view (with no first-offence answer): read once.
        guard let view = scratch.view else { preconditionFailure("CompiledEngine.evaluate runs only inside decide") }
        let code = program.code
        for g in Int(violation.groupsStart)..<Int(violation.groupsEnd) {
            guard let chosen = listVersion(tables.groups[g], on: day) else { continue }
            let version = tables.versionsHot[chosen]
            let regionTruth: Truth
            if version.scope == -1 {
                regionTruth = .yes
            } else if version.scope == -2 || caseRegion < 0 {
                regionTruth = .unknown
            } else {
                regionTruth = Truth(program.covers[Int(version.scope)][caseRegion])
            }
            let first = scratch.items.count
            evaluateItems(version, c: c, region: regionTruth, view: view, code: code, tables: tables, scratch: &scratch, presumed: &presumed)
            var best = -1
            var count = 0
            var outcomes: UInt8 = 0
            for k in first..<scratch.items.count {
                let id = Int(scratch.items[k].id)
                let item = tables.items[id]
                if item.outcome < 0 { coercionItems = true; continue }
                guard scratch.items[k].status == .applied else { continue }
                count += 1
                outcomes |= 1 << UInt8(item.outcome)
                if version.hitPolicy == 1 {
                    if best < 0 || item.itemIndex < tables.items[best].itemIndex { best = id }
                } else {
                    scratch.contributions.append(Int32(id))
                }
            }
            switch version.hitPolicy {
            case 1: if best >= 0 { scratch.contributions.append(Int32(best)) }
            case 0: if count > 1 { scratch.conflictMasks.append(outcomes) }
            default: if outcomes.nonzeroBitCount > 1 { scratch.conflictMasks.append(outcomes) }
            }
        }

        // Tiers.
        let tier = tiers(violation: violation, on: day, region: caseRegion, scratch: &scratch, presumed: &presumed)
        var listBestRank = Int8.max
        for id in scratch.contributions { listBestRank = min(listBestRank, tables.items[Int(id)].outcome) }
        let listBest = listBestRank == Int8.max ? nil : Outcome.byRank[Int(listBestRank)]
        let tierOutcome = tier.conflicting == 0 ? tier.outcome : Self.mostLenient(tier.conflicting)
        let best = min(listBest ?? tierOutcome, tierOutcome)

        // Open candidates (`OpenCandidate`), built only when something is open.
        var open: [OpenCandidate] = []
        if barred == nil, !scratch.limitationDeciding.isEmpty {
            open.append(OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: scratch.limitationDeciding.map { program.factNames[Int($0)] },
                                      sourceOrder: -1, key: "0"))
        }
        let bestRank = Int8(best.severityRank)
        for k in 0..<scratch.items.count where scratch.items[k].status == .undetermined {
            let id = Int(scratch.items[k].id)
            let hot = tables.items[id]
            if hot.outcome >= 0, hot.outcome < bestRank {
                let item = program.items[id]
                open.append(OpenCandidate(outcome: Outcome.byRank[Int(hot.outcome)], mandatory: hot.mandatory,
                                          deciding: scratch.pool[scratch.items[k].deciding].map { program.factNames[Int($0)] },
                                          sourceOrder: item.sourceOrder, specific: !hot.general, key: item.missingKey))
            }
        }
        if tier.regionOpen, (listBest ?? .standard) >= .standard {
            open.append(OpenCandidate(outcome: .lighter, mandatory: false, deciding: [regionFactName], sourceOrder: Int.max / 2 - 1,
                                      key: "2\u{0}region"))
        }
        if let standard = tier.standard {
            let hot = tables.standardsHot[standard]
            for (offset, entry) in scratch.openTiers.enumerated() {
                let outcome = tables.tiersHot[Int(hot.tiersStart) + entry.tier].outcome
                if outcome < bestRank {
                    open.append(OpenCandidate(outcome: Outcome.byRank[Int(outcome)], mandatory: false,
                                              deciding: scratch.pool[entry.deciding].map { program.factNames[Int($0)] },
                                              sourceOrder: Int.max / 2 + offset, key: program.standards[standard].missingKeys[entry.tier]))
                }
            }
        }
        var bestPossible = best.severityRank
        for candidate in open where candidate.outcome.severityRank < bestPossible { bestPossible = candidate.outcome.severityRank }
        decision.bestPossible = bestPossible
        decision.guaranteed = best.severityRank
        if coercionItems { decision.coercion = coercion(scratch: scratch) }

        let bestBit = UInt8(1) << UInt8(best.severityRank)
        if scratch.conflictMasks.contains(where: { $0 & bestBit != 0 })
            || (tier.conflictingStandards && best != .noPenalty)
            || (tier.conflicting != 0 && (listBest ?? .heavier) > tierOutcome) {
            decision.conflict = true
            decision.missing = open.isEmpty ? [] : MissingFacts.rank(open)
            return true
        }
        if !open.isEmpty {
            decision.missing = MissingFacts.rank(open)
            return true
        }

        decision.outcome = DecisionOutcome(best)
        // Winners: (shall first, general part last, list id, item id); item rank orders list id and item id.
        var winner = -1
        var followUp = FollowUp()
        if slot == 0 { scratch.winnersAtAct.clearKeepingCapacity() } else { scratch.winnersLater.clearKeepingCapacity() }
        for id in scratch.contributions where tables.items[Int(id)].outcome == bestRank {
            let item = tables.items[Int(id)]
            followUp = winner < 0 ? program.followUps[Int(id)] : Self.merged(followUp, program.followUps[Int(id)])
            if slot == 0 { scratch.winnersAtAct.append(id) } else { scratch.winnersLater.append(id) }
            if winner < 0 || Self.winnerOrder(item, tables.items[winner]) { winner = Int(id) }
        }
        if winner >= 0 {
            decision.winner = winner
            decision.mandatory = tables.items[winner].mandatory
        }
        // General duties (`Engine.applyGeneralDuties`): a decided outcome on the merits, documents in force on `day`
        // and, when regional, shown to cover the case's region.
        // By index: a duty's citations are not copied.
        for k in program.duties.indices where program.duties[k].outcomes & bestBit != 0 && appliesOn(day, region: caseRegion, program.duties[k]) {
            followUp[program.duties[k].duty] = true
        }
        decision.followUp = followUp
        decision.day = day
        decision.evaluation = slot
        decision.region = caseRegion
        if let standard = tier.standard, best != .noPenalty {
            // Model E: the deciding item reduces the fine; its range is the explaining engine's (rare; not compiled).
            if winner >= 0, tables.items[winner].reduces { return false }
            let fromTier = listBest.map { $0 > tierOutcome } ?? true
            let chosenTier = fromTier ? tier.chosen : nil
            let offset = program.fineOffsets[standard]
            let box = offset >= 0 ? program.fineBoxes[offset + best.severityRank * program.fineWidths[standard] + (chosenTier ?? -1) + 1] : nil
            if let box {
                decision.fineBox = box
            } else {
                let fine = program.fine(standard: standard, outcome: best, tier: chosenTier) { money(named: $0, in: c, scratch: scratch) }
                switch fine {
                case .range(let range): decision.fine = range
                case .missingBasis(let name): decision.missing = [name]
                case .unavailable: break
                }
            }
        }
        if tier.regionOpen, best != .noPenalty { decision.missing = [regionFactName] }
        return true
    }

    /// Whether a general duty's document is in force on `day` and covers the case's region (nationwide, or a declared
    /// region the scope covers).
    func appliesOn(_ day: Int, region caseRegion: Int, _ duty: CompiledDuty) -> Bool {
        guard day >= duty.effective, day <= duty.expires else { return false }
        if duty.scope == -1 { return true }
        guard duty.scope >= 0, caseRegion >= 0 else { return false }
        return program.covers[duty.scope][caseRegion]
    }

    /// `FollowUp.merged(with:)` without its temporary arrays (the shorter correction deadline, every duty of either).
    static func merged(_ a: FollowUp, _ b: FollowUp) -> FollowUp {
        var rectifyDays = a.rectifyDays ?? b.rectifyDays
        if let x = a.rectifyDays, let y = b.rectifyDays { rectifyDays = Swift.min(x, y) }
        return FollowUp(education: a.education || b.education, commitment: a.commitment || b.commitment, rectifyDays: rectifyDays,
                        writtenDecision: a.writtenDecision || b.writtenDecision, guardianDiscipline: a.guardianDiscipline || b.guardianDiscipline,
                        guardianCustody: a.guardianCustody || b.guardianCustody, rectify: a.rectify || b.rectify)
    }

    static func winnerOrder(_ a: ItemHot, _ b: ItemHot) -> Bool {
        if a.mandatory != b.mandatory { return a.mandatory }
        if a.general != b.general { return !a.general }
        return a.rank < b.rank
    }

    private static func mostLenient(_ mask: UInt8) -> Outcome {
        Outcome.byRank[mask.trailingZeroBitCount]
    }

    /// The money a multiple-based range is computed from (`CaseFacts.money`): the case field, a bound field, the
    /// case's fact, then a presumed or derived value.
    func money(named name: String, in c: CompactCase, scratch: CompiledScratch) -> Money? {
        switch name {
        case "illegal_gains": if let fen = c.illegalGains { return Money(fen: fen) }
        case "goods_value": if let fen = c.goodsValue { return Money(fen: fen) }
        default: break
        }
        let slot = program.layout.slot(named: name)
        if let source = program.catalog.fact(named: name)?.source {
            switch source {
            case .illegalGains: if let fen = c.illegalGains { return Money(fen: fen) }
            case .goodsValue: if let fen = c.goodsValue { return Money(fen: fen) }
            default: break
            }
        }
        if let slot {
            if c.slots[slot].tag == .money { return Money(fen: c.slots[slot].payload) }
            let work = value(slot, scratch: scratch)
            if work.tag == .money { return Money(fen: work.payload) }
        }
        return nil
    }

    /// The first-offence test of rule `rule` (`FirstOffence.evaluate`), once per case.
    private func firstOffence(_ rule: Int, c: CompactCase, scratch: inout CompiledScratch) -> Bool? {
        if scratch.firstOffenceKnown[rule] { return scratch.firstOffence[rule] }
        let program = self.program
        let definition = program.firstOffenceRules[rule]
        let value: Bool?
        let givenSlot = c.slots[program.firstOffenceSlot]
        if definition.window == .none {
            value = true
        } else if !c.priorsKnown {
            value = givenSlot.tag == .boolean ? givenSlot.payload != 0 : nil
        } else if c.priors.isEmpty {
            value = true
        } else {
            let actDay = Int(c.act)
            let years: Int
            switch definition.window {
            case .none, .ever: years = 0
            case .oneYear: years = 1
            case .twoYears: years = 2
            }
            // The window's first day (`act.adding(years: -years)`) lies 365·N to 366·N + 1 days before the act: a prior
            // outside that band is inside or outside the window with no calendar arithmetic; the first one inside it
            // computes the day (then kept).
            var earliest: Int?
            let category = tables.violationsHot[Int(c.violation)].category
            var counted = false
            c.text.withUnsafeBufferPointer { text in
                for prior in c.priors {
                    let day = Int(prior.day)
                    guard day < actDay else { continue }
                    if years > 0, day < actDay - 365 * years {
                        if day < actDay - 366 * years - 1 { continue }
                        if earliest == nil { earliest = CivilDate(dayNumber: actDay).adding(years: -years).dayNumber }
                        if let earliest, day < earliest { continue }
                    }
                    let start = Int(prior.violation.offset)
                    let code = UnsafeBufferPointer(rebasing: text[start..<start + Int(prior.violation.length)])
                    let id = program.violationCodes.id(code)
                    switch definition.sameKind {
                    case .any: counted = true
                    case .violation: counted = id == Int(c.violation)
                    case .category:
                        if category >= 0 {
                            counted = id.map { tables.violationsHot[$0].category == category } ?? false
                        } else {
                            counted = id == Int(c.violation)
                        }
                    }
                    if counted { break }
                }
            }
            value = !counted
        }
        scratch.firstOffence[rule] = value
        scratch.firstOffenceKnown[rule] = true
        return value
    }

    /// Evaluates the items of a list version (`Engine.evaluate(item:)`) into the scratch's item results. A penalty item
    /// that does not apply (not applicable, excluded) is not recorded: nothing after the item loop reads it, and most
    /// items of a case are such (the general part's minors, mental illness, …), so recording them cost a write and a
    /// read-back each. `view` is the case's view with no first-offence answer; `scratch.reader.firstOffence` holds an
    /// item's while its conditions are read (for `partyScopedTruth` and `decidingFacts`) and is nil again after.
    /// One call per version, not per item: a call per item cost some 25 instructions in entry, exit and the view's copy.
    private func evaluateItems(_ version: VersionHot, c: CompactCase, region: Truth, view base: SlotView, code: ConditionCode,
                               tables: HotTables, scratch: inout CompiledScratch, presumed: inout ScratchList<Int32>) {
        var position = Int(version.itemsStart)
        while position < Int(version.itemsEnd) {
            let id = Int(tables.versionItems[position])
            position += 1
            evaluateItem(id, c: c, region: region, view: base, code: code, tables: tables, scratch: &scratch, presumed: &presumed)
        }
    }

    /// One item of `evaluateItems`.
    @inline(__always)
    private func evaluateItem(_ id: Int, c: CompactCase, region: Truth, view base: SlotView, code: ConditionCode, tables: HotTables,
                              scratch: inout CompiledScratch, presumed: inout ScratchList<Int32>) {
        // The rejection test reads its three fields in place: the whole item (56 bytes) is copied only for an item
        // that passes it.
        let rejection = tables.items[id].rejection
        if rejection != .none {
            // A penalty item one of whose conditions is already false is not applicable (or excluded): either way it
            // is not recorded, so its conditions and exclusions need not be read. Its presumed reads are still noted,
            // in the same order.
            let value = base.values[Int(tables.items[id].rejectSlot)]
            let rejected: Bool
            switch rejection {
            case .booleanFalse: rejected = value.tag == .boolean && value.payload == 0
            case .booleanTrue: rejected = value.tag == .boolean && value.payload != 0
            case .otherEnumeration: rejected = value.tag == .enumeration && value.payload != tables.items[id].rejectValue
            case .none: rejected = false
            }
            if rejected {
                if scratch.anyPresumed { notePresumed(tables.items[id].presumed, into: &presumed, origins: scratch.origins) }
                return
            }
        }
        let item = tables.items[id]
        var view = base
        if item.firstOffenceRule >= 0 {
            let answer = firstOffence(Int(item.firstOffenceRule), c: c, scratch: &scratch)
            scratch.reader.firstOffence = answer
            view.firstOffence = answer
        }
        // Exclusions first: one that holds decides the status whatever the conditions say; then the conditions, up to
        // the first that fails (the status is then not-applicable whatever the rest say). The status is the one every
        // condition and exclusion would give (the differential test holds it to `Engine`'s).
        var anyConditionNo = false, allConditionsYes = true, anyExclusionYes = false, allExclusionsNo = true
        var k = Int(item.conditionsEnd)
        while k < Int(item.exclusionsEnd) {
            var truth = code.truth(tables.roots[k], view)
            if truth == .unknown, scratch.anyNotApplicable { truth = partyScopedTruth(tables.roots[k], truth, scratch: &scratch) }
            if truth == .yes { anyExclusionYes = true; allExclusionsNo = false; break }
            if truth == .unknown { allExclusionsNo = false }
            k += 1
        }
        if !anyExclusionYes, region != .no {
            k = Int(item.conditionsStart)
            while k < Int(item.conditionsEnd) {
                var truth = code.truth(tables.roots[k], view)
                if truth == .unknown, scratch.anyNotApplicable { truth = partyScopedTruth(tables.roots[k], truth, scratch: &scratch) }
                if truth == .no { anyConditionNo = true; allConditionsYes = false; break }
                if truth == .unknown { allConditionsYes = false }
                k += 1
            }
        }
        if scratch.anyPresumed { notePresumed(item.presumed, into: &presumed, origins: scratch.origins) }
        let status: TraceStatus
        if anyExclusionYes {
            status = .excluded
        } else if region == .no || anyConditionNo {
            status = .notApplicable
        } else if region == .yes && allConditionsYes && allExclusionsNo {
            status = .applied
        } else {
            status = .undetermined
        }
        if status == .applied || status == .undetermined || item.outcome < 0 {
            record(id, item: item, status: status, region: region, scratch: &scratch)
        }
        if item.firstOffenceRule >= 0 { scratch.reader.firstOffence = nil }
    }

    /// Records an item's result, with the facts that would decide it when it is open (`evaluateItem`; out of line, as
    /// few items of a case get here).
    @inline(never)
    private func record(_ id: Int, item: ItemHot, status: TraceStatus, region: Truth, scratch: inout CompiledScratch) {
        let start = scratch.pool.count
        if status == .undetermined {
            scratch.names.clearKeepingCapacity()
            if region == .unknown { scratch.names.append(program.regionID) }
            for k in Int(item.conditionsStart)..<Int(item.exclusionsEnd) { decidingFacts(tables.roots[k], scratch: &scratch) }
            scratch.pool.append(contentsOf: scratch.names)
        }
        scratch.items.append(ItemResult(id: Int32(id), status: status, deciding: start..<scratch.pool.count))
    }

    /// The coercion answer (`Engine.coercion`).
    private func coercion(scratch: borrowing CompiledScratch) -> (status: CoercionDecision.Status, mandatory: Bool, item: Int, missing: [String])? {
        let program = self.program
        var any = false
        var winner = -1
        var open: [OpenCandidate] = []
        for k in 0..<scratch.items.count {
            let id = Int(scratch.items[k].id)
            let hot = tables.items[id]
            guard hot.outcome < 0 else { continue }
            any = true
            switch scratch.items[k].status {
            case .applied:
                if winner < 0 || Self.coercionOrder(hot, tables.items[winner]) { winner = id }
            case .undetermined:
                let item = program.items[id]
                open.append(OpenCandidate(outcome: .noPenalty, mandatory: hot.mandatory,
                                          deciding: scratch.pool[scratch.items[k].deciding].map { program.factNames[Int($0)] },
                                          sourceOrder: item.sourceOrder, key: item.missingKey))
            default:
                break
            }
        }
        guard any else { return nil }
        if winner >= 0 { return (.noCoercion, tables.items[winner].mandatory, winner, []) }
        if !open.isEmpty { return (.undetermined, false, -1, MissingFacts.rank(open)) }
        return (.notExcluded, false, -1, [])
    }

    private static func coercionOrder(_ a: ItemHot, _ b: ItemHot) -> Bool {
        if a.mandatory != b.mandatory { return a.mandatory }
        return a.rank < b.rank
    }

    // MARK: - Limitation

    /// `Engine.limitation` without the trace: barred (nil = not decided), with the facts that would decide it in
    /// `scratch.limitationDeciding`.
    private func limitation(_ c: CompactCase, violation: ViolationHot, on day: Int, scratch: inout CompiledScratch,
                            presumed: inout ScratchList<Int32>) -> Bool? {
        // Most cases are discovered (or filed) within weeks: when the day that decides lies within the shortest period
        // of the whole catalog, no candidate period is run out whichever conditions hold, so the answer is "not barred"
        // with no facts deciding and no presumption it rests on (`barred` below is false for every candidate). Only
        // whether any period is in force at all (else nil) and the continuing-act rule come first, as below.
        if let clearDays = tables.limitationClearDays {
            var inForce = false
            for group in tables.limitationPositions {
                if let position = limitationVersion(group, on: day), !tables.positionPeriods[position].isEmpty { inForce = true; break }
            }
            guard inForce else {
                scratch.limitationDeciding.clearKeepingCapacity()
                return nil
            }
            if c.continuing == true, c.actEnd == nil {
                scratch.limitationDeciding.clearKeepingCapacity()
                return false
            }
            if let bound = c.discovered ?? c.filed ?? c.decided, Int(bound) <= Int(c.actEnd ?? c.act) + clearDays {
                scratch.limitationDeciding.clearKeepingCapacity()
                return false
            }
        }
        // The candidate periods go to a buffer on the stack: a case has one or two of each limitation's periods, and the
        // loops below read them pairwise (a list in the scratch cost a copy-on-write check per append and a retain per
        // loop over it). One version per limitation, so there are at most as many candidates as periods.
        return withUnsafeTemporaryAllocation(of: (period: Int32, truth: Truth).self, capacity: program.periodsHot.count) { buffer in
            limitation(c, violation: violation, on: day, candidates: buffer, scratch: &scratch, presumed: &presumed)
        }
    }

    /// `limitation` with the candidates written to `buffer`.
    private func limitation(_ c: CompactCase, violation: ViolationHot, on day: Int,
                            candidates buffer: UnsafeMutableBufferPointer<(period: Int32, truth: Truth)>,
                            scratch: inout CompiledScratch, presumed: inout ScratchList<Int32>) -> Bool? {
        let program = self.program
        scratch.limitationDeciding.clearKeepingCapacity()
        // Limitation is decided only inside `decide`, which sets the view (with no first-offence answer): read once.
        guard let view = scratch.view else { preconditionFailure("CompiledEngine.limitation runs only inside decide") }
        let code = program.code
        var count = 0
        for group in tables.limitationPositions {
            guard let position = limitationVersion(group, on: day) else { continue }
            let periods = tables.positionPeriods[position]
            for p in Int(periods.lowerBound)..<Int(periods.upperBound) {
                let period = tables.periodsHot[p]
                var condition: Truth?
                if period.condition >= 0 {
                    condition = code.truth(period.condition, view)
                    if condition == .unknown, scratch.anyNotApplicable { condition = partyScopedTruth(period.condition, .unknown, scratch: &scratch) }
                }
                let truth: Truth = tables.periodMatches[Int(violation.periodsStart) + p] ? (condition ?? .yes) : .no
                buffer.initializeElement(at: count, to: (Int32(p), truth))
                count += 1
            }
        }
        guard count > 0 else { return nil }
        // Plain values: the buffer needs no deinitialization.
        let candidates = UnsafeBufferPointer(rebasing: buffer[0..<count])
        // A continuing act whose end is not recorded: the period has not started (Art. 36 ¶2).
        if c.continuing == true, c.actEnd == nil { return false }
        let startDay = Int(c.actEnd ?? c.act)
        // The last day of a period of `years` from the start, as a day number; the periods of one case share one or two lengths.
        var memo: (years: Int32, day: Int, years2: Int32, day2: Int) = (-1, 0, -1, 0)
        func limitDay(_ years: Int32) -> Int {
            if memo.years == years { return memo.day }
            if memo.years2 == years { return memo.day2 }
            let day = CivilDate(dayNumber: startDay).adding(years: Int(years)).dayNumber
            memo = (years, day, memo.years, memo.day)
            return day
        }
        // The longest period among the candidates that hold (pessimistic) or may hold (optimistic), less those another
        // such candidate replaces: both in one pass.
        var pessimistic: Int32?, optimistic: Int32?
        for candidate in candidates where candidate.truth != .no {
            let period = tables.periodsHot[Int(candidate.period)]
            var replacedIfPossible = false, replacedIfHolding = false
            for other in candidates where other.truth != .no && tables.periodsHot[Int(other.period)].replaces == period.id {
                replacedIfPossible = true
                if other.truth == .yes { replacedIfHolding = true }
            }
            if !replacedIfPossible { optimistic = Swift.max(optimistic ?? period.years, period.years) }
            if candidate.truth == .yes, !replacedIfHolding { pessimistic = Swift.max(pessimistic ?? period.years, period.years) }
        }
        func barred(_ years: Int32?, _ day: Int) -> Bool {
            guard let years else { return false }
            // N calendar years after the start are at least 365·N − 1 days (only 2-29 falling to 2-28 shortens them):
            // a day within that is not barred, with no calendar arithmetic (most cases are discovered within weeks).
            if years >= 0, day <= startDay + 365 * Int(years) - 1 { return false }
            return day > limitDay(years)
        }
        func addOpenConditions() {
            for candidate in candidates where candidate.truth == .unknown {
                let root = tables.periodsHot[Int(candidate.period)].condition
                guard root >= 0 else { continue }
                scratch.names.clearKeepingCapacity()
                decidingFacts(root, scratch: &scratch)
                for name in scratch.names where !scratch.limitationDeciding.contains(name) { scratch.limitationDeciding.append(name) }
            }
        }
        var value: Bool?
        let discovered = c.discovered.map(Int.init)
        let latest = (c.filed ?? c.decided).map(Int.init)
        if let discovered {
            let atWorst = barred(pessimistic, discovered)
            if atWorst == barred(optimistic, discovered) { value = atWorst } else { addOpenConditions() }
        } else if let latest {
            if !barred(pessimistic, latest) {
                value = false
            } else {
                scratch.limitationDeciding.append(program.discoveryID)
                if pessimistic != optimistic { addOpenConditions() }
            }
        }
        // A period's presumption counts only when it changed the answer (`LimitationResult.restsOnPresumption`).
        if scratch.anyPresumed, let bound = discovered ?? latest {
            var rests = false
            for candidate in candidates where candidate.truth == .no {
                let period = tables.periodsHot[Int(candidate.period)]
                var readsPresumed = false
                for k in Int(period.presumed.lowerBound)..<Int(period.presumed.upperBound) where scratch.origins[Int(tables.presumableSlots[k])] == SlotOrigin.presumed {
                    readsPresumed = true
                }
                if readsPresumed, barred(period.years, bound) != barred(pessimistic, bound) { rests = true }
            }
            if rests {
                for candidate in candidates {
                    let period = tables.periodsHot[Int(candidate.period)]
                    notePresumed(period.presumed, into: &presumed, origins: scratch.origins)
                }
            }
        }
        return value
    }

    // MARK: - Tiers

    /// `Engine.tiers` without the trace; open tiers go to `scratch.openTiers`.
    func tiers(violation: ViolationHot, on day: Int, region caseRegion: Int, scratch: inout CompiledScratch,
                       presumed: inout ScratchList<Int32>) -> TierChoice {
        let program = self.program
        scratch.openTiers.clearKeepingCapacity()
        var regionOpen = false
        var bestDepth: Int32 = -1, bestCount = 0, bestPosition = -1
        for g in Int(violation.standardsStart)..<Int(violation.standardsEnd) {
            guard let position = standardVersion(tables.standardGroups[g], on: day) else { continue }
            let standard = tables.standardsHot[position]
            let depth: Int32
            if standard.scope == -1 {
                depth = 0
            } else if standard.scope == -2 || caseRegion < 0 {
                regionOpen = true
                continue
            } else if program.covers[Int(standard.scope)][caseRegion] {
                depth = standard.depth
            } else {
                continue
            }
            if depth > bestDepth { bestDepth = depth; bestCount = 1; bestPosition = position } else if depth == bestDepth { bestCount += 1 }
        }
        var choice = TierChoice(standard: nil, chosen: nil, outcome: .standard, conflicting: 0, conflictingStandards: false, regionOpen: regionOpen)
        guard !regionOpen, bestCount > 0 else { return choice }
        guard bestCount == 1 else { choice.conflictingStandards = true; return choice }
        let standard = tables.standardsHot[bestPosition]
        // Inside `decide` the view is set (read once here); `fineWithoutLeniency` has none and takes `conditionTruth`.
        let view = scratch.view
        let code = program.code
        var firstHolding = -1
        var holdingOutcomes: UInt8 = 0
        for t in Int(standard.tiersStart)..<Int(standard.tiersEnd) {
            // Roots read in place: a default tier (no roots) is skipped without copying the entry.
            let rootsStart = Int(tables.tiersHot[t].rootsStart), rootsEnd = Int(tables.tiersHot[t].rootsEnd)
            guard rootsStart < rootsEnd else { continue }
            var anyNo = false, allYes = true
            for k in rootsStart..<rootsEnd {
                var truth: Truth
                if let view {
                    truth = code.truth(tables.roots[k], view)
                    if truth == .unknown, scratch.anyNotApplicable { truth = partyScopedTruth(tables.roots[k], truth, scratch: &scratch) }
                } else {
                    truth = conditionTruth(tables.roots[k], scratch: &scratch)
                }
                switch truth {
                case .no: anyNo = true; allYes = false
                case .unknown: allYes = false
                case .yes: break
                }
            }
            if scratch.anyPresumed { notePresumed(tables.tiersHot[t].presumed, into: &presumed, origins: scratch.origins) }
            if anyNo { continue }
            if allYes {
                if firstHolding < 0 { firstHolding = t - Int(standard.tiersStart) }
                holdingOutcomes |= 1 << UInt8(tables.tiersHot[t].outcome)
            } else {
                scratch.names.clearKeepingCapacity()
                for k in rootsStart..<rootsEnd { decidingFacts(tables.roots[k], scratch: &scratch) }
                let start = scratch.pool.count
                scratch.pool.append(contentsOf: scratch.names)
                scratch.openTiers.append((t - Int(standard.tiersStart), start..<scratch.pool.count))
            }
        }
        let chosen = firstHolding >= 0 ? firstHolding : (standard.defaultTier >= 0 ? Int(standard.defaultTier) : nil)
        if holdingOutcomes != 0 {
            scratch.openTiers.removeAll { holdingOutcomes & (1 << UInt8(tables.tiersHot[Int(standard.tiersStart) + $0.tier].outcome)) != 0 }
        }
        choice.standard = bestPosition
        choice.chosen = chosen
        choice.outcome = chosen.map { Outcome.byRank[Int(tables.tiersHot[Int(standard.tiersStart) + $0].outcome)] } ?? .standard
        choice.conflicting = holdingOutcomes.nonzeroBitCount > 1 ? holdingOutcomes : 0
        return choice
    }
}

extension Outcome {
    /// The outcomes by severity rank.
    static let byRank: [Outcome] = [.noPenalty, .mitigated, .lighter, .standard, .heavier]
}
