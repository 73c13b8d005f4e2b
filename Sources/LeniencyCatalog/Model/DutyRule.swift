public import LeniencyCore

/// A follow-up duty the law attaches to every decision with one of `outcomes`, whatever list or tier decided it
/// (e.g. 行政处罚法 Art. 28 ¶1: 责令改正 whenever a penalty or an exemption is decided).
public struct DutyRule: Sendable, Hashable {
    /// The duty.
    public var duty: FollowUp.Duty
    /// The outcomes it attaches to.
    public var outcomes: [Outcome]
    /// Citations of the provision imposing it.
    public var basis: [Citation]
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a duty rule.
    public init(duty: FollowUp.Duty, outcomes: [Outcome], basis: [Citation], location: SourceLocation) {
        self.duty = duty
        self.outcomes = outcomes
        self.basis = basis
        self.location = location
    }
}

/// One document of general duties (`kind: duties`), in force for a period.
public struct DutyRules: Sendable, Hashable {
    /// Id.
    public var id: String
    /// Title, issuer, 文号.
    public var info: DocumentInfo
    /// When in force.
    public var validity: Validity
    /// The rules.
    public var rules: [DutyRule]
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates a document of duties.
    public init(id: String, info: DocumentInfo, validity: Validity, rules: [DutyRule], location: SourceLocation) {
        self.id = id
        self.info = info
        self.validity = validity
        self.rules = rules
        self.location = location
    }
}
