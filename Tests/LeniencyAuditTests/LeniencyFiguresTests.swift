import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

/// Leniency in the province's own terms (免予处罚 + 金额, 减轻 + 金额, 从轻, 不予强制) per agency, region, month and year.
@Suite struct LeniencyFiguresTests {
    typealias F = AuditFixtures

    /// Fixture statutory range 1000–10000 yuan, bands 30/40/30 (一般 from 1000 + 30% × 9000 = 3700).
    static func corpus() -> [CaseRecord] {
        var exempted = F.cleanExemption(id: "L-1")
        exempted.region = "九江市"
        exempted.decision?.coercion = .refrain
        var mitigated = F.cleanPenalty(id: "L-2", fine: 600)
        mitigated.decision?.outcome = .mitigated
        mitigated.agency = "测试省某市生态环境局"
        var warned = F.cleanPenalty(id: "L-3")
        warned.decision = RecordedDecision(outcome: .mitigated, penaltyKinds: ["warning"], legalReview: false)
        warned.dates.decided = F.date("2025-05-06")
        var unknown = F.cleanPenalty(id: "L-4")
        unknown.decision = RecordedDecision(outcome: .mitigated)
        unknown.region = nil
        var lighter = F.cleanPenalty(id: "L-5", fine: 3000)
        lighter.decision?.outcome = .lighter
        lighter.dates = CaseDates(act: F.date("2024-11-04"), filed: F.date("2024-11-05"), decided: F.date("2024-12-02"))
        lighter.decision?.published = F.date("2024-12-03")
        return [exempted, mitigated, warned, unknown, lighter, F.cleanPenalty(id: "L-6")]
    }

    @Test func totalsFollowTheStatedConventions() throws {
        let s = F.report(try F.catalog(), cases: Self.corpus()).statistics.leniency
        #expect(s.exempted == 1)
        // Without leniency the exempted case's facts give the 一般 tier, whose lowest fine is 3700.
        #expect(s.waived == Money(yuan: 3700))
        #expect(s.waivedNotComputed == 0)
        #expect(s.mitigated == 3)
        // 1000 − 600 for the fine below the minimum, 1000 − 0 for the warning; the third records no fine at all.
        #expect(s.mitigatedAmount == Money(yuan: 1400))
        #expect(s.mitigatedNotComputed == 1)
        #expect(s.lightened == 1)
        #expect(s.noCoercion == 1)
    }

    @Test func breakdownByAgencyRegionMonthAndYear() throws {
        let b = F.report(try F.catalog(), cases: Self.corpus()).statistics.leniencyBreakdown
        let agencies = Dictionary(uniqueKeysWithValues: b.rows(.agency).map { ($0.key, $0.figures) })
        #expect(agencies["测试省某市生态环境局"]?.mitigated == 1)
        #expect(agencies["测试省某市生态环境局"]?.mitigatedAmount == Money(yuan: 400))
        #expect(agencies["测试省某市市场监督管理局"]?.mitigated == 2)
        #expect(agencies["测试省某市市场监督管理局"]?.exempted == 1)
        let regions = Dictionary(uniqueKeysWithValues: b.rows(.region).map { ($0.key, $0.figures) })
        #expect(regions["九江市"]?.exempted == 1)
        #expect(regions["九江市"]?.noCoercion == 1)
        #expect(regions[AuditStatistics.regionNotRecorded]?.mitigatedNotComputed == 1)
        #expect(b.rows(.month).map(\.key) == ["2024-12", "2025-04", "2025-05"])
        #expect(b.rows(.year).map(\.key) == ["2024", "2025"])
        #expect(b.rows(.year).first?.figures.lightened == 1)
        // A penalised case in the standard tier is no leniency and appears in no row.
        #expect(b.rows(.agency).reduce(0) { $0 + $1.figures.exempted + $1.figures.mitigated + $1.figures.lightened } == 5)
    }

    @Test func theFiguresAreTheSameWhateverTheBatches() throws {
        let catalog = try F.catalog()
        let cases = (0..<8).flatMap { n in Self.corpus().map { record -> CaseRecord in
            var r = record
            r.id += "-\(n)"
            return r
        } }
        let one = F.report(catalog, cases: cases, options: AuditOptions(batchSize: 1_000))
        let many = F.report(catalog, cases: cases, options: AuditOptions(batchSize: 1))
        #expect(one.statistics == many.statistics)
        #expect(one.statistics.leniency.mitigated == 24)
    }

    @Test func summaryCSVJSONAndHTMLCarryTheFigures() throws {
        let report = F.report(try F.catalog(), cases: Self.corpus())
        let summary = AuditReportRenderer.render(report, format: .summary)
        #expect(summary.contains("减轻处罚金额 amount mitigated: ¥1,400.00 (1 case(s) not computed)"))
        #expect(summary.contains("by region:"))
        let chinese = AuditReportRenderer.render(report, format: .summary, options: AuditRenderOptions(language: .zh))
        #expect(chinese.contains("减轻行政处罚 3 件；减轻处罚金额 ¥1,400.00（1 件未能计算）"))
        #expect(chinese.contains("按地区："))
        let csv = AuditReportRenderer.render(report, format: .statisticsCSV, options: AuditRenderOptions(language: .zh))
        #expect(csv.hasPrefix("\u{FEFF}维度,项目,免予行政处罚（件）,免予处罚金额（元）,"))
        #expect(csv.contains("\r\ntotal,合计,1,3700.00,0,3,1400.00,1,1,1\r\n"))
        #expect(csv.contains("\r\nagency,测试省某市生态环境局,0,0.00,0,1,400.00,0,0,0\r\n"))
        #expect(csv.contains("\r\nyear,2024,0,0.00,0,0,0.00,0,1,0\r\n"))
        #expect(csv.contains("\r\nconvention,免予处罚金额（元）,"))
        let english = AuditReportRenderer.render(report, format: .statisticsCSV)
        #expect(english.hasPrefix("\u{FEFF}dimension,key,免予行政处罚 cases,"))
        let html = AuditReportRenderer.render(report, format: .html)
        #expect(HTMLDocument.attribute("data-mitigated-amount", in: html) == "1400.00")
        #expect(html.contains("id=\"leniency-by-region\""))
        #expect(html.contains("data-key=\"九江市\" data-exempted=\"1\" data-waived=\"3700.00\""))
        let json = try #require(HTMLDocument.embeddedJSON(html))
        let figures = try #require((json["summary"] as? [String: Any])?["leniency"] as? [String: Any])
        #expect(figures["mitigated_amount"] as? String == "1400.00")
        #expect(figures["no_coercion"] as? Int == 1)
    }
}
