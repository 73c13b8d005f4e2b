import LeniencyCore
import LeniencyCatalog

/// B001: a lighter/standard/heavier band must stay inside the statutory range (减轻 tiers excepted: they lie below it by law).
enum BandRangeCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for standard in catalog.standards {
            for tier in standard.tiers where TierBand.isInRangeTier(tier) {
                guard let band = TierBand.band(of: tier, in: standard) else { continue }
                check(band, of: tier, in: standard, into: &bag)
            }
        }
    }

    private static func check(_ band: Band, of tier: Tier, in standard: DiscretionStandard, into bag: inout DiagnosticBag) {
        switch (band, standard.statutory) {
        case (.amounts(let low, let high), .amounts(let min, let max)):
            if low < min {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         Message(.lintBandBelowMinimum, tier.name, low.displayString, min.displayString, standard.id),
                         hint: Message(.lintBandBelowMinimumHint, min.yuanString))
            }
            if max < high {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         Message(.lintBandAboveMaximum, tier.name, high.displayString, max.displayString, standard.id),
                         hint: Message(.lintBandAboveMaximumHint, max.yuanString))
            }
        case (.fraction(let from, let to), _):
            if from < .zero || .one < to {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         Message(.lintBandShares, tier.name, TierBand.percent(from), TierBand.percent(to)),
                         hint: Message(.lintBandSharesHint))
            }
        case (.amounts(let low, _), .minimumOnly(let min)):
            if low < min {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         Message(.lintBandBelowMinimum, tier.name, low.displayString, min.displayString, standard.id),
                         hint: Message(.lintBandBelowMinimumHint, min.yuanString))
            }
        case (.minimumMultiples(let from, _), _):
            if from < .one {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         Message(.lintBandShares, tier.name, TierBand.percent(from), "—"), hint: Message(.lintBandSharesHint))
            }
        case (.amounts, .multiples):
            break
        }
    }
}
