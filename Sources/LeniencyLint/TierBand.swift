import LeniencyCore
import LeniencyCatalog

/// A tier's band as an interval of the statutory range, in fractions of it (0 = minimum, 1 = maximum).
///
/// Mapping amounts and percentages to one scale lets bands written either way be compared exactly.
struct TierBand {
    /// The tier the band belongs to.
    var tier: Tier
    /// Lower end as a fraction of the range.
    var lower: Ratio
    /// Upper end as a fraction of the range.
    var upper: Ratio
    /// Lower end in fen when the band was written in yuan.
    var lowerFen: Int64?
    /// Upper end in fen when the band was written in yuan.
    var upperFen: Int64?

    /// Tiers whose bands lie inside the statutory range: 减轻 and 不予处罚 lie below it by definition.
    static func isInRangeTier(_ tier: Tier) -> Bool {
        tier.outcome == .lighter || tier.outcome == .standard || tier.outcome == .heavier
    }

    /// The band a tier uses: its own, else the one the standard's model derives.
    static func band(of tier: Tier, in standard: DiscretionStandard) -> Band? {
        tier.band ?? standard.bandFor(tierOutcome: tier.outcome)
    }

    /// The bands of a standard's in-range tiers that can be placed on the fraction scale.
    ///
    /// Under a model other than `explicit`, an outcome no tier names still has the model's band (a case that
    /// meets no tier's conditions gets the standard band), so it takes part as an implied tier.
    static func bands(of standard: DiscretionStandard) -> [TierBand] {
        var tiers = standard.tiers.filter(isInRangeTier)
        if standard.model != .explicit {
            for outcome in [Outcome.lighter, .standard, .heavier] where !tiers.contains(where: { $0.outcome == outcome }) {
                tiers.append(Tier(name: "\(outcome.rawValue) (implied by model \(standard.model.rawValue))", outcome: outcome,
                                  conditions: [], band: standard.bandFor(tierOutcome: outcome), location: standard.location))
            }
        }
        return tiers.compactMap { tier in
            guard let band = band(of: tier, in: standard) else { return nil }
            switch (band, standard.statutory) {
            case (.fraction(let from, let to), _):
                return TierBand(tier: tier, lower: from, upper: to)
            case (.amounts(let low, let high), .amounts(let min, let max)):
                let width = max.fen - min.fen
                guard width > 0 else { return nil }
                return TierBand(tier: tier, lower: Ratio(low.fen - min.fen, width), upper: Ratio(high.fen - min.fen, width),
                                lowerFen: low.fen, upperFen: high.fen)
            case (.amounts, .multiples), (.amounts, .minimumOnly), (.minimumMultiples, _):
                // Yuan amounts cannot be placed on a range that depends on each case's 违法所得, nor any band on a
                // range without a maximum.
                return nil
            }
        }
    }

    /// A share as a percentage when it is a whole one (`30%`), else as a fraction (`1/3`).
    static func percent(_ share: Ratio) -> String {
        if 100 % share.denominator == 0 { return "\(share.numerator * (100 / share.denominator))%" }
        return "\(share.numerator)/\(share.denominator)"
    }
}
