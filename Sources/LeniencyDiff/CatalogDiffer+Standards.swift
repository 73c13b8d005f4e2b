import LeniencyCatalog
import LeniencyCore

extension CatalogDiffer {
    /// All versions of one discretion standard.
    func diffStandard(_ id: String) -> DocumentDiff? {
        let olds = old.standards.filter { $0.id == id }, news = new.standards.filter { $0.id == id }
        let changes = versionChanges(olds, news, validity: \.validity, compare: compare,
                                     oneSided: { standard, side in tierWitness(standard, side: side, date: standard.validity.effective) })
        guard !changes.isEmpty, let shown = news.last ?? olds.last else { return nil }
        return DocumentDiff(kind: .standard, id: id, title: shown.info.title, document: shown.info.document, changes: changes)
    }

    /// A witness for a standard, or a tier of it, that one side holds: the tier's conditions hold (the default tier
    /// when none is named) and the case's fine changes.
    private func tierWitness(_ standard: DiscretionStandard, side: Witness.Side, date: CivilDate, tier: Tier? = nil) -> [Witness] {
        guard let violation = standard.violations.first else { return [] }
        let rule = RuleConditions(Applicability.expressions(conditions: tier?.conditions ?? []))
        return witness(search.satisfying(rule, side: side, violation: violation, act: date),
                       id: "diff-\(standard.id)-\(tier?.name ?? "standard")-\(side.rawValue)", violation: violation, date: date,
                       scope: standard.info.region, attribution: .standard(standard.id))
    }

    /// Two versions of a standard.
    private func compare(_ a: DiscretionStandard, _ b: DiscretionStandard, addedVersion: Bool) -> [DiffChange] {
        let version = b.validity.effective
        let date = addedVersion ? b.validity.effective : VersionPairing.commonDay(a.validity, b.validity)
        var changes: [DiffChange] = []
        func info(_ kind: ChangeKind, _ x: String?, _ y: String?) {
            if x != y { changes.append(DiffChange(kind: kind, version: version, old: x.map(DiffValue.text), new: y.map(DiffValue.text))) }
        }
        /// A range change is shown by the first tier whose fine moves (the default tier first).
        func rangeWitness() -> [Witness] {
            for tier in [nil] + b.tiers.map(Optional.some) {
                let found = tierWitness(b, side: .both, date: date, tier: tier)
                if !found.isEmpty { return found }
            }
            return []
        }
        if !addedVersion, a.validity.effective != b.validity.effective {
            changes.append(DiffChange(kind: .effectiveChanged, version: version, old: .date(a.validity.effective), new: .date(b.validity.effective)))
        }
        if !addedVersion, a.validity.expires != b.validity.expires {
            changes.append(DiffChange(kind: .expiryChanged, version: version, old: .date(a.validity.expires), new: .date(b.validity.expires)))
        }
        info(.titleChanged, a.info.title, b.info.title)
        info(.issuerChanged, a.info.issuer, b.info.issuer)
        info(.documentNumberChanged, a.info.document, b.info.document)
        info(.regionChanged, a.info.region, b.info.region)
        if Set(a.violations) != Set(b.violations) {
            var witnesses: [Witness] = []
            if let added = b.violations.first(where: { !a.violations.contains($0) }) {
                witnesses += witness(search.satisfying(RuleConditions([]), side: .new, violation: added, act: date),
                                     id: "diff-\(b.id)-\(added)", violation: added, date: date, scope: b.info.region,
                                     attribution: .standard(b.id))
            }
            changes.append(DiffChange(kind: .standardViolationsChanged, version: version, old: .items(a.violations), new: .items(b.violations),
                                      witnesses: witnesses))
        }
        if a.statutory != b.statutory {
            changes.append(DiffChange(kind: .statutoryRangeChanged, version: version, old: .text(Self.text(a.statutory)),
                                      new: .text(Self.text(b.statutory)), witnesses: rangeWitness()))
        }
        if a.model != b.model {
            changes.append(DiffChange(kind: .modelChanged, version: version, old: .text(a.model.rawValue), new: .text(b.model.rawValue),
                                      witnesses: rangeWitness()))
        }
        if a.split != b.split {
            changes.append(DiffChange(kind: .splitChanged, version: version, old: .text(Self.text(a.split)), new: .text(Self.text(b.split)),
                                      witnesses: rangeWitness()))
        }
        if a.boundary != b.boundary {
            changes.append(DiffChange(kind: .boundaryChanged, version: version, old: .text(a.boundary.rawValue), new: .text(b.boundary.rawValue),
                                      witnesses: rangeWitness()))
        }
        let violation = b.violations.first(where: a.violations.contains) ?? b.violations.first
        for tier in b.tiers {
            guard let previous = a.tiers.first(where: { $0.name == tier.name }) else {
                changes.append(DiffChange(kind: .tierAdded, version: version, subject: tier.name, new: .text(tier.outcome.rawValue),
                                          witnesses: tierWitness(b, side: .new, date: date, tier: tier)))
                continue
            }
            changes += compareConditions(old: (previous.conditions, [], RuleConditions(Applicability.expressions(conditions: previous.conditions))),
                                         new: (tier.conditions, [], RuleConditions(Applicability.expressions(conditions: tier.conditions))),
                                         subject: tier.name, violation: violation, date: date, version: version,
                                         scope: b.info.region, attribution: .standard(b.id), changed: .tierConditionsChanged, reworded: .tierConditionsReworded)
            let oldBand = previous.band ?? a.bandFor(tierOutcome: previous.outcome)
            let newBand = tier.band ?? b.bandFor(tierOutcome: tier.outcome)
            // A band the model derives changes with the split; that change is reported once, as the split's.
            if oldBand != newBand, previous.band != nil || tier.band != nil {
                changes.append(DiffChange(kind: .bandChanged, version: version, subject: tier.name, old: .text(Self.text(oldBand)),
                                          new: .text(Self.text(newBand)), witnesses: tierWitness(b, side: .both, date: date, tier: tier)))
            }
        }
        for tier in a.tiers where !b.tiers.contains(where: { $0.name == tier.name }) {
            changes.append(DiffChange(kind: .tierRemoved, version: version, subject: tier.name, old: .text(tier.outcome.rawValue),
                                      witnesses: tierWitness(a, side: .old, date: date, tier: tier)))
        }
        return changes
    }

