public import LeniencyCore

/// One limitation period (行政处罚法 Art. 36 or a special law such as 税收征收管理法 Art. 86).
public struct LimitationPeriod: Sendable, Hashable {
    /// Id.
    public var id: String
    /// Length in years.
    public var years: Int
    /// Condition under which it applies (nil = always).
    public var condition: Condition?
    /// Sectors it is limited to (empty = all).
    public var sectors: [String]
    /// Id of a period this one replaces when it applies (special law).
    public var replaces: String?
    /// Citations.
    public var basis: [Citation]
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a period.
    public init(id: String, years: Int, condition: Condition?, sectors: [String], replaces: String?,
                basis: [Citation], location: SourceLocation) {
        self.id = id
        self.years = years
        self.condition = condition
        self.sectors = sectors
        self.replaces = replaces
        self.basis = basis
        self.location = location
    }
}

/// A set of limitation periods in force from a date.
public struct LimitationRules: Sendable, Hashable {
    /// Id.
    public var id: String
    /// When in force.
    public var validity: Validity
    /// The periods.
    public var periods: [LimitationPeriod]
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates limitation rules.
    public init(id: String, validity: Validity, periods: [LimitationPeriod], location: SourceLocation) {
        self.id = id
        self.validity = validity
        self.periods = periods
        self.location = location
    }
}
