import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

extension CompiledEngine {
    /// One evaluation under the versions in force on `day` (`Engine.evaluate`); nil when the case is time-barred.
    /// `slot` (0 act date, 1 later date) names the buffer its presumed facts go to.
    func evaluate(_ c: CompactCase, violation: CompiledViolation, on day: Int, region caseRegion: Int, slot: Int,
                  scratch: inout CompiledScratch) -> CompiledDecision? {
        let program = self.program
        var decision = CompiledDecision(outcome: .undetermined)
        var presumed = scratch.presumedByEvaluation[slot]
        presumed.removeAll(keepingCapacity: true)
        scratch.presumedByEvaluation[slot] = []
        defer { scratch.presumedByEvaluation[slot] = presumed }
        presumed.append(contentsOf: scratch.derivationPresumed)

        // Limitation (`Engine.limitation`).
        let limitation = self.limitation(c, violation: violation, on: day, scratch: &scratch, presumed: &presumed)
        decision.timeBarred = limitation.barred
        if limitation.barred == true { return nil }
        let limitationDeciding = limitation.deciding

        // Items of the versions in force.
        scratch.itemIDs.removeAll(keepingCapacity: true)
        scratch.itemStatus.removeAll(keepingCapacity: true)
        scratch.itemDeciding.removeAll(keepingCapacity: true)
        scratch.pool.removeAll(keepingCapacity: true)
        scratch.contributions.removeAll(keepingCapacity: true)
        scratch.conflictMasks.removeAll(keepingCapacity: true)
        for group in violation.lists {
            guard let chosen = listVersion(group, on: day) else { continue }
            let version = program.versions[group[chosen].position]
            let regionTruth: Truth
            if version.scope == -1 {
                regionTruth = .yes
            } else if version.scope == -2 || caseRegion < 0 {
                regionTruth = .unknown
            } else {
                regionTruth = Truth(program.covers[version.scope][caseRegion])
            }
            let first = scratch.itemIDs.count
            for id in group[chosen].items {
                evaluateItem(Int(id), c: c, region: regionTruth, scratch: &scratch, presumed: &presumed)
            }
            // Hit policy of this list version, penalty items only.
            let policy = version.hitPolicy
            var best = -1
            var count = 0
            var outcomes: UInt8 = 0
            for k in first..<scratch.itemIDs.count where scratch.itemStatus[k] == .applied {
                let item = program.items[Int(scratch.itemIDs[k])]
                guard let outcome = item.outcome else { continue }
                count += 1
                outcomes |= 1 << UInt8(outcome.severityRank)
                switch policy {
                case .first:
                    if best < 0 || item.itemIndex < program.items[best].itemIndex { best = Int(scratch.itemIDs[k]) }
                case .unique, .collect:
                    scratch.contributions.append(scratch.itemIDs[k])
                }
            }
            switch policy {
            case .first: if best >= 0 { scratch.contributions.append(Int32(best)) }
            case .unique: if count > 1 { scratch.conflictMasks.append(outcomes) }
            case .collect: if outcomes.nonzeroBitCount > 1 { scratch.conflictMasks.append(outcomes) }
            }
        }

        // Tiers.
        let tier = tiers(violation: violation, on: day, region: caseRegion, scratch: &scratch, presumed: &presumed)
        var listBest: Outcome?
        for id in scratch.contributions {
            if let outcome = program.items[Int(id)].outcome, listBest.map({ outcome < $0 }) ?? true { listBest = outcome }
        }
        let tierOutcome = tier.conflicting == 0 ? tier.outcome : Self.mostLenient(tier.conflicting)
        let best = min(listBest ?? tierOutcome, tierOutcome)

        // Open candidates (`OpenCandidate`), built only when something is open.
        var open: [OpenCandidate] = []
        func names(_ range: Range<Int>) -> [String] { scratch.pool[range].map { program.factNames[Int($0)] } }
        if limitation.barred == nil, !limitationDeciding.isEmpty {
            open.append(OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: limitationDeciding.map { program.factNames[Int($0)] },
                                      sourceOrder: -1, key: "0"))
        }
        for k in scratch.itemIDs.indices where scratch.itemStatus[k] == .undetermined {
            let item = program.items[Int(scratch.itemIDs[k])]
            if let outcome = item.outcome, outcome < best {
                open.append(OpenCandidate(outcome: outcome, mandatory: item.mandatory, deciding: names(scratch.itemDeciding[k]),
                                          sourceOrder: item.sourceOrder, specific: !item.general, key: item.missingKey))
            }
        }
        if tier.regionOpen, (listBest ?? .standard) >= .standard {
            open.append(OpenCandidate(outcome: .lighter, mandatory: false, deciding: [regionFactName], sourceOrder: Int.max / 2 - 1,
                                      key: "2\u{0}region"))
        }
        if let standard = tier.standard {
            for (offset, entry) in scratch.openTiers.enumerated() {
                let tierDefinition = program.catalog.standards[standard].tiers[entry.tier]
                if tierDefinition.outcome < best {
                    open.append(OpenCandidate(outcome: tierDefinition.outcome, mandatory: false, deciding: names(entry.deciding),
                                              sourceOrder: Int.max / 2 + offset, key: program.standards[standard].missingKeys[entry.tier]))
                }
            }
        }
        var bestPossible = best.severityRank
        for candidate in open where candidate.outcome.severityRank < bestPossible { bestPossible = candidate.outcome.severityRank }
        decision.bestPossible = bestPossible
        decision.guaranteed = best.severityRank
        decision.coercion = coercion(scratch: scratch)

