public import LeniencyCatalog
public import LeniencyCore

/// An enforcement officer named in a case.
public struct Officer: Sendable, Hashable {
    /// Name.
    public var name: String
    /// 执法证件 number.
    public var certificate: String?

    /// Creates an officer.
    public init(name: String, certificate: String?) {
        self.name = name
        self.certificate = certificate
    }
}

/// The party's type.
public enum PartyType: String, Sendable, Hashable, CaseIterable {
    case individual, enterprise, other
}

/// The party (当事人).
public struct Party: Sendable, Hashable {
    /// Name.
    public var name: String
    /// Type.
    public var type: PartyType
    /// 统一社会信用代码.
    public var creditCode: String?
    /// 身份证号.
    public var idNumber: String?
    /// Birth date, if given or derived from the id number.
    public var birthDate: CivilDate?
    /// Age in 周岁 at the act, if given directly.
    public var age: Int?

    /// Creates a party.
    public init(name: String, type: PartyType, creditCode: String? = nil, idNumber: String? = nil,
                birthDate: CivilDate? = nil, age: Int? = nil) {
        self.name = name
        self.type = type
        self.creditCode = creditCode
        self.idNumber = idNumber
        self.birthDate = birthDate
        self.age = age
    }

    /// A stable key for the party across case files: credit code, id number, else name.
    public var identityKey: String { creditCode ?? idNumber ?? name }
}

/// The dates of a case.
public struct CaseDates: Sendable, Hashable {
    /// 违法行为发生之日.
    public var act: CivilDate
    /// 行为终了之日 for continuing acts.
    public var actEnd: CivilDate?
    /// The act is continuing (连续或者继续状态); without `actEnd` its end is unknown (行政处罚法 Art. 36 ¶2).
    public var continuing: Bool?
    /// 发现之日.
    public var discovered: CivilDate?
    /// 立案.
    public var filed: CivilDate?
    /// 作出决定.
    public var decided: CivilDate?

    /// Creates case dates.
    public init(act: CivilDate, actEnd: CivilDate? = nil, discovered: CivilDate? = nil,
                filed: CivilDate? = nil, decided: CivilDate? = nil, continuing: Bool? = nil) {
        self.continuing = continuing
        self.act = act
        self.actEnd = actEnd
        self.discovered = discovered
        self.filed = filed
        self.decided = decided
    }
}

/// A prior violation by the same party.
public struct PriorViolation: Sendable, Hashable {
    /// Violation code.
    public var violation: String
    /// Date of the prior act.
    public var date: CivilDate
    /// Case number, if known.
    public var caseID: String?

    /// Creates a prior violation.
    public init(violation: String, date: CivilDate, caseID: String? = nil) {
        self.violation = violation
        self.date = date
        self.caseID = caseID
    }
}

/// What the agency actually decided, recorded for audit.
///
/// The fields sit behind one reference, copied on write, as in `CaseRecord`: the audit's checks each bind the
/// recorded decision (`guard let recorded = record.decision`), and copying its arrays and strings (a retain each, and
/// a release when the copy ends) cost about 3,000 instructions a case; a copy is now one retain.
public struct RecordedDecision: Sendable, Hashable {
    /// The stored fields of a recorded decision.
    @usableFromInline
    struct Fields: Sendable, Hashable {
        @usableFromInline var outcome: Outcome?
        @usableFromInline var fine: Money?
        @usableFromInline var penaltyKinds: [String]
        @usableFromInline var education: Bool?
        @usableFromInline var commitment: Bool?
        @usableFromInline var legalReview: Bool?
        @usableFromInline var firstOffenceClaimed: Bool?
        @usableFromInline var list: String?
        @usableFromInline var item: String?
        @usableFromInline var published: CivilDate?
        @usableFromInline var coercion: CoercionChoice?
        @usableFromInline var followUps: [String]?
    }

    @usableFromInline var box: CopyOnWriteBox<Fields>

    /// The box, copied first when another value shares it.
    @inlinable
    mutating func uniqueBox() -> CopyOnWriteBox<Fields> { CopyOnWriteBox.unique(&box) }

