import LeniencyCatalog
import LeniencyCore

/// What the limitation periods say about a case.
struct LimitationResult: Sendable {
    /// True when time-barred, false when not, nil when it could not be decided.
    var barred: Bool?
    /// The period that governs (the longest applicable), when decided.
    var period: LimitationPeriod?
    /// The rules version holding it.
    var rules: LimitationRules?
    /// Facts that would decide it, when open.
    var deciding: [String]
    var trace: [TraceEntry]
    /// Remarks (English, Chinese).
    var notes: [(String, String)]
}

extension Engine {
    /// Applies the limitation periods in force on `selection.date` (行政处罚法 Art. 36 and special laws).
    func limitation(_ record: CaseRecord, selection: VersionSelection, values: [String: FactValue]) -> LimitationResult {
        let rulesInForce = selection.limitations.keys.sorted().compactMap { selection.limitations[$0].map { catalog.limitations[$0] } }
        guard !rulesInForce.isEmpty else {
            return LimitationResult(barred: nil, period: nil, rules: nil, deciding: [], trace: [],
                                    notes: [("no limitation rules are in force on \(selection.date): limitation not checked",
                                             "\(selection.date) 无有效的时效规则：未审查追责时效")])
        }
        let start = record.dates.actEnd ?? record.dates.act
        let sector = index.violations[record.violation]?.sector
        let lookup: (String) -> FactValue? = { values[$0] }

        struct Candidate { var period: LimitationPeriod; var rules: LimitationRules; var truth: Truth; var condition: ConditionResult? }
        var candidates: [Candidate] = []
        var trace: [TraceEntry] = []
        for rules in rulesInForce {
            for period in rules.periods {
                let sectorMatches = period.sectors.isEmpty || (sector.map { period.sectors.contains($0) } ?? false)
                let condition = period.condition.map { result($0, lookup) }
                let truth: Truth = sectorMatches ? (condition?.truth ?? .yes) : .no
                candidates.append(Candidate(period: period, rules: rules, truth: truth, condition: condition))
            }
        }
        func effective(_ set: [Candidate]) -> [Candidate] {
            let replaced = Set(set.compactMap(\.period.replaces))
            return set.filter { !replaced.contains($0.period.id) }
        }
        let pessimistic = effective(candidates.filter { $0.truth == .yes })
        let optimistic = effective(candidates.filter { $0.truth != .no })
        let governing = pessimistic.max { $0.period.years < $1.period.years }
        let optimisticGoverning = optimistic.max { $0.period.years < $1.period.years }

        let discovered = record.dates.discovered
        func barred(_ candidate: Candidate?) -> Bool {
            guard let candidate, let discovered else { return false }
            // The same calendar day `years` later is still within the period.
            return discovered > start.adding(years: candidate.period.years)
        }
        var barredValue: Bool?
        var deciding: [String] = []
        var notes: [(String, String)] = []
        if discovered == nil {
            notes.append(("the discovery date (dates.discovered) is missing, so limitation could not be checked; the case is not blocked",
                          "案卷未载明发现之日（dates.discovered），无法审查追责时效；不影响后续判断"))
        } else if barred(governing) == barred(optimisticGoverning) {
            barredValue = barred(governing)
        } else {
            for candidate in candidates where candidate.truth == .unknown {
                if let condition = candidate.period.condition {
                    for name in index.evaluator.deciding(condition.expression, lookup) where !deciding.contains(name) { deciding.append(name) }
                }
            }
        }
        let replacedIDs = Set(pessimistic.isEmpty ? [] : candidates.filter { $0.truth == .yes }.compactMap(\.period.replaces))
        for candidate in candidates {
            let status: TraceStatus
            switch candidate.truth {
            case .no: status = .notApplicable
            case .unknown: status = .undetermined
            case .yes: status = replacedIDs.contains(candidate.period.id) ? .superseded : .applied
            }
            var note = "\(candidate.period.years) years from \(start)"
            if let discovered { note += "; discovered \(discovered), period ends \(start.adding(years: candidate.period.years))" }
            if status == .superseded { note += "; replaced by a special-law period" }
            trace.append(TraceEntry(kind: .limitation, listID: candidate.rules.id, listEffective: candidate.rules.validity.effective,
                                    document: "", itemID: candidate.period.id, title: "\(candidate.period.years)y limitation period",
                                    status: status, outcome: nil, mandatory: true,
                                    conditions: candidate.condition.map { [$0] } ?? [],
                                    deciding: candidate.truth == .unknown ? deciding : [],
                                    citations: candidate.period.basis.map(\.text), notes: [note]))
        }
        return LimitationResult(barred: barredValue, period: governing?.period, rules: governing?.rules, deciding: deciding,
                                trace: trace, notes: notes)
    }
}
