import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// The audit on all cores, in many small batches, gives exactly the report of one batch on one thread.
@Suite struct ParallelAuditTests {
    @Test func manyBatchesMergeToTheSameReportAsOne() throws {
        let catalog = try AuditFixtures.catalog()
        let dir = NSTemporaryDirectory() + "leniency-parallel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var lines: [String] = []
        for n in 0..<600 {
            // 40 parties with several cases each (first-offence claims meet earlier cases), fines spread for 类案不同罚,
            // and a broken line now and then.
            let line = AuditInputTests.caseJSON
                .replacingOccurrences(of: "J-1", with: "P-\(n)")
                .replacingOccurrences(of: "某公司", with: "某公司\(n % 40)")
                .replacingOccurrences(of: "\"fine\":4000", with: "\"fine\":\(1000 + (n * 37) % 9000)")
                .replacingOccurrences(of: "2025-03-03", with: "2025-0\(1 + n % 3)-0\(1 + n % 9)")
                .replacingOccurrences(of: "\"legal_review\":false", with: n % 3 == 0 ? "\"legal_review\":false,\"first_offence_claimed\":true" : "\"legal_review\":false")
            lines.append(n % 97 == 5 ? String(line.dropLast(3)) : line)
        }
        try lines.joined(separator: "\n").write(toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
        try lines.reversed().joined(separator: "\n").write(toFile: dir + "/b.jsonl", atomically: true, encoding: .utf8)
        let parallel = Auditor(catalog: catalog, options: AuditOptions(batchSize: 7)).run(cases: [dir], inspections: [])
        let serial = Auditor(catalog: catalog, options: AuditOptions(batchSize: 1_000_000)).run(cases: [dir], inspections: [])
        #expect(parallel.statistics.casesRead == 1186)
        // Findings of the cross-case checks, which read the merged history and fine samples.
        let codes = Set(parallel.findings.map(\.code.rawValue))
        #expect(codes.contains("A201"), "\(codes.sorted())")
        #expect(parallel.findings == serial.findings)
        #expect(parallel.diagnostics == serial.diagnostics)
        #expect(parallel.diagnostics.count == 14)
        #expect(parallel.statistics == serial.statistics)
    }
}
