public import LeniencyCore
public import LeniencyCatalog

/// The counts the summary, the HTML charts and tests read.
public struct AuditStatistics: Sendable, Hashable {
    /// Cases decoded (all periods).
    public var casesRead = 0
    /// Cases in the audited period.
    public var casesAudited = 0
    /// Inspection records decoded.
    public var inspectionsRead = 0
    /// Inspection records in the audited period.
    public var inspectionsAudited = 0
    /// Audited cases by the engine's outcome.
    public var engineOutcomes: [String: Int] = [:]
    /// Audited cases by the recorded outcome (`none` when the file records none).
    public var recordedOutcomes: [String: Int] = [:]
    /// Audited cases by agency.
    public var casesByAgency: [String: Int] = [:]
    /// Leniency in the province's own terms, over all audited cases.
    public var leniency = LeniencyFigures()
    /// The same by agency, region, month and year.
    public var leniencyBreakdown = LeniencyBreakdown()
    /// Audited cases whose file does not record a group of procedure fields, by group (`procedure.notified`,
    /// `coercive_measures`, `payment`, …): unknown, never a finding.
    public var notRecorded: [String: Int] = [:]
    /// Findings by code.
    public var findingsByCode: [String: Int] = [:]
    /// Findings by severity.
    public var findingsBySeverity: [String: Int] = [:]
    /// Findings by agency.
    public var findingsByAgency: [String: Int] = [:]
    /// Findings by month (`YYYY-MM` of the decision, act or inspection date).
    public var findingsByMonth: [String: Int] = [:]
    /// In-period inspections on quiet days, by month.
    public var quietDayInspectionsByMonth: [String: Int] = [:]
    /// A601 findings by agency.
    public var similarCaseFindingsByAgency: [String: Int] = [:]
    /// A601 findings by officer.
    public var similarCaseFindingsByOfficer: [String: Int] = [:]

    /// Creates empty statistics.
    public init() {}

    /// Total number of findings.
    public var totalFindings: Int { findingsByCode.values.reduce(0, +) }

    /// The region key of cases whose file records no region.
    public static let regionNotRecorded = "（地区未记录 region not recorded）"

    /// The groups of fields counted in `notRecorded`, in the order reports list them.
    public static let notRecordedGroups = ["procedure.kind", "procedure.notified", "procedure.legal_review",
                                           "procedure.investigations", "coercive_measures", "coercive_measures.ended",
                                           "decision.coercion", "payment", "act_id"]

    /// Adds the counts of another part of the corpus (per-case counts only; the totals over findings and
    /// inspections are made once, at the end).
    mutating func merge(_ other: AuditStatistics) {
        casesRead += other.casesRead
        casesAudited += other.casesAudited
        leniency = leniency + other.leniency
        leniencyBreakdown.merge(other.leniencyBreakdown)
        notRecorded.merge(other.notRecorded, uniquingKeysWith: +)
        engineOutcomes.merge(other.engineOutcomes, uniquingKeysWith: +)
        recordedOutcomes.merge(other.recordedOutcomes, uniquingKeysWith: +)
        casesByAgency.merge(other.casesByAgency, uniquingKeysWith: +)
    }
}

/// Everything an audit run produced.
public struct AuditReport: Sendable {
    /// Findings, sorted by file, line, code.
    public var findings: [AuditFinding]
    /// Counts.
    public var statistics: AuditStatistics
    /// Problems reading the inputs (unreadable files, malformed records, schema errors), sorted.
    public var diagnostics: [Diagnostic]
    /// The 类案不同罚 groups that were compared.
    public var fineGroups: [FineGroupSummary]
    /// The distinct 类案不同罚 screening rules (policy `similar_cases`) the compared cases fall under.
    public var similarCaseRules: [SimilarCaseRule]
    /// The audited period, if limited.
    public var from: CivilDate?
    /// The audited period, if limited.
    public var to: CivilDate?

    /// Creates a report.
    public init(findings: [AuditFinding], statistics: AuditStatistics, diagnostics: [Diagnostic],
                fineGroups: [FineGroupSummary], similarCaseRules: [SimilarCaseRule] = [], from: CivilDate? = nil,
                to: CivilDate? = nil) {
        self.findings = findings
        self.statistics = statistics
        self.diagnostics = diagnostics
        self.fineGroups = fineGroups
        self.similarCaseRules = similarCaseRules
        self.from = from
        self.to = to
    }

    /// True when some input (or record) could not be read: the CLI exits 3.
    public var hasUnreadableInputs: Bool { diagnostics.contains { $0.severity == .error } }

    /// True when a finding is at or above `severity`.
    public func hasFindings(atLeast severity: Severity) -> Bool { findings.contains { $0.severity >= severity } }
}
