public import LeniencyCore

/// The fine range a decision allows, exact to the fen, with its boundary convention.
public struct FineRange: Sendable, Hashable {
    /// Lower bound.
    public var min: Money
    /// Upper bound.
    public var max: Money
    /// Whether `min` itself is allowed.
    public var minInclusive: Bool
    /// Whether `max` itself is allowed.
    public var maxInclusive: Bool
    /// The tier the range belongs to (`lighter`, `standard`, `heavier`, `mitigated`, or a custom label).
    public var tier: String
    /// The discretion standard the range comes from.
    public var standardID: String
    /// The version of that standard.
    public var standardEffective: CivilDate
    /// The standard's 文号 (empty when it has none).
    public var standardDocument: String
    /// True when the range has no upper end (a statute with only a minimum, 从重 from five times it); `max` is then
    /// the lower end again and carries no meaning.
    public var maxUnbounded: Bool = false
    /// The note as a catalogue message (Chinese and English), where it has one; `note` is its English text.
    public var noteMessage: Message?
    /// Why the range looks the way it does, when that needs saying (减轻 below the minimum, …).
    public var note: String?

    /// Creates a range.
    public init(min: Money, max: Money, minInclusive: Bool, maxInclusive: Bool, tier: String,
                standardID: String, standardEffective: CivilDate, note: String? = nil, standardDocument: String = "") {
        self.min = min
        self.max = max
        self.minInclusive = minInclusive
        self.maxInclusive = maxInclusive
        self.tier = tier
        self.standardID = standardID
        self.standardEffective = standardEffective
        self.note = note
        self.standardDocument = standardDocument
    }

    /// True when `amount` lies inside the range under its boundary flags.
    public func contains(_ amount: Money) -> Bool {
        let aboveMin = minInclusive ? amount >= min : amount > min
        let belowMax = maxUnbounded || (maxInclusive ? amount <= max : amount < max)
        return aboveMin && belowMax
    }
}
