import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// One evaluation under one set of versions, with what 从旧兼从轻 compares.
struct Evaluated: Sendable {
    var decision: Decision
    /// Severity rank of the most lenient outcome still possible (the outcome's own rank when decided).
    var bestPossible: Int
    /// Severity rank of the outcome the applicable items already guarantee.
    var guaranteed: Int
}

/// Something that could still lift the outcome: an undetermined item, tier or limitation period.
struct OpenCandidate {
    var outcome: Outcome
    var mandatory: Bool
    var deciding: [String]
    var sourceOrder: Int
    /// A list item naming the violation, as opposed to the general part or a tier: lists concretise the statute.
    var specific: Bool = false
    /// An order-independent tie-break (limitation first, then list id and item id, then tiers), so the missing facts
    /// do not depend on the order of files or items.
    var key: String = ""
}

/// What one `decide` call computes once and shares between the act-date and the later evaluation: item results do not
/// depend on the date, limitation and tiers only on the versions selected.
final class EvaluationCache {
    /// False leaves the prose notes out of the trace (`Engine.decide(_:on:explain:)`).
    let explain: Bool
    var items: [Int: [ItemEvaluation]] = [:]
    var firstOffence: [FirstOffenceRule: FirstOffenceResult] = [:]
    var limitation: (key: [String: Int], result: LimitationResult)?
    var tiers: (key: [String: Int], result: TierResult)?

    init(explain: Bool = true) { self.explain = explain }
}

