import LeniencyCore
import LeniencyCatalog

/// B002 / B003: the tiers' bands of one standard must tile the range without gaps or overlaps.
///
/// A shared endpoint is the normal published form (`600元以下` / `600元以上`) under both boundary
/// conventions, so only a strict overlap is B003. Under `inclusive`, bands written in yuan that are one
/// fen apart (`600元` / `600.01元`) leave no amount uncovered and are not a gap.
enum TierBandsCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for standard in catalog.standards {
            let bands = TierBand.bands(of: standard).sorted { a, b in
                a.lower != b.lower ? a.lower < b.lower : a.upper < b.upper
            }
            guard var reach = bands.first else { continue }
            for band in bands.dropFirst() {
                if band.lower == reach.lower, band.upper == reach.upper, band.tier.outcome == reach.tier.outcome {
                    continue  // Two tiers of one outcome sharing a band (different conditions, same amounts).
                }
                if band.lower < reach.upper {
                    bag.emit(.tierOverlap, at: band.tier.location,
                             Message(.lintTierOverlap, band.tier.name, describe(band, standard), reach.tier.name, describe(reach, standard), standard.id),
                             hint: Message(.lintTierOverlapHint, band.tier.name, reach.tier.name, endpoint(reach, upper: true, standard)),
                             notes: [.init(location: reach.tier.location, Message(.lintTierDeclaredHere, reach.tier.name))])
                } else if isGap(from: reach, to: band, boundary: standard.boundary), !gapsIntended(standard) {
                    bag.emit(.tierGap, at: band.tier.location,
                             Message(.lintTierGap, standard.id, endpoint(reach, upper: true, standard), reach.tier.name,
                                     endpoint(band, upper: false, standard), band.tier.name),
                             hint: Message(.lintTierGapHint, band.tier.name, endpoint(reach, upper: true, standard), reach.tier.name),
                             notes: [.init(location: reach.tier.location, Message(.lintTierDeclaredHere, reach.tier.name))])
                }
                if reach.upper < band.upper { reach = band }
            }
        }
    }

    /// The midpoint and steps models leave gaps on purpose where the statute sets only a maximum (从轻 up to 20% of
    /// it, 一般 at 50% or 40%–60%), and the midpoint model's 一般 is a single amount.
    private static func gapsIntended(_ standard: DiscretionStandard) -> Bool {
        (standard.model == .midpoint || standard.model == .steps) && standard.statutory.onlyMaximum
    }

    private static func isGap(from earlier: TierBand, to later: TierBand, boundary: BoundaryConvention) -> Bool {
        guard earlier.upper < later.lower else { return false }
        if boundary == .inclusive, let end = earlier.upperFen, let start = later.lowerFen, start - end <= 1 {
            return false
        }
        return true
    }

    private static func describe(_ band: TierBand, _ standard: DiscretionStandard) -> String {
        "\(endpoint(band, upper: false, standard))–\(endpoint(band, upper: true, standard))"
    }

    /// An endpoint as written: yuan for amount bands, a share of the range otherwise.
    private static func endpoint(_ band: TierBand, upper: Bool, _ standard: DiscretionStandard) -> String {
        if let fen = upper ? band.upperFen : band.lowerFen { return Money(fen: fen).displayString }
        return TierBand.percent(upper ? band.upper : band.lower)
    }
}
