import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The built-in `first_offence` test of one item, computed from the case's history.
struct FirstOffenceResult: Sendable {
    /// True, false, or nil when unknown.
    var value: Bool?
    /// Why, for the trace (English).
    var note: String?
    /// The same in Chinese.
    var noteZh: String?
}

enum FirstOffence {
    /// Evaluates `rule` for `record`: history wins over a `first_offence` fact, whose disagreement is noted.
    static func evaluate(_ rule: FirstOffenceRule, record: CaseRecord, index: EngineIndex, explain: Bool = true) -> FirstOffenceResult {
        var given: Bool?
        if case .boolean(let b)? = record.facts[firstOffenceFactName] { given = b }
        if rule.window == .none {
            return FirstOffenceResult(value: true, note: "first-offence window is none: always a first offence",
                                      noteZh: "首违回溯期限为无：始终视为初次违法")
        }
        guard let priors = record.priorViolations else {
            if let given {
                return FirstOffenceResult(value: given, note: "no history given; first_offence fact = \(given)",
                                          noteZh: "案卷未载明违法记录；按 first_offence 事实 = \(given)")
            }
            return FirstOffenceResult(value: nil, note: "no prior_violations given: first offence unknown",
                                      noteZh: "案卷未载明违法记录（prior_violations）：是否初次违法未知")
        }
        let act = record.dates.act
        let counted = Self.priors(rule, record: record, priors: priors, index: index)
        let value = counted.isEmpty
        guard explain else { return FirstOffenceResult(value: value, note: nil) }
        return describe(rule, act: act, counted: counted, value: value, given: given)
    }

    /// The priors of the same kind (`rule.sameKind`) inside the window before the act date, strictly before it.
    static func priors(_ rule: FirstOffenceRule, record: CaseRecord, priors: [PriorViolation], index: EngineIndex) -> [PriorViolation] {
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
        return priors.filter { prior in
            // Only acts strictly before this one make it a repeat: a prior on the act date itself cannot be shown to
            // precede it (case files give days, not times), and a later act is not "before" (行政处罚法 Art. 40:
            // facts that are not clear do not count against the party).
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
    }

    private static func describe(_ rule: FirstOffenceRule, act: CivilDate, counted: [PriorViolation], value: Bool, given: Bool?) -> FirstOffenceResult {
        let windowZh: String
        switch rule.window {
        case .none: windowZh = "无"
        case .oneYear: windowZh = "近一年"
        case .twoYears: windowZh = "近二年"
        case .ever: windowZh = "不限"
        }
        let kindZh: String
        switch rule.sameKind {
        case .violation: kindZh = "同一违法行为"
        case .category: kindZh = "同类违法行为"
        case .any: kindZh = "任何违法行为"
        }
        var note: String, noteZh: String
        if let prior = counted.first {
            note = "prior violation \(prior.violation) on \(prior.date) counts (window \(rule.window.rawValue), same kind: \(rule.sameKind.rawValue))"
            noteZh = "\(prior.date) 的违法记录 \(prior.violation) 计入（回溯：\(windowZh)；范围：\(kindZh)），不属于初次违法"
        } else {
            note = "no prior violation of the same kind (\(rule.sameKind.rawValue)) in window \(rule.window.rawValue) before \(act)"
            noteZh = "\(act) 之前\(windowZh == "不限" ? "" : windowZh)无\(kindZh)的违法记录（回溯：\(windowZh)），属于初次违法"
        }
        if let given, given != value {
            note += "; the case's first_offence fact says \(given), but the history decides"
            noteZh += "；案卷的 first_offence 事实为 \(given)，但以违法记录为准"
        }
        return FirstOffenceResult(value: value, note: note, noteZh: noteZh)
    }
}