extension Engine {
    /// Evaluates the case under one version selection.
    func evaluate(_ record: CaseRecord, selection: VersionSelection, values: CaseValues,
                  cache: EvaluationCache = EvaluationCache()) -> Evaluated {
        var decision = Decision(caseID: record.id, outcome: .undetermined)
        let limitation: LimitationResult
        if let cached = cache.limitation, cached.key == selection.limitations, !cached.key.isEmpty {
            limitation = cached.result
        } else {
            limitation = self.limitation(record, selection: selection, values: values, explain: cache.explain)
            cache.limitation = (selection.limitations, limitation)
        }
        decision.timeBarred = limitation.barred
        for (en, zh) in limitation.notes { decision.note(en, zh) }

        // Items of every list version in force that covers the violation, plus the general part.
        let index = self.index
        let firstOffence: (FirstOffenceRule) -> FirstOffenceResult = { rule in
            if let known = cache.firstOffence[rule] { return known }
            let result = FirstOffence.evaluate(rule, record: record, index: index, explain: cache.explain)
            cache.firstOffence[rule] = result
            return result
        }
        var evaluations: [ItemEvaluation] = []
        var otherVersions: [TraceEntry] = []
        let listIDs = index.candidateListIDs[record.violation] ?? index.scopeAllListIDs
        for id in listIDs {
            let chosen = selection.lists[id]
            for position in index.listVersions[id] ?? [] {
                let list = catalog.lists[position]
                let itemIndices = list.scope == .all ? Array(list.items.indices) : (index.itemsByVersion[position]?[record.violation] ?? [])
                if position == chosen {
                    if let known = cache.items[position] {
                        evaluations.append(contentsOf: known)
                        continue
                    }
                    let region = RegionScope.condition(scope: list.info.region, caseRegion: record.region, table: catalog.regionTable)
                    let computed = itemIndices.map { itemIndex in
                        evaluate(item: list.items[itemIndex], itemIndex: itemIndex, list: list, listIndex: position,
                                 record: record, values: values, firstOffence: firstOffence, region: region, explain: cache.explain)
                    }
                    cache.items[position] = computed
                    evaluations.append(contentsOf: computed)
                } else {
                    for itemIndex in itemIndices {
                        let item = list.items[itemIndex]
                        otherVersions.append(TraceEntry(kind: .item, listID: list.id, listEffective: list.validity.effective,
                                                        document: list.info.document, itemID: item.id, title: item.title,
                                                        status: chosen != nil && list.validity.effective <= selection.date ? .superseded : .notInForce,
                                                        outcome: item.outcome ?? list.kind.defaultOutcome, mandatory: item.mandatory,
                                                        coercion: list.kind == .noCoercion,
                                                        citations: [list.info.document].filter { !$0.isEmpty },
                                                        unverified: item.unverified || list.info.unverified,
                                                        notes: cache.explain ? ["version \(list.validity.effective) is not in force on \(selection.date)"] : [],
                                                        notesZh: cache.explain ? ["\(list.validity.effective) 版本在 \(selection.date) 未生效或已被取代"] : []))
                    }
                }
            }
        }
        let penaltyItems = evaluations.filter { $0.outcome != nil }
        let coercionItems = evaluations.filter { $0.outcome == nil }

        // Hit policies, per list version.
        var contributions: [ItemEvaluation] = []
        var conflicts: [(items: [ItemEvaluation], en: String, zh: String)] = []
        var notDeciding: Set<Int> = []
        let listPositions = Set(penaltyItems.map(\.listIndex)).sorted {
            (catalog.lists[$0].id, catalog.lists[$0].validity.effective) < (catalog.lists[$1].id, catalog.lists[$1].validity.effective)
        }
        for position in listPositions {
            let list = catalog.lists[position]
            // `first` is ordered by the list itself; otherwise item ids, so the result never depends on file order.
            let applied = penaltyItems.filter { $0.listIndex == position && $0.status == .applied }.sorted {
                list.hitPolicy == .first ? $0.itemIndex < $1.itemIndex
                    : index.itemRank[$0.listIndex][$0.itemIndex] < index.itemRank[$1.listIndex][$1.itemIndex]
            }
            guard !applied.isEmpty else { continue }
            switch list.hitPolicy {
            case .first:
                contributions.append(applied[0])
                notDeciding.formUnion(applied.dropFirst().map(\.sourceOrder))
            case .unique:
                contributions.append(contentsOf: applied)
                if applied.count > 1 {
                    conflicts.append((applied, "list \(list.id) has hit policy unique, but \(applied.count) items apply: \(applied.map(\.reference.itemID).joined(separator: ", "))",
                                      "清单 \(list.id) 要求唯一命中，但有 \(applied.count) 项同时适用：\(applied.map(\.reference.itemID).joined(separator: "、"))"))
                }
            case .collect:
                contributions.append(contentsOf: applied)
                // "Shall" and "may" at the same outcome agree (shall wins); different outcomes are a conflict.
                let kinds = Set(applied.compactMap(\.outcome))
                if kinds.count > 1 {
                    conflicts.append((applied, "items of list \(list.id) apply with different results: "
                                      + applied.map { "\($0.reference.itemID) → \($0.outcome?.rawValue ?? "-") (\($0.mandatory ? "shall" : "may"))" }.joined(separator: ", "),
                                      "清单 \(list.id) 的多个事项同时适用但结果不同："
                                      + applied.map { "\($0.reference.itemID) → \($0.outcome?.chinese ?? "-")（\($0.mandatory ? "应当" : "可以")）" }.joined(separator: "、")))
                }
            }
        }

        let tier: TierResult
        if let cached = cache.tiers, cached.key == selection.standards {
            tier = cached.result
        } else {
            tier = tiers(record, selection: selection, values: values)
            cache.tiers = (selection.standards, tier)
        }
        for (en, zh) in tier.notes { decision.note(en, zh) }
        let listBest = contributions.compactMap(\.outcome).min()
        let tierOutcome = tier.conflicting.isEmpty ? tier.outcome : (tier.conflicting.map(\.outcome).min() ?? tier.outcome)
        let best = min(listBest ?? tierOutcome, tierOutcome)

        // Trace: derivations, limitation, items (applied or not), versions not in force, tiers.
        var trace = values.derivationTrace + limitation.trace
        for evaluation in evaluations.sorted(by: { index.itemRank[$0.listIndex][$0.itemIndex] < index.itemRank[$1.listIndex][$1.itemIndex] }) {
            var entry = evaluation.trace
            if notDeciding.contains(evaluation.sourceOrder) {
                entry.note("applies, but an earlier item of the list decides (hit policy first)", "适用，但清单中排序在前的事项优先（命中策略 `first`）")
            }
            trace.append(entry)
        }
        trace.append(contentsOf: otherVersions)
        trace.append(contentsOf: tier.trace)
        // Model D: the weight table's factors explain the amount (read only for a standard that has one).
        let weighted = tier.standard.flatMap { $0.model == .weights ? weightedFine($0, record: record, values: values) : nil }
        if let weighted { trace.append(contentsOf: weighted.trace) }
        decision.trace = trace
        decision.factsUsed = factsUsed(trace: trace, capacity: values.values.count)
        // A limitation period's presumption counts only when it changed the answer (a case found within two years does not
        // rest on "no harm to life or health").
        decision.presumed = Presumptions.used(in: limitation.restsOnPresumption ? trace
                                                  : values.derivationTrace + trace.dropFirst(values.derivationTrace.count + limitation.trace.count),
                                              index: index)
        decision.derived = derivedFacts(in: values.derivationTrace, values: values)
        decision.coercion = coercion(coercionItems)

        if limitation.barred == true, let period = limitation.period, let rules = limitation.rules {
            // Only the limitation periods decide a time-barred case: the presumptions the items read do not matter.
            decision.presumed = Presumptions.used(in: limitation.trace, index: index)
            decision.outcome = .noPenalty
            decision.mandatory = true
            decision.decidedBy = ItemReference(list: ListReference(listID: rules.id, effective: rules.validity.effective, document: "",
                                                                   title: "limitation"),
                                               itemID: period.id, title: "\(period.years)年追责时效 / \(period.years)-year limitation period")
            decision.basis = period.basis.map(\.text)
            decision.note("time-barred: not discovered within \(period.years) years — no administrative penalty is given any more (不再给予行政处罚)",
                          "违法行为在\(period.years)年内未被发现，不再给予行政处罚")
            // Art. 33 ¶3 attaches education to 依法不予行政处罚 on the grounds of the merits (Art. 30, 31, 33 and the lists);
            // Art. 36 is a lapse of the power to penalise (不再给予), so no follow-up duty is derived from it.
            decision.note("no education duty follows from 行政处罚法 Art. 33 ¶3: the power to penalise has lapsed (Art. 36), which is not a 不予行政处罚 on the merits",
                          "追责时效已过，行政处罚权消灭（第三十六条“不再给予”），不属于第三十三条第三款“依法不予行政处罚”的情形，不据此产生教育义务")
            return Evaluated(decision: decision, bestPossible: 0, guaranteed: 0)
        }

        // What could still lift the outcome above the best already guaranteed.
        var open: [OpenCandidate] = []
        if limitation.barred == nil, !limitation.deciding.isEmpty {
            open.append(OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: limitation.deciding, sourceOrder: -1, key: "0"))
        }
        for evaluation in penaltyItems where evaluation.status == .undetermined {
            if let outcome = evaluation.outcome, outcome < best {
                open.append(OpenCandidate(outcome: outcome, mandatory: evaluation.mandatory, deciding: evaluation.deciding,
                                          sourceOrder: evaluation.sourceOrder, specific: !evaluation.generalPart,
                                          key: evaluation.missingKey))
            }
        }
        if tier.regionOpen, (listBest ?? .standard) >= .standard {
            // A regional standard may govern (its tiers could give 从轻) but the case's region does not say.
            open.append(OpenCandidate(outcome: .lighter, mandatory: false, deciding: [regionFactName],
                                      sourceOrder: Int.max / 2 - 1, key: "2\u{0}region"))
        }
        for (offset, entry) in tier.open.enumerated() where entry.tier.outcome < best {
            open.append(OpenCandidate(outcome: entry.tier.outcome, mandatory: false, deciding: entry.deciding,
                                      sourceOrder: Int.max / 2 + offset, key: "2\(tier.standard?.id ?? "")\u{1}\(entry.tier.name)"))
        }
        let bestPossible = min(best.severityRank, open.map(\.outcome.severityRank).min() ?? Int.max)

