import LeniencyAudit
import LeniencyCore

/// Leniency in the province's own terms as CSV, for a 司法局's yearly report: the total, then one row per agency,
/// region, month and year, the amounts in yuan as numbers, then how both amounts are computed and the fields the files
/// leave out. Through the shared `CSVWriter` (BOM, RFC 4180, CRLF); headers and words in the report's language.
enum AuditStatisticsCSVRenderer {
    /// The header cells, in column order.
    static let headerIDs: [MessageID] = [
        .figureDimension, .figureKey, .figureExemptedCases, .figureWaivedYuan, .figureWaivedNotComputed, .figureMitigatedCases,
        .figureMitigatedYuan, .figureMitigatedNotComputed, .figureLighterCases, .figureNoCoercionCases,
    ]

    static func render(_ report: AuditReport, language: Language = .en) -> String {
        let s = report.statistics
        var csv = CSVWriter(header: headerIDs.map { Message($0).rendered(language) })
        // The dimension column keeps its stable English key, so a spreadsheet can filter on it in either language.
        func figures(_ dimension: String, _ key: String, _ f: LeniencyFigures) {
            csv.append([.text(dimension), .text(key), .integer(f.exempted), .number(f.waived.yuanString), .integer(f.waivedNotComputed),
                        .integer(f.mitigated), .number(f.mitigatedAmount.yuanString), .integer(f.mitigatedNotComputed),
                        .integer(f.lightened), .integer(f.noCoercion)])
        }
        figures("total", Message(.figureTotal).rendered(language), s.leniency)
        for dimension in LeniencyDimension.allCases {
            for entry in s.leniencyBreakdown.rows(dimension) { figures(dimension.rawValue, entry.key, entry.figures) }
        }
        csv.append(["convention", .text(Message(.figureWaivedYuan).rendered(language)), .text(LeniencyFigures.waivedConvention.rendered(language))])
        csv.append(["convention", .text(Message(.figureMitigatedYuan).rendered(language)), .text(LeniencyFigures.mitigatedConvention.rendered(language))])
        for group in AuditStatistics.notRecordedGroups {
            guard let n = s.notRecorded[group], n > 0 else { continue }
            csv.append(["not_recorded", .text(group), .integer(n)])
        }
        return csv.text
    }
}
