import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The name under which a missing discovery date (`dates.discovered`) is reported among the missing facts.
public let discoveryDateFactName = "dates.discovered"

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
    /// True when a period whose condition read a presumed value would have given another answer than the governing
    /// one: only then does the decision rest on that presumption.
    var restsOnPresumption = false
}

extension Engine {
    /// Applies the limitation periods in force on `selection.date` (行政处罚法 Art. 36 and special laws).
    func limitation(_ record: CaseRecord, selection: VersionSelection, values: CaseValues, explain: Bool = true) -> LimitationResult {
        let rulesInForce = selection.limitations.keys.sorted().compactMap { selection.limitations[$0].map { catalog.limitations[$0] } }
        guard !rulesInForce.isEmpty else {
            return LimitationResult(barred: nil, period: nil, rules: nil, deciding: [], trace: [],
                                    notes: [("no limitation rules are in force on \(selection.date): limitation not checked",
                                             "\(selection.date) 无有效的时效规则：未审查追责时效")])
        }
        if record.dates.continuing == true, record.dates.actEnd == nil {
            // 行政处罚法 Art. 36 ¶2: a continuing act's period runs from the day it ends; never from its start.
            let basis = rulesInForce.flatMap(\.periods).flatMap(\.basis).map(\.text)
            let first = rulesInForce[0]
            let note = "a continuing act whose end the file does not record: the limitation period runs from the day the act ends, so it has not started and the case is not time-barred"
            let noteZh = "违法行为有连续或者继续状态，案卷未载明行为终了之日：追责时效自行为终了之日起计算，尚未开始，不超过追责时效"
            var entry = TraceEntry(kind: .limitation, listID: first.id, listEffective: first.validity.effective, document: "",
                                   itemID: "continuing", title: "追责时效", status: .notApplicable, outcome: nil,
                                   mandatory: true, citations: Array(Set(basis)).sorted(), notes: [note], notesZh: [noteZh])
            entry.titleEn = "limitation period"
            return LimitationResult(barred: false, period: nil, rules: first, deciding: [], trace: explain ? [entry] : [],
                                    notes: [(note, noteZh)])
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
                let condition = period.condition.map { result($0, values: values, lookup) }
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
        // The period starts the day after the act (民法典 Art. 201) and ends on the same calendar day `years` later
        // (Art. 202; 2-29 falls to 2-28): a discovery on that day is within, the next day is barred.
        func barred(_ candidate: Candidate?, discoveredOn day: CivilDate) -> Bool {
            guard let candidate else { return false }
            return day > start.adding(years: candidate.period.years)
        }
        var barredValue: Bool?
        var deciding: [String] = []
        var notes: [(String, String)] = []
        if let discovered {
            if barred(governing, discoveredOn: discovered) == barred(optimisticGoverning, discoveredOn: discovered) {
                barredValue = barred(governing, discoveredOn: discovered)
            } else {
                for candidate in candidates where candidate.truth == .unknown {
                    if let condition = candidate.period.condition {
                        for name in decidingFacts(condition.expression, values: values, lookup) where !deciding.contains(name) { deciding.append(name) }
                    }
                }
            }
        } else if let latest = record.dates.filed ?? record.dates.decided {
            // An agency files (立案) and decides only after it has discovered the act, so the discovery date is at most
            // the filing date, else the decision date: if even that is within the shortest period, nothing is barred.
            if !barred(governing, discoveredOn: latest) {
                barredValue = false
                notes.append(("the discovery date (dates.discovered) is missing, but even a discovery on \(latest) (filing or decision date) is within the limitation period",
                              "案卷未载明发现之日（dates.discovered），但即使在\(latest)（立案或决定之日）发现，也未超过追责时效"))
            } else {
                // Unknown, never "not barred": the discovery date decides (a missing fact is unknown, not false).
                deciding = [discoveryDateFactName]
                if governing?.period.years != optimisticGoverning?.period.years {
                    for candidate in candidates where candidate.truth == .unknown {
                        if let condition = candidate.period.condition {
                            for name in decidingFacts(condition.expression, values: values, lookup) where !deciding.contains(name) { deciding.append(name) }
                        }
                    }
                }
                notes.append(("the discovery date (dates.discovered) is missing and the case was filed or decided on \(latest), after the limitation period ends: whether it is time-barred depends on when it was discovered",
                              "案卷未载明发现之日（dates.discovered），而立案或决定之日\(latest)已在追责时效届满之后：是否超过时效取决于发现之日"))
            }
        } else {
            notes.append(("the discovery date (dates.discovered) is missing and the case has no filing or decision date, so limitation could not be checked; the case is not blocked",
                          "案卷未载明发现之日（dates.discovered），亦无立案或决定之日，无法审查追责时效；不影响后续判断"))
        }
        let replacedIDs = Set(pessimistic.isEmpty ? [] : candidates.filter { $0.truth == .yes }.compactMap(\.period.replaces))
        for candidate in candidates {
            let status: TraceStatus
            switch candidate.truth {
            case .no: status = .notApplicable
            case .unknown: status = .undetermined
            case .yes: status = replacedIDs.contains(candidate.period.id) ? .superseded : .applied
            }
            let years = candidate.period.years
            guard explain else {
                var entry = TraceEntry(kind: .limitation, listID: candidate.rules.id, listEffective: candidate.rules.validity.effective,
                                       document: "", itemID: candidate.period.id, title: "\(years)年追责时效", status: status, outcome: nil,
                                       mandatory: true, conditions: candidate.condition.map { [$0] } ?? [],
                                       deciding: candidate.truth == .unknown ? deciding : [], citations: candidate.period.basis.map(\.text))
                entry.titleEn = "\(years)-year limitation period"
                trace.append(entry)
                continue
            }
            let end = start.adding(years: years)
            var note = "\(years) years from \(start)\(record.dates.actEnd == nil ? " (the act date)" : " (the end of the continuing act)"), last day \(end)"
            var noteZh = "自\(start)\(record.dates.actEnd == nil ? "（违法行为发生之日）" : "（连续或者继续状态终了之日）")起计算\(years)年，最后一日为\(end)"
            if let discovered {
                note += "; discovered \(discovered): " + (discovered > end ? "after the period" : "within the period")
                noteZh += "；\(discovered)发现：" + (discovered > end ? "已超过该期限" : "在该期限内")
            }
            if !candidate.period.sectors.isEmpty {
                note += "; applies to sectors \(candidate.period.sectors.joined(separator: ", ")) (the violation's sector: \(sector ?? "none"))"
                // Sector names are rule identifiers: quoted, as identifiers are in every Chinese message.
                noteZh += "；仅适用于 \(candidate.period.sectors.map { "`\($0)`" }.joined(separator: "、")) 领域（本违法行为：\(sector.map { "`\($0)`" } ?? "未设")）"
            }
            if status == .superseded {
                note += "; replaced by a special-law period (法律另有规定)"
                noteZh += "；被特别法规定的期限取代（法律另有规定的除外）"
            }
            var entry = TraceEntry(kind: .limitation, listID: candidate.rules.id, listEffective: candidate.rules.validity.effective,
                                   document: "", itemID: candidate.period.id, title: "\(years)年追责时效",
                                   status: status, outcome: nil, mandatory: true,
                                   conditions: candidate.condition.map { [$0] } ?? [],
                                   deciding: candidate.truth == .unknown ? deciding : [],
                                   citations: candidate.period.basis.map(\.text), notes: [note], notesZh: [noteZh])
            entry.titleEn = "\(years)-year limitation period"
            trace.append(entry)
        }
        // The decision rests on a presumption read here only when the period it closed would have changed the answer.
        let discoveryBound = discovered ?? record.dates.filed ?? record.dates.decided
        let restsOnPresumption = discoveryBound.map { day in
            candidates.contains { candidate in
                candidate.condition?.values.contains { $0.origin == .presumed } == true
                    && candidate.truth == .no && barred(candidate, discoveredOn: day) != barred(governing, discoveredOn: day)
            }
        } ?? false
        return LimitationResult(barred: barredValue, period: governing?.period, rules: governing?.rules, deciding: deciding,
                                trace: trace, notes: notes, restsOnPresumption: restsOnPresumption)
    }
}
