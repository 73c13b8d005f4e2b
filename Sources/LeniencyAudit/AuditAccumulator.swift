import LeniencyCatalog
import LeniencyCore

/// Collects per-record results in input order; only what the cross-case checks need is kept.
struct AuditAccumulator {
    var findings: [AuditFinding] = []
    var diagnostics: [Diagnostic] = []
    var statistics = AuditStatistics()
    /// Per party: every case's (violation, category, date, case id), for first-offence checks.
    var history: [String: [HistoryEntry]] = [:]
    var claims: [FirstOffenceClaim] = []
    var samples: [FineSample] = []
    var inspections: [InspectionRecord] = []

    mutating func add(_ result: CaseAuditResult) {
        statistics.casesRead += 1
        history[result.history.party, default: []].append(result.history)
        findings.append(contentsOf: result.findings)
        if let claim = result.claim { claims.append(claim) }
        if let sample = result.fineSample { samples.append(sample) }
        guard let tally = result.tally else { return }
        statistics.casesAudited += 1
        statistics.engineOutcomes[tally.engineOutcome, default: 0] += 1
        statistics.recordedOutcomes[tally.recordedOutcome, default: 0] += 1
        statistics.casesByAgency[tally.agency, default: 0] += 1
        switch tally.recordedOutcome {
        case Outcome.noPenalty.rawValue: statistics.exempted += 1
        case Outcome.mitigated.rawValue: statistics.mitigated += 1
        case Outcome.lighter.rawValue: statistics.lightened += 1
        default: break
        }
        statistics.waivedFines = statistics.waivedFines + tally.waived
    }

    /// Runs the cross-case checks and counts everything.
    mutating func finish(inspectionAuditor: InspectionAuditor, options: AuditOptions) -> AuditReport {
        findings.append(contentsOf: FirstOffenceCheck.findings(history: history, claims: claims))
        let dispersion = FineDispersionCheck.findings(samples: samples)
        findings.append(contentsOf: dispersion.findings)
        let inspected = inspectionAuditor.audit(inspections)
        findings.append(contentsOf: inspected.findings)
        statistics.inspectionsRead = inspections.count
        statistics.inspectionsAudited = inspected.audited
        statistics.quietDayInspectionsByMonth = inspected.quietDayByMonth
        findings.sort()
        for finding in findings {
            statistics.findingsByCode[finding.code.rawValue, default: 0] += 1
            statistics.findingsBySeverity[finding.severity.rawValue, default: 0] += 1
            statistics.findingsByAgency[finding.agency, default: 0] += 1
            if let date = finding.date { statistics.findingsByMonth[CaseAuditor.month(date), default: 0] += 1 }
            if finding.code == .similarCaseFineDivergence {
                statistics.similarCaseFindingsByAgency[finding.agency, default: 0] += 1
                for officer in finding.officers { statistics.similarCaseFindingsByOfficer[officer, default: 0] += 1 }
            }
        }
        return AuditReport(findings: findings, statistics: statistics, diagnostics: diagnostics.sorted(),
                           fineGroups: dispersion.groups, from: options.from, to: options.to)
    }
}
