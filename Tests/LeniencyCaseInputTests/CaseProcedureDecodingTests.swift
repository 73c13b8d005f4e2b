import Foundation
@testable import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyYAML
import Testing

/// The procedure, coercive-measure, payment and act-identity fields of the case format (docs/CASE-FORMAT.md).
@Suite("Case format: procedure, coercive measures, payment")
struct CaseProcedureDecodingTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 0) }

    @Test func everyFieldIsRead() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.procedureCase)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let record = try #require(result.cases.first)
        #expect(record.actID == "洪违〔2025〕0007")
        #expect(record.decision?.coercion == .allowed)
        let p = try #require(record.procedure)
        #expect(p.kind == .ordinary)
        #expect(p.notified == .on(Self.date("2025-04-08")))
        #expect(p.hearingRights == true)
        #expect(p.statementReceived == Self.date("2025-04-09"))
        #expect(p.rightsWaived == false)
        #expect(p.hearingRequested == Self.date("2025-04-09"))
        #expect(p.hearingHeld == Self.date("2025-04-15"))
        #expect(p.legalReview == Self.date("2025-04-18"))
        #expect(p.legalReviewer == "王五")
        #expect(p.investigations == [
            Investigation(date: Self.date("2025-04-03"), officers: [Officer(name: "张三", certificate: "36010012345"), Officer(name: "李四", certificate: nil)]),
            Investigation(date: Self.date("2025-04-05"), officers: []),
        ])
        #expect(p.certificateShown == true && p.numberedForm == true && p.deliveredOnSpot == false && p.reported == true)
        #expect(record.coerciveMeasures == [
            CoerciveMeasure(kind: .seizure, decided: .on(Self.date("2025-04-03")), executed: Self.date("2025-04-03"),
                            extended: Self.date("2025-04-30"), extensionDays: 20, ended: Self.date("2025-05-20"), notified: true),
            CoerciveMeasure(kind: .freeze, decided: .notTaken, executed: Self.date("2025-04-04")),
        ])
        #expect(record.payment == Payment(due: Self.date("2025-05-10"), paid: Self.date("2025-05-20"),
                                          surcharge: Money(fen: 15050), surchargeFrom: Self.date("2025-05-11")))
    }

    @Test func absentSectionsAreNotRecordedAndAnEmptyMeasureListIsNone() throws {
        let plain = try #require(CaseTestSupport.decode(CaseTestSupport.validCase).cases.first)
        #expect(plain.procedure == nil && plain.coerciveMeasures == nil && plain.payment == nil && plain.actID == nil)
        #expect(plain.decision?.coercion == nil)
        let none = try #require(CaseTestSupport.decode(CaseTestSupport.validCase + "\ncoercive_measures: []\n").cases.first)
        #expect(none.coerciveMeasures == [])
    }

    @Test func badValuesAreErrorsWithAHint() {
        let cases: [(String, DiagnosticCode, String)] = [
            ("procedure: {kind: 当场}", .invalidValue, "procedure.kind"),
            ("procedure: {notified: true}", .invalidValue, "give the date"),
            ("procedure: {notified: 2025-4-8}", .invalidValue, "procedure.notified"),
            ("procedure: {hearing_rights: yes}", .wrongType, "hearing_rights"),
            ("procedure: {legal_reveiw: 2025-04-18}", .unknownKey, "legal_review"),
            ("coercive_measures: [{kind: arrest}]", .invalidValue, "measure `kind`"),
            ("coercive_measures: [{executed: 2025-04-03}]", .missingField, "kind"),
            ("coercive_measures: [{kind: seizure, extension_days: -3}]", .invalidValue, "extension_days"),
            ("payment: {surcharge: -5}", .invalidValue, "payment.surcharge"),
            ("decision2: 1", .unknownKey, "decision2"),
        ]
        for (line, code, text) in cases {
            let result = CaseTestSupport.decode(CaseTestSupport.validCase + "\n" + line + "\n")
            let found = result.diagnostics.first { $0.code == code }
            #expect(found != nil, "\(line): \(result.diagnostics.map(\.message))")
            #expect(found.map { ($0.message + " " + $0.hint).contains(text) } == true, "\(line): \(found?.message ?? "")")
            #expect(result.cases.isEmpty, "\(line) is an error, so the case is left out")
        }
    }

    @Test func datesOutOfOrderAreWarningsAndTheCaseIsKept() {
        for line in ["procedure: {hearing_requested: 2025-04-10, hearing_held: 2025-04-09}",
                     "coercive_measures: [{kind: seizure, executed: 2025-04-10, ended: 2025-04-09}]",
                     "coercive_measures: [{kind: seizure, executed: 2025-04-10, extended: 2025-04-01}]"] {
            let result = CaseTestSupport.decode(CaseTestSupport.validCase + "\n" + line + "\n")
            #expect(result.codes == [.inconsistentCaseDates], "\(line)")
            #expect(result.cases.count == 1)
            // The byte scanner must send such a line to the positioned reader.
            let node = try? JSONLineScannerTests.node(CaseTestSupport.validCase + "\n" + line + "\n")
            let decoder = CaseLineDecoder(catalog: CaseTestSupport.catalog)
            #expect(node.map { JSONLineScannerTests.agree(JSONLineScannerTests.json($0), catalog: CaseTestSupport.catalog, decoder: decoder) } == false)
        }
    }

    @Test func theScannerReadsTheProcedureCaseOnItsFastPath() throws {
        let decoder = CaseLineDecoder(catalog: CaseTestSupport.catalog)
        let line = JSONLineScannerTests.json(try JSONLineScannerTests.node(CaseTestSupport.procedureCase))
        #expect(JSONLineScannerTests.agree(line, catalog: CaseTestSupport.catalog, decoder: decoder))
    }

    @Test func csvColumnsMapOntoTheSameFields() throws {
        let header = "id,agency,party.name,party.type,violation,dates.act,dates.decided,decision.coercion,act_id,procedure.kind,"
            + "procedure.notified,procedure.legal_review,procedure.legal_reviewer,procedure.investigations,coercive_measures,"
            + "payment.due,payment.surcharge"
        let row = "C-1,某局,某公司,enterprise,TAX-ZG-62,2025-03-01,2025-04-20,refrain,A-9,summary,false,2025-04-18,王五,"
            + "\"2025-04-03@张三:36010012345、李四; 2025-04-05\",\"seizure, decided=2025-04-03, executed=2025-04-03, ended=2025-04-20; kind=freeze, decided=false\","
            + "2025-05-10,150"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("procedure-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cases.csv").path
        try (header + "\n" + row + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var stream = RecordStream(path: path, kind: .cases)
        let next = stream.nextBatch(limit: 10)
        let batch = try #require(next)
        #expect(stream.diagnostics.isEmpty, "\(stream.diagnostics.map(\.message))")
        let raw = try #require(batch.first)
        let result = CaseLineDecoder.slow(raw, file: path, catalog: CaseTestSupport.catalog)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let record = try #require(result.cases.first)
        #expect(record.decision?.coercion == .refrain)
        #expect(record.actID == "A-9")
        #expect(record.procedure?.kind == .summary)
        #expect(record.procedure?.notified == .notTaken)
        #expect(record.procedure?.legalReviewer == "王五")
        #expect(record.procedure?.investigations?.map(\.officers.count) == [2, 0])
        #expect(record.procedure?.investigations?.first?.officers.first == Officer(name: "张三", certificate: "36010012345"))
        #expect(record.coerciveMeasures?.map(\.kind) == [.seizure, .freeze])
        #expect(record.coerciveMeasures?.first?.ended == Self.date("2025-04-20"))
        #expect(record.coerciveMeasures?.last?.decided == .notTaken)
        #expect(record.payment == Payment(due: Self.date("2025-05-10"), surcharge: Money(yuan: 150)))
    }
}

