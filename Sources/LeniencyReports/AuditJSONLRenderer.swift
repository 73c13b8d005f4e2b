import LeniencyAudit
import LeniencyCore

/// One finding per line: `code`, `severity`, `case` or `inspection`, `file`, `line`, `message`, `evidence`, `basis`, ….
/// Machine output: every value is stable (evidence in English identifiers and values) except `message`, which is in the
/// report's language for the person reading the line.
enum AuditJSONLRenderer {
    static func render(_ report: AuditReport, language: Language = .en) -> String {
        var out = ""
        for finding in report.findings {
            out += AuditJSON.finding(finding, language: language)
            out += "\n"
        }
        return out
    }
}
