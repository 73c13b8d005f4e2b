public import LeniencyCatalog
import LeniencyCore

/// A date or a step recorded as not taken, as a day number.
public enum CompactStep: Sendable, Hashable {
    /// Took place on this day number.
    case on(Int32)
    /// Recorded as not taken (`false`).
    case notTaken

    var recorded: RecordedStep {
        switch self {
        case .on(let day): .on(CivilDate(dayNumber: Int(day)))
        case .notTaken: .notTaken
        }
    }
}

/// `procedure:` in slot form (dates as day numbers, text as byte runs); investigations live in the case's arrays.
public struct CompactProcedure: Sendable, Hashable {
    public var kind: ProcedureKind?
    public var notified: CompactStep?
    public var hearingRights: Bool?
    public var statementReceived: Int32?
    public var rightsWaived: Bool?
    public var hearingRequested: Int32?
    public var hearingHeld: Int32?
    public var legalReview: Int32?
    public var legalReviewer: TextRef?
    /// False when `investigations` is absent (not recorded).
    public var investigationsKnown = false
    public var certificateShown: Bool?
    public var numberedForm: Bool?
    public var deliveredOnSpot: Bool?
    public var reported: Bool?

    /// Nothing recorded.
    public init() {}
}

/// One investigation: its day and its officers' range in `CompactCase.investigationOfficers`.
public struct CompactInvestigation: Sendable, Hashable {
    public var day: Int32
    public var officers: Range<Int>
}

/// One coercive measure in slot form.
public struct CompactMeasure: Sendable, Hashable {
    public var kind: CoerciveMeasureKind = .other
    public var decided: CompactStep?
    public var executed: Int32?
    public var extended: Int32?
    public var extensionDays: Int32?
    public var ended: Int32?
    public var notified: Bool?

    /// Nothing recorded.
    public init() {}
}

/// `payment:` in slot form (fen, day numbers).
public struct CompactPayment: Sendable, Hashable {
    public var due: Int32?
    public var paid: Int32?
    public var surcharge: Int64?
    public var surchargeFrom: Int32?

    /// Nothing recorded.
    public init() {}
}

extension CompactCase {
    /// The procedure, measures and payment as `CaseRecord` values.
    func procedureParts() -> (procedure: CaseProcedure?, measures: [CoerciveMeasure]?, payment: Payment?) {
        func date(_ day: Int32?) -> CivilDate? { day.map { CivilDate(dayNumber: Int($0)) } }
        func officer(_ o: Officer) -> LeniencyCaseInput.Officer {
            LeniencyCaseInput.Officer(name: string(o.name), certificate: o.certificate.map { string($0) })
        }
        let procedure = self.procedure.map { p in
            CaseProcedure(
                kind: p.kind, notified: p.notified?.recorded, hearingRights: p.hearingRights,
                statementReceived: date(p.statementReceived), rightsWaived: p.rightsWaived,
                hearingRequested: date(p.hearingRequested), hearingHeld: date(p.hearingHeld),
                legalReview: date(p.legalReview), legalReviewer: p.legalReviewer.map { string($0) },
                investigations: p.investigationsKnown
                    ? investigations.map { Investigation(date: CivilDate(dayNumber: Int($0.day)), officers: investigationOfficers[$0.officers].map(officer)) }
                    : nil,
                certificateShown: p.certificateShown, numberedForm: p.numberedForm, deliveredOnSpot: p.deliveredOnSpot,
                reported: p.reported)
        }
        let measures: [CoerciveMeasure]? = measuresKnown
            ? self.measures.map { m in
                CoerciveMeasure(kind: m.kind, decided: m.decided?.recorded, executed: date(m.executed), extended: date(m.extended),
                                extensionDays: m.extensionDays.map(Int.init), ended: date(m.ended), notified: m.notified)
            }
            : nil
        let payment = self.payment.map { p in
            Payment(due: date(p.due), paid: date(p.paid), surcharge: p.surcharge.map(Money.init(fen:)), surchargeFrom: date(p.surchargeFrom))
        }
        return (procedure, measures, payment)
    }
}
