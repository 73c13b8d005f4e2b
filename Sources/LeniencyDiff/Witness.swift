public import LeniencyCaseInput
public import LeniencyCore

/// A concrete case that shows a change: decided by the engine under the old and under the new rules.
///
/// Built from the constraint search's facts, completed with the facts the engine still asked for, then reduced to
/// the facts that matter (any fact left out would no longer give the same two decisions). Written as a case file
/// (`CaseFileText` in LeniencyReports), `leniency check --rules OLD` and `--rules NEW` decide it the way `old` and `new` say.
public struct Witness: Sendable {
    /// Which side's rule the case meets.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        /// The old version's item (tier, period) applies, the new one's does not.
        case old
        /// The new version's applies, the old one's does not.
        case new
        /// Both apply (a change of what the item grants, not of when it applies).
        case both
    }

    /// Which side's rule the case meets.
    public var side: Side
    /// The case.
    public var record: CaseRecord
    /// The decision under the old rules.
    public var old: DecisionSummary
    /// The decision under the new rules.
    public var new: DecisionSummary
    /// What differs between the two decisions; empty when the engine decided the case the same way under both.
    public var changes: [DecisionChangeKind]

    /// Creates a witness.
    public init(side: Side, record: CaseRecord, old: DecisionSummary, new: DecisionSummary) {
        self.side = side
        self.record = record
        self.old = old
        self.new = new
        self.changes = DecisionDelta.changes(old, new)
    }

    /// True when the two versions decide the case differently.
    public var verified: Bool { !changes.isEmpty }
}
