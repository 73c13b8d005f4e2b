public import LeniencyCore

/// Leniency in the terms a province reports it in (Jiangxi's yearly figures): 免予行政处罚 cases and 免予处罚金额,
/// 减轻行政处罚 cases and 减轻处罚金额, 从轻行政处罚 cases, 不予实施行政强制措施 cases.
///
/// Sums only, so figures of parts of the corpus add up associatively (`+`), whatever thread audited them.
public struct LeniencyFigures: Sendable, Hashable {
    /// 免予行政处罚: cases the agency decided not to penalise (recorded outcome `no-penalty`).
    public var exempted = 0
    /// 免予处罚金额, by `waivedConvention`.
    public var waived = Money.zero
    /// Exempted cases whose amount could not be computed (no standard in force, or a multiple without its basis).
    public var waivedNotComputed = 0
    /// 减轻行政处罚: cases recorded as `mitigated`, or penalised with a fine below the statutory minimum.
    public var mitigated = 0
    /// 减轻处罚金额, by `mitigatedConvention`.
    public var mitigatedAmount = Money.zero
    /// Mitigated cases whose amount could not be computed (no fine recorded, no standard, no basis).
    public var mitigatedNotComputed = 0
    /// 从轻行政处罚: cases recorded as `lighter`.
    public var lightened = 0
    /// 不予实施行政强制措施: cases whose file records the no-coercion decision `refrain`.
    public var noCoercion = 0

    /// No case.
    public init() {}

    /// How 免予处罚金额 is computed, stated wherever the amount is shown.
    public static let waivedConvention = Message(.auditWaivedAmountConvention)
    /// How 减轻处罚金额 is computed, stated wherever the amount is shown.
    public static let mitigatedConvention = Message(.auditMitigatedAmountConvention)

    /// Both parts' cases and amounts together.
    public static func + (lhs: LeniencyFigures, rhs: LeniencyFigures) -> LeniencyFigures {
        var sum = lhs
        sum.exempted += rhs.exempted
        sum.waived = sum.waived + rhs.waived
        sum.waivedNotComputed += rhs.waivedNotComputed
        sum.mitigated += rhs.mitigated
        sum.mitigatedAmount = sum.mitigatedAmount + rhs.mitigatedAmount
        sum.mitigatedNotComputed += rhs.mitigatedNotComputed
        sum.lightened += rhs.lightened
        sum.noCoercion += rhs.noCoercion
        return sum
    }

    /// True when the figures count no case at all.
    public var isEmpty: Bool { exempted == 0 && mitigated == 0 && lightened == 0 && noCoercion == 0 }
}

/// The dimensions the figures are broken down by.
public enum LeniencyDimension: String, Sendable, Hashable, CaseIterable {
    case agency, region, month, year

    /// The dimension's name as a catalogue word.
    public var word: Message {
        switch self {
        case .agency: Message(.auditDimensionAgency)
        case .region: Message(.auditDimensionRegion)
        case .month: Message(.auditDimensionMonth)
        case .year: Message(.auditDimensionYear)
        }
    }
}

/// Figures by dimension and key (agency name, region, `YYYY-MM`, `YYYY`), mergeable by adding.
public struct LeniencyBreakdown: Sendable, Hashable {
    /// Figures per key of each dimension.
    public var figures: [LeniencyDimension: [String: LeniencyFigures]] = [:]

    /// Empty.
    public init() {}

    /// Adds one case's figures under its key in each dimension.
    mutating func add(_ case: LeniencyFigures, keys: [LeniencyDimension: String]) {
        for (dimension, key) in keys {
            figures[dimension, default: [:]][key, default: LeniencyFigures()] = (figures[dimension]?[key] ?? LeniencyFigures()) + `case`
        }
    }

    /// Adds another part of the corpus.
    mutating func merge(_ other: LeniencyBreakdown) {
        for (dimension, rows) in other.figures {
            figures[dimension, default: [:]].merge(rows, uniquingKeysWith: +)
        }
    }

    /// The rows of one dimension, sorted by key.
    public func rows(_ dimension: LeniencyDimension) -> [(key: String, figures: LeniencyFigures)] {
        (figures[dimension] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
