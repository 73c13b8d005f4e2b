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
public struct RecordedDecision: Sendable, Hashable {
    /// The outcome taken.
    public var outcome: Outcome?
    /// The fine imposed.
    public var fine: Money?
    /// Penalty kinds (warning, fine, confiscation, …).
    public var penaltyKinds: [String]
    /// Education on record.
    public var education: Bool?
    /// 承诺书 signed.
    public var commitment: Bool?
    /// 法制审核 done.
    public var legalReview: Bool?
    /// The file treats the case as a first offence.
    public var firstOffenceClaimed: Bool?
    /// List the agency relied on.
    public var list: String?
    /// Item the agency relied on.
    public var item: String?
    /// Publicity date.
    public var published: CivilDate?
    /// The no-coercion lists' decision: refrained from coercive measures, or not excluded.
    public var coercion: CoercionChoice?
    /// The follow-up duties the file shows were carried out (`FollowUp.Duty` names: `written_decision`, `rectify`,
    /// `guardian_discipline`, …); nil when the file does not list them.
    public var followUps: [String]? = nil

    /// Creates a recorded decision.
    public init(outcome: Outcome? = nil, fine: Money? = nil, penaltyKinds: [String] = [], education: Bool? = nil,
                commitment: Bool? = nil, legalReview: Bool? = nil, firstOffenceClaimed: Bool? = nil,
                list: String? = nil, item: String? = nil, published: CivilDate? = nil, coercion: CoercionChoice? = nil) {
        self.outcome = outcome
        self.fine = fine
        self.penaltyKinds = penaltyKinds
        self.education = education
        self.commitment = commitment
        self.legalReview = legalReview
        self.firstOffenceClaimed = firstOffenceClaimed
        self.list = list
        self.item = item
        self.published = published
        self.coercion = coercion
    }
}

/// One case file (案卷) as Leniency reads it.
public struct CaseRecord: Sendable, Hashable {
    /// Case number.
    public var id: String
    /// Agency.
    public var agency: String
    /// Region, for region-specific policies.
    public var region: String?
    /// Officers.
    public var officers: [Officer]
    /// The party.
    public var party: Party
    /// Violation code.
    public var violation: String
    /// Dates.
    public var dates: CaseDates
    /// Facts by name (only those the case gives; absent = unknown).
    public var facts: [String: FactValue]
    /// 违法所得.
    public var illegalGains: Money?
    /// 货值金额.
    public var goodsValue: Money?
    /// Prior violations; nil = history unknown, [] = none.
    public var priorViolations: [PriorViolation]?
    /// The decision actually taken, if recorded.
    public var decision: RecordedDecision?
    /// The act's identity across agencies (same act, same party), for 一事不二罚款 (行政处罚法 Art. 29).
    public var actID: String?
    /// The procedure as the file records it; nil when it records none.
    public var procedure: CaseProcedure?
    /// Coercive measures taken; nil = not recorded, [] = none taken.
    public var coerciveMeasures: [CoerciveMeasure]?
    /// Payment of the fine; nil when not recorded.
    public var payment: Payment?
    /// Where the case starts in its file.
    public var location: SourceLocation
    /// Positions of each fact value, for diagnostics.
    public var factLocations: [String: SourceLocation]

    /// Creates a case.
    public init(id: String, agency: String, region: String? = nil, officers: [Officer] = [], party: Party,
                violation: String, dates: CaseDates, facts: [String: FactValue] = [:], illegalGains: Money? = nil,
                goodsValue: Money? = nil, priorViolations: [PriorViolation]? = nil, decision: RecordedDecision? = nil,
                actID: String? = nil, procedure: CaseProcedure? = nil, coerciveMeasures: [CoerciveMeasure]? = nil,
                payment: Payment? = nil, location: SourceLocation, factLocations: [String: SourceLocation] = [:]) {
        self.id = id
        self.agency = agency
        self.region = region
        self.officers = officers
        self.party = party
        self.violation = violation
        self.dates = dates
        self.facts = facts
        self.illegalGains = illegalGains
        self.goodsValue = goodsValue
        self.priorViolations = priorViolations
        self.decision = decision
        self.actID = actID
        self.procedure = procedure
        self.coerciveMeasures = coerciveMeasures
        self.payment = payment
        self.location = location
        self.factLocations = factLocations
    }
}
