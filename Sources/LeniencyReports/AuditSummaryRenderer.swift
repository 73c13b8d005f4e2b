import LeniencyAudit
import LeniencyCore

/// The default text summary: counts by code and agency, outcomes, leniency granted and fines waived, 类案不同罚.
enum AuditSummaryRenderer {
    static func render(_ report: AuditReport) -> String {
        let s = report.statistics
        var out = "Leniency audit (执法监督)\n"
        let period = (report.from == nil && report.to == nil) ? "all dates"
            : "\(report.from?.description ?? "…") to \(report.to?.description ?? "…")"
        out += "Period: \(period)\n"
        out += "Cases: \(s.casesRead) read, \(s.casesAudited) audited; inspections: \(s.inspectionsRead) read, \(s.inspectionsAudited) audited\n"
        let unreadable = report.diagnostics.filter { $0.severity == .error }.count
        if unreadable > 0 {
            out += "Inputs or records that could not be read: \(unreadable) (listed on standard error)\n"
        }
        out += "\nFindings: \(s.totalFindings) (\(s.findingsBySeverity["error"] ?? 0) errors, \(s.findingsBySeverity["warning"] ?? 0) warnings, \(s.findingsBySeverity["info"] ?? 0) info)\n"
        for code in AuditCode.allCases {
            guard let n = s.findingsByCode[code.rawValue] else { continue }
            out += "  \(code.rawValue)  \(pad(String(n), 7))  \(code.severity.rawValue.auditPadded(7))  \(code.title)  (\(code.name))\n"
        }
        if !s.findingsByAgency.isEmpty {
            out += "\nFindings by agency:\n"
            for (agency, n) in sortedByCount(s.findingsByAgency) { out += "  \(pad(String(n), 7))  \(agency)\n" }
        }
        out += "\nCases by outcome (engine / recorded):\n"
        let outcomes = ["no-penalty", "mitigated", "lighter", "standard", "heavier", "undetermined", "none"]
        for outcome in outcomes {
            let e = s.engineOutcomes[outcome] ?? 0, r = s.recordedOutcomes[outcome] ?? 0
            guard e > 0 || r > 0 else { continue }
            out += "  \(outcome.auditPadded(13))  \(pad(String(e), 7)) / \(pad(String(r), 7))\n"
        }
        out += "\nLeniency granted by the agencies: \(s.exempted) exempted (不予处罚), \(s.mitigated) mitigated (减轻), \(s.lightened) lightened (从轻)\n"
        out += "Fines waived by exemptions: \(s.waivedFines.displayString)\n"
        out += "  convention: \(AuditStatistics.waivedConvention)\n"
        let flagged = report.fineGroups.reduce(0) { $0 + $1.flagged }
        out += "\nSimilar cases, different penalties (类案不同罚): \(report.fineGroups.count) group(s) of ≥ 5 similar cases compared, \(flagged) fine(s) flagged\n"
        out += "  rule: |fine − median| > 3 × 1.4826 × MAD; when MAD = 0, |fine − median| > 50% of the median\n"
        if !s.similarCaseFindingsByAgency.isEmpty {
            out += "  by agency:\n"
            for (agency, n) in sortedByCount(s.similarCaseFindingsByAgency) { out += "    \(pad(String(n), 5))  \(agency)\n" }
        }
        if !s.similarCaseFindingsByOfficer.isEmpty {
            out += "  by officer:\n"
            for (officer, n) in sortedByCount(s.similarCaseFindingsByOfficer) { out += "    \(pad(String(n), 5))  \(officer)\n" }
        }
        return out
    }

    static func sortedByCount(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    /// Left-aligned to `width` characters.
    func auditPadded(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
