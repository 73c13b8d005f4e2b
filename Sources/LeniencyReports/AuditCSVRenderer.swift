import Foundation
import LeniencyAudit

/// The findings as CSV: UTF-8 with a BOM (so spreadsheet programs read Chinese text), RFC 4180 quoting, CRLF rows.
enum AuditCSVRenderer {
    static let header = ["code", "severity", "title", "subject", "id", "file", "line", "column", "message", "evidence", "basis", "agency"]

    static func render(_ report: AuditReport) -> String {
        var out = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        for f in report.findings {
            let row = [
                f.code.rawValue, f.severity.rawValue, f.code.title, f.subject.kind, f.subject.id, f.location.file,
                String(f.location.start.line), String(f.location.start.column), f.message,
                AuditJSON.object(f.evidence.map { ($0.key, AuditJSON.string($0.value)) }),
                f.basis.joined(separator: "; "), f.agency,
            ]
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A field, quoted when it holds a comma, quote or line break (quotes doubled).
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
