public import LeniencyCatalog
public import LeniencyCore
import LeniencyCaseInput

/// How one factor of a weight table counted for a case.
public enum WeightFactorStatus: String, Sendable, Hashable, CaseIterable {
    /// Exactly one level holds: its weight counts.
    case level
    /// The facts that choose the level are unknown: the lowest level counts (粤环发〔2021〕7号 Art. 5).
    case lowest
    /// The facts are known but no level fits them: the lowest level counts.
    case noLevel = "no-level"
    /// Several levels hold (overlapping levels, which lint reports): the highest counts.
    case highest
}

/// One factor of a model-D computation.
public struct WeightedFactor: Sendable, Hashable {
    /// The factor id.
    public var factor: String
    /// Its label (Chinese) and English label.
    public var label: String
    public var labelEn: String?
    /// The level that counted (its label, else its condition), nil when the lowest level counted for want of facts.
    public var level: String?
    /// The weight that counted.
    public var weight: Ratio
    /// How it counted.
    public var status: WeightFactorStatus
    /// The unknown facts behind a `lowest` factor.
    public var unknown: [String]
}

/// The weight-accumulation computation of one case (model D, 粤环发〔2021〕7号 Art. 6): start plus the factors' weights,
/// at most 100% (and at least the table's floor), times the base; the amount is rounded down to the fen and raised to
/// the statutory minimum when below it.
public struct WeightedFine: Sendable, Hashable {
    /// The standard and its version.
    public var standardID: String
    public var standardEffective: CivilDate
    /// 裁量起点.
    public var start: Ratio
    /// Each factor in table order.
    public var factors: [WeightedFactor]
    /// Start plus every factor's weight, before the cap and the floor.
    public var sum: Ratio
    /// The percentage applied: the sum capped at 100% and raised to the table's floor.
    public var applied: Ratio
    /// The table's floor, when it raised the sum.
    public var floorApplied: Ratio?
    /// What the percentage multiplies.
    public var base: WeightBase
    /// The statutory range of the case.
    public var statutoryMin: Money
    public var statutoryMax: Money
    /// The fine: the product rounded down to the fen, at least the statutory minimum.
    public var amount: Money
    /// True when the product was below the statutory minimum and the minimum is the fine.
    public var raisedToMinimum: Bool
}

extension Engine {
    /// The model-D computation and one trace entry per factor; nil unless `standard` is a weights standard whose
    /// statutory range the case can give (a multiple-based range needs its basis).
    func weightedFine(_ standard: DiscretionStandard, record: CaseRecord, values: CaseValues) -> (fine: WeightedFine, trace: [TraceEntry])? {
        guard standard.model == .weights, let table = standard.weights,
              case .success(let bounds) = FineCalculator.statutory(standard: standard, basis: {
                  CaseFacts.money(named: $0, in: record, catalog: catalog, values: values)
              }), let max = bounds.max else { return nil }
        // `counts_history`: a count the file does not state is counted from its prior violations (含本次).
        var fromHistory: [String: (value: Int64, earlier: Int)] = [:]
        if let priors = record.priorViolations {
            for factor in table.factors {
                guard let rule = factor.history, let fact = factor.fact, values[fact] == nil else { continue }
                let earlier = FirstOffence.priors(rule, record: record, priors: priors, index: index).count
                fromHistory[fact] = (Int64(earlier) + 1, earlier)
            }
        }
        let lookup: (String) -> FactValue? = { name in fromHistory[name].map { .integer($0.value) } ?? values[name] }
        var factors: [WeightedFactor] = []
        var trace: [TraceEntry] = []
        var sum = table.start
        for factor in table.factors {
            let results = factor.levels.map { level -> ConditionResult in
                var reading = result(level.condition, values: values, lookup)
                if let label = level.label { reading.label = "\(label)（\(level.weight.percentText)）" }
                return reading
            }
            let holding = factor.levels.indices.filter { results[$0].truth == .yes }
            let open = factor.levels.indices.filter { results[$0].truth == .unknown }
            var counted: WeightedFactor
            var note: Message
            if let best = holding.max(by: { factor.levels[$0].weight < factor.levels[$1].weight }) {
                let level = factor.levels[best]
                let name = level.label ?? level.condition.source
                counted = WeightedFactor(factor: factor.id, label: factor.label, labelEn: factor.labelEn, level: name, weight: level.weight,
                                         status: holding.count > 1 ? .highest : .level, unknown: [])
                note = holding.count > 1
                    ? Message(.weightsTraceHighest, holding.map { factor.levels[$0].label ?? factor.levels[$0].condition.source },
                              level.weight.percentText)
                    : Message(.weightsTraceLevel, name, level.weight.percentText)
            } else if !open.isEmpty {
                // Art. 5: a factor that cannot be established counts at its lowest level; it does not block the decision.
                var unknown: [String] = []
                for index in open {
                    for name in decidingFacts(factor.levels[index].condition.expression, values: values, lookup) where !unknown.contains(name) {
                        unknown.append(name)
                    }
                }
                counted = WeightedFactor(factor: factor.id, label: factor.label, labelEn: factor.labelEn, level: nil,
                                         weight: factor.lowestWeight, status: .lowest, unknown: unknown)
                note = Message(.weightsTraceLowest, unknown, factor.lowestWeight.percentText)
            } else {
                counted = WeightedFactor(factor: factor.id, label: factor.label, labelEn: factor.labelEn, level: nil,
                                         weight: factor.lowestWeight, status: .noLevel, unknown: [])
                note = Message(.weightsTraceNoLevel, factor.lowestWeight.percentText)
            }
            sum = sum.adding(counted.weight)
            factors.append(counted)
            var entry = TraceEntry(kind: .tier, listID: standard.id, listEffective: standard.validity.effective,
                                   document: standard.info.document, itemID: factor.id, title: factor.label,
                                   status: counted.status == .lowest ? .undetermined : .applied, outcome: nil, mandatory: false,
                                   conditions: results, deciding: counted.unknown,
                                   citations: [standard.info.document].filter { !$0.isEmpty }, unverified: standard.info.unverified)
            if let fact = factor.fact, let count = fromHistory[fact] {
                let how = Message(.weightsTraceCounted, fact, Int(count.value), count.earlier)
                entry.note(how.rendered(.en), how.rendered(.zh))
            }
            entry.note(note.rendered(.en), note.rendered(.zh))
            trace.append(entry)
        }
        var applied = Swift.min(sum, .one)
        var floorApplied: Ratio?
        if let floor = table.floor, applied < floor {
            applied = floor
            floorApplied = floor
        }
        let product: Money = switch table.base {
        case .maximum: max.multiplied(by: applied)
        case .range: bounds.min + (max - bounds.min).multiplied(by: applied)
        }
        let amount = Swift.max(product, bounds.min)
        let fine = WeightedFine(standardID: standard.id, standardEffective: standard.validity.effective, start: table.start,
                                factors: factors, sum: sum, applied: applied, floorApplied: floorApplied, base: table.base,
                                statutoryMin: bounds.min, statutoryMax: max, amount: amount, raisedToMinimum: product < bounds.min)
        return (fine, trace)
    }
}
