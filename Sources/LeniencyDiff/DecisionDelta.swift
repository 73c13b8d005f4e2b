public import LeniencyCatalog
public import LeniencyCore
public import LeniencyEngine

/// The parts of a decision whose change `leniency diff` reports. Raw values are stable (JSON `changes`).
public enum DecisionChangeKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The outcome (undetermined included).
    case outcome
    /// 应当 / 可以 at the same outcome.
    case mandatory
    /// The fine range (bounds, or a range where there was none).
    case fine
    /// The follow-up duties (education, commitment, rectification deadline).
    case followUp = "follow-up"
    /// What the no-coercion lists say.
    case coercion

    public static func < (a: DecisionChangeKind, b: DecisionChangeKind) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// What a decision says, reduced to what a diff compares and shows: kept per changed case in a replay instead of the
/// whole decision and its trace.
public struct DecisionSummary: Sendable, Hashable {
    /// The outcome.
    public var outcome: DecisionOutcome
    /// 应当 (true) / 可以 (false); false while undetermined.
    public var mandatory: Bool
    /// The deciding list item, general-part item or limitation period.
    public var decidedBy: ItemReference?
    /// The fine range.
    public var fine: FineRange?
    /// Follow-up duties.
    public var followUp: FollowUp
    /// What the no-coercion lists say (status and, when an item applies, that item and shall/may).
    public var coercion: CoercionDecision.Status?
    /// The no-coercion item that applies.
    public var coercionItem: ItemReference?
    /// 应当 / 可以 of the no-coercion item.
    public var coercionMandatory: Bool
    /// Facts that would decide an undetermined outcome.
    public var missing: [String]
    /// True when time-barred.
    public var timeBarred: Bool?

    /// The summary of a decision.
    public init(_ decision: Decision) {
        outcome = decision.outcome
        mandatory = decision.mandatory
        decidedBy = decision.decidedBy
        fine = decision.fine
        followUp = decision.followUp
        coercion = decision.coercion?.status
        coercionItem = decision.coercion?.item
        coercionMandatory = decision.coercion?.mandatory ?? false
        missing = decision.missing
        timeBarred = decision.timeBarred
    }
}

/// Compares two decisions of the same case.
public enum DecisionDelta {
    /// The parts that differ, in `DecisionChangeKind` order; empty when the case is decided the same way.
    public static func changes(_ old: DecisionSummary, _ new: DecisionSummary) -> [DecisionChangeKind] {
        var kinds: [DecisionChangeKind] = []
        if old.outcome != new.outcome { kinds.append(.outcome) }
        // Shall/may only means something for a decided outcome that an item grants.
        else if old.outcome != .undetermined, old.mandatory != new.mandatory { kinds.append(.mandatory) }
        if !sameFine(old.fine, new.fine) { kinds.append(.fine) }
        if old.followUp != new.followUp { kinds.append(.followUp) }
        if old.coercion != new.coercion || (old.coercion == .noCoercion && old.coercionMandatory != new.coercionMandatory) {
            kinds.append(.coercion)
        }
        return kinds
    }

    /// Two fine ranges allow the same amounts (where they come from does not matter).
    static func sameFine(_ a: FineRange?, _ b: FineRange?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x?, let y?): x.min == y.min && x.max == y.max && x.minInclusive == y.minInclusive && x.maxInclusive == y.maxInclusive
        default: false
        }
    }

    /// True when both outcomes are decided (neither undetermined).
    static func bothDecided(_ a: DecisionSummary, _ b: DecisionSummary) -> Bool {
        a.outcome != .undetermined && b.outcome != .undetermined
    }
}
