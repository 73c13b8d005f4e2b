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
}

extension Engine {
    /// Evaluates the case under one version selection.
    func evaluate(_ record: CaseRecord, selection: VersionSelection, values: [String: FactValue]) -> Evaluated {
        var decision = Decision(caseID: record.id, outcome: .undetermined)
        let limitation = limitation(record, selection: selection, values: values)
        decision.timeBarred = limitation.barred
        for (en, zh) in limitation.notes { decision.note(en, zh) }

        // Items of every list version in force that covers the violation, plus the general part.
        let firstOffence: (FirstOffenceRule) -> FirstOffenceResult = { rule in
            FirstOffence.evaluate(rule, record: record, index: index)
        }
        var evaluations: [ItemEvaluation] = []
        var otherVersions: [TraceEntry] = []
        let listIDs = Array(Set((index.listIDsByViolation[record.violation] ?? []) + index.scopeAllListIDs)).sorted()
        for id in listIDs {
            let chosen = selection.lists[id]
            for position in index.listVersions[id] ?? [] {
                let list = catalog.lists[position]
                let itemIndices = list.scope == .all ? Array(list.items.indices) : (index.itemsByVersion[position]?[record.violation] ?? [])
                if position == chosen {
                    for itemIndex in itemIndices {
                        let evaluation = evaluate(item: list.items[itemIndex], itemIndex: itemIndex, list: list, listIndex: position,
                                                  record: record, values: values, firstOffence: firstOffence)
                        evaluations.append(evaluation)
                    }
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
                                                        notes: ["version \(list.validity.effective) is not in force on \(selection.date)"]))
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
        for position in Set(penaltyItems.map(\.listIndex)).sorted() {
            let list = catalog.lists[position]
            let applied = penaltyItems.filter { $0.listIndex == position && $0.status == .applied }.sorted { $0.itemIndex < $1.itemIndex }
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

        let tier = tiers(record, selection: selection, values: values)
        for (en, zh) in tier.notes { decision.note(en, zh) }
        let listBest = contributions.compactMap(\.outcome).min()
        let tierOutcome = tier.conflicting.isEmpty ? tier.outcome : (tier.conflicting.map(\.outcome).min() ?? tier.outcome)
        let best = min(listBest ?? tierOutcome, tierOutcome)

        // Trace: limitation, items (applied or not), versions not in force, tiers.
        var trace = limitation.trace
        for evaluation in evaluations.sorted(by: { ($0.reference.list.listID, $0.itemIndex) < ($1.reference.list.listID, $1.itemIndex) }) {
            var entry = evaluation.trace
            if notDeciding.contains(evaluation.sourceOrder) { entry.notes.append("applies, but an earlier item decides (hit policy first)") }
            trace.append(entry)
        }
        trace.append(contentsOf: otherVersions)
        trace.append(contentsOf: tier.trace)
        decision.trace = trace
        decision.factsUsed = factsUsed(trace: trace)
        decision.coercion = coercion(coercionItems)

        if limitation.barred == true, let period = limitation.period, let rules = limitation.rules {
            decision.outcome = .noPenalty
            decision.mandatory = true
            decision.decidedBy = ItemReference(list: ListReference(listID: rules.id, effective: rules.validity.effective, document: "",
                                                                   title: "limitation"),
                                               itemID: period.id, title: "\(period.years)y limitation period")
            decision.basis = period.basis.map(\.text)
            decision.note("time-barred: not discovered within \(period.years) years — no administrative penalty is given any more (不再给予行政处罚)",
                          "违法行为在\(period.years)年内未被发现，不再给予行政处罚")
            return Evaluated(decision: decision, bestPossible: 0, guaranteed: 0)
        }

        // What could still lift the outcome above the best already guaranteed.
        var open: [OpenCandidate] = []
        if limitation.barred == nil, !limitation.deciding.isEmpty {
            open.append(OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: limitation.deciding, sourceOrder: -1))
        }
        for evaluation in penaltyItems where evaluation.status == .undetermined {
            if let outcome = evaluation.outcome, outcome < best {
                open.append(OpenCandidate(outcome: outcome, mandatory: evaluation.mandatory, deciding: evaluation.deciding,
                                          sourceOrder: evaluation.sourceOrder, specific: !evaluation.generalPart))
            }
        }
        for (offset, entry) in tier.open.enumerated() where entry.tier.outcome < best {
            open.append(OpenCandidate(outcome: entry.tier.outcome, mandatory: false, deciding: entry.deciding,
                                      sourceOrder: Int.max / 2 + offset))
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
            .sorted { ($0.mandatory ? 0 : 1, $0.reference.list.listID, $0.itemIndex) < ($1.mandatory ? 0 : 1, $1.reference.list.listID, $1.itemIndex) }
        let violation = index.violations[record.violation]
        if let winner = winners.first {
            decision.mandatory = winner.mandatory
            decision.decidedBy = winner.reference
            decision.alsoAllows = winner.alsoAllows
            decision.followUp = merged(winners.map(\.followUp))
            var basis = winner.basis
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
        if let standard = tier.standard, best != .noPenalty {
            let fromTier = listBest.map { $0 > tierOutcome } ?? true
            switch FineCalculator.range(standard: standard, outcome: best, tier: fromTier ? tier.chosen : nil,
                                        basis: { CaseFacts.money(named: $0, in: record, index: index, values: values) }) {
            case .range(let range): decision.fine = range
            case .missingBasis(let name):
                decision.missing = [name]
                decision.note("the fine is a multiple of \(name), which the case does not give", "罚款以\(name)的倍数计算，但案卷未载明该数额")
            case .unavailable(let en, let zh): decision.note(en, zh)
            }
        }
        for entry in tier.open where entry.tier.outcome > best && decision.decidedBy == nil {
            decision.note("tier \(entry.tier.name) is undetermined (needs \(entry.deciding.joined(separator: ", "))); it would not be more lenient",
                          "档次 \(entry.tier.name) 尚未确定（需 \(entry.deciding.joined(separator: "、"))），但不会更轻")
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
            .sorted { ($0.mandatory ? 0 : 1, $0.reference.list.listID, $0.itemIndex) < ($1.mandatory ? 0 : 1, $1.reference.list.listID, $1.itemIndex) }
        if let winner = applied.first {
            return CoercionDecision(status: .noCoercion, mandatory: winner.mandatory, item: winner.reference, basis: winner.basis, missing: [])
        }
        let open = items.filter { $0.status == .undetermined }
        if !open.isEmpty {
            let missing = MissingFacts.rank(open.map { OpenCandidate(outcome: .noPenalty, mandatory: $0.mandatory, deciding: $0.deciding,
                                                                    sourceOrder: $0.sourceOrder) })
            return CoercionDecision(status: .undetermined, mandatory: false, item: nil, basis: [], missing: missing)
        }
        return CoercionDecision(status: .notExcluded, mandatory: false, item: nil, basis: [], missing: [])
    }

    /// Every known value the trace shows.
    func factsUsed(trace: [TraceEntry]) -> [String: FactValue] {
        var used: [String: FactValue] = [:]
        for entry in trace {
            for reading in (entry.conditions + entry.exclusions).flatMap(\.values) {
                if let value = reading.value, reading.name != firstOffenceFactName { used[reading.name] = value }
            }
        }
        return used
    }

    private func merged(_ duties: [FollowUp]) -> FollowUp {
        FollowUp(education: duties.contains { $0.education }, commitment: duties.contains { $0.commitment },
                 rectifyDays: duties.compactMap(\.rectifyDays).min())
    }

    private func unique(_ texts: [String]) -> [String] {
        var seen: [String] = []
        for text in texts where !seen.contains(text) { seen.append(text) }
        return seen
    }
}