    /// The outcome taken.
    @inlinable public var outcome: Outcome? { _read { yield box.fields.outcome } _modify { yield &uniqueBox().fields.outcome } }
    /// The fine imposed.
    @inlinable public var fine: Money? { _read { yield box.fields.fine } _modify { yield &uniqueBox().fields.fine } }
    /// Penalty kinds (warning, fine, confiscation, …).
    @inlinable public var penaltyKinds: [String] { _read { yield box.fields.penaltyKinds } _modify { yield &uniqueBox().fields.penaltyKinds } }
    /// Education on record.
    @inlinable public var education: Bool? { _read { yield box.fields.education } _modify { yield &uniqueBox().fields.education } }
    /// 承诺书 signed.
    @inlinable public var commitment: Bool? { _read { yield box.fields.commitment } _modify { yield &uniqueBox().fields.commitment } }
    /// 法制审核 done.
    @inlinable public var legalReview: Bool? { _read { yield box.fields.legalReview } _modify { yield &uniqueBox().fields.legalReview } }
    /// The file treats the case as a first offence.
    @inlinable public var firstOffenceClaimed: Bool? { _read { yield box.fields.firstOffenceClaimed } _modify { yield &uniqueBox().fields.firstOffenceClaimed } }
    /// List the agency relied on.
    @inlinable public var list: String? { _read { yield box.fields.list } _modify { yield &uniqueBox().fields.list } }
    /// Item the agency relied on.
    @inlinable public var item: String? { _read { yield box.fields.item } _modify { yield &uniqueBox().fields.item } }
    /// Publicity date.
    @inlinable public var published: CivilDate? { _read { yield box.fields.published } _modify { yield &uniqueBox().fields.published } }
    /// The no-coercion lists' decision: refrained from coercive measures, or not excluded.
    @inlinable public var coercion: CoercionChoice? { _read { yield box.fields.coercion } _modify { yield &uniqueBox().fields.coercion } }
    /// The follow-up duties the file shows were carried out (`FollowUp.Duty` names: `written_decision`, `rectify`,
    /// `guardian_discipline`, …); nil when the file does not list them.
    @inlinable public var followUps: [String]? { _read { yield box.fields.followUps } _modify { yield &uniqueBox().fields.followUps } }

    /// Creates a recorded decision.
    public init(outcome: Outcome? = nil, fine: Money? = nil, penaltyKinds: [String] = [], education: Bool? = nil,
                commitment: Bool? = nil, legalReview: Bool? = nil, firstOffenceClaimed: Bool? = nil,
                list: String? = nil, item: String? = nil, published: CivilDate? = nil, coercion: CoercionChoice? = nil) {
        box = CopyOnWriteBox(Fields(outcome: outcome, fine: fine, penaltyKinds: penaltyKinds, education: education, commitment: commitment,
                         legalReview: legalReview, firstOffenceClaimed: firstOffenceClaimed, list: list, item: item,
                         published: published, coercion: coercion, followUps: nil))
    }

    /// Same fields (the same box is the same decision without comparing them).
    public static func == (a: RecordedDecision, b: RecordedDecision) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    /// Hashes the fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
}

/// One case file (案卷) as Leniency reads it.
///
/// The fields sit behind one reference, copied on write: the audit hands a case from the decoder through the checks
/// and their context, and copying two dozen strings, arrays and dictionaries (a retain each, and a release when the
/// copy ends) cost about 7,000 instructions a case; a copy is now one retain. Reading a field goes through the
/// reference, writing one copies the fields first when another copy shares them.
public struct CaseRecord: Sendable, Hashable {
    /// The stored fields of a case.
    @usableFromInline
    struct Fields: Sendable, Hashable {
        @usableFromInline var id: String
        @usableFromInline var agency: String
        @usableFromInline var region: String?
        @usableFromInline var officers: [Officer]
        @usableFromInline var party: Party
        @usableFromInline var violation: String
        @usableFromInline var dates: CaseDates
        @usableFromInline var facts: [String: FactValue]
        @usableFromInline var illegalGains: Money?
        @usableFromInline var goodsValue: Money?
        @usableFromInline var priorViolations: [PriorViolation]?
        @usableFromInline var decision: RecordedDecision?
        @usableFromInline var actID: String?
        @usableFromInline var procedure: CaseProcedure?
        @usableFromInline var coerciveMeasures: [CoerciveMeasure]?
        @usableFromInline var payment: Payment?
        @usableFromInline var location: SourceLocation
        @usableFromInline var factLocations: [String: SourceLocation]
    }

    @usableFromInline var box: CopyOnWriteBox<Fields>

    /// The box, copied first when another value shares it.
    @inlinable
    mutating func uniqueBox() -> CopyOnWriteBox<Fields> { CopyOnWriteBox.unique(&box) }

