import Foundation
import LeniencyCaseInput
import LeniencyCore
import LeniencyYAML
import Testing

/// JSON Lines records have the same explicit limits as YAML input (issue 15 item 2): line size, string size, depth.
@Suite("JSON Lines limits")
struct JSONLinesLimitTests {
    static func file(_ lines: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "leniency-limits-\(UUID().uuidString).jsonl"
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static func diagnostics(_ raw: RawRecord) -> [Diagnostic] { raw.nodes().diagnostics }

    @Test("A line over the limit is Y006 at file:line without being kept, and the next line is read")
    func oversizedLine() throws {
        let limit = RecordStream.maxLineBytes
        let long = "{\"id\":\"" + String(repeating: "x", count: limit + 10) + "\"}"
        let path = try Self.file([long, "{\"id\":\"A\"}", ""])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var stream = RecordStream(path: path, kind: .cases)
        var records: [RawRecord] = []
        while let batch = stream.nextBatch(limit: 100) { records += batch }
        #expect(records.count == 2)
        guard case .oversizedLine(_, let line, let length, _)? = records.first else {
            Issue.record("expected the first record to be reported as oversized, got \(String(describing: records.first))")
            return
        }
        #expect(line == 1)
        #expect(length == long.utf8.count)
        let problem = try #require(Self.diagnostics(records[0]).first)
        #expect(problem.code == .inputTooLarge)
        #expect(problem.location.file == path && problem.location.start.line == 1)
        guard case .jsonLine(_, 2, let bytes)? = records.last else {
            Issue.record("the line after the oversized one was not read")
            return
        }
        #expect(bytes == Array("{\"id\":\"A\"}".utf8))
    }

    @Test("A string over the scalar limit is Y006 at its column; nesting deeper than the YAML limit is Y004")
    func stringAndDepth() {
        let text = "{\"id\": \"" + String(repeating: "y", count: YAMLLimits.standard.maxScalarBytes + 1) + "\"}"
        let big = Self.diagnostics(.jsonLine(file: "c.jsonl", line: 3, bytes: Array(text.utf8)))
        #expect(big.map(\.code) == [.inputTooLarge])
        #expect(big.first?.location.start == SourcePosition(line: 3, column: 8))
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let nested = Self.diagnostics(.jsonLine(file: "c.jsonl", line: 4, bytes: Array(deep.utf8)))
        #expect(nested.map(\.code) == [.nestingTooDeep])
        #expect(nested.first?.location.start.line == 4)
    }
}