        let bestBit = UInt8(1) << UInt8(best.severityRank)
        if scratch.conflictMasks.contains(where: { $0 & bestBit != 0 })
            || (tier.conflictingStandards && best != .noPenalty)
            || (tier.conflicting != 0 && (listBest ?? .heavier) > tierOutcome) {
            decision.conflict = true
            decision.missing = open.isEmpty ? [] : MissingFacts.rank(open)
            return decision
        }
        if !open.isEmpty {
            decision.missing = MissingFacts.rank(open)
            return decision
        }

        decision.outcome = DecisionOutcome(best)
        decision.bestPossible = best.severityRank
        // Winners: (shall first, general part last, list id, item id); item rank orders list id and item id.
        var winner = -1
        var followUp = FollowUp()
        var anyWinner = false
        for id in scratch.contributions {
            let item = program.items[Int(id)]
            guard item.outcome == best else { continue }
            if anyWinner {
                followUp = FollowUp(education: followUp.education || item.followUp.education,
                                    commitment: followUp.commitment || item.followUp.commitment,
                                    rectifyDays: [followUp.rectifyDays, item.followUp.rectifyDays].compactMap { $0 }.min())
            } else {
                followUp = item.followUp
            }
            anyWinner = true
            if winner < 0 || Self.winnerOrder(item, program.items[winner]) { winner = Int(id) }
        }
        if winner >= 0 {
            decision.winner = winner
            decision.mandatory = program.items[winner].mandatory
            decision.followUp = followUp
        }
        if let standard = tier.standard, best != .noPenalty {
            let fromTier = listBest.map { $0 > tierOutcome } ?? true
            let definition = program.catalog.standards[standard]
            let chosenTier = fromTier ? tier.chosen.map { definition.tiers[$0] } : nil
            switch FineCalculator.range(standard: definition, outcome: best, tier: chosenTier, basis: { money(named: $0, in: c, scratch: scratch) }) {
            case .range(let range): decision.fine = range
            case .missingBasis(let name): decision.missing = [name]
            case .unavailable: break
            }
        }
        if tier.regionOpen, best != .noPenalty { decision.missing = [regionFactName] }
        return decision
    }

    private static func winnerOrder(_ a: CompiledItem, _ b: CompiledItem) -> Bool {
        if a.mandatory != b.mandatory { return a.mandatory }
        if a.general != b.general { return !a.general }
        return a.rank < b.rank
    }

    private static func mostLenient(_ mask: UInt8) -> Outcome {
        Outcome.allCases.first { mask & (1 << UInt8($0.severityRank)) != 0 } ?? .standard
    }

    /// The money a multiple-based range is computed from (`CaseFacts.money`): the case field, a bound field, the
    /// case's fact, then a presumed or derived value.
    private func money(named name: String, in c: CompactCase, scratch: CompiledScratch) -> Money? {
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
            if scratch.reader.values[slot].tag == .money { return Money(fen: scratch.reader.values[slot].payload) }
        }
        return nil
    }

    /// The first-offence test of rule `rule` (`FirstOffence.evaluate`), once per case.
    private func firstOffence(_ rule: Int, c: CompactCase, scratch: inout CompiledScratch) -> Bool? {
        if scratch.firstOffenceKnown[rule] { return scratch.firstOffence[rule] }
        let program = self.program
        let definition = program.firstOffenceRules[rule]
        let value: Bool?
        let givenSlot = c.slots[program.layout.firstOffenceSlot]
        if definition.window == .none {
            value = true
        } else if !c.priorsKnown {
            value = givenSlot.tag == .boolean ? givenSlot.payload != 0 : nil
        } else {
            let act = CivilDate(dayNumber: Int(c.act))
            let earliest: Int?
            switch definition.window {
            case .none, .ever: earliest = nil
            case .oneYear: earliest = act.adding(years: -1).dayNumber
            case .twoYears: earliest = act.adding(years: -2).dayNumber
            }
            let category = program.violations[Int(c.violation)].category
            var counted = false
            c.text.withUnsafeBufferPointer { text in
                for prior in c.priors {
                    let day = Int(prior.day)
                    guard day < act.dayNumber else { continue }
                    if let earliest, day < earliest { continue }
                    let start = Int(prior.violation.offset)
                    let code = UnsafeBufferPointer(rebasing: text[start..<start + Int(prior.violation.length)])
                    let id = program.layout.violation(bytes: code)
                    switch definition.sameKind {
                    case .any: counted = true
                    case .violation: counted = id == Int(c.violation)
                    case .category:
                        if let category {
                            counted = id.map { program.violations[$0].category == category } ?? false
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

    /// Evaluates one item (`Engine.evaluate(item:)`) into the scratch's item results.
    private func evaluateItem(_ id: Int, c: CompactCase, region: Truth, scratch: inout CompiledScratch, presumed: inout [Int32]) {
        let program = self.program
        let item = program.items[id]
        scratch.reader.firstOffence = item.firstOffenceRule >= 0 ? firstOffence(item.firstOffenceRule, c: c, scratch: &scratch) : nil
        var anyConditionNo = false, allConditionsYes = true, anyExclusionYes = false, allExclusionsNo = true
        for root in item.conditions {
            switch conditionTruth(root, scratch: &scratch) {
            case .no: anyConditionNo = true; allConditionsYes = false
            case .unknown: allConditionsYes = false
            case .yes: break
            }
        }
        for root in item.exclusions {
            switch conditionTruth(root, scratch: &scratch) {
            case .yes: anyExclusionYes = true; allExclusionsNo = false
            case .unknown: allExclusionsNo = false
            case .no: break
            }
        }
        let status: TraceStatus
        let start = scratch.pool.count
        if anyExclusionYes {
            status = .excluded
        } else if region == .no || anyConditionNo {
            status = .notApplicable
        } else if region == .yes && allConditionsYes && allExclusionsNo {
            status = .applied
        } else {
            status = .undetermined
            scratch.names.removeAll(keepingCapacity: true)
            if region == .unknown { scratch.names.append(program.regionID) }
            for root in item.conditions { decidingFacts(root, scratch: &scratch) }
            for root in item.exclusions { decidingFacts(root, scratch: &scratch) }
            scratch.pool.append(contentsOf: scratch.names)
        }
        scratch.reader.firstOffence = nil
        scratch.itemIDs.append(Int32(id))
        scratch.itemStatus.append(status)
        scratch.itemDeciding.append(start..<scratch.pool.count)
        notePresumedReads(item.presumableReads, scratch: scratch, into: &presumed)
    }

    private func notePresumedReads(_ reads: [Int32], scratch: CompiledScratch, into list: inout [Int32]) {
        for slot in reads where scratch.origins[Int(slot)] == SlotOrigin.presumed && !list.contains(slot) { list.append(slot) }
    }

    /// The coercion answer (`Engine.coercion`).
    private func coercion(scratch: CompiledScratch) -> (status: CoercionDecision.Status, mandatory: Bool, item: Int, missing: [String])? {
        let program = self.program
        var any = false
        var winner = -1
        var open: [OpenCandidate] = []
        for k in scratch.itemIDs.indices {
            let item = program.items[Int(scratch.itemIDs[k])]
            guard item.outcome == nil else { continue }
            any = true
            switch scratch.itemStatus[k] {
            case .applied:
                if winner < 0 || Self.coercionOrder(item, program.items[winner]) { winner = Int(scratch.itemIDs[k]) }
            case .undetermined:
                open.append(OpenCandidate(outcome: .noPenalty, mandatory: item.mandatory,
                                          deciding: scratch.pool[scratch.itemDeciding[k]].map { program.factNames[Int($0)] },
                                          sourceOrder: item.sourceOrder, key: item.missingKey))
            default:
                break
            }
        }
        guard any else { return nil }
        if winner >= 0 { return (.noCoercion, program.items[winner].mandatory, winner, []) }
        if !open.isEmpty { return (.undetermined, false, -1, MissingFacts.rank(open)) }
        return (.notExcluded, false, -1, [])
    }

    private static func coercionOrder(_ a: CompiledItem, _ b: CompiledItem) -> Bool {
        if a.mandatory != b.mandatory { return a.mandatory }
        return a.rank < b.rank
    }

    // MARK: - Limitation

    /// `Engine.limitation` without the trace: barred, and the facts that would decide it.
    private func limitation(_ c: CompactCase, violation: CompiledViolation, on day: Int, scratch: inout CompiledScratch,
                            presumed: inout [Int32]) -> (barred: Bool?, deciding: [Int32]) {
        let program = self.program
        var inForce: [Int] = []
        for group in program.limitationGroups {
            if let position = group.last(where: { position in
                let v = program.catalog.limitations[position].validity
                return day >= v.effective.dayNumber && day <= (v.expires?.dayNumber ?? Int.max)
            }) { inForce.append(position) }
        }
        guard !inForce.isEmpty else { return (nil, []) }
        let start = CivilDate(dayNumber: Int(c.actEnd ?? c.act))
        struct Candidate { var position: Int; var period: Int; var years: Int; var truth: Truth; var id: String; var replaces: String? }
        var candidates: [Candidate] = []
        for position in inForce {
            for (k, period) in program.periods[position].enumerated() {
                let condition = period.condition.map { conditionTruth($0, scratch: &scratch) }
                let truth: Truth = violation.periodSectorMatches[position][k] ? (condition ?? .yes) : .no
                candidates.append(Candidate(position: position, period: k, years: period.years, truth: truth, id: period.id, replaces: period.replaces))
            }
        }
        func governing(_ keep: (Truth) -> Bool) -> Int? {
            let set = candidates.filter { keep($0.truth) }
            let replaced = Set(set.compactMap(\.replaces))
            return set.filter { !replaced.contains($0.id) }.map(\.years).max()
        }
        let pessimistic = governing { $0 == .yes }
        let optimistic = governing { $0 != .no }
        func barred(_ years: Int?, _ day: CivilDate) -> Bool {
            guard let years else { return false }
            return day > start.adding(years: years)
        }
        var value: Bool?
        var deciding: [Int32] = []
        func addOpenConditions() {
            for candidate in candidates where candidate.truth == .unknown {
                if let root = program.periods[candidate.position][candidate.period].condition {
                    scratch.names.removeAll(keepingCapacity: true)
                    decidingFacts(root, scratch: &scratch)
                    for name in scratch.names where !deciding.contains(name) { deciding.append(name) }
                }
            }
        }
        let discovered = c.discovered.map { CivilDate(dayNumber: Int($0)) }
        let latest = (c.filed ?? c.decided).map { CivilDate(dayNumber: Int($0)) }
        if let discovered {
            if barred(pessimistic, discovered) == barred(optimistic, discovered) {
                value = barred(pessimistic, discovered)
            } else {
                addOpenConditions()
            }
        } else if let latest {
            if !barred(pessimistic, latest) {
                value = false
            } else {
                deciding = [program.discoveryID]
                if pessimistic != optimistic { addOpenConditions() }
            }
        }
        // A period's presumption counts only when it changed the answer (`LimitationResult.restsOnPresumption`).
        if let bound = discovered ?? latest {
            let rests = candidates.contains { candidate in
                let period = program.periods[candidate.position][candidate.period]
                return period.presumable.contains { scratch.origins[Int($0)] == SlotOrigin.presumed }
                    && candidate.truth == .no && barred(candidate.years, bound) != barred(pessimistic, bound)
            }
            if rests {
                for candidate in candidates {
                    notePresumedReads(program.periods[candidate.position][candidate.period].presumable, scratch: scratch, into: &presumed)
                }
            }
        }
        return (value, deciding)
    }

    // MARK: - Tiers

    /// `Engine.tiers` without the trace. `conflicting` is a bit set of outcome ranks; open tiers go to
    /// `scratch.openTiers`.
    private func tiers(violation: CompiledViolation, on day: Int, region caseRegion: Int, scratch: inout CompiledScratch,
                       presumed: inout [Int32]) -> (standard: Int?, chosen: Int?, outcome: Outcome, conflicting: UInt8,
                                                    conflictingStandards: Bool, regionOpen: Bool) {
        let program = self.program
        scratch.openTiers.removeAll(keepingCapacity: true)
        var inside: [(position: Int, depth: Int)] = []
        var regionOpen = false
        for group in violation.standards {
            guard let position = group.last(where: { day >= program.standards[$0].effective && day <= program.standards[$0].expires }) else { continue }
            let standard = program.standards[position]
            if standard.scope == -1 { inside.append((position, 0)); continue }
            if standard.scope == -2 || caseRegion < 0 { regionOpen = true; continue }
            if program.covers[standard.scope][caseRegion] { inside.append((position, standard.depth)) }
        }
        if regionOpen { return (nil, nil, .standard, 0, false, true) }
        guard let deepest = inside.map(\.depth).max() else { return (nil, nil, .standard, 0, false, false) }
        let best = inside.filter { $0.depth == deepest }
        guard best.count == 1 else { return (nil, nil, .standard, 0, true, false) }
        let position = best[0].position
        let definition = program.catalog.standards[position]
        let compiled = program.standards[position]
        let tiers = definition.tiers
        let defaultTier = tiers.firstIndex { $0.conditions.isEmpty && $0.outcome == .standard } ?? tiers.firstIndex { $0.conditions.isEmpty }
        var holding: [Int] = []
        var holdingOutcomes: UInt8 = 0
        for (k, tier) in tiers.enumerated() where !tier.conditions.isEmpty {
            var anyNo = false, allYes = true
            for root in compiled.tierConditions[k] {
                switch conditionTruth(root, scratch: &scratch) {
                case .no: anyNo = true; allYes = false
                case .unknown: allYes = false
                case .yes: break
                }
            }
            notePresumedReads(compiled.tierPresumable[k], scratch: scratch, into: &presumed)
            if anyNo { continue }
            if allYes {
                holding.append(k)
                holdingOutcomes |= 1 << UInt8(tier.outcome.severityRank)
            } else {
                scratch.names.removeAll(keepingCapacity: true)
                for root in compiled.tierConditions[k] { decidingFacts(root, scratch: &scratch) }
                let start = scratch.pool.count
                scratch.pool.append(contentsOf: scratch.names)
                scratch.openTiers.append((k, start..<scratch.pool.count))
            }
        }
        let chosen = holding.first ?? defaultTier
        if !holding.isEmpty {
            scratch.openTiers.removeAll { holdingOutcomes & (1 << UInt8(tiers[$0.tier].outcome.severityRank)) != 0 }
        }
        return (position, chosen, chosen.map { tiers[$0].outcome } ?? .standard,
                holdingOutcomes.nonzeroBitCount > 1 ? holdingOutcomes : 0, false, false)
    }
}
