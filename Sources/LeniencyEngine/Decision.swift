public import LeniencyCatalog

/// What the rules say about one case: the outcome, why, the fine range and what must follow.
public struct Decision: Sendable {
    /// The case number.
    public var caseID: String
    /// The outcome, or undetermined while facts are missing or items conflict.
    public var outcome: DecisionOutcome
    /// True for 应当 ("shall"), false for 可以 ("may"); false when undetermined.
    public var mandatory: Bool
    /// Other outcomes the officer may choose instead ("从轻或者减轻").
    public var alsoAllows: [Outcome]
    /// The list item (or general-part item, or limitation period) that decided.
    public var decidedBy: ItemReference?
    /// Normalised citations of the decision.
    public var basis: [String]
    /// The fine range; nil for no penalty, while undetermined, or when the standard's basis is missing.
    public var fine: FineRange?
    /// Follow-up duties of the deciding items and of the general duty rules (`kind: duties`), merged.
    public var followUp: FollowUp
    /// The citations behind each duty of `followUp`, by duty name (`FollowUp.Duty.rawValue`).
    public var followUpBasis: [String: [String]] = [:]
    /// Facts that would decide, most decisive first; empty unless undetermined or a multiple-based fine lacks its basis.
    public var missing: [String]
    /// Applicable items of equal standing that disagree.
    public var conflict: DecisionConflict?
    /// What no-coercion lists say; nil when none covers the violation.
    public var coercion: CoercionDecision?
    /// True when time-barred, false when not, nil when it could not be decided.
    public var timeBarred: Bool?
    /// 从旧兼从轻 (行政处罚法 Art. 37) explanation when the versions in force at the act and at the decision differ (English).
    public var versionChoice: String?
    /// The same in Chinese.
    public var versionChoiceZh: String?
    /// Further remarks (English).
    public var notes: [String]
    /// The same remarks in Chinese, in the same order.
    public var notesZh: [String]
    /// Every candidate, applied or not, with its conditions and citations.
    public var trace: [TraceEntry]
    /// Every known fact the evaluation read, including those taken from case fields.
    public var factsUsed: [String: FactValue]
    /// The legal presumptions some rule read because the case is silent on the fact (empty with presumptions off).
    public var presumed: [PresumedFact] = []
    /// The derivations that fired (`kind: derivations`), in the order applied.
    public var derived: [DerivedFact] = []
    /// The weight-accumulation computation (model D) behind the fine, when the governing standard uses it.
    public var weights: WeightedFine?

    /// Creates a decision.
    public init(caseID: String, outcome: DecisionOutcome, mandatory: Bool = false, alsoAllows: [Outcome] = [],
                decidedBy: ItemReference? = nil, basis: [String] = [], fine: FineRange? = nil, followUp: FollowUp = FollowUp(),
                missing: [String] = [], conflict: DecisionConflict? = nil, coercion: CoercionDecision? = nil,
                timeBarred: Bool? = nil, versionChoice: String? = nil, versionChoiceZh: String? = nil,
                notes: [String] = [], notesZh: [String] = [], trace: [TraceEntry] = [], factsUsed: [String: FactValue] = [:]) {
        self.caseID = caseID
        self.outcome = outcome
        self.mandatory = mandatory
        self.alsoAllows = alsoAllows
        self.decidedBy = decidedBy
        self.basis = basis
        self.fine = fine
        self.followUp = followUp
        self.missing = missing
        self.conflict = conflict
        self.coercion = coercion
        self.timeBarred = timeBarred
        self.versionChoice = versionChoice
        self.versionChoiceZh = versionChoiceZh
        self.notes = notes
        self.notesZh = notesZh
        self.trace = trace
        self.factsUsed = factsUsed
    }

    /// Adds a remark in both languages.
    mutating func note(_ english: String, _ chinese: String) {
        notes.append(english)
        notesZh.append(chinese)
    }
}
