import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The start of a witness: facts and a history under which a rule of one version holds (and the other's does not),
/// before the engine has decided anything.
struct WitnessSeed: Sendable {
    var side: Witness.Side
    var facts: [String: FactValue]
    var priors: [PriorViolation]
}

/// The rule a witness must show at work: the decision on the witness's side must rest on it, or the case would show
/// another change of the same revision instead of this one.
enum Attribution: Sendable {
    /// No requirement.
    case none
    /// An item of a list (its penalty outcome or its no-coercion answer).
    case item(list: String, item: String)
    /// Any item of a list.
    case list(String)
    /// A discretion standard's fine range.
    case standard(String)
    /// A limitation period.
    case period(String)
    /// A fact the decision reads: an item reading it decides, or the decision waits for it.
    case fact(String, readers: [ItemKey])

    /// A list item by list id and item id.
    struct ItemKey: Sendable, Hashable {
        var list: String
        var item: String
    }

    /// True when the decision rests on the rule.
    func holds(for decision: DecisionSummary) -> Bool {
        switch self {
        case .none:
            return true
        case .item(let list, let item):
            return [decision.decidedBy, decision.coercionItem].contains { $0?.list.listID == list && $0?.itemID == item }
        case .list(let list):
            return [decision.decidedBy, decision.coercionItem].contains { $0?.list.listID == list }
        case .standard(let id):
            return decision.fine?.standardID == id
        case .period(let id):
            return decision.timeBarred == true && decision.decidedBy?.itemID == id
        case .fact(let name, let readers):
            if decision.outcome == .undetermined, decision.missing.contains(name) { return true }
            return [decision.decidedBy, decision.coercionItem].contains { reference in
                reference.map { readers.contains(ItemKey(list: $0.list.listID, item: $0.itemID)) } ?? false
            }
        }
    }

    /// True when the decision on the seed's side rests on the rule (either side for `both`).
    func holds(side: Witness.Side, old: DecisionSummary, new: DecisionSummary) -> Bool {
        switch side {
        case .old: holds(for: old)
        case .new: holds(for: new)
        case .both: holds(for: old) || holds(for: new)
        }
    }
}

/// One version's condition set: what must hold and the first-offence test `first_offence` means in it.
struct RuleConditions {
    var expressions: [Expression]
    var firstOffence: FirstOffenceRule

    init(_ expressions: [Expression], firstOffence: FirstOffenceRule = .default) {
        self.expressions = expressions
        self.firstOffence = firstOffence
    }
}

/// Runs the constraint search of `LeniencyCatalog` over two versions of a rule, once per distinct first-offence history.
struct WitnessSearch {
    /// The vocabulary both versions' expressions are typed by (new declarations first, then old ones the new lacks).
    let facts: [String: FactDefinition]
    let catalogs: [Catalog]

    init(old: Catalog, new: Catalog) {
        var facts: [String: FactDefinition] = [:]
        for fact in old.facts { facts[fact.name] = fact }
        for fact in new.facts { facts[fact.name] = fact }
        self.facts = facts
        self.catalogs = [new, old]
    }

    /// What the search proved about the two versions, and one seed per direction in which they differ.
    func compare(old: RuleConditions, new: RuleConditions, violation: String, act: CivilDate) -> (verdict: ConditionVerdict, seeds: [WitnessSeed]) {
        var onlyOld: WitnessSeed?, onlyNew: WitnessSeed?
        var oldOpen = false, newOpen = false
        for scenario in scenarios(old, new, violation: violation, act: act) {
            let a = Applicability.fixingFirstOffence(old.expressions, to: scenario.firstOffenceOld)
            let b = Applicability.fixingFirstOffence(new.expressions, to: scenario.firstOffenceNew)
            let comparison = ConstraintAnalysis.compare(a, b, facts: facts)
            switch comparison.onlyFirst {
            case .witness(let values): if onlyOld == nil { onlyOld = WitnessSeed(side: .old, facts: values, priors: scenario.priors) }
            case .gaveUp: oldOpen = true
            case .exhausted: break
            }
            switch comparison.onlySecond {
            case .witness(let values): if onlyNew == nil { onlyNew = WitnessSeed(side: .new, facts: values, priors: scenario.priors) }
            case .gaveUp: newOpen = true
            case .exhausted: break
            }
        }
        let seeds = [onlyOld, onlyNew].compactMap { $0 }
        switch (onlyOld != nil, onlyNew != nil) {
        case (true, true): return (.changed, seeds)
        case (true, false): return (newOpen ? .changed : .narrowed, seeds)
        case (false, true): return (oldOpen ? .changed : .widened, seeds)
        case (false, false): return (oldOpen || newOpen ? .undecided : .equivalent, [])
        }
    }

    /// Facts and a history under which `rule` holds (the side says whose rule it is), or nil when none was found.
    func satisfying(_ rule: RuleConditions, side: Witness.Side, violation: String, act: CivilDate) -> WitnessSeed? {
        for scenario in scenarios(rule, rule, violation: violation, act: act) {
            let fixed = Applicability.fixingFirstOffence(rule.expressions, to: scenario.firstOffenceNew)
            if case .witness(let values) = ConstraintAnalysis.search(satisfyingAll: fixed, facts: facts) {
                return WitnessSeed(side: side, facts: values, priors: scenario.priors)
            }
        }
        return nil
    }

    /// Facts and a history under which both versions' rules hold, or nil.
    func satisfyingBoth(old: RuleConditions, new: RuleConditions, violation: String, act: CivilDate) -> WitnessSeed? {
        for scenario in scenarios(old, new, violation: violation, act: act) {
            let both = Applicability.fixingFirstOffence(old.expressions, to: scenario.firstOffenceOld)
                + Applicability.fixingFirstOffence(new.expressions, to: scenario.firstOffenceNew)
            if case .witness(let values) = ConstraintAnalysis.search(satisfyingAll: both, facts: facts) {
                return WitnessSeed(side: .both, facts: values, priors: scenario.priors)
            }
        }
        return nil
    }

    /// The histories worth trying: one when neither version reads `first_offence`.
    private func scenarios(_ old: RuleConditions, _ new: RuleConditions, violation: String, act: CivilDate) -> [HistoryScenario] {
        guard Applicability.usesFirstOffence(old.expressions) || Applicability.usesFirstOffence(new.expressions) else {
            return [HistoryScenario(priors: [], firstOffenceOld: true, firstOffenceNew: true)]
        }
        return HistoryScenario.distinct(old: old.firstOffence, new: new.firstOffence, violation: violation, act: act, catalogs: catalogs)
    }
}
