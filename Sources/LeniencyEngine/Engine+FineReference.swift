public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore

/// The statutory fine range of a case's violation under one discretion standard.
public struct StatutoryBounds: Sendable, Hashable {
    /// The statutory minimum (0 where the statute sets only a maximum).
    public var min: Money
    /// The statutory maximum; nil where the statute sets only a minimum ("…元以上").
    public var max: Money?
    /// The standard the range comes from.
    public var standardID: String
    /// Its version.
    public var standardEffective: CivilDate

    /// Creates a range.
    public init(min: Money, max: Money?, standardID: String, standardEffective: CivilDate) {
        self.min = min
        self.max = max
        self.standardID = standardID
        self.standardEffective = standardEffective
    }
}

extension Engine {
    /// The discretion standard behind `decision`'s fine range, else the one in force for the case on its act date, else
    /// on its decision date.
    func referenceStandard(for record: CaseRecord, decision: Decision?) -> DiscretionStandard? {
        if let fine = decision?.fine, let id = index.standardVersions[fine.standardID]?.first(where: {
            catalog.standards[$0].validity.effective == fine.standardEffective
        }) {
            return catalog.standards[id]
        }
        for date in [record.dates.act, record.dates.decided].compactMap({ $0 }) {
            if let standard = chooseStandard(for: record, selection: selection(for: record, on: date)).standard { return standard }
        }
        return nil
    }

    /// The statutory fine range for the case: under the standard `decision` used for its fine, else the standard in
    /// force on the act date (else on the decision date); nil without a standard, or when a multiple-based range lacks
    /// its basis (违法所得, 货值金额, …).
    public func statutoryRange(for record: CaseRecord, decision: Decision? = nil) -> StatutoryBounds? {
        guard let standard = referenceStandard(for: record, decision: decision) else { return nil }
        // The case's values are built only when a multiple-based range asks for its basis: most ranges are fixed, and
        // building them cost more than the rest of this call (the audit asks for every case).
        var values: CaseValues?
        guard case .success(let bounds) = FineCalculator.statutory(standard: standard, basis: { name in
            let known = values ?? CaseFacts.values(of: record, index: index, options: options)
            values = known
            return CaseFacts.money(named: name, in: record, catalog: catalog, values: known)
        }) else { return nil }
        return StatutoryBounds(min: bounds.min, max: bounds.max, standardID: standard.id, standardEffective: standard.validity.effective)
    }

    /// The fine range that would apply if no leniency list or general-part item did: the tier the discretion
    /// standard's own conditions choose for the case's facts (its default tier when none holds), under the standard
    /// `statutoryRange(for:decision:)` uses. Nil without a standard, with the tier undetermined, or without the basis
    /// of a multiple-based range.
    public func fineWithoutLeniency(for record: CaseRecord, decision: Decision? = nil) -> FineRange? {
        guard let standard = referenceStandard(for: record, decision: decision) else { return nil }
        let date = standard.validity.contains(record.dates.act) ? record.dates.act : (record.dates.decided ?? record.dates.act)
        let values = CaseFacts.values(of: record, index: index, options: options)
        let tiers = tiers(record, selection: selection(for: record, on: date), values: values)
        // Without a tier whose conditions hold (or a default tier), the standard's own band for 一般 applies, as in `decide`.
        guard tiers.standard?.id == standard.id, tiers.open.isEmpty, tiers.conflicting.isEmpty else { return nil }
        let weighted = weightedFine(standard, record: record, values: values)?.fine
        guard case .range(let range) = FineCalculator.range(standard: standard, outcome: tiers.outcome, tier: tiers.chosen, weighted: weighted, basis: {
            CaseFacts.money(named: $0, in: record, catalog: catalog, values: values)
        }) else { return nil }
        return range
    }
}