    static func text(_ range: StatutoryRange) -> String {
        switch range {
        case .amounts(let min, let max): "\(min.yuanString)–\(max.yuanString)"
        case .multiples(let basis, let min, let max): "\(basis) × \(percent(min, asMultiple: true))–\(percent(max, asMultiple: true))"
        case .minimumOnly(let min): "\(min.yuanString)–"
        }
    }

    static func text(_ band: Band?) -> String {
        switch band {
        case .fraction(let from, let to)?: "\(percent(from))–\(percent(to))"
        case .amounts(let min, let max)?: "\(min.yuanString)–\(max.yuanString)"
        case .minimumMultiples(let from, let to)?: "min × \(percent(from, asMultiple: true))–\(to.map { percent($0, asMultiple: true) } ?? "")"
        case nil: "—"
        }
    }

    static func text(_ split: [Ratio]) -> String { split.isEmpty ? "—" : split.map { percent($0) }.joined(separator: "/") }

    /// `30%` when the ratio is a whole percentage, else `n/d`; multiples as plain numbers (`1.5`).
    static func percent(_ ratio: Ratio, asMultiple: Bool = false) -> String {
        if asMultiple {
            if ratio.denominator == 1 { return String(ratio.numerator) }
            if 100 % ratio.denominator == 0 { return FixedPoint(mantissa: ratio.numerator * (100 / ratio.denominator), scale: 2).description }
            return "\(ratio.numerator)/\(ratio.denominator)"
        }
        if 100 % ratio.denominator == 0 { return "\(ratio.numerator * (100 / ratio.denominator))%" }
        return "\(ratio.numerator)/\(ratio.denominator)"
    }
}
