public import LeniencyCore

/// A violation code with its 违反条款 and 处罚依据.
public struct Violation: Sendable, Hashable {
    /// The code, e.g. `TAX-ZG-60-1-4`.
    public var code: String
    /// What the violation is.
    public var title: String
    /// Class used by `same_kind: category`.
    public var category: String?
    /// Sector, used by limitation periods of special laws (`tax`, …).
    public var sector: String?
    /// 违反条款.
    public var violates: [Citation]
    /// 处罚依据.
    public var penaltyBasis: [Citation]
    /// The statutory penalty in words.
    public var statutoryPenalty: String?
    /// True when the content is not confirmed from a source.
    public var unverified: Bool
    /// What is unconfirmed, or other free text (`note:`).
    public var note: String?
    /// The elements that constitute the violation (构成要件), all of which must hold; a case whose facts fail one
    /// shows no violation at all (outcome `no-violation`). Empty: the violation declares none.
    public var elements: [Condition] = []
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a violation.
    public init(code: String, title: String, category: String? = nil, sector: String? = nil,
                violates: [Citation] = [], penaltyBasis: [Citation] = [], statutoryPenalty: String? = nil,
                unverified: Bool = false, location: SourceLocation) {
        self.code = code
        self.title = title
        self.category = category
        self.sector = sector
        self.violates = violates
        self.penaltyBasis = penaltyBasis
        self.statutoryPenalty = statutoryPenalty
        self.unverified = unverified
        self.location = location
    }
}
