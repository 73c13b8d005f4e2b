import LeniencyAudit
import LeniencyCore

/// The findings as CSV for spreadsheet programs, through the shared `CSVWriter` (BOM, RFC 4180, CRLF, cells
/// neutralised against formula injection; line and column are numbers). Headers, titles, messages and evidence words
/// are in the report's language (Chinese under a Chinese locale).
enum AuditCSVRenderer {
    /// The header cells, in column order.
    static let headerIDs: [MessageID] = [
        .csvHeaderCode, .csvHeaderSeverity, .csvHeaderTitle, .csvHeaderSubject, .csvHeaderID, .csvHeaderFile,
        .csvHeaderLine, .csvHeaderColumn, .csvHeaderMessage, .csvHeaderEvidence, .csvHeaderBasis, .csvHeaderAgency,
    ]

    /// The header in a language.
    static func header(_ language: Language) -> [String] { headerIDs.map { Message($0).rendered(language) } }

    static func render(_ report: AuditReport, language: Language = .en) -> String {
        var csv = CSVWriter(header: header(language))
        for f in report.findings {
            csv.append([
                .text(f.code.rawValue), .text(DiagnosticRenderer.severityWord(f.severity, language: language)),
                .text(f.code.titleMessage.rendered(language)), .text(f.subject.word(language)), .text(f.subject.id),
                .text(f.location.file), .integer(f.location.start.line), .integer(f.location.start.column),
                .text(f.text.rendered(language)),
                .text(AuditJSON.object(f.evidencePairs(language).map { ($0.0, AuditJSON.string($0.1)) })),
                .text(f.basis.joined(separator: "; ")), .text(f.agency),
            ])
        }
        return csv.text
    }
}
