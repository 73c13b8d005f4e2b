public import LeniencyCore

/// How the ruleset reads 以上/以下 at band edges.
public enum BoundaryConvention: String, Sendable, Hashable, CaseIterable {
    /// 民法典 Art. 1259: both 以上 and 以下 include the bound.
    case inclusive
    /// 以上 includes the bound, 以下 excludes it (e.g. 粤环发〔2021〕7号 Art. 23).
    case lowerInclusive = "lower-inclusive"
}

/// The statutory fine range: fixed amounts or multiples of a money fact.
public enum StatutoryRange: Sendable, Hashable {
    /// Fixed amounts in yuan.
    case amounts(min: Money, max: Money)
    /// Multiples of a money fact (`illegal_gains`, `goods_value`, …).
    case multiples(basis: String, min: Ratio, max: Ratio)
    /// Only a minimum in yuan ("处…元以上罚款"): no statutory maximum.
    case minimumOnly(min: Money)

    /// True when the statute sets only a maximum ("…元以下", "…倍以下"): its minimum is zero.
    public var onlyMaximum: Bool {
        switch self {
        case .amounts(let min, _): min == .zero
        case .multiples(_, let min, _): min == .zero
        case .minimumOnly: false
        }
    }
}

/// How the statutory range is split into tiers.
public enum SplitModel: String, Sendable, Hashable, CaseIterable {
    case bands
    case midpoint
    case maxOnly = "max-only"
    /// Three or more equal 阶次 (model C); `steps` says how many.
    case steps
    case explicit
    /// Weight accumulation (model D, 权重累加): the fine comes from the standard's `weights` table, not from tiers.
    case weights
}

/// A band inside the statutory range: fractions of it or fixed amounts.
public enum Band: Sendable, Hashable {
    /// From `from` to `to` of the range (0% = statutory minimum, 100% = maximum).
    case fraction(from: Ratio, to: Ratio)
    /// Fixed amounts in yuan.
    case amounts(min: Money, max: Money)
    /// Multiples of the statutory minimum, for statutes with only a minimum (nil `to`: no upper end).
    case minimumMultiples(from: Ratio, to: Ratio?)
}

/// One tier of a discretion standard.
public struct Tier: Sendable, Hashable {
    /// `lighter`, `standard`, `heavier`, or a custom label.
    public var name: String
    /// The outcome this tier corresponds to.
    public var outcome: Outcome
    /// Conditions selecting this tier (all must hold); empty = default tier.
    public var conditions: [Condition]
    /// The tier's band, explicit or derived from the model.
    public var band: Band?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a tier.
    public init(name: String, outcome: Outcome, conditions: [Condition], band: Band?, location: SourceLocation) {
        self.name = name
        self.outcome = outcome
        self.conditions = conditions
        self.band = band
        self.location = location
    }
}

/// One version of a discretion standard (裁量基准).
public struct DiscretionStandard: Sendable, Hashable {
    /// Id shared by all versions.
    public var id: String
    /// Title, issuer, 文号.
    public var info: DocumentInfo
    /// When this version is in force.
    public var validity: Validity
    /// Violation codes it covers.
    public var violations: [String]
    /// 以上/以下 convention.
    public var boundary: BoundaryConvention
    /// Statutory range.
    public var statutory: StatutoryRange
    /// Splitting model.
    public var model: SplitModel
    /// Shares for the bands model (lighter, standard, heavier), or custom split points.
    public var split: [Ratio]
    /// Tiers in declaration order.
    public var tiers: [Tier]
    /// Number of equal 阶次 under the `steps` model (at least 3).
    public var steps: Int
    /// Model C split by multiples (按倍数额划分处罚阶次): the inner edges of the 阶次 as whole multiples of the statutory
    /// minimum, ascending (`[2, 5]` on 1万–10万: 1万–2万, 2万–5万, 5万–10万); empty = equal 阶次.
    public var stepMultiples: [Ratio] = []
    /// The weight table of model D (nil under every other model).
    public var weights: WeightTable?
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates a standard version.
    public init(id: String, info: DocumentInfo, validity: Validity, violations: [String],
                boundary: BoundaryConvention, statutory: StatutoryRange, model: SplitModel,
                split: [Ratio], tiers: [Tier], steps: Int = 3, weights: WeightTable? = nil, location: SourceLocation) {
        self.steps = steps
        self.weights = weights
        self.id = id
        self.info = info
        self.validity = validity
        self.violations = violations
        self.boundary = boundary
        self.statutory = statutory
        self.model = model
        self.split = split
        self.tiers = tiers
        self.location = location
    }
}
