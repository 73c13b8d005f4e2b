import LeniencyAudit

/// The findings as CSV for spreadsheet programs, through the shared `CSVWriter` (BOM, RFC 4180, CRLF, cells
/// neutralised against formula injection; line and column are numbers).
enum AuditCSVRenderer {
    static let header = ["code", "severity", "title", "subject", "id", "file", "line", "column", "message", "evidence", "basis", "agency"]

    static func render(_ report: AuditReport) -> String {
        var csv = CSVWriter(header: header)
        for f in report.findings {
            csv.append([
                .text(f.code.rawValue), .text(f.severity.rawValue), .text(f.code.title), .text(f.subject.kind), .text(f.subject.id),
                .text(f.location.file), .integer(f.location.start.line), .integer(f.location.start.column), .text(f.message),
                .text(AuditJSON.object(f.evidence.map { ($0.key, AuditJSON.string($0.value)) })),
                .text(f.basis.joined(separator: "; ")), .text(f.agency),
            ])
        }
        return csv.text
    }
}
