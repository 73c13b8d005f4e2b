public import LeniencyCore

/// The kinds of coercive measure (行政强制法 Art. 9) a case file may record; policies give periods per kind.
public enum CoerciveMeasureKind: String, Sendable, Hashable, CaseIterable {
    /// 限制公民人身自由.
    case restriction
    /// 查封场所、设施或者财物.
    case sequestration
    /// 扣押财物.
    case seizure
    /// 冻结存款、汇款.
    case freeze
    /// 其他行政强制措施.
    case other

    /// The Chinese name.
    public var chinese: String {
        switch self {
        case .restriction: "限制公民人身自由"
        case .sequestration: "查封"
        case .seizure: "扣押"
        case .freeze: "冻结"
        case .other: "其他行政强制措施"
        }
    }
}

/// 简易程序 (当场处罚) limits: the largest fine by party type and the penalty kinds allowed (行政处罚法 Art. 51).
public struct SummaryProcedureLimits: Sendable, Hashable {
    /// Largest fine for a citizen (公民), inclusive (以下).
    public var individual: Money
    /// Largest fine for a 法人 or other organisation, inclusive.
    public var organisation: Money
    /// Penalty kinds a summary decision may impose (`warning`, `fine`).
    public var penaltyKinds: [String]

    /// Creates limits.
    public init(individual: Money, organisation: Money, penaltyKinds: [String]) {
        self.individual = individual
        self.organisation = organisation
        self.penaltyKinds = penaltyKinds
    }
}

/// How long a coercive measure of some kinds may last, and by how much it may be extended (行政强制法 Art. 25, 32).
public struct CoercivePeriod: Sendable, Hashable {
    /// The kinds it applies to.
    public var kinds: [CoerciveMeasureKind]
    /// Calendar days the measure may last (不得超过三十日).
    public var days: Int
    /// Calendar days an approved extension may add (延长期限不得超过三十日); 0 when no extension is allowed.
    public var extensionDays: Int

    /// Creates a period.
    public init(kinds: [CoerciveMeasureKind], days: Int, extensionDays: Int) {
        self.kinds = kinds
        self.days = days
        self.extensionDays = extensionDays
    }
}

/// How the 类案不同罚 comparison (audit A601) screens the fines of similar cases: a convention of the review, not a
/// statutory figure, so it is policy data a region may set for its own cases.
public struct SimilarCaseRule: Sendable, Hashable {
    /// `min_group`: the smallest group of similar cases compared at all.
    public var minGroup: Int
    /// `mad_min_group`: the smallest group whose spread is estimated by the MAD; smaller groups use the relative rule.
    public var madMinGroup: Int
    /// `deviations`: a fine is flagged beyond this many robust standard deviations (1.4826 × MAD each).
    public var deviations: Ratio
    /// `relative_share`: a fine is flagged beyond this share of the median (small groups, or MAD = 0).
    public var relativeShare: Ratio

    /// Creates a rule.
    public init(minGroup: Int, madMinGroup: Int, deviations: Ratio, relativeShare: Ratio) {
        self.minGroup = minGroup
        self.madMinGroup = madMinGroup
        self.deviations = deviations
        self.relativeShare = relativeShare
    }
}

/// The procedural rules of a policy that the case-file review (案卷评查) checks; every field is optional rule data.
///
/// Each field is keyed in the policy document by its snake_case name, which `basis:` also cites.
public struct ProcedureRules: Sendable, Hashable {
    /// `summary_procedure`: ceilings of the 简易程序.
    public var summaryProcedure: SummaryProcedureLimits?
    /// `statement_working_days`: working days after 告知 the party has to make a statement (陈述、申辩).
    public var statementWorkingDays: Int?
    /// `hearing_request_working_days`: working days after 告知 the party has to request a hearing (Art. 64).
    public var hearingRequestWorkingDays: Int?
    /// `hearing_penalty_kinds`: penalty kinds that carry the right to a hearing whatever the fine (Art. 63).
    public var hearingPenaltyKinds: [String]?
    /// `coercive_measure_periods`: periods of coercive measures by kind.
    public var coercivePeriods: [CoercivePeriod]?
    /// `surcharge_cap`: 加处罚款 may not exceed this share of the fine (Art. 72; 行政强制法 Art. 45).
    public var surchargeCap: Ratio?
    /// `inspection_forbidden_performers`: who may not carry out an inspection (values of `inspectionPerformers`).
    public var inspectionForbiddenPerformers: [String]?
    /// `notice_before_decision`: a penalty needs a prior 告知 of its content and the party's rights (Art. 44, 62).
    public var noticeBeforeDecision: Bool?
    /// `legal_review_before_decision`: a 法制审核, where one is made, comes before the decision and names its reviewer (Art. 58).
    public var legalReviewBeforeDecision: Bool?
    /// `coercion_formalities`: a coercive measure needs a decision document handed to the party (行政强制法 Art. 18, 24).
    public var coercionFormalities: Bool?
    /// `no_coercion_decisions`: a decision to refrain from coercion, or a mandatory no-coercion item, excludes measures.
    public var noCoercionDecisions: Bool?
    /// `single_fine_per_act`: one act of one party is fined once (一事不二罚款, Art. 29).
    public var singleFinePerAct: Bool?
    /// `similar_cases`: how the 类案不同罚 comparison screens fines (A601).
    public var similarCases: SimilarCaseRule?

    /// Creates rules; every rule is absent unless given.
    public init(summaryProcedure: SummaryProcedureLimits? = nil, statementWorkingDays: Int? = nil,
                hearingRequestWorkingDays: Int? = nil, hearingPenaltyKinds: [String]? = nil,
                coercivePeriods: [CoercivePeriod]? = nil, surchargeCap: Ratio? = nil,
                inspectionForbiddenPerformers: [String]? = nil, noticeBeforeDecision: Bool? = nil,
                legalReviewBeforeDecision: Bool? = nil, coercionFormalities: Bool? = nil, noCoercionDecisions: Bool? = nil,
                singleFinePerAct: Bool? = nil, similarCases: SimilarCaseRule? = nil) {
        self.summaryProcedure = summaryProcedure
        self.statementWorkingDays = statementWorkingDays
        self.hearingRequestWorkingDays = hearingRequestWorkingDays
        self.hearingPenaltyKinds = hearingPenaltyKinds
        self.coercivePeriods = coercivePeriods
        self.surchargeCap = surchargeCap
        self.inspectionForbiddenPerformers = inspectionForbiddenPerformers
        self.noticeBeforeDecision = noticeBeforeDecision
        self.legalReviewBeforeDecision = legalReviewBeforeDecision
        self.coercionFormalities = coercionFormalities
        self.noCoercionDecisions = noCoercionDecisions
        self.singleFinePerAct = singleFinePerAct
        self.similarCases = similarCases
    }

    /// The period for a measure kind, if the rules give one.
    public func period(for kind: CoerciveMeasureKind) -> CoercivePeriod? {
        coercivePeriods?.first { $0.kinds.contains(kind) }
    }
}
