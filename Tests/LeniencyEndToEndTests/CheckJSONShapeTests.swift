import Foundation
import Testing

/// `check --format json`: the shape follows what the input could hold, not how many cases turned out valid (issue 15
/// item 7). A JSON Lines file or several paths can hold several cases, so they give an array even when one case is
/// left; one case file gives an object.
@Suite struct CheckJSONShapeTests {
    static let valid = #"{"id":"S-1","agency":"某税务局","party":{"name":"某公司","type":"enterprise"},"violation":"TAX-ZG-60-1-4","dates":{"act":"2025-03-01"}}"#
    static let unknownFact = #"{"id":"S-2","agency":"某税务局","party":{"name":"某公司","type":"enterprise"},"violation":"TAX-ZG-60-1-4","dates":{"act":"2025-03-01"},"facts":{"nope":true}}"#

    static func cases(_ stdout: String) throws -> [String?]? {
        (try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])?.map { $0["case"] as? String }
    }

    @Test func aJSONLinesFileWithOneValidLineIsAnArrayOfOne() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("cases.jsonl", Self.valid + "\n" + Self.unknownFact + "\n")
        let out = try LeniencyBinary.run(["check", file.path, "--format", "json"], in: CheckCommandTests.root)
        #expect(out.stderr.contains("cases.jsonl:2:"), "\(out.stderr)")
        #expect(try Self.cases(out.stdout) == ["S-1"])
        // A JSON Lines file of a single line is still a stream.
        let single = try dir.write("single.jsonl", Self.valid + "\n")
        let one = try LeniencyBinary.run(["check", single.path, "--format", "json"], in: CheckCommandTests.root)
        #expect(one.exitCode == 0, "\(one.stderr)")
        #expect(try Self.cases(one.stdout) == ["S-1"])
    }

    @Test func severalPathsWithOneReadableCaseAreAnArrayOfOne() throws {
        let dir = try TemporaryDirectory()
        let good = try dir.write("good.json", Self.valid)
        let broken = try dir.write("broken.yaml", "id: [\n")
        let out = try LeniencyBinary.run(["check", good.path, broken.path, "--format", "json"], in: CheckCommandTests.root)
        #expect(out.stderr.contains("broken.yaml:"), "\(out.stderr)")
        #expect(try Self.cases(out.stdout) == ["S-1"])
        // The same file alone is one case: an object.
        let alone = try LeniencyBinary.run(["check", good.path, "--format", "json"], in: CheckCommandTests.root)
        let object = try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any]
        #expect(object?["case"] as? String == "S-1")
    }
}
