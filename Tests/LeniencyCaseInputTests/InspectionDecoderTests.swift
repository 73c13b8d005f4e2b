import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("Inspection decoder: docs/INSPECTION-FORMAT.md")
struct InspectionDecoderTests {
    static let valid = """
        id: 赣检〔2025〕001
        enterprise: 91350200776049653A
        enterprise_name: 厦门某科技有限公司
        agency: 某市市场监督管理局
        region: 九江市
        date: 2025-03-05
        reason: routine
        registered: true
        joint: false
        officers: [{name: 张三, certificate: "36010012345"}, 李四]
        """

    static func decode(_ text: String) -> (records: [InspectionRecord], diagnostics: [Diagnostic]) {
        InspectionDecoder.decode(text: text, file: "inspections.yaml")
    }

    @Test("A complete record decodes every field")
    func completeRecord() throws {
        let result = Self.decode(Self.valid)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(record == InspectionRecord(
            id: "赣检〔2025〕001", enterprise: "91350200776049653A", enterpriseName: "厦门某科技有限公司",
            agency: "某市市场监督管理局", region: "九江市", date: try #require(CivilDate("2025-03-05")), reason: "routine",
            registered: true, joint: false,
            officers: [Officer(name: "张三", certificate: "36010012345"), Officer(name: "李四", certificate: nil)],
            location: record.location))
        #expect(record.location.start == SourcePosition(line: 1, column: 1))
        #expect(record.location.file == "inspections.yaml")
    }

    @Test("An `inspections:` sequence and several documents give several records")
    func severalRecords() {
        let sequence = """
            inspections:
              - {id: a, enterprise: 91350500798359476R, agency: 某局, date: 2025-03-01, reason: complaint}
              - {id: b, enterprise: 91350500798359476R, agency: 某局, date: 2025-03-02, reason: statutory}
            """
        let result = Self.decode(sequence)
        #expect(result.records.map(\.id) == ["a", "b"])
        #expect(result.records.map(\.reason) == ["complaint", "statutory"])
        #expect(result.diagnostics.isEmpty)
        #expect(Self.decode(Self.valid + "\n---\n" + Self.valid.replacingOccurrences(of: "〔2025〕001", with: "〔2025〕002"))
            .records.count == 2)
    }

    @Test("An unknown reason is S004 with a did-you-mean; other records are kept")
    func badReason() throws {
        let text = """
            inspections:
              - {id: a, enterprise: 91350500798359476R, agency: 某局, date: 2025-03-01, reason: complaints}
              - {id: b, enterprise: 91350500798359476R, agency: 某局, date: 2025-03-02, reason: emergency}
            """
        let result = Self.decode(text)
        #expect(result.records.map(\.id) == ["b"])
        let problem = try #require(result.diagnostics.first)
        #expect(result.diagnostics.map(\.code) == [.invalidValue])
        #expect(problem.hint.contains("`complaint`"))
        #expect(problem.location.start.line == 2)
    }

    @Test("Missing required fields are reported", arguments: ["id", "enterprise", "agency", "date", "reason"])
    func missing(field: String) {
        let text = Self.valid.split(separator: "\n").filter { !$0.hasPrefix("\(field):") }.joined(separator: "\n")
        let result = Self.decode(text)
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.map(\.code) == [.missingField])
    }

    @Test("A bad credit code is a warning and the record is kept")
    func badCreditCode() throws {
        let result = Self.decode(Self.valid.replacingOccurrences(of: "91350200776049653A", with: "91350200776049653B"))
        #expect(result.diagnostics.map(\.code) == [.badIdentifierChecksum])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.records.count == 1)
    }

    @Test("Booleans are strict and unknown keys are reported")
    func strictness() {
        #expect(Self.decode(Self.valid.replacingOccurrences(of: "joint: false", with: "joint: no")).diagnostics.map(\.code) == [.wrongType])
        let unknown = Self.decode(Self.valid.replacingOccurrences(of: "joint: false", with: "jiont: false"))
        #expect(unknown.diagnostics.map(\.code) == [.unknownKey])
        #expect(unknown.diagnostics.first?.hint.contains("`joint`") == true)
    }

    @Test("The same record id twice is R004")
    func duplicate() {
        let result = Self.decode(Self.valid + "\n---\n" + Self.valid)
        #expect(result.records.count == 1)
        #expect(result.diagnostics.map(\.code) == [.duplicateID])
    }

    @Test("load(path:) reads a file; an empty file says it holds no record")
    func load() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-inspection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inspections.yaml").path
        try Self.valid.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(InspectionDecoder.load(path: path).records.count == 1)
        let empty = folder.appendingPathComponent("empty.yaml").path
        try "".write(toFile: empty, atomically: true, encoding: .utf8)
        #expect(InspectionDecoder.load(path: empty).diagnostics.map(\.code) == [.invalidCaseFile])
    }
}
