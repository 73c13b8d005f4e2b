public import LeniencyCatalog

/// What the compiled fast path decides for one case: the fields every caller reads, without trace or prose.
///
/// Presumed and derived facts stay in the `CompiledScratch` the decision was made with (valid until its next use),
/// so a decided case allocates nothing. `CompiledEngine.decision(_:record:scratch:)` turns it into a `Decision`.
public struct CompiledDecision: Sendable {
    /// The outcome, or undetermined while facts are missing or rules conflict.
    public var outcome: DecisionOutcome
    /// 应当 (true) or 可以 (false).
    public var mandatory: Bool
    /// The deciding item (program index), -1 when none.
    var winner: Int
    /// The fine range, as `Decision.fine`.
    public var fine: FineRange? {
        get { fineBox?.range }
        set { fineBox = newValue.map(FineRangeBox.init) }
    }
    /// The range behind one reference: for a fixed statutory range the one the program computed once and every
    /// decision shares; a range computed for the case (a multiple of its money facts) is boxed for it. Held inline, the
    /// range's strings were retained and its bytes copied with every copy of the decision.
    var fineBox: FineRangeBox?
    /// Facts that would decide, most decisive first (as `Decision.missing`).
    public var missing: [String] {
        get { lists?.missing ?? [] }
        set { setLists(missing: newValue, coercionMissing: lists?.coercionMissing ?? []) }
    }
    /// True when applicable items, tiers or standards conflict (the explaining path words the conflict).
    public var conflict: Bool
    /// As `Decision.timeBarred`.
    public var timeBarred: Bool?
    /// Follow-up duties of the deciding items and of the general duty rules, merged.
    public var followUp: FollowUp
    /// The day number of the versions that decided and which evaluation (0 act date, 1 later date) it was: the
    /// citations of `followUp` are read back from them and the region (`CompiledEngine.followUpBasis`).
    var day: Int
    var evaluation: Int
    /// The case's region index (-1 when none or not declared).
    var region: Int
    /// What the no-coercion lists say (status, mandatory, deciding item, missing); nil when none covers the violation.
    var coercion: (status: CoercionDecision.Status, mandatory: Bool, item: Int, missing: [String])? {
        get { coercionHead.map { ($0.status, $0.mandatory, $0.item, lists?.coercionMissing ?? []) } }
        set {
            coercionHead = newValue.map { ($0.status, $0.mandatory, $0.item) }
            setLists(missing: missing, coercionMissing: newValue?.missing ?? [])
        }
    }
    private var coercionHead: (status: CoercionDecision.Status, mandatory: Bool, item: Int)?
    /// Both lists of missing facts, behind one reference that is nil while both are empty (every decided case): a fresh
    /// decision then holds no reference but its fine range's, so the copy `decide` makes of it retains nothing.
    private var lists: DecisionLists?
    /// Severity rank of the most lenient outcome still possible, and of the outcome already guaranteed (从旧兼从轻).
    var bestPossible: Int
    var guaranteed: Int

    @inline(__always)
    init(outcome: DecisionOutcome) {
        self.outcome = outcome
        mandatory = false
        winner = -1
        fineBox = nil
        lists = nil
        conflict = false
        timeBarred = nil
        followUp = FollowUp()
        day = 0
        evaluation = 0
        region = -1
        coercionHead = nil
        bestPossible = 5
        guaranteed = 5
    }

    private mutating func setLists(missing: [String], coercionMissing: [String]) {
        lists = missing.isEmpty && coercionMissing.isEmpty ? nil : DecisionLists(missing: missing, coercionMissing: coercionMissing)
    }

    /// The coercion answer's status, nil when no no-coercion list covers the violation.
    public var coercionStatus: CoercionDecision.Status? { coercion?.status }
}

/// One fine range, behind a reference the decisions that have it share.
final class FineRangeBox: Sendable {
    let range: FineRange

    init(_ range: FineRange) { self.range = range }
}

/// A compiled decision's lists of missing facts (`CompiledDecision.missing`, the coercion answer's), held only when one
/// is not empty.
final class DecisionLists: Sendable {
    let missing: [String]
    let coercionMissing: [String]

    init(missing: [String], coercionMissing: [String]) {
        self.missing = missing
        self.coercionMissing = coercionMissing
    }
}
