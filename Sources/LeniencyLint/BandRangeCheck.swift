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
                         "the band of tier `\(tier.name)` starts at \(low.displayString), below the statutory minimum \(min.displayString) of standard `\(standard.id)`",
                         hint: "raise the band's `min` to at least \(min.yuanString), or make the tier `mitigated` if it means 减轻处罚")
            }
            if max < high {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         "the band of tier `\(tier.name)` reaches \(high.displayString), above the statutory maximum \(max.displayString) of standard `\(standard.id)`",
                         hint: "lower the band's `max` to at most \(max.yuanString); no discretion standard may exceed the statutory maximum")
            }
        case (.fraction(let from, let to), _):
            if from < .zero || .one < to {
                bag.emit(.bandOutsideStatutoryRange, at: tier.location,
                         "the band of tier `\(tier.name)` runs from \(TierBand.percent(from)) to \(TierBand.percent(to)) of the statutory range; shares must lie between 0% and 100%",
                         hint: "write the band as shares between 0% (statutory minimum) and 100% (statutory maximum)")
            }
        case (.amounts, .multiples):
            break
        }
    }
}
