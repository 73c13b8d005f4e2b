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
    /// minimum rounded up to the fen, the maximum down, so the range never leaves what the statute allows).
    static func statutory(standard: DiscretionStandard, basis: (String) -> Money?) -> Result<(min: Money, max: Money), MissingBasis> {
        switch standard.statutory {
        case .amounts(let lo, let hi):
            return .success((lo, hi))
        case .multiples(let name, let lo, let hi):
            guard let base = basis(name) else { return .failure(MissingBasis(name: name)) }
            return .success((base.multiplied(by: lo, roundingUp: true), base.multiplied(by: hi)))
        }
    }

    /// The range for `outcome` (or for `tier` when the tier was chosen by the standard) under `standard`.
    static func range(standard: DiscretionStandard, outcome: Outcome, tier: Tier?, basis: (String) -> Money?) -> FineComputation {
        let statutoryMin: Money, statutoryMax: Money
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
        let chosen = tier ?? standard.tiers.first { $0.outcome == outcome }
        let tierName = chosen?.name ?? outcome.rawValue
        let band: Band
        // Under the midpoint model 从轻 lies strictly below the midpoint (粤环发〔2021〕7号 Art. 12: 从轻 < 平均值),
        // whether the tier's band was written out or derived by the decoder.
        let maxExclusiveBelowMidpoint = standard.model == .midpoint && outcome == .lighter
        if let explicit = chosen?.band {
            band = explicit
        } else if let derived = standard.bandFor(tierOutcome: outcome) {
            band = derived
        } else {
            return .unavailable("standard \(standard.id) gives no band for the \(tierName) tier",
                                "裁量基准 \(standard.id) 未给出\(outcome.chinese)档次的幅度")
        }
        let lo: Money, hi: Money
        switch band {
        case .fraction(let from, let to):
            let span = statutoryMax - statutoryMin
            lo = statutoryMin + span.multiplied(by: from, roundingUp: true)
            hi = statutoryMin + span.multiplied(by: to)
        case .amounts(let a, let b):
            (lo, hi) = (a, b)
        }
        let maxInclusive: Bool
        if maxExclusiveBelowMidpoint {
            maxInclusive = false
        } else if lo == hi {
            // A single amount (一般 = 平均值 under the midpoint model) is that amount, whatever 以下 means.
            maxInclusive = true
        } else {
            switch standard.boundary {
            case .inclusive: maxInclusive = true
            // 以下 excludes the bound, except the statutory maximum itself, which the statute allows.
            case .lowerInclusive: maxInclusive = hi == statutoryMax
            }
        }
        return .range(FineRange(min: lo, max: hi, minInclusive: true, maxInclusive: maxInclusive, tier: tierName,
                                standardID: standard.id, standardEffective: effective, standardDocument: standard.info.document))
    }
}
