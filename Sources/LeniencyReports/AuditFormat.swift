public import LeniencyAudit
public import LeniencyCore

/// Output formats of `leniency audit`.
public enum AuditFormat: String, Sendable, CaseIterable {
    case summary, jsonl, csv, html
    /// Leniency in the province's own terms per agency, region, month and year, as CSV.
    case statisticsCSV = "stats-csv"
}

/// How an audit report is rendered: its language and, for the summary, how many subjects with findings it lists.
public struct AuditRenderOptions: Sendable {
    /// The language of words for people (messages, titles, headers, evidence words).
    public var language: Language
    /// The summary lists this many cases and inspections with findings (most findings first); nil lists all.
    public var topSubjects: Int?

    /// Creates options; English and the top 10 by default.
    public init(language: Language = .en, topSubjects: Int? = 10) {
        self.language = language
        self.topSubjects = topSubjects
    }
}

/// Renders an audit report in one of its formats.
public enum AuditReportRenderer {
    /// The whole report as text (CSV starts with a UTF-8 BOM).
    public static func render(_ report: AuditReport, format: AuditFormat, options: AuditRenderOptions = AuditRenderOptions()) -> String {
        switch format {
        case .summary: AuditSummaryRenderer.render(report, options: options)
        case .jsonl: AuditJSONLRenderer.render(report, language: options.language)
        case .csv: AuditCSVRenderer.render(report, language: options.language)
        case .html: AuditHTMLRenderer.render(report, language: options.language)
        case .statisticsCSV: AuditStatisticsCSVRenderer.render(report, language: options.language)
        }
    }
}

extension AuditFinding {
    /// Evidence as ordered key–value pairs, the values in `language`.
    func evidencePairs(_ language: Language) -> [(String, String)] {
        evidence.map { ($0.key, $0.value(in: language)) }
    }
}

extension AuditSubject {
    /// `case` / 案件, `inspection` / 检查.
    func word(_ language: Language) -> String {
        switch self {
        case .case: Message(.auditSubjectCase).rendered(language)
        case .inspection: Message(.auditSubjectInspection).rendered(language)
        }
    }
}
