import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The tier a discretion standard's own conditions choose, and the tiers still open.
struct TierResult: Sendable {
    /// The standard version in force covering the violation, if any.
    var standard: DiscretionStandard?
    /// The tier chosen (a tier whose conditions hold, else the default tier); nil without a standard or default tier.
    var chosen: Tier?
    /// The outcome the tier gives (`standard` without a standard).
    var outcome: Outcome
    /// Tiers whose conditions are unknown, with the facts that would decide them.
    var open: [(tier: Tier, deciding: [String])]
    /// Tiers whose conditions all hold but whose outcomes disagree.
    var conflicting: [Tier]
    var trace: [TraceEntry]
    /// Remarks (English, Chinese).
    var notes: [(String, String)]
    /// Standards in force for the violation at the same level: which one governs is a conflict (`StandardChoice`).
    var conflictingStandards: [DiscretionStandard] = []
    /// A regional standard may govern but the case's region does not say (`StandardChoice.regionOpen`).
    var regionOpen = false
}

extension Engine {
    /// Chooses the tier by the standard's tier conditions.
    func tiers(_ record: CaseRecord, selection: VersionSelection, values: CaseValues) -> TierResult {
        let choice = chooseStandard(for: record, selection: selection)
        let notes = choice.notes
        if !choice.conflicting.isEmpty || choice.regionOpen {
            return TierResult(standard: nil, chosen: nil, outcome: .standard, open: [], conflicting: [], trace: [], notes: notes,
                              conflictingStandards: choice.conflicting, regionOpen: choice.regionOpen)
        }
        guard let standard = choice.standard else {
            return TierResult(standard: nil, chosen: nil, outcome: .standard, open: [], conflicting: [], trace: [],
                              notes: notes + [("no discretion standard in force covers \(record.violation): the fine range cannot be given",
                                       "无有效的裁量基准涵盖 \(record.violation)：无法给出罚款幅度")])
        }
        let lookup: (String) -> FactValue? = { values[$0] }
        var holding: [Tier] = []
        var open: [(tier: Tier, deciding: [String])] = []
        var trace: [TraceEntry] = []
        let defaultTier = standard.tiers.first { $0.conditions.isEmpty && $0.outcome == .standard }
            ?? standard.tiers.first { $0.conditions.isEmpty }
        for tier in standard.tiers where !tier.conditions.isEmpty {
            let results = tier.conditions.map { result($0, values: values, lookup) }
            let status: TraceStatus
            var deciding: [String] = []
            if results.contains(where: { $0.truth == .no }) {
                status = .notApplicable
            } else if results.allSatisfy({ $0.truth == .yes }) {
                status = .applied
                holding.append(tier)
            } else {
                status = .undetermined
                for condition in tier.conditions {
                    for name in decidingFacts(condition.expression, values: values, lookup) where !deciding.contains(name) { deciding.append(name) }
                }
                open.append((tier, deciding))
            }
            trace.append(TraceEntry(kind: .tier, listID: standard.id, listEffective: standard.validity.effective,
                                    document: standard.info.document, itemID: tier.name, title: standard.info.title, status: status,
                                    outcome: tier.outcome, mandatory: false, conditions: results, deciding: deciding,
                                    citations: [standard.info.document].filter { !$0.isEmpty }, unverified: standard.info.unverified))
        }
        let outcomes = Set(holding.map(\.outcome))
        let chosen = holding.first ?? defaultTier
        if holding.isEmpty, let defaultTier {
            trace.append(TraceEntry(kind: .tier, listID: standard.id, listEffective: standard.validity.effective,
                                    document: standard.info.document, itemID: defaultTier.name, title: standard.info.title,
                                    status: .applied, outcome: defaultTier.outcome, mandatory: false,
                                    citations: [standard.info.document].filter { !$0.isEmpty }, unverified: standard.info.unverified,
                                    notes: ["default tier: no other tier's conditions hold"], notesZh: ["默认档次：其他档次的条件均不满足"]))
        }
        return TierResult(standard: standard, chosen: chosen, outcome: chosen?.outcome ?? .standard,
                          // An open tier stays open even when another tier holds: if it held too, the two would conflict or
                          // change the outcome (a holding heavier tier does not settle a lighter tier still open).
                          open: holding.isEmpty ? open : open.filter { entry in !holding.contains { $0.outcome == entry.tier.outcome } },
                          conflicting: outcomes.count > 1 ? holding : [], trace: trace, notes: notes)
    }
}
