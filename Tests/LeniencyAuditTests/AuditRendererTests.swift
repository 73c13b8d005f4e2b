import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

/// A report with findings of several kinds, one agency name that tries to break out of the HTML script element,
/// and a message needing CSV quoting.
enum RendererFixture {
    static func report(ids: (String, String) = ("R-1", "R-2")) throws -> AuditReport {
        let catalog = try AuditFixtures.catalog()
        var denied = AuditFixtures.cleanExemption(id: ids.0, line: 1)
        denied.decision = RecordedDecision(outcome: .standard, fine: Money(yuan: 4000), penaltyKinds: ["fine"], legalReview: false,
                                           published: AuditFixtures.date("2025-04-03"))
        var hostile = AuditFixtures.cleanPenalty(id: ids.1, line: 20)
        hostile.agency = "测试省</script><script>alert(\"x\")</script>局, \"quoted\""
        hostile.officers = [Officer(name: "张三", certificate: "C-001")]
        let inspections = [AuditFixtures.inspection("I-1", date: "2025-03-05"), AuditFixtures.inspection("I-2", date: "2025-04-22", registered: false)]
        return Auditor(catalog: catalog).audit(cases: [denied, hostile], inspections: inspections)
    }
}

@Suite struct AuditRendererTests {
    @Test func jsonLinesHaveTheRequiredKeys() throws {
        let report = try RendererFixture.report()
        #expect(report.findings.map(\.code.rawValue) == ["A101", "A401", "A501", "A504"])
        let lines = AuditReportRenderer.render(report, format: .jsonl).split(separator: "\n")
        #expect(lines.count == report.findings.count)
        for (line, finding) in zip(lines, report.findings) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["code"] as? String == finding.code.rawValue)
            #expect(object["severity"] as? String == finding.severity.rawValue)
            #expect(object[finding.subject.kind] as? String == finding.subject.id)
            #expect(object["file"] as? String == finding.location.file)
            #expect(object["line"] as? Int == finding.location.start.line)
            #expect(object["message"] as? String == finding.message)
            #expect((object["evidence"] as? [String: String])?.count == finding.evidence.count)
            #expect(object["basis"] as? [String] == finding.basis)
        }
        let hostile = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(hostile["agency"] as? String == "测试省</script><script>alert(\"x\")</script>局, \"quoted\"")
    }

    @Test func csvHasABOMAndRFC4180Quoting() throws {
        let report = try RendererFixture.report()
        let csv = AuditReportRenderer.render(report, format: .csv)
        #expect(csv.hasPrefix("\u{FEFF}code,severity,title,subject,id,file,line,column,message,evidence,basis,agency\r\n"))
        #expect(csv.contains(",\"测试省</script><script>alert(\"\"x\"\")</script>局, \"\"quoted\"\"\"\r\n"))
        let rows = parseCSV(String(csv.dropFirst()))
        #expect(rows.count == report.findings.count + 1)
        #expect(rows.dropFirst().map { $0[0] } == report.findings.map(\.code.rawValue))
        #expect(rows.allSatisfy { $0.count == 12 })
    }

    @Test func htmlEmbedsTheFindingsAndKeyNumbers() throws {
        let report = try RendererFixture.report()
        let html = AuditReportRenderer.render(report, format: .html)
        #expect(!html.contains("<script>alert"), "the hostile agency name must not become markup")
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        let json = try #require(HTMLDocument.embeddedJSON(html))
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        #expect(HTMLDocument.attribute("data-total-findings", in: html) == String(report.findings.count))
        #expect(HTMLDocument.attribute("data-errors", in: html) == String(report.findings.filter { $0.severity == .error }.count))
        #expect(html.contains("id=\"chart-quiet-days\""))
    }

    @Test func summaryStatesCountsAndTheWaivedFineConvention() throws {
        let catalog = try AuditFixtures.catalog()
        let report = Auditor(catalog: catalog).audit(cases: [AuditFixtures.cleanExemption(id: "S-1"), AuditFixtures.cleanExemption(id: "S-2")])
        let text = AuditReportRenderer.render(report, format: .summary)
        #expect(text.contains("Findings: 0"))
        #expect(report.statistics.leniency.exempted == 2)
        // Statutory 1000–10000 yuan split 30/40/30; no tier condition holds, so without leniency the 一般 band
        // [1000 + 30% × 9000, …] = [3700, …] would apply: 3700 yuan waived per case.
        #expect(report.statistics.leniency.waived == Money(yuan: 7400))
        #expect(text.contains("免予处罚金额 amount waived: ¥7,400.00"))
        #expect(text.contains(LeniencyFigures.waivedConvention.rendered(.en)))
        let chinese = AuditReportRenderer.render(report, format: .summary, options: AuditRenderOptions(language: .zh))
        #expect(chinese.contains("免予行政处罚 2 件；免予处罚金额 ¥7,400.00"))
        #expect(chinese.contains(LeniencyFigures.mitigatedConvention.rendered(.zh)))
    }

    @Test func chineseCSVHasChineseHeadersAndWords() throws {
        let report = try RendererFixture.report()
        let csv = AuditReportRenderer.render(report, format: .csv, options: AuditRenderOptions(language: .zh))
        #expect(csv.hasPrefix("\u{FEFF}问题代码,严重程度,问题类型,对象,编号,文件,行,列,说明,证据,依据,执法机关\r\n"))
        let rows = parseCSV(String(csv.dropFirst()))
        #expect(rows.allSatisfy { $0.count == 12 })
        let first = try #require(rows.dropFirst().first)
        #expect(first[0] == "A101")
        #expect(first[1] == "错误")
        #expect(first[2] == "应免未免")
        #expect(first[3] == "案件")
        // The recorded outcome and the engine's, as words: 一般处罚 and 不予处罚.
        #expect(first[8].contains("一般处罚"))
        #expect(first[9].contains("\"engine_outcome\":\"不予处罚\""))
    }

    @Test func summaryEndsWithTheSubjectsWithMostFindings() throws {
        let report = try RendererFixture.report()
        let top1 = AuditReportRenderer.render(report, format: .summary, options: AuditRenderOptions(language: .en, topSubjects: 1))
        let lines = top1.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Cases and inspections with findings (4,") })
        // Every subject has one finding; ties go to errors first, then cases before inspections, then by id.
        #expect(lines[heading + 1].contains("R-1") && lines[heading + 1].contains("A101"))
        #expect(lines[heading + 2].contains("3 more"))
        let all = AuditReportRenderer.render(report, format: .summary, options: AuditRenderOptions(language: .en, topSubjects: nil))
        for id in ["R-1", "R-2", "I-1", "I-2"] { #expect(all.contains("  \(id)")) }
        #expect(!all.contains("more; `--all`"))
    }

    @Test func chineseSummaryHasNoEnglishWords() throws {
        let report = try RendererFixture.report()
        // The fixture's hostile agency name is data (English on purpose), not a word of the rendering.
        let text = AuditReportRenderer.render(report, format: .summary, options: AuditRenderOptions(language: .zh, topSubjects: nil))
            .replacingOccurrences(of: "测试省</script><script>alert(\"x\")</script>局, \"quoted\"", with: "")
        // The only Latin tokens allowed are codes, ids, paths and names: here R-1 … and the fixture's file names.
        #expect(EnglishWords.find(in: text).isEmpty, "\(EnglishWords.find(in: text))")
        #expect(text.hasPrefix("执法监督报告\n"))
    }

    /// A strict RFC 4180 reader for the test.
    func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r" { continue
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return rows
    }
}

/// Small helpers to read the generated HTML without a DOM library.
enum HTMLDocument {
    static func embeddedJSON(_ html: String) -> [String: Any]? {
        guard let start = html.range(of: "<script type=\"application/json\" id=\"audit-data\">"),
              let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        let text = html[start.upperBound..<end.lowerBound]
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "\(name)=\"") else { return nil }
        guard let end = html[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(html[start.upperBound..<end])
    }

    /// Text with the entities a DOM dump writes turned back into characters.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text of the element with `id` (no nested markup expected).
    static func text(ofID id: String, in html: String) -> String? {
        guard let open = html.range(of: "id=\"\(id)\"") else { return nil }
        guard let gt = html[open.upperBound...].firstIndex(of: ">") else { return nil }
        guard let lt = html[html.index(after: gt)...].firstIndex(of: "<") else { return nil }
        return String(html[html.index(after: gt)..<lt])
    }
}
