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

    @Test func textIsEscaped() throws {
        var record = try TestRegisters.decidedCase("Q-1", creditCode: nil, act: "2024-01-01")
        record.party.name = "某\"公司\"\\\n分公司"
        let json = CaseRecordJSON.encode(record)
        let again = try #require(CaseDecoder.decode(text: json, file: "q.json", catalog: TestRegisters.catalog).cases.first)
        #expect(again.party.name == record.party.name)
    }
}
