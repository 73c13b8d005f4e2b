import LeniencyCatalog
import LeniencyCore

/// What the fine computation produced.
enum FineComputation: Sendable {
    /// A range.
    case range(FineRange)
    /// The statutory range is a multiple of a money fact the case does not give.
    case missingBasis(String)
    /// No range can be given, with the reason (English, Chinese).
    case unavailable(String, String)
}

/// The money a multiple-based statutory range needs, named, when the case does not give it.
struct MissingBasis: Error {
    var name: String
}

/// Computes fine ranges exactly in fen from a discretion standard.
enum FineCalculator {
    /// The statutory minimum and maximum under `standard`: its fixed amounts, or its multiples of a money fact (the
    /// minimum rounded up to the fen, the maximum down, so the range never leaves what the statute allows); no maximum
    /// where the statute sets only a minimum.
    static func statutory(standard: DiscretionStandard, basis: (String) -> Money?) -> Result<(min: Money, max: Money?), MissingBasis> {
        switch standard.statutory {
        case .minimumOnly(let lo):
            return .success((lo, nil))
        case .amounts(let lo, let hi):
            return .success((lo, hi))
        case .multiples(let name, let lo, let hi):
            guard let base = basis(name) else { return .failure(MissingBasis(name: name)) }
            return .success((base.multiplied(by: lo, roundingUp: true), base.multiplied(by: hi)))
        }
    }

    /// The range for `outcome` (or for `tier` when the tier was chosen by the standard) under `standard`.
    /// Under model D `weighted` is the amount the weight table sets for the case (`Engine.weightedFine`).
    static func range(standard: DiscretionStandard, outcome: Outcome, tier: Tier?, weighted: WeightedFine? = nil,
                      basis: (String) -> Money?) -> FineComputation {
        let statutoryMin: Money, statutoryMax: Money?
        switch statutory(standard: standard, basis: basis) {
        case .success(let bounds): (statutoryMin, statutoryMax) = bounds
        case .failure(let missing): return .missingBasis(missing.name)
        }
        let effective = standard.validity.effective
        switch outcome {
        case .noPenalty:
            return .unavailable("no penalty: no fine", "不予处罚：无罚款")
        case .mitigated:
            if statutoryMin.fen > 0 {
                return .range(FineRange(min: .zero, max: statutoryMin, minInclusive: true, maxInclusive: false, tier: "mitigated",
                                        standardID: standard.id, standardEffective: effective,
                                        note: "减轻: below the statutory minimum \(statutoryMin.displayString)", standardDocument: standard.info.document))
            }
            return .range(FineRange(min: .zero, max: .zero, minInclusive: true, maxInclusive: true, tier: "mitigated",
                                    standardID: standard.id, standardEffective: effective,
                                    note: "减轻: the statutory minimum is zero, so 减轻 means a lighter kind of penalty (e.g. a warning instead of a fine)",
                                    standardDocument: standard.info.document))
        case .lighter, .standard, .heavier:
            break
        }
        if standard.model == .weights {
            return weightsRange(standard: standard, outcome: outcome, weighted: weighted, statutoryMin: statutoryMin, statutoryMax: statutoryMax)
        }
        let chosen = tier ?? standard.tiers.first { $0.outcome == outcome }
        let tierName = chosen?.name ?? outcome.rawValue
        guard let band = chosen?.band ?? standard.bandFor(tierOutcome: outcome) else {
            return .unavailable("standard \(standard.id) gives no band for the \(tierName) tier",
                                "裁量基准 \(standard.id) 未给出\(outcome.chinese)档次的幅度")
        }
        let statutory = StatutoryAmounts(min: statutoryMin, max: statutoryMax)
        guard let own = statutory.interval(band) else {
            return .unavailable("standard \(standard.id): the \(tierName) tier's band needs a statutory maximum",
                                "裁量基准 \(standard.id)：\(outcome.chinese)档次的幅度需要法定最高罚款")
        }
        let others = TierIntervals.others(of: band, outcome: outcome, in: standard, statutory: statutory)
        let flags = TierIntervals.flags(own, others: others, boundary: standard.boundary)
        var range = FineRange(min: own.lo, max: own.hi ?? own.lo, minInclusive: flags.min, maxInclusive: flags.max, tier: tierName,
                              standardID: standard.id, standardEffective: effective, standardDocument: standard.info.document)
        range.maxUnbounded = own.hi == nil
        return .range(range)
    }
}