        // Conflicts that touch the best outcome are reported instead of guessed.
        let relevant = conflicts.filter { conflict in conflict.items.contains { $0.outcome == best } }
        if let conflict = relevant.first {
            decision.conflict = DecisionConflict(items: relevant.flatMap { $0.items.map(\.reference) }, message: conflict.en, messageZh: conflict.zh)
            decision.outcome = .undetermined
            decision.missing = MissingFacts.rank(open)
            return Evaluated(decision: decision, bestPossible: bestPossible, guaranteed: best.severityRank)
        }
        if !tier.conflictingStandards.isEmpty, best != .noPenalty {
            let ids = tier.conflictingStandards.map { "\($0.id) (\($0.info.document.isEmpty ? $0.validity.effective.description : $0.info.document))" }
            decision.conflict = DecisionConflict(items: [],
                                                 message: "discretion standards \(ids.joined(separator: ", ")) are all in force for \(record.violation) in the same region; which one governs the fine is not decided",
                                                 messageZh: "裁量基准 \(ids.joined(separator: "、")) 同时有效并涵盖 \(record.violation)，适用地域层级相同，无法确定依哪一基准裁量")
            decision.outcome = .undetermined
            decision.missing = MissingFacts.rank(open)
            return Evaluated(decision: decision, bestPossible: bestPossible, guaranteed: best.severityRank)
        }
        if !tier.conflicting.isEmpty, (listBest ?? .heavier) > tierOutcome {
            let names = tier.conflicting.map(\.name).joined(separator: ", ")
            decision.conflict = DecisionConflict(items: [], message: "tiers \(names) of standard \(tier.standard?.id ?? "") all hold",
                                                 messageZh: "裁量基准 \(tier.standard?.id ?? "") 的档次 \(names) 同时满足")
            decision.outcome = .undetermined
            decision.missing = MissingFacts.rank(open)
            return Evaluated(decision: decision, bestPossible: bestPossible, guaranteed: best.severityRank)
        }

