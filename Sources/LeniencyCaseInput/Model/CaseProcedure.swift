public import LeniencyCatalog
public import LeniencyCore

/// The procedure a penalty decision was made in (行政处罚法 Chapter 5).
public enum ProcedureKind: String, Sendable, Hashable, CaseIterable {
    /// 简易程序: decided on the spot (当场处罚, Art. 51–53).
    case summary
    /// 普通程序 (Art. 54–65).
    case ordinary
}

/// A date the file records, or the file's record that the step did not take place.
public enum RecordedStep: Sendable, Hashable {
    /// Took place on this date.
    case on(CivilDate)
    /// The file records that it did not take place (`false`).
    case notTaken

    /// The date, when it took place.
    public var date: CivilDate? {
        if case .on(let date) = self { return date }
        return nil
    }
}

/// One investigation or on-site inspection (调查、检查) of the case, with the officers present.
public struct Investigation: Sendable, Hashable {
    /// Day of the investigation.
    public var date: CivilDate
    /// Officers present (empty when the file does not name them).
    public var officers: [Officer]

    /// Creates an investigation.
    public init(date: CivilDate, officers: [Officer]) {
        self.date = date
        self.officers = officers
    }
}

/// What a case file records of the procedure; every field is optional (absent = not recorded, unknown).
public struct CaseProcedure: Sendable, Hashable {
    /// 简易程序 or 普通程序.
    public var kind: ProcedureKind?
    /// 告知 of the intended penalty, its facts, reasons, basis and the party's rights (Art. 44), or its recorded absence.
    public var notified: RecordedStep?
    /// Whether the 告知 named the right to request a hearing (Art. 63, 64).
    public var hearingRights: Bool?
    /// Day a statement (陈述、申辩) was received.
    public var statementReceived: CivilDate?
    /// The party expressly waived statement and hearing (Art. 62: 当事人明确放弃).
    public var rightsWaived: Bool?
    /// Day a hearing was requested.
    public var hearingRequested: CivilDate?
    /// Day the hearing was held.
    public var hearingHeld: CivilDate?
    /// Day of the 法制审核 (Art. 58).
    public var legalReview: CivilDate?
    /// Who carried out the 法制审核.
    public var legalReviewer: String?
    /// Investigations and on-site inspections, with the officers present.
    public var investigations: [Investigation]?
    /// 简易程序: the officers showed their certificates (Art. 52).
    public var certificateShown: Bool?
    /// 简易程序: a pre-printed, numbered decision form was filled in (Art. 52).
    public var numberedForm: Bool?
    /// 简易程序: the decision was handed to the party on the spot (Art. 52).
    public var deliveredOnSpot: Bool?
    /// 简易程序: the decision was reported to the agency (报所属行政机关备案, Art. 52).
    public var reported: Bool?

    /// Creates a procedure record; every field is absent unless given.
    public init(kind: ProcedureKind? = nil, notified: RecordedStep? = nil, hearingRights: Bool? = nil,
                statementReceived: CivilDate? = nil, rightsWaived: Bool? = nil, hearingRequested: CivilDate? = nil,
                hearingHeld: CivilDate? = nil, legalReview: CivilDate? = nil, legalReviewer: String? = nil,
                investigations: [Investigation]? = nil, certificateShown: Bool? = nil, numberedForm: Bool? = nil,
                deliveredOnSpot: Bool? = nil, reported: Bool? = nil) {
        self.kind = kind
        self.notified = notified
        self.hearingRights = hearingRights
        self.statementReceived = statementReceived
        self.rightsWaived = rightsWaived
        self.hearingRequested = hearingRequested
        self.hearingHeld = hearingHeld
        self.legalReview = legalReview
        self.legalReviewer = legalReviewer
        self.investigations = investigations
        self.certificateShown = certificateShown
        self.numberedForm = numberedForm
        self.deliveredOnSpot = deliveredOnSpot
        self.reported = reported
    }
}

/// One coercive measure (行政强制措施) taken in the case; absent dates are unknown.
public struct CoerciveMeasure: Sendable, Hashable {
    /// What kind of measure.
    public var kind: CoerciveMeasureKind
    /// Day of the decision document (查封、扣押决定书), or the file's record that there was none.
    public var decided: RecordedStep?
    /// Day the measure was carried out.
    public var executed: CivilDate?
    /// Day an extension was decided (经行政机关负责人批准延长).
    public var extended: CivilDate?
    /// Calendar days the extension added, if the file says.
    public var extensionDays: Int?
    /// Day the measure ended (解除, or a decision on the property).
    public var ended: CivilDate?
    /// Whether the party was notified (决定书和清单当场交付, Art. 18, 24).
    public var notified: Bool?

    /// Creates a measure.
    public init(kind: CoerciveMeasureKind, decided: RecordedStep? = nil, executed: CivilDate? = nil, extended: CivilDate? = nil,
                extensionDays: Int? = nil, ended: CivilDate? = nil, notified: Bool? = nil) {
        self.kind = kind
        self.decided = decided
        self.executed = executed
        self.extended = extended
        self.extensionDays = extensionDays
        self.ended = ended
        self.notified = notified
    }
}

/// What the no-coercion lists' decision was, as the file records it.
public enum CoercionChoice: String, Sendable, Hashable, CaseIterable {
    /// 不予实施行政强制措施: the agency refrained under a no-coercion list.
    case refrain
    /// Coercive measures were not excluded.
    case allowed
}

/// Payment of the fine (行政处罚法 Art. 67, 72).
public struct Payment: Sendable, Hashable {
    /// Last day for payment (缴纳期限).
    public var due: CivilDate?
    /// Day the fine was paid.
    public var paid: CivilDate?
    /// 加处罚款 charged (yuan).
    public var surcharge: Money?
    /// First day for which 加处罚款 was charged.
    public var surchargeFrom: CivilDate?

    /// Creates a payment record.
    public init(due: CivilDate? = nil, paid: CivilDate? = nil, surcharge: Money? = nil, surchargeFrom: CivilDate? = nil) {
        self.due = due
        self.paid = paid
        self.surcharge = surcharge
        self.surchargeFrom = surchargeFrom
    }
}
