import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// Reading case inputs: folders of YAML, JSON Lines (with bad lines), CSV in UTF-8 (BOM) and GB18030.
@Suite struct AuditInputTests {
    static let caseJSON = #"{"id":"J-1","agency":"测试省某局","region":"南昌市","officers":[{"name":"张三","certificate":"C-001"}],"party":{"name":"某公司","type":"enterprise"},"violation":"T-2","dates":{"act":"2025-03-03","filed":"2025-03-11","decided":"2025-04-01"},"facts":{"serious":false},"prior_violations":[],"decision":{"outcome":"standard","fine":4000,"legal_review":false,"published":"2025-04-03"}}"#

    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "leniency-audit-input-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func jsonLinesBadLinesAreReportedWithLineAndColumnAndSkipped() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        let good = Self.caseJSON
        let second = good.replacingOccurrences(of: "J-1", with: "J-2")
        let text = good + "\n\n" + #"{"id": "J-3", "agency": }"# + "\n" + second + "\n"
        try text.write(toFile: dir + "/cases.jsonl", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [dir], inspections: [])
        #expect(report.statistics.casesRead == 2)
        // Each good case names only one officer: A401 on lines 1 and 4.
        #expect(report.findings.map { "\($0.code.rawValue)@\($0.location.start.line)" } == ["A401@1", "A401@4"])
        let problem = try #require(report.diagnostics.first)
        #expect(problem.location.file == dir + "/cases.jsonl")
        #expect(problem.location.start.line == 3)
        #expect(problem.location.start.column == 25)
        #expect(report.hasUnreadableInputs)
    }

    @Test func jsonLinesWithChineseTextCountsColumnsInCharacters() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        try #"{"id":"案-1","agency":"某局" "x"}"#.write(toFile: dir + "/c.jsonl", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [dir + "/c.jsonl"], inspections: [])
        let problem = try #require(report.diagnostics.first)
        // `{"id":"案-1","agency":"某局" ` is 26 characters (with the space); the stray string starts at column 27.
        #expect(problem.location.start.column == 27)
    }

    @Test func jsonLinesDuplicateKeysNameBothPositions() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        // The second "agency" starts at column 27, the first at column 13; an escaped spelling is the same key.
        let line = #"{"id":"J-9","agency":"甲局","agency":"乙局"}"#
        let escaped = #"{"id":"J-10","\u0061gency":"甲局","agency":"乙局"}"#
        try (line + "\n" + escaped + "\n").write(toFile: dir + "/dup.jsonl", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [dir + "/dup.jsonl"], inspections: [])
        let duplicates = report.diagnostics.filter { $0.code == .duplicateKey }
        #expect(duplicates.count == 2)
        let first = try #require(duplicates.first)
        #expect(first.location.start == SourcePosition(line: 1, column: 27))
        #expect(first.notes.first?.location.start == SourcePosition(line: 1, column: 13))
        #expect(duplicates.last?.location.start.line == 2)
        #expect(report.statistics.casesRead == 0)
    }

    @Test func yamlFoldersAreReadRecursivelyAndAMissingPathIsReported() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        let yaml = """
        id: Y-1
        agency: 测试省某局
        officers: [{name: 张三, certificate: C-001}, {name: 李四, certificate: C-002}]
        party: {name: 某公司, type: enterprise}
        violation: T-2
        dates: {act: 2025-03-03, filed: 2025-03-11, decided: 2025-04-01}
        facts: {serious: false}
        decision: {outcome: heavier, fine: 8000, legal_review: true, published: 2025-04-03}
        """
        try yaml.write(toFile: dir + "/sub/y.yaml", atomically: true, encoding: .utf8)
        try "not: [valid".write(toFile: dir + "/broken.yaml", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [dir, dir + "/missing"], inspections: [])
        #expect(report.findings.map(\.code) == [.tierInconsistent])
        #expect(report.findings.first?.location.file == dir + "/sub/y.yaml")
        #expect(report.diagnostics.contains { $0.location.file == dir + "/missing" && $0.code == .unreadableFile })
        #expect(report.diagnostics.contains { $0.location.file == dir + "/broken.yaml" && $0.severity == .error })
    }

    static let csvHeader = "id,agency,region,officers,party.name,party.type,violation,dates.act,dates.filed,dates.decided,facts.serious,prior_violations,decision.outcome,decision.fine,decision.legal_review,decision.published\n"
    static let csvRow = "C-1,测试省某局,南昌市,\"张三:C-001;李四:C-002\",\"某公司,有限\",enterprise,T-2,2025-03-03,2025-03-11,2025-04-01,false,none,heavier,8000,true,2025-04-03\n"

    @Test func csvWithBOMIsMappedByColumnName() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        let bytes = [UInt8]([0xEF, 0xBB, 0xBF]) + Array((Self.csvHeader + Self.csvRow).utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/export.csv"))
        let report = Auditor(catalog: catalog).run(cases: [dir + "/export.csv"], inspections: [])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        #expect(report.findings.map { "\($0.code.rawValue)@\($0.location.start.line)" } == ["A304@2"])
    }

    @Test func gb18030ExportIsDecoded() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        let gb = String.Encoding(rawValue: 0x8000_0632)
        let data = try #require((Self.csvHeader + Self.csvRow).data(using: gb))
        #expect(String(data: data, encoding: .utf8) == nil, "the sample must not be valid UTF-8")
        try data.write(to: URL(fileURLWithPath: dir + "/gb.csv"))
        let report = Auditor(catalog: catalog).run(cases: [dir + "/gb.csv"], inspections: [])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        #expect(report.findings.map(\.code) == [.tierInconsistent])
        #expect(report.findings.first?.agency == "测试省某局")
    }

    @Test func csvUnknownColumnAndMalformedRecordAreReported() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        let text = Self.csvHeader.replacingOccurrences(of: "region,", with: "regoin,") + Self.csvRow
            + "C-2,测试省某局,南昌市,x,\"unterminated\n"
        try text.write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [dir + "/bad.csv"], inspections: [])
        #expect(report.statistics.casesRead == 1)
        #expect(report.diagnostics.contains { $0.code == .unknownKey && $0.location.start == SourcePosition(line: 1, column: 11) })
        #expect(report.diagnostics.contains { $0.location.start.line == 3 })
    }

    @Test func certificatesLoadFromCSVAndYAML() throws {
        let dir = try temporaryDirectory()
        try "number,name,valid_from,valid_to\nC-001,张三,2020-01-01,2030-12-31\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        try "- {number: C-002, name: 李四, valid_from: 2020-01-01, valid_to: 2021-12-31}\n".write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        let csv = CertificateLoader.load(path: dir + "/c.csv")
        let yaml = CertificateLoader.load(path: dir + "/c.yaml")
        #expect(csv.diagnostics.isEmpty && yaml.diagnostics.isEmpty)
        let date = AuditFixtures.date("2025-01-01")
        #expect(csv.registry?.problem(for: Officer(name: "张三", certificate: "C-001"), on: date) == nil)
        #expect(yaml.registry?.problem(for: Officer(name: "李四", certificate: "C-002"), on: date)
                == .notValid(number: "C-002", validFrom: AuditFixtures.date("2020-01-01"), validTo: AuditFixtures.date("2021-12-31")))
        #expect(csv.registry?.problem(for: Officer(name: "王五", certificate: "C-001"), on: date) == .otherHolder(number: "C-001", holder: "张三"))
        #expect(CertificateLoader.load(path: dir + "/none.csv").registry == nil)
    }

    @Test func inspectionsAreReadFromJSONLines() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = try temporaryDirectory()
        let line = #"{"id":"I-1","enterprise":"E1","agency":"测试省某局","region":"南昌市","date":"2025-03-05","reason":"routine","registered":false}"#
        try (line + "\n").write(toFile: dir + "/i.jsonl", atomically: true, encoding: .utf8)
        let report = Auditor(catalog: catalog).run(cases: [], inspections: [dir + "/i.jsonl"])
        #expect(report.findings.map(\.code) == [.quietDayInspection, .inspectionNotRegistered])
        #expect(report.statistics.quietDayInspectionsByMonth == ["2025-03": 1])
    }
}
