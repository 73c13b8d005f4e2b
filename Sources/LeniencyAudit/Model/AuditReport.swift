public import LeniencyCore

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
    /// Cases the agency exempted (recorded no-penalty).
    public var exempted = 0
    /// Cases the agency mitigated (减轻).
    public var mitigated = 0
    /// Cases the agency lightened (从轻).
    public var lightened = 0
    /// Fines waived by exemptions: the sum of the statutory minimum of each exempted case (`waivedConvention`).
    public var waivedFines = Money.zero
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

    /// How `waivedFines` is computed, said in every summary.
    public static var waivedConvention: String { Message(.auditWaivedConvention).english }

    /// Creates empty statistics.
    public init() {}

    /// Total number of findings.
    public var totalFindings: Int { findingsByCode.values.reduce(0, +) }

    /// Adds the counts of another part of the corpus (per-case counts only; the totals over findings and
    /// inspections are made once, at the end).
    mutating func merge(_ other: AuditStatistics) {
        casesRead += other.casesRead
        casesAudited += other.casesAudited
        exempted += other.exempted
        mitigated += other.mitigated
        lightened += other.lightened
        waivedFines = waivedFines + other.waivedFines
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
    /// The audited period, if limited.
    public var from: CivilDate?
    /// The audited period, if limited.
    public var to: CivilDate?

    /// Creates a report.
    public init(findings: [AuditFinding], statistics: AuditStatistics, diagnostics: [Diagnostic],
                fineGroups: [FineGroupSummary], from: CivilDate? = nil, to: CivilDate? = nil) {
        self.findings = findings
        self.statistics = statistics
        self.diagnostics = diagnostics
        self.fineGroups = fineGroups
        self.from = from
        self.to = to
    }

    /// True when some input (or record) could not be read: the CLI exits 3.
    public var hasUnreadableInputs: Bool { diagnostics.contains { $0.severity == .error } }

    /// True when a finding is at or above `severity`.
    public func hasFindings(atLeast severity: Severity) -> Bool { findings.contains { $0.severity >= severity } }
}
