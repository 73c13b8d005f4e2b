public import LeniencyCore

/// The 企业安静日 window of a region: days of each month without inspections.
public struct QuietDays: Sendable, Hashable {
    /// A region-specific window.
    public struct Override: Sendable, Hashable {
        /// Region name as case and inspection records give it.
        public var region: String
        /// First quiet day of the month.
        public var fromDay: Int
        /// Last quiet day of the month.
        public var toDay: Int

        /// Creates an override.
        public init(region: String, fromDay: Int, toDay: Int) {
            self.region = region
            self.fromDay = fromDay
            self.toDay = toDay
        }
    }

    /// Default first quiet day.
    public var fromDay: Int
    /// Default last quiet day.
    public var toDay: Int
    /// Per-region windows.
    public var overrides: [Override]
    /// Reason codes that allow an inspection on a quiet day.
    public var exceptionReasons: [String]
    /// Labels of reason codes.
    public var reasonLabels: [String: String]

    /// Creates quiet days.
    public init(fromDay: Int, toDay: Int, overrides: [Override], exceptionReasons: [String], reasonLabels: [String: String]) {
        self.fromDay = fromDay
        self.toDay = toDay
        self.overrides = overrides
        self.exceptionReasons = exceptionReasons
        self.reasonLabels = reasonLabels
    }

    /// The window for a region named exactly as an override (else the default); the audit uses
    /// `window(for:regions:)`, which also finds the override of a region covering this one.
    public func window(for region: String?) -> ClosedRange<Int> {
        if let region, let o = overrides.first(where: { $0.region == region }) { return o.fromDay...o.toDay }
        return fromDay...toDay
    }
}

/// A cap on inspections of one enterprise by one agency.
public struct InspectionCap: Sendable, Hashable {
    /// The period the cap counts in.
    public enum Period: String, Sendable, Hashable, CaseIterable {
        case month, year
    }

    /// The period.
    public var period: Period
    /// Most inspections allowed in it.
    public var max: Int
    /// Region it is limited to (nil = all).
    public var region: String?

    /// Creates a cap.
    public init(period: Period, max: Int, region: String?) {
        self.period = period
        self.max = max
        self.region = region
    }
}

/// Thresholds of 较大数额罚款 by party type.
public struct LargeFineThreshold: Sendable, Hashable {
    /// For individuals.
    public var individual: Money
    /// For enterprises and other organisations.
    public var organisation: Money

    /// Creates thresholds.
    public init(individual: Money, organisation: Money) {
        self.individual = individual
        self.organisation = organisation
    }
}

/// A supervision policy: what a 司法局 checks in case files and inspection records.
public struct SupervisionPolicy: Sendable, Hashable {
    /// The reasons an inspection record may give; a policy's quiet-day exceptions name reasons from this list.
    public static let inspectionReasons = ["routine", "complaint", "referral", "special_campaign", "emergency", "statutory", "other"]
    /// Who may carry out an inspection, as inspection records name it (`performed_by`); policies forbid some of them.
    public static let inspectionPerformers = ["agency", "authorised", "entrusted", "third_party", "auxiliary"]

    /// Id.
    public var id: String
    /// Title, issuer, 文号, region.
    public var info: DocumentInfo
    /// When in force.
    public var validity: Validity
    /// 企业安静日, if the policy sets them.
    public var quietDays: QuietDays?
    /// Inspection frequency caps.
    public var inspectionCaps: [InspectionCap]
    /// Inspections of one enterprise by several agencies within this many days should have been joint.
    public var jointWindowDays: Int?
    /// Minimum number of certified officers.
    public var officersMin: Int?
    /// Calendar days from 立案 to decision.
    public var decisionDays: Int?
    /// Working days from decision to publicity.
    public var publicityWorkingDays: Int?
    /// When 法制审核 is required (evaluated over the case's facts plus `fine`).
    public var legalReviewWhen: Condition?
    /// 较大数额罚款 thresholds.
    public var largeFine: LargeFineThreshold?
    /// Whether every no-penalty decision needs an education record.
    public var educationRequiredForNoPenalty: Bool
    /// Whether the agency's own policy expects discretionary (可以) leniency items to be used when they apply.
    public var expectsDiscretionaryLeniency: Bool
    /// The rules of procedure a case file is checked against (简易程序, 告知, hearings, coercive measures, payment).
    public var procedure: ProcedureRules
    /// Citations for each rule of the policy, keyed by rule name (`quiet_days`, `decision_days`, …).
    public var basis: [String: [Citation]]
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates a policy.
    public init(id: String, info: DocumentInfo, validity: Validity, quietDays: QuietDays?, inspectionCaps: [InspectionCap],
                jointWindowDays: Int?, officersMin: Int?, decisionDays: Int?, publicityWorkingDays: Int?,
                legalReviewWhen: Condition?, largeFine: LargeFineThreshold?, educationRequiredForNoPenalty: Bool,
                expectsDiscretionaryLeniency: Bool = false, procedure: ProcedureRules = ProcedureRules(),
                basis: [String: [Citation]], location: SourceLocation) {
        self.id = id
        self.info = info
        self.validity = validity
        self.quietDays = quietDays
        self.inspectionCaps = inspectionCaps
        self.jointWindowDays = jointWindowDays
        self.officersMin = officersMin
        self.decisionDays = decisionDays
        self.publicityWorkingDays = publicityWorkingDays
        self.legalReviewWhen = legalReviewWhen
        self.largeFine = largeFine
        self.educationRequiredForNoPenalty = educationRequiredForNoPenalty
        self.expectsDiscretionaryLeniency = expectsDiscretionaryLeniency
        self.procedure = procedure
        self.basis = basis
        self.location = location
    }
}
