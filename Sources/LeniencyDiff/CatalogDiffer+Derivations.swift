import LeniencyCatalog
import LeniencyCore

extension CatalogDiffer {
    /// All versions of one document of derived facts: derivations added, removed, or changed in what they set, when
    /// All versions of one document of derived facts: derivations added, removed, or changed in what they set, when
    /// they fire (compared by the constraint search) and which cases they concern.
    func diffDerivations(_ id: String) -> DocumentDiff? {
        let olds = old.derivations.filter { $0.id == id }, news = new.derivations.filter { $0.id == id }
        let changes = versionChanges(olds, news, validity: \.validity, compare: { a, b, _ in compare(a, b) }, alone: { rules, side in
            rules.derivations.map { derivation in
                DiffChange(kind: side == .new ? .derivationAdded : .derivationRemoved, version: rules.validity.effective, subject: derivation.id,
                           old: side == .old ? .text(Self.text(derivation)) : nil, new: side == .new ? .text(Self.text(derivation)) : nil,
                           witnesses: derivationWitness(derivation, side: side, date: rules.validity.effective))
            }
        })
        guard !changes.isEmpty, let shown = news.last ?? olds.last else { return nil }
        return DocumentDiff(kind: .derivations, id: id, title: shown.info.title, document: shown.info.document, changes: changes)
    }

    private func compare(_ a: DerivationRules, _ b: DerivationRules) -> [DiffChange] {
        let version = b.validity.effective
        let date = VersionPairing.commonDay(a.validity, b.validity)
        var changes: [DiffChange] = []
        if a.validity.expires != b.validity.expires {
            changes.append(DiffChange(kind: .expiryChanged, version: version, old: .date(a.validity.expires), new: .date(b.validity.expires)))
        }
        for derivation in b.derivations {
            guard let previous = a.derivations.first(where: { $0.id == derivation.id }) else {
                changes.append(DiffChange(kind: .derivationAdded, version: version, subject: derivation.id, new: .text(Self.text(derivation)),
                                          witnesses: derivationWitness(derivation, side: .new, date: date)))
                continue
            }
            if previous.fact != derivation.fact || previous.value != derivation.value {
                changes.append(DiffChange(kind: .derivationChanged, version: version, subject: derivation.id, field: "value",
                                          old: .text("\(previous.fact) = \(WitnessCase.scalar(previous.value))"),
                                          new: .text("\(derivation.fact) = \(WitnessCase.scalar(derivation.value))"),
                                          witnesses: derivationWitness(derivation, side: .both, date: date)))
            }
            changes += compareConditions(old: ([previous.condition], [], RuleConditions([previous.condition.expression])),
                                         new: ([derivation.condition], [], RuleConditions([derivation.condition.expression])),
                                         subject: derivation.id, violation: violation(for: derivation), date: date, version: version,
                                         scope: nil, attribution: attribution(for: derivation),
                                         changed: .derivationChanged, reworded: .derivationChanged).map { change in
                var change = change
                change.field = "when"
                return change
            }
            if previous.sectors != derivation.sectors {
                changes.append(DiffChange(kind: .derivationChanged, version: version, subject: derivation.id, field: "sectors",
                                          old: .items(previous.sectors), new: .items(derivation.sectors)))
            }
            if previous.violations != derivation.violations {
                changes.append(DiffChange(kind: .derivationChanged, version: version, subject: derivation.id, field: "violations",
                                          old: .items(previous.violations), new: .items(derivation.violations)))
            }
        }
        for derivation in a.derivations where !b.derivations.contains(where: { $0.id == derivation.id }) {
            changes.append(DiffChange(kind: .derivationRemoved, version: version, subject: derivation.id, old: .text(Self.text(derivation)),
                                      witnesses: derivationWitness(derivation, side: .old, date: date)))
        }
        return changes
    }

    /// `harm_minor = false when irreparable_tax_loss or large_social_impact`.
    static func text(_ d: Derivation) -> String {
        "\(d.fact) = \(WitnessCase.scalar(d.value)) when \(d.condition.source)"
    }

    /// A violation the derivation concerns.
    private func violation(for d: Derivation) -> String? {
        if let code = d.violations.first { return code }
        if !d.sectors.isEmpty { return new.violations.first { $0.sector.map(d.sectors.contains) ?? false }?.code }
        return anyViolation
    }

    /// A decision rests on a derivation when an item reading the derived fact decides, or the decision waits for it.
    private func attribution(for d: Derivation) -> Attribution {
        let readers = (new.lists + old.lists).flatMap { list in list.items.map { (list, $0) } }
            .filter { _, item in (item.conditions + item.exclusions).contains { $0.expression.factNames.contains(d.fact) } }
        return .fact(d.fact, readers: readers.map { Attribution.ItemKey(list: $0.0.id, item: $0.1.id) })
    }

    /// A case on which the derivation fires (its condition holds); the derived fact itself is left for it to set.
    private func derivationWitness(_ d: Derivation, side: Witness.Side, date: CivilDate) -> [Witness] {
        guard options.witnesses, let violation = violation(for: d),
              let seed = search.satisfying(RuleConditions([d.condition.expression]), side: side, violation: violation, act: date),
              let found = builder.build(seed, id: "diff-\(d.id)-\(side.rawValue)", violation: violation, date: date,
                                        region: caseRegion(inside: nil), attribution: attribution(for: d), unknown: [d.fact])
        else { return [] }
        return [found]
    }

    // MARK: Regions

    /// Divisions and groups added, removed, or changed in code, parent, members or placeholder status (a changed parent
    /// or membership changes which lists reach a case).
    func diffRegions() -> DocumentDiff? {
        var changes: [DiffChange] = []
        for region in new.regions {
            guard let previous = old.regionTable.resolve(region.name), previous.name == region.name else {
                changes.append(DiffChange(kind: .regionAdded, subject: region.name, new: .text(region.code ?? region.members.joined(separator: "、"))))
                continue
            }
            func field(_ name: String, _ x: String, _ y: String) {
                if x != y { changes.append(DiffChange(kind: .regionDefinitionChanged, subject: region.name, field: name, old: .text(x), new: .text(y))) }
            }
            field("code", previous.code ?? "—", region.code ?? "—")
            field("parent", previous.parent ?? "—", region.parent ?? "—")
            field("members", previous.members.joined(separator: "、"), region.members.joined(separator: "、"))
            field("placeholder", String(previous.placeholder), String(region.placeholder))
        }
        for region in old.regions where new.regionTable.resolve(region.name)?.name != region.name {
            changes.append(DiffChange(kind: .regionRemoved, subject: region.name, old: .text(region.code ?? region.members.joined(separator: "、"))))
        }
        return changes.isEmpty ? nil : DocumentDiff(kind: .regions, id: "regions", title: "regions", changes: changes)
    }
}
