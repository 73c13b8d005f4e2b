import LeniencyAudit

/// One finding per line: `code`, `severity`, `case` or `inspection`, `file`, `line`, `message`, `evidence`, `basis`, ….
enum AuditJSONLRenderer {
    static func render(_ report: AuditReport) -> String {
        var out = ""
        for finding in report.findings {
            out += AuditJSON.finding(finding)
            out += "\n"
        }
        return out
    }
}
