import Foundation
import Testing

/// `check --format jsonl` without `--explain`: each object is the decision without its explanation (the compiled
/// fast path); with `--explain` the same decision carries its trace.
@Suite struct CheckBriefLinesTests {
    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }

    /// A value as JSON text with sorted keys: dictionaries compare by content, not by their (hash-seeded) order.
    static func canonical(_ value: Any?) throws -> String {
        guard let value else { return "absent" }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func briefLinesAreTheExplainedDecisionsWithoutTheirExplanation() throws {
        let input = "examples/bulk/cases/market.jsonl"
        let brief = try LeniencyBinary.run(["check", input, "--format", "jsonl"], in: CheckCommandTests.root)
        let explained = try LeniencyBinary.run(["check", input, "--format", "jsonl", "--explain"], in: CheckCommandTests.root)
        #expect(brief.exitCode == explained.exitCode)
        let short = try Self.objects(brief.stdout), long = try Self.objects(explained.stdout)
        #expect(short.count == long.count && short.count > 100, "\(short.count) and \(long.count) objects")
        // The explanation is there only when asked for.
        #expect(short.allSatisfy { ($0["trace"] as? [Any])?.isEmpty == true })
        #expect(long.contains { ($0["trace"] as? [Any])?.isEmpty == false })
        let decisionKeys = ["case", "outcome", "mandatory", "alsoAllows", "list", "item", "basis", "fine", "followUp", "missing",
                            "conflict", "coercion", "timeBarred", "presumed", "derived"]
        var compared = 0
        for (a, b) in zip(short, long) {
            for key in decisionKeys where a.keys.contains(key) || b.keys.contains(key) {
                let x = try Self.canonical(a[key]), y = try Self.canonical(b[key])
                #expect(x == y, "case \(a["case"] ?? "?"), \(key): brief \(x), explained \(y)")
                compared += 1
            }
        }
        #expect(compared > 0)
    }
}
