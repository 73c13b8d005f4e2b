import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyRegister

@Suite struct CaseRecordJSONTests {
    /// What the register stores reads back as the same case: every example, whatever fields it uses.
    @Test func everyExampleCaseReadsBackUnchanged() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestRegisters.examplesFolder.path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted()
        #expect(files.count > 20)
        var compared = 0
        for file in files {
            let loaded = CaseDecoder.load(path: TestRegisters.examplesFolder.appendingPathComponent(file).path, catalog: TestRegisters.catalog)
            for original in loaded.cases {
                let json = CaseRecordJSON.encode(original)
                let again = CaseDecoder.decode(text: json, file: "stored.json", catalog: TestRegisters.catalog)
                #expect(again.diagnostics.filter { $0.severity == .error }.isEmpty, "\(file): \(again.diagnostics)")
                guard var copy = again.cases.first else { continue }
                copy.location = original.location
                copy.factLocations = original.factLocations
                #expect(copy == original, "\(file) changed on the way through the register")
                compared += 1
            }
        }
        #expect(compared == files.count)
    }

    @Test func procedureMeasuresPaymentAndActIdentityReadBackUnchanged() throws {
        func day(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 0) }
        var record = try TestRegisters.decidedCase("P-1", creditCode: nil, act: "2025-03-01")
        record.actID = "洪违〔2025〕0007"
        if record.decision == nil { record.decision = RecordedDecision() }
        record.decision?.coercion = .refrain
        record.procedure = CaseProcedure(
            kind: .ordinary, notified: .notTaken, hearingRights: false, statementReceived: day("2025-03-10"), rightsWaived: true,
            hearingRequested: day("2025-03-11"), hearingHeld: day("2025-03-20"), legalReview: day("2025-03-25"), legalReviewer: "王五",
            investigations: [Investigation(date: day("2025-03-05"), officers: [Officer(name: "张三", certificate: "36010012345"), Officer(name: "李四", certificate: nil)]),
                             Investigation(date: day("2025-03-06"), officers: [])],
            certificateShown: true, numberedForm: false, deliveredOnSpot: true, reported: false)
        record.coerciveMeasures = [CoerciveMeasure(kind: .seizure, decided: .on(day("2025-03-05")), executed: day("2025-03-05"),
                                                   extended: day("2025-03-30"), extensionDays: 15, ended: day("2025-04-20"), notified: true),
                                   CoerciveMeasure(kind: .freeze, decided: .notTaken)]
        record.payment = Payment(due: day("2025-04-15"), paid: day("2025-04-20"), surcharge: Money(fen: 15050), surchargeFrom: day("2025-04-16"))
        let again = try #require(CaseDecoder.decode(text: CaseRecordJSON.encode(record), file: "p.json", catalog: TestRegisters.catalog).cases.first)
        #expect(again.actID == record.actID)
        #expect(again.decision?.coercion == .refrain)
        #expect(again.procedure == record.procedure)
        #expect(again.coerciveMeasures == record.coerciveMeasures)
        #expect(again.payment == record.payment)
        var none = record
        none.coerciveMeasures = []
        #expect(CaseDecoder.decode(text: CaseRecordJSON.encode(none), file: "n.json", catalog: TestRegisters.catalog).cases.first?.coerciveMeasures == [])
    }

    @Test func textIsEscaped() throws {
        var record = try TestRegisters.decidedCase("Q-1", creditCode: nil, act: "2024-01-01")
        record.party.name = "某\"公司\"\\\n分公司"
        let json = CaseRecordJSON.encode(record)
        let again = try #require(CaseDecoder.decode(text: json, file: "q.json", catalog: TestRegisters.catalog).cases.first)
        #expect(again.party.name == record.party.name)
    }
}
