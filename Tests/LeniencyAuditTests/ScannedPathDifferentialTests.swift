import Foundation
import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// The audit of JSON Lines reads clean lines through the byte scanner and checks them from the scanned slots; the
/// same cases read by the positioned reader (`CaseDecoder`) and audited as `CaseRecord`s must give exactly the same
/// findings and counts.
@Suite("Scanned audit path agrees with the record path")
struct ScannedPathDifferentialTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Both paths over the lines of `text` (written to a temporary file).
    static func compare(lines: [String], catalog: Catalog, options: AuditOptions = AuditOptions()) throws {
        let dir = NSTemporaryDirectory() + "leniency-scanned-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/cases.jsonl"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let auditor = Auditor(catalog: catalog, options: options)
        let scanned = auditor.run(cases: [file], inspections: [])

        var records: [CaseRecord] = []
        for (k, line) in lines.enumerated() {
            let loaded = CaseLineDecoder.slow(.jsonLine(file: file, line: k + 1, bytes: Array(line.utf8)), file: file, catalog: catalog)
            records += loaded.cases
        }
        let viaRecords = auditor.audit(cases: records)
        #expect(scanned.statistics.casesRead == records.count)
        #expect(scanned.findings.count == viaRecords.findings.count)
        for (a, b) in zip(scanned.findings, viaRecords.findings) where a != b {
            Issue.record("scanned \(a)\nrecord  \(b)")
            break
        }
        #expect(scanned.findings == viaRecords.findings)
        #expect(scanned.statistics == viaRecords.statistics)
    }

    static func shippedCatalog() -> Catalog {
        let loaded = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path])
        #expect(!loaded.diagnostics.contains { $0.severity == .error })
        return loaded.catalog
    }

    /// The generated bulk corpus (every planted finding code) on the shipped rules.
    @Test func bulkCorpusOnShippedRules() throws {
        let catalog = Self.shippedCatalog()
        let text = try String(contentsOf: Self.root.appendingPathComponent("examples/bulk/cases/market.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count > 100)
        try Self.compare(lines: lines, catalog: catalog)
        // A narrower audited period: cases outside it count only for the cross-case checks.
        try Self.compare(lines: lines, catalog: catalog,
                         options: AuditOptions(from: CivilDate(year: 2025, month: 3, day: 1), to: CivilDate(year: 2025, month: 9, day: 30)))
    }

    /// Variations of the bulk lines: outcomes, fines, missing decisions and procedure fields moved around, so the
    /// checks see recorded values the planted corpus does not hold.
    @Test func variedBulkLinesOnShippedRules() throws {
        let catalog = Self.shippedCatalog()
        let text = try String(contentsOf: Self.root.appendingPathComponent("examples/bulk/cases/market.jsonl"), encoding: .utf8)
        let base = text.split(separator: "\n").map(String.init)
        var lines: [String] = []
        let outcomes = ["no_penalty", "mitigated", "lighter", "standard", "heavier"]
        for (n, line) in base.enumerated() {
            lines.append(line)
            var varied = line
            if let range = varied.range(of: #""outcome":"[a-z_]+""#, options: .regularExpression) {
                varied.replaceSubrange(range, with: "\"outcome\":\"\(outcomes[n % outcomes.count])\"")
            }
            if let range = varied.range(of: #""fine":[0-9]+"#, options: .regularExpression) {
                varied.replaceSubrange(range, with: "\"fine\":\((n * 7919) % 600_000)")
            }
            varied = varied.replacingOccurrences(of: "号\"", with: "号-v\"")
            lines.append(varied)
        }
        try Self.compare(lines: lines, catalog: catalog)
    }
}