@Suite("Inspection format: performed_by")
struct InspectionPerformerDecodingTests {
    @Test func performerIsReadAndAnUnknownOneIsAnErrorWithADidYouMean() throws {
        let good = InspectionDecoder.decode(text: InspectionDecoderTests.valid + "\nperformed_by: third_party\n", file: "i.yaml")
        #expect(good.diagnostics.isEmpty)
        #expect(good.records.first?.performedBy == "third_party")
        #expect(InspectionDecoder.decode(text: InspectionDecoderTests.valid, file: "i.yaml").records.first?.performedBy == nil)
        let bad = InspectionDecoder.decode(text: InspectionDecoderTests.valid + "\nperformed_by: thirdparty\n", file: "i.yaml")
        #expect(bad.records.isEmpty)
        let diagnostic = try #require(bad.diagnostics.first)
        #expect(diagnostic.code == .invalidValue)
        #expect(diagnostic.hint.contains("third_party"))
    }
}

@Suite("examples/bulk JSON Lines on the scanner's fast path")
struct BulkJSONLinesFastPathTests {
    @Test func everyBulkMarketLineIsReadOnTheFastPathAndAgrees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let loaded = CatalogLoader.load(paths: [root + "/rules"])
        let decoder = CaseLineDecoder(catalog: loaded.catalog)
        let text = try String(contentsOfFile: root + "/examples/bulk/cases/market.jsonl", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let withProcedure = lines.filter { $0.contains("\"procedure\"") || $0.contains("\"coercive_measures\"") || $0.contains("\"payment\"") }
        #expect(withProcedure.count >= 20, "generate.py plants procedure, measure and payment fields in the market cases")
        for line in withProcedure {
            #expect(JSONLineScannerTests.agree(line, catalog: loaded.catalog, decoder: decoder), "slow path for \(line.prefix(80))")
        }
    }
}
