import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// Histories of prior violations that tell first-offence tests apart, so that a change of window (`1y` → `2y`) or of
/// "the same kind" gets a witness with a concrete `prior_violations` list.
///
/// The constraint search cannot look into the built-in `first_offence`: its value comes from the case's history and the
/// item's window. So each candidate history is turned into the value each version's test gives it, `first_offence` is
/// replaced by that value in the version's conditions, and the search runs on what is left.
struct HistoryScenario: Sendable {
    /// The prior violations of the case, dated relative to its act date.
    var priors: [PriorViolation]
    /// What each version's first-offence test says for this history.
    var firstOffenceOld: Bool
    var firstOffenceNew: Bool

    /// The scenarios that give distinct pairs of first-offence values for `violation` acted on `act`, simplest first
    /// (no history, then a prior the day before, then priors at the edges of the one- and two-year windows, then priors
    /// of the same category and of another kind).
    static func distinct(old: FirstOffenceRule, new: FirstOffenceRule, violation: String, act: CivilDate,
                         catalogs: [Catalog]) -> [HistoryScenario] {
        let category = catalogs.lazy.compactMap { $0.violation(code: violation)?.category }.first
        let all = catalogs.flatMap(\.violations)
        let sameCategory = category.flatMap { c in all.first { $0.code != violation && $0.category == c }?.code }
        let otherKind = all.first { $0.code != violation && (category == nil || $0.category != category) }?.code
        var histories: [[PriorViolation]] = [
            [],
            [PriorViolation(violation: violation, date: act.adding(days: -1))],
            [PriorViolation(violation: violation, date: act.adding(years: -1))],
            [PriorViolation(violation: violation, date: act.adding(years: -1).adding(days: -1))],
            [PriorViolation(violation: violation, date: act.adding(years: -2).adding(days: -1))],
        ]
        if let sameCategory { histories.append([PriorViolation(violation: sameCategory, date: act.adding(days: -1))]) }
        if let otherKind { histories.append([PriorViolation(violation: otherKind, date: act.adding(days: -1))]) }
        var seen: Set<[Bool]> = []
        var result: [HistoryScenario] = []
        for priors in histories {
            let a = firstOffence(old, priors: priors, violation: violation, act: act, catalogs: catalogs)
            let b = firstOffence(new, priors: priors, violation: violation, act: act, catalogs: catalogs)
            if seen.insert([a, b]).inserted { result.append(HistoryScenario(priors: priors, firstOffenceOld: a, firstOffenceNew: b)) }
        }
        return result
    }

    /// The first-offence test of docs/RULE-FORMAT.md ("First offence") for an explicit history: only priors strictly
    /// before the act and inside the window count; the engine's answer is checked again when the witness is decided.
    static func firstOffence(_ rule: FirstOffenceRule, priors: [PriorViolation], violation: String, act: CivilDate,
                             catalogs: [Catalog]) -> Bool {
        let earliest: CivilDate?
        switch rule.window {
        case .none: return true
        case .oneYear: earliest = act.adding(years: -1)
        case .twoYears: earliest = act.adding(years: -2)
        case .ever: earliest = nil
        }
        func category(_ code: String) -> String? { catalogs.lazy.compactMap { $0.violation(code: code)?.category }.first }
        return !priors.contains { prior in
            guard prior.date < act else { return false }
            if let earliest, prior.date < earliest { return false }
            switch rule.sameKind {
            case .any: return true
            case .violation: return prior.violation == violation
            case .category:
                guard let c = category(violation) else { return prior.violation == violation }
                return category(prior.violation) == c
            }
        }
    }
}

/// What must hold for an item (or tier) to apply, as expressions the constraint search reads.
enum Applicability {
    /// All conditions and none of the exclusions.
    static func expressions(conditions: [Condition], exclusions: [Condition] = []) -> [Expression] {
        conditions.map(\.expression) + exclusions.map { .not($0.expression, $0.expression.span) }
    }

    /// The expressions with `first_offence` fixed to `value`.
    static func fixingFirstOffence(_ expressions: [Expression], to value: Bool) -> [Expression] {
        expressions.map { $0.substituting(firstOffenceFactName, with: .boolean(value)) }
    }

    /// True when some expression reads `first_offence`.
    static func usesFirstOffence(_ expressions: [Expression]) -> Bool {
        expressions.contains { $0.factNames.contains(firstOffenceFactName) }
    }
}
