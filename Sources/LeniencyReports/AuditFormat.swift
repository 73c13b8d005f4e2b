public import LeniencyAudit

/// Output formats of `leniency audit`.
public enum AuditFormat: String, Sendable, CaseIterable {
    case summary, jsonl, csv, html
}

/// Renders an audit report in one of its formats.
public enum AuditReportRenderer {
    /// The whole report as text (CSV starts with a UTF-8 BOM).
    public static func render(_ report: AuditReport, format: AuditFormat) -> String {
        switch format {
        case .summary: AuditSummaryRenderer.render(report)
        case .jsonl: AuditJSONLRenderer.render(report)
        case .csv: AuditCSVRenderer.render(report)
        case .html: AuditHTMLRenderer.render(report)
        }
    }
}