        for note in generalPartNotes(contributions: contributions, penaltyItems: penaltyItems) { decision.note(note.0, note.1) }
        if !open.isEmpty {
            decision.outcome = .undetermined
            decision.missing = MissingFacts.rank(open)
            decision.note("without the missing facts the outcome is at least \(best.rawValue)", "在缺失事实查明前，处理结果至少为\(best.chinese)")
            return Evaluated(decision: decision, bestPossible: bestPossible, guaranteed: best.severityRank)
        }

        decision.outcome = DecisionOutcome(best)
        let winners = contributions.filter { $0.outcome == best }
            .sorted { ($0.mandatory ? 0 : 1, $0.generalPart ? 1 : 0, $0.reference.list.listID, $0.reference.itemID)
                < ($1.mandatory ? 0 : 1, $1.generalPart ? 1 : 0, $1.reference.list.listID, $1.reference.itemID) }
        let violation = index.violations[record.violation]
        if let winner = winners.first {
            decision.mandatory = winner.mandatory
            decision.decidedBy = winner.reference
            decision.alsoAllows = winner.alsoAllows
            decision.followUp = winners.map(\.followUp).reduce(FollowUp()) { $0.merged(with: $1) }
            for winner in winners {
                for duty in winner.followUp.duties {
                    // Two winners (a list item and the general part) often cite the same article: once is enough.
                    for text in winner.basis where !(decision.followUpBasis[duty.rawValue]?.contains(text) ?? false) {
                        decision.followUpBasis[duty.rawValue, default: []].append(text)
                    }
                }
            }
            // A decision cites the rule that grants it, the list it comes from (its 文号; the general part is the
            // statute itself), the provision violated, and — when a penalty is still given — the penalty provision.
            var basis = winner.basis
            if !winner.generalPart, !winner.reference.list.document.isEmpty { basis.append(winner.reference.list.document) }
            basis += violation?.violates.map(\.text) ?? []
            if best != .noPenalty { basis += violation?.penaltyBasis.map(\.text) ?? [] }
            decision.basis = unique(basis)
            if winner.unverified {
                decision.note("the deciding item \(winner.reference.itemID) is marked unverified: its wording could not be confirmed from a source",
                              "决定所依据的事项 \(winner.reference.itemID) 标记为未核实：其内容未能从来源确认")
            }
            let sameRankShall = penaltyItems.filter { $0.status == .undetermined && $0.outcome == best && $0.mandatory }
            if !winner.mandatory, let shall = sameRankShall.first {
                decision.note("\(shall.reference.itemID) would make this mandatory (shall); it needs: \(shall.deciding.joined(separator: ", "))",
                              "\(shall.reference.itemID) 若适用则为“应当”；尚需：\(shall.deciding.joined(separator: "、"))")
            }
        } else {
            decision.basis = violation?.penaltyBasis.map(\.text) ?? []
        }
        applyGeneralDuties(to: &decision, outcome: best, on: selection.date, region: record.region)
        if let standard = tier.standard, best != .noPenalty {
            let fromTier = listBest.map { $0 > tierOutcome } ?? true
            switch FineCalculator.range(standard: standard, outcome: best, tier: fromTier ? tier.chosen : nil, weighted: weighted?.fine,
                                        basis: { CaseFacts.money(named: $0, in: record, catalog: catalog, values: values) }) {
            case .range(let range):
                decision.fine = reducedFine(range, decidedBy: decision.decidedBy, standard: standard, tier: tier, record: record, values: values,
                                            weighted: weighted?.fine)
                if best != .mitigated { decision.weights = weighted?.fine }
            case .missingBasis(let name):
                decision.missing = [name]
                decision.note("the fine is a multiple of \(name), which the case does not give", "罚款以\(name)的倍数计算，但案卷未载明该数额")
            case .unavailable(let en, let zh): decision.note(en, zh)
            }
        }
        if tier.regionOpen, best != .noPenalty {
            decision.missing = [regionFactName]
            decision.note("the fine range depends on a regional discretion standard, and the case gives no region that says whether it applies",
                          "罚款幅度取决于地方裁量基准是否适用，而案卷未载明可据以判断的案发地")
        }
        for entry in tier.open where entry.tier.outcome > best && decision.decidedBy == nil {
            decision.note("tier \(entry.tier.name) is undetermined (needs \(entry.deciding.joined(separator: ", "))); it would not be more lenient",
                          "\(Message.tier(entry.tier.name).rendered(.zh))档次尚未确定（需 \(entry.deciding.joined(separator: "、"))），但不会更轻")
        }
        return Evaluated(decision: decision, bestPossible: best.severityRank, guaranteed: best.severityRank)
    }

    /// "Lists do not narrow the statute": when no list item applies, name the general-part items still open.
    func generalPartNotes(contributions: [ItemEvaluation], penaltyItems: [ItemEvaluation]) -> [(String, String)] {
        guard contributions.isEmpty else { return [] }
        let open = penaltyItems.filter { $0.generalPart && $0.status == .undetermined }
        guard !open.isEmpty else { return [] }
        let en = open.map { "\($0.reference.itemID) (\($0.reference.title); needs \($0.deciding.joined(separator: ", ")))" }.joined(separator: "; ")
        let zh = open.map { "\($0.reference.itemID)（\($0.reference.title)；尚需 \($0.deciding.joined(separator: "、"))）" }.joined(separator: "；")
        return [("no list item applies, but the general part may still apply: \(en)", "无清单事项适用，但总则规定仍可能适用：\(zh)")]
    }

    /// The coercion answer of the no-coercion items.
    func coercion(_ items: [ItemEvaluation]) -> CoercionDecision? {
        guard !items.isEmpty else { return nil }
        let applied = items.filter { $0.status == .applied }
            .sorted { ($0.mandatory ? 0 : 1, $0.reference.list.listID, $0.reference.itemID) < ($1.mandatory ? 0 : 1, $1.reference.list.listID, $1.reference.itemID) }
        if let winner = applied.first {
            return CoercionDecision(status: .noCoercion, mandatory: winner.mandatory, item: winner.reference, basis: winner.basis, missing: [])
        }
        let open = items.filter { $0.status == .undetermined }
        if !open.isEmpty {
            let missing = MissingFacts.rank(open.map { OpenCandidate(outcome: .noPenalty, mandatory: $0.mandatory, deciding: $0.deciding,
                                                                    sourceOrder: $0.sourceOrder,
                                                                    key: $0.missingKey) })
            return CoercionDecision(status: .undetermined, mandatory: false, item: nil, basis: [], missing: missing)
        }
        return CoercionDecision(status: .notExcluded, mandatory: false, item: nil, basis: [], missing: [])
    }

    /// Every known value the trace shows.
    func factsUsed(trace: [TraceEntry], capacity: Int = 0) -> [String: FactValue] {
        // Every reading's value comes from the case's values, so `capacity` (their number) avoids rehashing as it grows.
        var used = [String: FactValue](minimumCapacity: capacity)
        // Loops instead of `(conditions + exclusions).flatMap`: no temporary arrays per entry (this runs once per decision).
        func add(_ results: [ConditionResult]) {
            for condition in results {
                for reading in condition.values {
                    if let value = reading.value, reading.name != firstOffenceFactName { used[reading.name] = value }
                }
            }
        }
        for entry in trace {
            add(entry.conditions)
            add(entry.exclusions)
        }
        return used
    }


    private func unique(_ texts: [String]) -> [String] {
        var seen: [String] = []
        for text in texts where !seen.contains(text) { seen.append(text) }
        return seen
    }
}

