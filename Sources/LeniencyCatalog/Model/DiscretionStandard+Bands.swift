public import LeniencyCore

extension DiscretionStandard {
    /// Shares of the range for lighter / standard / heavier under the `bands` model when `split` is not given.
    public static let defaultBandsSplit = [Ratio(3, 10), Ratio(4, 10), Ratio(3, 10)]
    /// Shares of the maximum for lighter / standard / heavier under the `max-only` model when `split` is not given.
    public static let defaultMaxOnlySplit = [Ratio(2, 10), Ratio(4, 10), Ratio(4, 10)]

    /// The band the model gives a tier of this outcome when the tier states none (docs/RULE-FORMAT.md "Models").
    ///
    /// nil for the `explicit` model, whose tiers must give their bands, and for outcomes that are not tiers
    /// (no-penalty, mitigated), which fall outside the statutory range. Where two bands share an endpoint, the
    /// amount belongs to one of them only (`FineCalculator` decides which, by the point tier and the boundary).
    public func bandFor(tierOutcome outcome: Outcome) -> Band? {
        guard outcome == .lighter || outcome == .standard || outcome == .heavier else { return nil }
        switch model {
        case .explicit, .weights:
            return nil
        case .midpoint:
            return midpointBand(outcome)
        case .steps:
            return stepsBand(outcome)
        case .bands, .maxOnly:
            guard !isMinimumOnly else { return nil }
            let shares = split.count == 3 ? split : (model == .bands ? Self.defaultBandsSplit : Self.defaultMaxOnlySplit)
            let firstCut = shares[0]
            let secondCut = Self.sum(shares[0], shares[1])
            switch outcome {
            case .lighter: return .fraction(from: .zero, to: firstCut)
            case .standard: return .fraction(from: firstCut, to: secondCut)
            default: return .fraction(from: secondCut, to: .one)
            }
        }
    }

    /// True when the statute sets only a minimum.
    public var isMinimumOnly: Bool {
        if case .minimumOnly = statutory { return true }
        return false
    }

    /// Model B (粤环发〔2021〕7号 Art. 12): 从轻 below the midpoint, 一般 at it, 从重 from it up; a statute with only a
    /// maximum: 从轻 up to 20% of it, 一般 at 50%; only a minimum: 从轻 below twice it, 一般 twice, 从重 from five times.
    private func midpointBand(_ outcome: Outcome) -> Band {
        let half = Ratio(1, 2)
        if isMinimumOnly {
            switch outcome {
            case .lighter: return .minimumMultiples(from: .one, to: Ratio(2, 1))
            case .standard: return .minimumMultiples(from: Ratio(2, 1), to: Ratio(2, 1))
            default: return .minimumMultiples(from: Ratio(5, 1), to: nil)
            }
        }
        switch outcome {
        case .lighter: return .fraction(from: .zero, to: statutory.onlyMaximum ? Ratio(1, 5) : half)
        case .standard: return .fraction(from: half, to: half)
        default: return .fraction(from: half, to: .one)
        }
    }

    /// Model C (三个以上阶次): equal 阶次, 一般 the middle one (the middle two for an even count), 从轻 below, 从重 above;
    /// a statute with only a maximum: 从轻 up to 20% of it, 一般 40%–60%, 从重 above 60% (the gaps are intended).
    private func stepsBand(_ outcome: Outcome) -> Band? {
        if isMinimumOnly { return nil }
        if statutory.onlyMaximum {
            switch outcome {
            case .lighter: return .fraction(from: .zero, to: Ratio(1, 5))
            case .standard: return .fraction(from: Ratio(2, 5), to: Ratio(3, 5))
            default: return .fraction(from: Ratio(3, 5), to: .one)
            }
        }
        if !stepMultiples.isEmpty, case .amounts(let min, let max) = statutory, min > .zero {
            // 阶次 edges at whole multiples of the minimum: 1×, the declared multiples, max/min.
            let edges = [Ratio.one] + stepMultiples + [Ratio(max.fen, min.fen)]
            let count = edges.count - 1
            let low = count % 2 == 1 ? count / 2 : count / 2 - 1
            let high = count / 2 + 1
            switch outcome {
            case .lighter: return .minimumMultiples(from: .one, to: edges[low])
            case .standard: return .minimumMultiples(from: edges[low], to: edges[high])
            default: return .minimumMultiples(from: edges[high], to: edges[count])
            }
        }
        let count = Int64(Swift.max(steps, 3))
        let low = count % 2 == 1 ? count / 2 : count / 2 - 1
        let high = count % 2 == 1 ? count / 2 + 1 : count / 2 + 1
        switch outcome {
        case .lighter: return .fraction(from: .zero, to: Ratio(low, count))
        case .standard: return .fraction(from: Ratio(low, count), to: Ratio(high, count))
        default: return .fraction(from: Ratio(high, count), to: .one)
        }
    }

    private static func sum(_ a: Ratio, _ b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
}
