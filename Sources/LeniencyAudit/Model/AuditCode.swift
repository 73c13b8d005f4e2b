public import LeniencyCore

/// The stable codes of audit findings; the raw value is printed to users and never changes meaning.
///
/// A1xx leniency applied or denied, A2xx first offence against the corpus, A3xx discretion,
/// A4xx procedure of 行政处罚法 (A41x: 简易程序, 告知, 陈述申辩, 听证, 法制审核), A5xx inspections,
/// A6xx similar cases with different penalties (类案不同罚), A7xx coercive measures (行政强制法),
/// A8xx the fine itself: 一事不二罚款 and 加处罚款.
public enum AuditCode: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case leniencyDenied = "A101"
    case leniencyWithoutGround = "A102"
    case listNotInForce = "A103"
    case discretionaryLeniencyUnused = "A104"
    case listOutsideRegion = "A105"
    case penalisedWithoutViolation = "A106"
    case falseFirstOffence = "A201"
    case fineOutsideTierBand = "A301"
    case fineOutsideStatutoryRange = "A302"
    case mitigationWithoutGround = "A303"
    case tierInconsistent = "A304"
    case tooFewOfficers = "A401"
    case officerWithoutCertificate = "A402"
    case decisionLate = "A403"
    case publicityLate = "A404"
    case legalReviewMissing = "A405"
    case educationMissing = "A406"
    case timeBarredPenalty = "A407"
    case followUpMissing = "A408"
    case summaryProcedureOverLimit = "A410"
    case summaryProcedureFormalities = "A411"
    case decisionWithoutNotice = "A412"
    case decisionBeforeStatementPeriod = "A413"
    case hearingRightNotGiven = "A414"
    case legalReviewAfterDecision = "A415"
    case legalReviewWithoutReviewer = "A416"
    case quietDayInspection = "A501"
    case inspectionCapExceeded = "A502"
    case jointInspectionMissed = "A503"
    case inspectionNotRegistered = "A504"
    case inspectionTooFewOfficers = "A505"
    case inspectionByForbiddenPerformer = "A506"
    case similarCaseFineDivergence = "A601"
    case coercionDespiteRefrain = "A701"
    case coercionPeriodExceeded = "A702"
    case coercionWithoutDecision = "A703"
    case coercionPartyNotNotified = "A704"
    case doubleFine = "A801"
    case surchargeAboveCap = "A802"
    case surchargeBeforeDue = "A803"

    public static func < (lhs: AuditCode, rhs: AuditCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The severity every finding of this code has.
    public var severity: Severity {
        switch self {
        case .discretionaryLeniencyUnused, .fineOutsideTierBand, .tierInconsistent, .publicityLate,
             .jointInspectionMissed, .inspectionNotRegistered, .similarCaseFineDivergence:
            .warning
        default:
            .error
        }
    }

    /// Short kebab-case name.
    public var name: String {
        switch self {
        case .leniencyDenied: "leniency-denied"
        case .leniencyWithoutGround: "leniency-without-ground"
        case .listNotInForce: "list-not-in-force"
        case .discretionaryLeniencyUnused: "discretionary-leniency-unused"
        case .listOutsideRegion: "list-outside-region"
        case .penalisedWithoutViolation: "penalised-without-violation"
        case .falseFirstOffence: "false-first-offence"
        case .fineOutsideTierBand: "fine-outside-tier-band"
        case .fineOutsideStatutoryRange: "fine-outside-statutory-range"
        case .mitigationWithoutGround: "mitigation-without-ground"
        case .tierInconsistent: "tier-inconsistent"
        case .tooFewOfficers: "too-few-officers"
        case .officerWithoutCertificate: "officer-without-certificate"
        case .decisionLate: "decision-late"
        case .publicityLate: "publicity-late"
        case .legalReviewMissing: "legal-review-missing"
        case .educationMissing: "education-missing"
        case .timeBarredPenalty: "time-barred-penalty"
        case .followUpMissing: "follow-up-missing"
        case .quietDayInspection: "quiet-day-inspection"
        case .inspectionCapExceeded: "inspection-cap-exceeded"
        case .jointInspectionMissed: "joint-inspection-missed"
        case .inspectionNotRegistered: "inspection-not-registered"
        case .similarCaseFineDivergence: "similar-case-fine-divergence"
        case .summaryProcedureOverLimit: "summary-procedure-over-limit"
        case .summaryProcedureFormalities: "summary-procedure-formalities-missing"
        case .decisionWithoutNotice: "decision-without-notice"
        case .decisionBeforeStatementPeriod: "decision-before-statement-period-ended"
        case .hearingRightNotGiven: "hearing-right-not-given"
        case .legalReviewAfterDecision: "legal-review-after-decision"
        case .legalReviewWithoutReviewer: "legal-review-without-reviewer"
        case .inspectionTooFewOfficers: "inspection-too-few-officers"
        case .inspectionByForbiddenPerformer: "inspection-by-forbidden-performer"
        case .coercionDespiteRefrain: "coercion-despite-no-coercion-decision"
        case .coercionPeriodExceeded: "coercion-period-exceeded"
        case .coercionWithoutDecision: "coercion-without-decision-document"
        case .coercionPartyNotNotified: "coercion-party-not-notified"
        case .doubleFine: "double-fine"
        case .surchargeAboveCap: "surcharge-above-cap"
        case .surchargeBeforeDue: "surcharge-before-due"
        }
    }

    /// Chinese title, as a 执法监督 report names the problem (the catalogue's Chinese `titleMessage`).
    public var title: String { titleMessage.rendered(.zh) }

    /// The title as a catalogue message.
    public var titleMessage: Message {
        switch self {
        case .leniencyDenied: Message(.auditTitleA101)
        case .leniencyWithoutGround: Message(.auditTitleA102)
        case .listNotInForce: Message(.auditTitleA103)
        case .discretionaryLeniencyUnused: Message(.auditTitleA104)
        case .listOutsideRegion: Message(.auditTitleA105)
        case .penalisedWithoutViolation: Message(.auditTitleA106)
        case .falseFirstOffence: Message(.auditTitleA201)
        case .fineOutsideTierBand: Message(.auditTitleA301)
        case .fineOutsideStatutoryRange: Message(.auditTitleA302)
        case .mitigationWithoutGround: Message(.auditTitleA303)
        case .tierInconsistent: Message(.auditTitleA304)
        case .tooFewOfficers: Message(.auditTitleA401)
        case .officerWithoutCertificate: Message(.auditTitleA402)
        case .decisionLate: Message(.auditTitleA403)
        case .publicityLate: Message(.auditTitleA404)
        case .legalReviewMissing: Message(.auditTitleA405)
        case .educationMissing: Message(.auditTitleA406)
        case .timeBarredPenalty: Message(.auditTitleA407)
        case .followUpMissing: Message(.auditTitleA408)
        case .quietDayInspection: Message(.auditTitleA501)
        case .inspectionCapExceeded: Message(.auditTitleA502)
        case .jointInspectionMissed: Message(.auditTitleA503)
        case .inspectionNotRegistered: Message(.auditTitleA504)
        case .similarCaseFineDivergence: Message(.auditTitleA601)
        case .summaryProcedureOverLimit: Message(.auditTitleA410)
        case .summaryProcedureFormalities: Message(.auditTitleA411)
        case .decisionWithoutNotice: Message(.auditTitleA412)
        case .decisionBeforeStatementPeriod: Message(.auditTitleA413)
        case .hearingRightNotGiven: Message(.auditTitleA414)
        case .legalReviewAfterDecision: Message(.auditTitleA415)
        case .legalReviewWithoutReviewer: Message(.auditTitleA416)
        case .inspectionTooFewOfficers: Message(.auditTitleA505)
        case .inspectionByForbiddenPerformer: Message(.auditTitleA506)
        case .coercionDespiteRefrain: Message(.auditTitleA701)
        case .coercionPeriodExceeded: Message(.auditTitleA702)
        case .coercionWithoutDecision: Message(.auditTitleA703)
        case .coercionPartyNotNotified: Message(.auditTitleA704)
        case .doubleFine: Message(.auditTitleA801)
        case .surchargeAboveCap: Message(.auditTitleA802)
        case .surchargeBeforeDue: Message(.auditTitleA803)
        }
    }

    /// One-line English summary of what the check looks for.
    public var summary: String {
        switch self {
        case .leniencyDenied: "Penalised although a mandatory no-penalty item applies."
        case .leniencyWithoutGround: "Exempted although no no-penalty item applies or an exclusion holds."
        case .listNotInForce: "The list version the agency cited was not in force on the act date."
        case .discretionaryLeniencyUnused: "A discretionary item applies and the supervision policy says it should be used, but it was not."
        case .listOutsideRegion: "The decision relies on a list issued for a region that does not cover the case's region."
        case .penalisedWithoutViolation: "Penalised although the case's facts do not make out the violation (an element of it fails)."
        case .falseFirstOffence: "Treated as a first offence while the corpus holds an earlier same-kind violation by the same party."
        case .fineOutsideTierBand: "The fine lies outside the band of the tier the facts imply."
        case .fineOutsideStatutoryRange: "The fine exceeds the statutory maximum."
        case .mitigationWithoutGround: "Mitigated (减轻) without any ground that allows it."
        case .tierInconsistent: "The recorded outcome differs from the outcome the facts imply."
        case .tooFewOfficers: "Fewer officers than the policy's minimum."
        case .officerWithoutCertificate: "An officer has no certificate valid on the decision date."
        case .decisionLate: "The decision came more than the allowed calendar days after filing (立案)."
        case .publicityLate: "Publicity came later than the allowed working days after the decision."
        case .legalReviewMissing: "No 法制审核 although the policy requires one for the case."
        case .educationMissing: "A no-penalty decision without an education record."
        case .timeBarredPenalty: "A penalty imposed after the limitation period."
        case .followUpMissing: "A follow-up the decision requires (written 不予处罚决定, order to the guardian, 责令改正) is not on record."
        case .quietDayInspection: "An inspection on a quiet day without an allowed reason."
        case .inspectionCapExceeded: "More inspections of one enterprise by one agency than the cap allows."
        case .jointInspectionMissed: "Several agencies inspected one enterprise within the joint window separately."
        case .inspectionNotRegistered: "An inspection that was not registered."
        case .similarCaseFineDivergence: "A fine far from the median of similar cases (MAD rule; a relative rule in groups of 3–4)."
        case .summaryProcedureOverLimit: "The summary procedure (当场处罚) imposed more than its ceiling allows."
        case .summaryProcedureFormalities: "A summary decision without the formalities it requires."
        case .decisionWithoutNotice: "A penalty decided without a prior 告知 of the intended penalty and the party's rights."
        case .decisionBeforeStatementPeriod: "A penalty decided before the period for statements or a hearing request ended."
        case .hearingRightNotGiven: "The right to a hearing was not given although the penalty carries it."
        case .legalReviewAfterDecision: "The 法制审核 is dated after the decision."
        case .legalReviewWithoutReviewer: "A 法制审核 on record names no reviewer."
        case .inspectionTooFewOfficers: "An inspection with fewer officers than the policy's minimum."
        case .inspectionByForbiddenPerformer: "An inspection carried out by a body the policy forbids to inspect."
        case .coercionDespiteRefrain: "A coercive measure although the no-coercion decision was to refrain."
        case .coercionPeriodExceeded: "A coercive measure lasted longer than its period and extension allow."
        case .coercionWithoutDecision: "A coercive measure without a decision document."
        case .coercionPartyNotNotified: "A coercive measure without the party being notified."
        case .doubleFine: "The same act of the same party fined more than once."
        case .surchargeAboveCap: "The 加处罚款 exceeds the fine."
        case .surchargeBeforeDue: "The 加处罚款 was charged for days before the payment was due."
        }
    }
}
