import LeniencyCatalog
import LeniencyCore

extension CatalogDiffer {
    /// All versions of one list.
    func diffList(_ id: String) -> DocumentDiff? {
        let olds = old.lists.filter { $0.id == id }, news = new.lists.filter { $0.id == id }
        let changes = versionChanges(olds, news, validity: \.validity, compare: compare,
                                     oneSided: { list, side in wholeListWitnesses(list, side: side, date: list.validity.effective) })
        guard !changes.isEmpty, let shown = news.last ?? olds.last else { return nil }
        return DocumentDiff(kind: .list, id: id, title: shown.info.title, document: shown.info.document, changes: changes)
    }

    /// One witness for a list (version) that exists on one side only: the first of its items that yields one.
    private func wholeListWitnesses(_ list: LeniencyList, side: Witness.Side, date: CivilDate, caseScope: String? = nil) -> [Witness] {
        for item in list.items.prefix(8) {
            let found = itemWitness(item, list: list, side: side, date: date, caseScope: caseScope)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// A witness for an item present on one side: the item applies, and the case is decided differently.
    /// The case arises in `caseScope` when given, else inside the list's region.
    private func itemWitness(_ item: ListItem, list: LeniencyList, side: Witness.Side, date: CivilDate, violation: String? = nil,
                             caseScope: String? = nil) -> [Witness] {
        guard options.witnesses else { return [] }
        let code = violation ?? item.violations.first ?? anyViolation
        guard let code else { return [] }
        let rule = RuleConditions(Applicability.expressions(conditions: item.conditions, exclusions: item.exclusions), firstOffence: item.firstOffence)
        return witness(search.satisfying(rule, side: side, violation: code, act: date), id: "diff-\(item.id)-\(side.rawValue)",
                       violation: code, date: date, scope: caseScope ?? list.info.region, attribution: .item(list: list.id, item: item.id))
    }

    /// Two versions of a list: document information, validity, policy, and item by item.
    private func compare(_ a: LeniencyList, _ b: LeniencyList, addedVersion: Bool) -> [DiffChange] {
        let version = b.validity.effective
        var changes: [DiffChange] = []
        func info(_ kind: ChangeKind, _ x: String?, _ y: String?) {
            if x != y { changes.append(DiffChange(kind: kind, version: version, old: x.map(DiffValue.text), new: y.map(DiffValue.text))) }
        }
        if !addedVersion, a.validity.effective != b.validity.effective {
            // A day on which exactly one of the two is in force.
            let day = min(a.validity.effective, b.validity.effective)
            let inForce = a.validity.effective < b.validity.effective ? (a, Witness.Side.old) : (b, Witness.Side.new)
            changes.append(DiffChange(kind: .effectiveChanged, version: version, old: .date(a.validity.effective), new: .date(b.validity.effective),
                                      witnesses: wholeListWitnesses(inForce.0, side: inForce.1, date: day)))
        }
        if !addedVersion, a.validity.expires != b.validity.expires {
            var witnesses: [Witness] = []
            // The day after the earlier expiry: one version is still in force, the other is not.
            switch (a.validity.expires, b.validity.expires) {
            case (let x?, let y?): witnesses = x < y ? wholeListWitnesses(b, side: .new, date: x.adding(days: 1))
                                                     : wholeListWitnesses(a, side: .old, date: y.adding(days: 1))
            case (let x?, nil): witnesses = wholeListWitnesses(b, side: .new, date: x.adding(days: 1))
            case (nil, let y?): witnesses = wholeListWitnesses(a, side: .old, date: y.adding(days: 1))
            case (nil, nil): break
            }
            changes.append(DiffChange(kind: .expiryChanged, version: version, old: .date(a.validity.expires), new: .date(b.validity.expires),
                                      witnesses: witnesses))
        }
        info(.titleChanged, a.info.title, b.info.title)
        info(.issuerChanged, a.info.issuer, b.info.issuer)
        info(.documentNumberChanged, a.info.document, b.info.document)
        if a.info.region != b.info.region {
            changes.append(DiffChange(kind: .regionChanged, version: version, old: a.info.region.map(DiffValue.text), new: b.info.region.map(DiffValue.text),
                                      witnesses: regionWitnesses(a, b)))
        }
        if a.implements.map(\.text) != b.implements.map(\.text) {
            changes.append(DiffChange(kind: .implementsChanged, version: version, old: .items(a.implements.map(\.text)), new: .items(b.implements.map(\.text))))
        }
        info(.listKindChanged, a.kind.rawValue, b.kind.rawValue)
        info(.hitPolicyChanged, a.hitPolicy.rawValue, b.hitPolicy.rawValue)
        info(.scopeChanged, a.scope.rawValue, b.scope.rawValue)

        let date = addedVersion ? b.validity.effective : VersionPairing.commonDay(a.validity, b.validity)
        let oldIDs = a.items.map(\.id), newIDs = b.items.map(\.id)
        let moved = VersionPairing.moved(oldOrder: oldIDs, newOrder: newIDs)
        for (position, item) in b.items.enumerated() {
            if let previous = a.items.first(where: { $0.id == item.id }) {
                if moved.contains(item.id), let from = oldIDs.firstIndex(of: item.id) {
                    changes.append(DiffChange(kind: .itemMoved, version: version, subject: item.id, field: "position",
                                              old: .text(String(from + 1)), new: .text(String(position + 1))))
                }
                changes += compare(previous, item, list: b.id, scope: b.info.region, date: date, version: version)
            } else if let elsewhere = old.lists.first(where: { $0.id != b.id && $0.items.contains { $0.id == item.id } }),
                      let previous = elsewhere.items.first(where: { $0.id == item.id }) {
                changes.append(DiffChange(kind: .itemMoved, version: version, subject: item.id, field: "list",
                                          old: .text(elsewhere.id), new: .text(b.id)))
                changes += compare(previous, item, list: b.id, scope: b.info.region, date: date, version: version)
            } else {
                changes.append(DiffChange(kind: .itemAdded, version: version, subject: item.id, new: .text(item.title),
                                          witnesses: itemWitness(item, list: b, side: .new, date: date)))
            }
        }
        for item in a.items where !newIDs.contains(item.id) {
            // An item moved to another list is reported there.
            guard !new.lists.contains(where: { $0.id != a.id && $0.items.contains { $0.id == item.id } }) else { continue }
            changes.append(DiffChange(kind: .itemRemoved, version: version, subject: item.id, old: .text(item.title),
                                      witnesses: itemWitness(item, list: a, side: .old, date: date)))
        }
        return changes
    }

    /// A case from a place one version's region covers and the other's does not, met by the covering version's items.
    private func regionWitnesses(_ a: LeniencyList, _ b: LeniencyList) -> [Witness] {
        for candidate in [b.info.region, a.info.region] {
            guard let place = caseRegion(inside: candidate) else { continue }
            let before = covers(a.info.region, place, old.regionTable), after = covers(b.info.region, place, new.regionTable)
            guard before != after else { continue }
            let date = VersionPairing.commonDay(a.validity, b.validity)
            let found = after ? wholeListWitnesses(b, side: .new, date: date, caseScope: place) : wholeListWitnesses(a, side: .old, date: date, caseScope: place)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// True when a document of region `scope` (none: nationwide) applies to a case from `place`.
    private func covers(_ scope: String?, _ place: String, _ table: RegionTable) -> Bool {
        guard let scope, !table.isNational(scope) else { return true }
        return table.covers(scope, place) ?? false
    }

    /// Two versions of one item.
    private func compare(_ a: ListItem, _ b: ListItem, list: String, scope: String?, date: CivilDate, version: CivilDate) -> [DiffChange] {
        var changes: [DiffChange] = []
        let id = b.id
        if a.title != b.title {
            changes.append(DiffChange(kind: .itemRetitled, version: version, subject: id, old: .text(a.title), new: .text(b.title)))
        }
        let attribution = Attribution.item(list: list, item: id)
        let oldRule = RuleConditions(Applicability.expressions(conditions: a.conditions, exclusions: a.exclusions), firstOffence: a.firstOffence)
        let newRule = RuleConditions(Applicability.expressions(conditions: b.conditions, exclusions: b.exclusions), firstOffence: b.firstOffence)
        if Set(a.violations) != Set(b.violations) {
            var witnesses: [Witness] = []
            if let added = b.violations.first(where: { !a.violations.contains($0) }) {
                witnesses += witness(search.satisfying(newRule, side: .new, violation: added, act: date), id: "diff-\(id)-\(added)",
                                     violation: added, date: date, scope: scope, attribution: attribution)
            }
            if let removed = a.violations.first(where: { !b.violations.contains($0) }) {
                witnesses += witness(search.satisfying(oldRule, side: .old, violation: removed, act: date), id: "diff-\(id)-\(removed)",
                                     violation: removed, date: date, scope: scope, attribution: attribution)
            }
            changes.append(DiffChange(kind: .itemViolationsChanged, version: version, subject: id, old: .items(a.violations),
                                      new: .items(b.violations), witnesses: witnesses))
        }
        let violation = b.violations.first(where: a.violations.contains) ?? b.violations.first ?? a.violations.first ?? anyViolation
        changes += compareConditions(old: (a.conditions, a.exclusions, oldRule), new: (b.conditions, b.exclusions, newRule),
                                     subject: id, violation: violation, date: date, version: version, scope: scope, attribution: attribution)
        func both(_ suffix: String) -> [Witness] {
            guard let violation else { return [] }
            return witness(search.satisfyingBoth(old: oldRule, new: newRule, violation: violation, act: date), id: "diff-\(id)-\(suffix)",
                           violation: violation, date: date, scope: scope, attribution: attribution)
        }
        if a.mandatory != b.mandatory {
            changes.append(DiffChange(kind: .mandatoryChanged, version: version, subject: id, old: .mandatory(a.mandatory),
                                      new: .mandatory(b.mandatory), witnesses: both("mandatory")))
        }
        if a.outcome != b.outcome {
            changes.append(DiffChange(kind: .outcomeChanged, version: version, subject: id, old: .outcome(a.outcome), new: .outcome(b.outcome),
                                      witnesses: both("outcome")))
        }
        if a.alsoAllows != b.alsoAllows {
            changes.append(DiffChange(kind: .alsoAllowsChanged, version: version, subject: id, old: .items(a.alsoAllows.map(\.rawValue)),
                                      new: .items(b.alsoAllows.map(\.rawValue))))
        }
        if a.followUp != b.followUp {
            changes.append(DiffChange(kind: .followUpChanged, version: version, subject: id, old: .followUp(a.followUp), new: .followUp(b.followUp),
                                      witnesses: both("follow-up")))
        }
        if a.basis.map(\.text) != b.basis.map(\.text) {
            changes.append(DiffChange(kind: .basisChanged, version: version, subject: id, old: .items(a.basis.map(\.text)), new: .items(b.basis.map(\.text))))
        }
        if a.unverified != b.unverified {
            changes.append(DiffChange(kind: .unverifiedChanged, version: version, subject: id, old: .text(String(a.unverified)), new: .text(String(b.unverified))))
        }
        return changes
    }

    /// Conditions, exclusions and the first-offence test of two versions of an item: the same expressions are
    /// unchanged (or reworded when only labels differ); different ones are compared by the constraint search.
    func compareConditions(old: (conditions: [Condition], exclusions: [Condition], rule: RuleConditions),
                           new: (conditions: [Condition], exclusions: [Condition], rule: RuleConditions),
                           subject: String, violation: String?, date: CivilDate, version: CivilDate, scope: String?, attribution: Attribution,
                           changed: ChangeKind = .conditionsChanged, reworded: ChangeKind = .conditionsReworded) -> [DiffChange] {
        let sameExpressions = old.rule.expressions.map(\.rendered) == new.rule.expressions.map(\.rendered)
        let sameWords = old.conditions.map(ConditionText.init) == new.conditions.map(ConditionText.init)
            && old.exclusions.map(ConditionText.init) == new.exclusions.map(ConditionText.init)
        let sameTest = old.rule.firstOffence == new.rule.firstOffence
        let oldValue = DiffValue.conditions(all: old.conditions.map(ConditionText.init), except: old.exclusions.map(ConditionText.init))
        let newValue = DiffValue.conditions(all: new.conditions.map(ConditionText.init), except: new.exclusions.map(ConditionText.init))
        if sameExpressions && sameTest {
            return sameWords ? [] : [DiffChange(kind: reworded, version: version, subject: subject, old: oldValue, new: newValue, verdict: .equivalent)]
        }
        guard let violation else { return [] }
        let (verdict, seeds) = search.compare(old: old.rule, new: new.rule, violation: violation, act: date)
        let found = witnesses(for: seeds, id: "diff-\(subject)", violation: violation, date: date, scope: scope, attribution: attribution)
        var changes: [DiffChange] = []
        if !sameExpressions {
            changes.append(DiffChange(kind: verdict == .equivalent ? reworded : changed, version: version, subject: subject,
                                      old: oldValue, new: newValue, verdict: verdict, witnesses: found))
        }
        if !sameTest {
            changes.append(DiffChange(kind: .firstOffenceChanged, version: version, subject: subject, old: .firstOffence(old.rule.firstOffence),
                                      new: .firstOffence(new.rule.firstOffence), verdict: sameExpressions ? verdict : nil,
                                      witnesses: sameExpressions ? found : []))
        }
        return changes
    }
}
