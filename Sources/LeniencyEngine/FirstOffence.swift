import LeniencyCatalog
import LeniencyCore

/// The built-in `first_offence` test of one item, computed from the case's history.
struct FirstOffenceResult: Sendable {
    /// True, false, or nil when unknown.
    var value: Bool?
    /// Why, for the trace (English).
    var note: String?
}

enum FirstOffence {
    /// Evaluates `rule` for `record`: history wins over a `first_offence` fact, whose disagreement is noted.
    static func evaluate(_ rule: FirstOffenceRule, record: CaseRecord, index: EngineIndex) -> FirstOffenceResult {
        var given: Bool?
        if case .boolean(let b)? = record.facts[firstOffenceFactName] { given = b }
        if rule.window == .none { return FirstOffenceResult(value: true, note: "first-offence window is none: always a first offence") }
        guard let priors = record.priorViolations else {
            if let given { return FirstOffenceResult(value: given, note: "no history given; first_offence fact = \(given)") }
            return FirstOffenceResult(value: nil, note: "no prior_violations given: first offence unknown")
        }
        let act = record.dates.act
        let earliest: CivilDate?
        switch rule.window {
        case .none: earliest = nil
        // "近一年 = 以当次行为发生之日为起算点往前追溯一年": a prior on the same calendar day a year earlier counts.
        case .oneYear: earliest = act.adding(years: -1)
        case .twoYears: earliest = act.adding(years: -2)
        case .ever: earliest = nil
        }
        let category = index.violations[record.violation]?.category
        let counted = priors.filter { prior in
            guard prior.date < act else { return false }
            if let earliest, prior.date < earliest { return false }
            switch rule.sameKind {
            case .any: return true
            case .violation: return prior.violation == record.violation
            case .category:
                guard let category else { return prior.violation == record.violation }
                return index.violations[prior.violation]?.category == category
            }
        }
        let value = counted.isEmpty
        var note = counted.isEmpty
            ? "no prior violation of the same kind (\(rule.sameKind.rawValue)) in window \(rule.window.rawValue)"
            : "prior violation \(counted[0].violation) on \(counted[0].date) counts (window \(rule.window.rawValue), same kind: \(rule.sameKind.rawValue))"
        if let given, given != value {
            note += "; the case's first_offence fact says \(given), but the history decides"
        }
        return FirstOffenceResult(value: value, note: note)
    }
}