extension Engine {
    /// Model E (粤环发〔2021〕7号 Art. 14): when the deciding item carries a `reduction`, the fine is the range of the tier
    /// the standard's own conditions choose, reduced by `from`–`to` and never below the statutory minimum; otherwise
    /// `range` as it is.
    func reducedFine(_ range: FineRange, decidedBy: ItemReference?, standard: DiscretionStandard, tier: TierResult,
                     record: CaseRecord, values: CaseValues, weighted: WeightedFine? = nil) -> FineRange {
        guard let reference = decidedBy,
              let item = catalog.lists.first(where: { $0.id == reference.list.listID && $0.validity.effective == reference.list.effective })?
                .items.first(where: { $0.id == reference.itemID }),
              let reduction = item.reduction else { return range }
        let basis: (String) -> Money? = { CaseFacts.money(named: $0, in: record, catalog: self.catalog, values: values) }
        guard tier.open.isEmpty, tier.conflicting.isEmpty,
              case .range(let base) = FineCalculator.range(standard: standard, outcome: tier.outcome, tier: tier.chosen, weighted: weighted,
                                                           basis: basis),
              !base.maxUnbounded,
              case .success(let statutory) = FineCalculator.statutory(standard: standard, basis: basis) else { return range }
        let keepMost = Ratio(reduction.to.denominator - reduction.to.numerator, reduction.to.denominator)
        let keepLeast = Ratio(reduction.from.denominator - reduction.from.numerator, reduction.from.denominator)
        let lo = Swift.max(statutory.min, base.min.multiplied(by: keepMost, roundingUp: true))
        let hi = Swift.max(statutory.min, base.max.multiplied(by: keepLeast))
        // An excluded upper bound stays excluded after the reduction (unless the floor replaced it).
        let maxInclusive = hi == statutory.min || base.maxInclusive
        var reduced = FineRange(min: lo, max: hi, minInclusive: true, maxInclusive: maxInclusive, tier: base.tier,
                                standardID: base.standardID, standardEffective: base.standardEffective,
                                note: "\(item.id): the \(base.tier) range \(base.min.displayString)–\(base.max.displayString) reduced by \(reduction.from)–\(reduction.to), not below the statutory minimum \(statutory.min.displayString)",
                                standardDocument: base.standardDocument)
        reduced.noteMessage = Message(.fineReductionNote, item.id, Message.tier(base.tier), base.min, base.max,
                                      reduction.from.description, reduction.to.description, statutory.min)
        return reduced
    }
}