    /// Case number.
    @inlinable
    public var id: String {
        _read { yield box.fields.id }
        _modify { yield &uniqueBox().fields.id }
    }
    /// Agency.
    @inlinable
    public var agency: String {
        _read { yield box.fields.agency }
        _modify { yield &uniqueBox().fields.agency }
    }
    /// Region, for region-specific policies.
    @inlinable
    public var region: String? {
        _read { yield box.fields.region }
        _modify { yield &uniqueBox().fields.region }
    }
    /// Officers.
    @inlinable
    public var officers: [Officer] {
        _read { yield box.fields.officers }
        _modify { yield &uniqueBox().fields.officers }
    }
    /// The party.
    @inlinable
    public var party: Party {
        _read { yield box.fields.party }
        _modify { yield &uniqueBox().fields.party }
    }
    /// Violation code.
    @inlinable
    public var violation: String {
        _read { yield box.fields.violation }
        _modify { yield &uniqueBox().fields.violation }
    }
    /// Dates.
    @inlinable
    public var dates: CaseDates {
        _read { yield box.fields.dates }
        _modify { yield &uniqueBox().fields.dates }
    }
    /// Facts by name (only those the case gives; absent = unknown).
    @inlinable
    public var facts: [String: FactValue] {
        _read { yield box.fields.facts }
        _modify { yield &uniqueBox().fields.facts }
    }
    /// 违法所得.
    @inlinable
    public var illegalGains: Money? {
        _read { yield box.fields.illegalGains }
        _modify { yield &uniqueBox().fields.illegalGains }
    }
    /// 货值金额.
    @inlinable
    public var goodsValue: Money? {
        _read { yield box.fields.goodsValue }
        _modify { yield &uniqueBox().fields.goodsValue }
    }
    /// Prior violations; nil = history unknown, [] = none.
    @inlinable
    public var priorViolations: [PriorViolation]? {
        _read { yield box.fields.priorViolations }
        _modify { yield &uniqueBox().fields.priorViolations }
    }
    /// The decision actually taken, if recorded.
    @inlinable
    public var decision: RecordedDecision? {
        _read { yield box.fields.decision }
        _modify { yield &uniqueBox().fields.decision }
    }
    /// The act's identity across agencies (same act, same party), for 一事不二罚款 (行政处罚法 Art. 29).
    @inlinable
    public var actID: String? {
        _read { yield box.fields.actID }
        _modify { yield &uniqueBox().fields.actID }
    }
    /// The procedure as the file records it; nil when it records none.
    @inlinable
    public var procedure: CaseProcedure? {
        _read { yield box.fields.procedure }
        _modify { yield &uniqueBox().fields.procedure }
    }
    /// Coercive measures taken; nil = not recorded, [] = none taken.
    @inlinable
    public var coerciveMeasures: [CoerciveMeasure]? {
        _read { yield box.fields.coerciveMeasures }
        _modify { yield &uniqueBox().fields.coerciveMeasures }
    }
    /// Payment of the fine; nil when not recorded.
    @inlinable
    public var payment: Payment? {
        _read { yield box.fields.payment }
        _modify { yield &uniqueBox().fields.payment }
    }
    /// Where the case starts in its file.
    @inlinable
    public var location: SourceLocation {
        _read { yield box.fields.location }
        _modify { yield &uniqueBox().fields.location }
    }
    /// Positions of each fact value, for diagnostics.
    @inlinable
    public var factLocations: [String: SourceLocation] {
        _read { yield box.fields.factLocations }
        _modify { yield &uniqueBox().fields.factLocations }
    }

    /// Creates a case.
    public init(id: String, agency: String, region: String? = nil, officers: [Officer] = [], party: Party,
                violation: String, dates: CaseDates, facts: [String: FactValue] = [:], illegalGains: Money? = nil,
                goodsValue: Money? = nil, priorViolations: [PriorViolation]? = nil, decision: RecordedDecision? = nil,
                actID: String? = nil, procedure: CaseProcedure? = nil, coerciveMeasures: [CoerciveMeasure]? = nil,
                payment: Payment? = nil, location: SourceLocation, factLocations: [String: SourceLocation] = [:]) {
        box = CopyOnWriteBox(Fields(id: id, agency: agency, region: region, officers: officers, party: party, violation: violation,
                         dates: dates, facts: facts, illegalGains: illegalGains, goodsValue: goodsValue,
                         priorViolations: priorViolations, decision: decision, actID: actID, procedure: procedure,
                         coerciveMeasures: coerciveMeasures, payment: payment, location: location,
                         factLocations: factLocations))
    }

    /// Same fields (the same box is the same case without comparing them).
    public static func == (a: CaseRecord, b: CaseRecord) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    /// Hashes the fields.
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
}
