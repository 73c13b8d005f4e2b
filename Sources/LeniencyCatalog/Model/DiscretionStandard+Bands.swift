public import LeniencyCore

extension DiscretionStandard {
    /// Shares of the range for lighter / standard / heavier under the `bands` model when `split` is not given.
    public static let defaultBandsSplit = [Ratio(3, 10), Ratio(4, 10), Ratio(3, 10)]
    /// Shares of the maximum for lighter / standard / heavier under the `max-only` model when `split` is not given.
    public static let defaultMaxOnlySplit = [Ratio(2, 10), Ratio(4, 10), Ratio(4, 10)]

    /// The band the model gives a tier of this outcome when the tier states none (docs/RULE-FORMAT.md "Models").
    ///
    /// nil for the `explicit` model, whose tiers must give their bands, and for outcomes that are not tiers
    /// (no-penalty, mitigated), which fall outside the statutory range.
    public func bandFor(tierOutcome outcome: Outcome) -> Band? {
        let half = Ratio(1, 2)
        switch model {
        case .explicit:
            return nil
        case .midpoint:
            switch outcome {
            case .lighter: return .fraction(from: .zero, to: half)
            case .standard: return .fraction(from: half, to: half)
            case .heavier: return .fraction(from: half, to: .one)
            case .noPenalty, .mitigated: return nil
            }
        case .bands, .maxOnly:
            let shares = split.count == 3 ? split : (model == .bands ? Self.defaultBandsSplit : Self.defaultMaxOnlySplit)
            let firstCut = shares[0]
            let secondCut = Self.sum(shares[0], shares[1])
            switch outcome {
            case .lighter: return .fraction(from: .zero, to: firstCut)
            case .standard: return .fraction(from: firstCut, to: secondCut)
            case .heavier: return .fraction(from: secondCut, to: .one)
            case .noPenalty, .mitigated: return nil
            }
        }
    }

    private static func sum(_ a: Ratio, _ b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
}