extension FineCalculator {
    /// Model D: 一般 is the amount the weight table sets; a 从轻 (从重) outcome granted by a list or a tier lies below (above)
    /// that amount and inside the statutory range (docs/LEGAL-CHOICES.md "Model D").
    static func weightsRange(standard: DiscretionStandard, outcome: Outcome, weighted: WeightedFine?,
                             statutoryMin: Money, statutoryMax: Money?) -> FineComputation {
        guard let weighted, let statutoryMax else {
            return .unavailable("standard \(standard.id): the weight table needs a statutory maximum", "裁量基准 \(standard.id)：权重累加需要法定最高罚款")
        }
        let amount = weighted.amount
        let effective = standard.validity.effective
        var range: FineRange
        switch outcome {
        case .lighter:
            range = FineRange(min: statutoryMin, max: amount, minInclusive: true, maxInclusive: amount == statutoryMin, tier: "lighter",
                              standardID: standard.id, standardEffective: effective,
                              note: "\(standard.id): 从轻 below the amount \(amount.displayString) the weight table sets, not below the statutory minimum",
                              standardDocument: standard.info.document)
            range.noteMessage = Message(.fineWeightsLighter, standard.id, amount)
        case .heavier:
            range = FineRange(min: amount, max: statutoryMax, minInclusive: amount == statutoryMax, maxInclusive: true, tier: "heavier",
                              standardID: standard.id, standardEffective: effective,
                              note: "\(standard.id): 从重 above the amount \(amount.displayString) the weight table sets, not above the statutory maximum",
                              standardDocument: standard.info.document)
            range.noteMessage = Message(.fineWeightsHeavier, standard.id, amount)
        default:
            range = FineRange(min: amount, max: amount, minInclusive: true, maxInclusive: true, tier: "standard",
                              standardID: standard.id, standardEffective: effective, standardDocument: standard.info.document)
        }
        return .range(range)
    }
}

/// The statutory minimum and maximum of one case (no maximum for a statute that sets only a minimum).
struct StatutoryAmounts: Sendable {
    var min: Money
    var max: Money?

    /// A band in fen: the lower end rounds up and the upper end down, so the interval never leaves its band.
    func interval(_ band: Band) -> TierInterval? {
        switch band {
        case .fraction(let from, let to):
            guard let max else { return nil }
            let span = max - min
            return TierInterval(lo: min + span.multiplied(by: from, roundingUp: true), hi: min + span.multiplied(by: to))
        case .amounts(let a, let b):
            return TierInterval(lo: a, hi: b)
        case .minimumMultiples(let from, let to):
            return TierInterval(lo: min.multiplied(by: from, roundingUp: true), hi: to.map { min.multiplied(by: $0) })
        }
    }
}

/// A tier's amounts before the boundary convention is applied; nil `hi` has no upper end.
struct TierInterval: Sendable, Hashable {
    var lo: Money
    var hi: Money?
    var isPoint: Bool { hi == lo }
}

/// Which tier owns an amount two tiers' bands share, so that every amount belongs to one tier at most.
///
/// A tier that is a single amount (一般 = 平均值 under the midpoint model) owns it. Otherwise the declared
/// convention decides: `inclusive` (以上/以下 both include the number) gives the shared amount to the lower tier —
/// 从轻 keeps its upper bound and 一般 starts above it; `lower-inclusive` (以上 includes, 以下 excludes) gives it to
/// the upper tier. An endpoint no other tier shares is included. docs/LEGAL-CHOICES.md.
enum TierIntervals {
    /// The intervals of the standard's other in-range tiers (and of the outcomes its model implies) for this case.
    static func others(of band: Band, outcome: Outcome, in standard: DiscretionStandard, statutory: StatutoryAmounts) -> [TierInterval] {
        var bands: [Band] = standard.tiers.filter { [.lighter, .standard, .heavier].contains($0.outcome) }
            .compactMap { $0.band ?? standard.bandFor(tierOutcome: $0.outcome) }
        for implied in [Outcome.lighter, .standard, .heavier] where !standard.tiers.contains(where: { $0.outcome == implied }) {
            if let derived = standard.bandFor(tierOutcome: implied) { bands.append(derived) }
        }
        return bands.filter { $0 != band }.compactMap(statutory.interval)
    }

    /// (minInclusive, maxInclusive) of `own` next to `others`.
    static func flags(_ own: TierInterval, others: [TierInterval], boundary: BoundaryConvention) -> (min: Bool, max: Bool) {
        if own.isPoint { return (true, true) }
        let rivals = others.filter { $0 != own }
        var minInclusive = true, maxInclusive = true
        if rivals.contains(where: { $0.isPoint && $0.lo == own.lo }) {
            minInclusive = false
        } else if rivals.contains(where: { $0.hi == own.lo }) {
            minInclusive = boundary == .lowerInclusive
        }
        if let hi = own.hi {
            if rivals.contains(where: { $0.isPoint && $0.lo == hi }) {
                maxInclusive = false
            } else if rivals.contains(where: { $0.lo == hi && $0.hi != hi }) {
                maxInclusive = boundary == .inclusive
            }
        }
        return (minInclusive, maxInclusive)
    }
}
