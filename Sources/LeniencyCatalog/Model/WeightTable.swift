public import LeniencyCore

/// What the summed percentage of a weight table multiplies (model D, 权重累加).
public enum WeightBase: String, Sendable, Hashable, CaseIterable {
    /// 罚款 = 百分值总和 × 法定最高罚款 (粤环发〔2021〕7号 Art. 6).
    case maximum
    /// 罚款 = 法定最低 + 百分值总和 × (法定最高 − 法定最低), for sources that place the percentage inside the range.
    case range
}

/// One level (档次) of a discretion factor: the condition that selects it and its weight.
public struct WeightLevel: Sendable, Hashable {
    /// The level as the source table names it (`2个`, `限批区或人居环境敏感区`); nil = the condition's own text.
    public var label: String?
    /// What selects the level (a condition, or `fact == value` built from the factor's fact and the level's value).
    public var condition: Condition
    /// The level's weight (裁量权重), a share of the base.
    public var weight: Ratio
    /// Where the level is declared.
    public var location: SourceLocation

    /// Creates a level.
    public init(label: String?, condition: Condition, weight: Ratio, location: SourceLocation) {
        self.label = label
        self.condition = condition
        self.weight = weight
        self.location = location
    }
}

/// One discretion factor (裁量因素) of a weight table with its levels.
public struct WeightFactor: Sendable, Hashable {
    /// Identifier of the factor (kebab-case), unique within the table.
    public var id: String
    /// The factor as the source names it (`超标因子数目`).
    public var label: String
    /// English label, if given.
    public var labelEn: String?
    /// The levels in declaration order.
    public var levels: [WeightLevel]
    /// The integer fact the levels read, when the table counts it from the case's history (`counts_history`).
    public var fact: String?
    /// `counts_history`: the fact is this violation plus the same-kind priors inside the window (含本次), counted from the
    /// case's `prior_violations` when the file gives them (粤环发〔2021〕7号 Art. 21, 22).
    public var history: FirstOffenceRule?
    /// Where the factor is declared.
    public var location: SourceLocation

    /// Creates a factor.
    public init(id: String, label: String, labelEn: String?, levels: [WeightLevel], fact: String? = nil, history: FirstOffenceRule? = nil,
                location: SourceLocation) {
        self.id = id
        self.label = label
        self.labelEn = labelEn
        self.levels = levels
        self.fact = fact
        self.history = history
        self.location = location
    }

    /// The weight of the factor's lowest level (最低档次): what a factor that cannot be established counts
    /// (粤环发〔2021〕7号 Art. 5: 裁量因素确无法查明的按该项裁量因素的最低档次进行计算).
    public var lowestWeight: Ratio { levels.map(\.weight).min() ?? .zero }

    /// The weight of the factor's highest level.
    public var highestWeight: Ratio { levels.map(\.weight).max() ?? .zero }
}

/// A weight-accumulation table (model D): 裁量起点 plus the weight of each factor's level, summed (at most 100%), times
/// the base, floored at the statutory minimum.
public struct WeightTable: Sendable, Hashable {
    /// The starting percentage (裁量起点).
    public var start: Ratio
    /// What the summed percentage multiplies.
    public var base: WeightBase
    /// A smallest sum some tables set (`裁量百分值总和不足20%的，按20%计算`); nil when the table sets none.
    public var floor: Ratio?
    /// The factors in declaration order.
    public var factors: [WeightFactor]
    /// Where `weights:` is written.
    public var location: SourceLocation

    /// Creates a table.
    public init(start: Ratio, base: WeightBase, floor: Ratio?, factors: [WeightFactor], location: SourceLocation) {
        self.start = start
        self.base = base
        self.floor = floor
        self.factors = factors
        self.location = location
    }

    /// The largest sum the table can reach: the start plus every factor's highest level.
    public var highestSum: Ratio { factors.reduce(start) { $0.adding($1.highestWeight) } }
}

extension Ratio {
    /// The exact sum of two ratios.
    public func adding(_ other: Ratio) -> Ratio {
        Ratio(numerator * other.denominator + other.numerator * denominator, denominator * other.denominator)
    }
}

extension Ratio {
    /// The ratio as a percentage: `7%`, `12.5%`; a fraction that is no finite decimal percentage as `1/3`.
    public var percentText: String {
        var scale: Int64 = 1
        for _ in 0..<6 {
            let scaled = numerator * 100 * scale
            if scaled % denominator == 0 {
                let value = scaled / denominator
                if scale == 1 { return "\(value)%" }
                let digits = String(scale).count - 1
                let whole = value / scale, fraction = abs(value % scale)
                var text = String(fraction)
                text = String(repeating: "0", count: digits - text.count) + text
                while text.hasSuffix("0") { text.removeLast() }
                return "\(value < 0 && whole == 0 ? "-" : "")\(whole).\(text)%"
            }
            scale *= 10
        }
        return "\(numerator)/\(denominator)"
    }
}
