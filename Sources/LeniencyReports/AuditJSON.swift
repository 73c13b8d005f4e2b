import LeniencyAudit
import LeniencyCore

/// Hand-written JSON for audit output: fixed key order (stable diffs) and fast enough for a million findings.
enum AuditJSON {
    /// A JSON string literal; `html` also escapes `<`, `>` and `&` so the text can sit inside a `<script>` element.
    static func string(_ text: String, html: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where html: out += "\\u003c"
            case ">" where html: out += "\\u003e"
            case "&" where html: out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `{"k": "v", …}` from ordered pairs.
    static func object(_ pairs: [(String, String)], html: Bool = false) -> String {
        "{" + pairs.map { "\(string($0.0, html: html)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// `{"k": n, …}` with keys sorted.
    static func counts(_ counts: [String: Int], html: Bool = false) -> String {
        object(counts.keys.sorted().map { ($0, String(counts[$0] ?? 0)) }, html: html)
    }

    /// `["a", …]`.
    static func array(_ items: [String], html: Bool = false) -> String {
        "[" + items.map { string($0, html: html) }.joined(separator: ",") + "]"
    }

    /// One finding as a JSON object (one JSON Lines line, without the newline). JSON Lines keep the evidence in English;
    /// the HTML page (`html`) shows title and evidence in the report's language.
    static func finding(_ f: AuditFinding, html: Bool = false, language: Language = .en) -> String {
        object([
            ("code", string(f.code.rawValue)),
            ("severity", string(f.severity.rawValue)),
            ("title", string(html ? f.code.titleMessage.rendered(language) : f.code.title, html: html)),
            (f.subject.kind, string(f.subject.id, html: html)),
            ("file", string(f.location.file, html: html)),
            ("line", String(f.location.start.line)),
            ("column", String(f.location.start.column)),
            ("message", string(f.text.rendered(language), html: html)),
            ("evidence", object(f.evidencePairs(html ? language : .en).map { ($0.0, string($0.1, html: html)) }, html: html)),
            ("basis", array(f.basis, html: html)),
            ("agency", string(f.agency, html: html)),
            ("month", string(f.date.map { String($0.description.prefix(7)) } ?? "", html: html)),
        ], html: html)
    }

    /// Leniency figures as one JSON object (amounts in yuan, as text, exact).
    static func figures(_ f: LeniencyFigures) -> String {
        object([
            ("exempted", String(f.exempted)), ("waived", string(f.waived.yuanString)),
            ("waived_not_computed", String(f.waivedNotComputed)), ("mitigated", String(f.mitigated)),
            ("mitigated_amount", string(f.mitigatedAmount.yuanString)), ("mitigated_not_computed", String(f.mitigatedNotComputed)),
            ("lightened", String(f.lightened)), ("no_coercion", String(f.noCoercion)),
        ])
    }

    /// The statistics as one JSON object.
    static func statistics(_ s: AuditStatistics, html: Bool = false, language: Language = .en) -> String {
        object([
            ("cases_read", String(s.casesRead)),
            ("cases_audited", String(s.casesAudited)),
            ("inspections_read", String(s.inspectionsRead)),
            ("inspections_audited", String(s.inspectionsAudited)),
            ("total_findings", String(s.totalFindings)),
            ("findings_by_code", counts(s.findingsByCode, html: html)),
            ("findings_by_severity", counts(s.findingsBySeverity, html: html)),
            ("findings_by_agency", counts(s.findingsByAgency, html: html)),
            ("findings_by_month", counts(s.findingsByMonth, html: html)),
            ("quiet_day_inspections_by_month", counts(s.quietDayInspectionsByMonth, html: html)),
            ("engine_outcomes", counts(s.engineOutcomes, html: html)),
            ("recorded_outcomes", counts(s.recordedOutcomes, html: html)),
            ("leniency", figures(s.leniency)),
            ("leniency_by", object(LeniencyDimension.allCases.map { dimension in
                (dimension.rawValue, object(s.leniencyBreakdown.rows(dimension).map { ($0.key, figures($0.figures)) }, html: html))
            }, html: html)),
            ("conventions", object([
                ("waived", string(LeniencyFigures.waivedConvention.rendered(language), html: html)),
                ("mitigated", string(LeniencyFigures.mitigatedConvention.rendered(language), html: html)),
            ], html: html)),
            ("not_recorded", counts(s.notRecorded, html: html)),
            ("similar_case_findings_by_agency", counts(s.similarCaseFindingsByAgency, html: html)),
            ("similar_case_findings_by_officer", counts(s.similarCaseFindingsByOfficer, html: html)),
        ], html: html)
    }
}
