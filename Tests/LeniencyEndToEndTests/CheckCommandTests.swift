import Foundation
import Testing

/// `leniency check` on the shipped rules: exit codes, stdin, and valid cases surviving a broken neighbour.
@Suite struct CheckCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let twoCases = """
    id: 甲
    agency: 某税务局
    party: {name: 某公司, type: enterprise}
    violation: TAX-ZG-60-1-4
    dates: {act: 2025-03-01, discovered: 2025-03-02}
    ---
    id: 乙
    agency: 某税务局
    party: {name: 某公司, type: enterprise}
    violation: TAX-ZG-60-1-4
    dates: {act: 2025-03-01}
    facts: {nope: true}
    """

    @Test func aBrokenCaseDoesNotHideTheValidOne() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("cases.yaml", Self.twoCases)
        let out = try LeniencyBinary.run(["check", file.path, "--format", "json"], in: Self.root)
        #expect(out.exitCode == 1)
        // Two documents could give two cases: an array, even though only one of them is valid (issue 15 item 7).
        let array = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]
        #expect(array?.map { $0["case"] as? String } == ["甲"])
        #expect(out.stderr.contains("cases.yaml:12:9: error[R001]"))
    }

    /// Three JSON Lines cases, the second broken: the valid ones are decided in order whatever the format.
    static let jsonLines = [
        #"{"id":"L-1","agency":"某税务局","party":{"name":"某公司","type":"enterprise"},"violation":"TAX-ZG-60-1-4","dates":{"act":"2025-03-01"}}"#,
        #"{"id":"L-2","agency":"某税务局","party":{"name":"某公司","type":"enterprise"},"violation":"TAX-ZG-60-1-4","dates":{"act":"2025-03-01"},"facts":{"nope":true}}"#,
        #"{"id":"L-3","agency":"某税务局","party":{"name":"某公司","type":"enterprise"},"violation":"TAX-ZG-60-1-4","dates":{"act":"2025-03-01"}}"#,
    ].joined(separator: "\n") + "\n"

    @Test func jsonLinesAreStreamedAsAnArrayOrOneObjectPerLine() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("cases.jsonl", Self.jsonLines)
        let json = try LeniencyBinary.run(["check", file.path, "--format", "json"], in: Self.root)
        #expect(json.exitCode == 1)
        #expect(json.stderr.contains("cases.jsonl:2:"), "\(json.stderr)")
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.map { $0["case"] as? String } == ["L-1", "L-3"])

        let lines = try LeniencyBinary.run(["check", file.path, "--format", "jsonl"], in: Self.root)
        let objects = try lines.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.map { $0?["case"] as? String } == ["L-1", "L-3"])
        // The same objects as the array's, key for key.
        #expect(objects.map { $0?["outcome"] as? String } == array?.map { $0["outcome"] as? String })

        let text = try LeniencyBinary.run(["check", file.path, "--lang", "en"], in: Self.root)
        #expect(text.stdout.components(separatedBy: "L-1: ").count == 2 && text.stdout.contains("L-3: "))
        #expect(!text.stdout.contains("L-2"))
    }

    @Test func standardInputIsSniffedAsJSONLinesOrAsOneCaseFile() throws {
        let streamed = try LeniencyBinary.run(["check", "-", "--format", "json"], in: Self.root, stdin: Self.jsonLines)
        let array = try JSONSerialization.jsonObject(with: Data(streamed.stdout.utf8)) as? [[String: Any]]
        #expect(array?.map { $0["case"] as? String } == ["L-1", "L-3"])
        #expect(streamed.stderr.contains("<stdin>:2:"))
        // One JSON object on one line is one case file: an object, not an array.
        let single = try LeniencyBinary.run(["check", "-", "--format", "json"], in: Self.root,
                                            stdin: String(Self.jsonLines.split(separator: "\n")[0]))
        #expect(single.exitCode == 0, "\(single.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any]
        #expect(object?["case"] as? String == "L-1")
    }

    @Test func aCasesListWithOneCaseIsStillAnArray() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("list.yaml", "cases:\n" + Self.twoCases.components(separatedBy: "---")[0]
            .split(separator: "\n").enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }.joined(separator: "\n") + "\n")
        let out = try LeniencyBinary.run(["check", file.path, "--format", "json"], in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        let array = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]
        #expect(array?.map { $0["case"] as? String } == ["甲"])
    }

    @Test func standardInputIsACaseFile() throws {
        let out = try LeniencyBinary.run(["check", "-", "--format", "json"], in: Self.root,
                                         stdin: Self.twoCases.components(separatedBy: "---")[0])
        #expect(out.exitCode == 0, "\(out.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        #expect(object?["outcome"] as? String == "undetermined")
    }

    @Test func aFolderOrAMissingFileIsUnreadableInput() throws {
        let dir = try TemporaryDirectory()
        let folder = try LeniencyBinary.run(["check", dir.url.path], in: Self.root)
        #expect(folder.exitCode == 2)
        #expect(folder.stderr.contains("error[I001]"))
        #expect(folder.stdout.isEmpty)
        let missing = try LeniencyBinary.run(["check", "no-such-case.yaml"], in: Self.root)
        #expect(missing.exitCode == 2)
    }

    @Test func aMissingRulesFolderSaysWhereItsPathCameFrom() throws {
        let out = try LeniencyBinary.run(["check", "examples/cases/tax-6-01-bank-account-first.yaml"], in: Self.root,
                                         environment: ["LENIENCY_RULES": "/nowhere-leniency"])
        #expect(out.exitCode == 2)
        #expect(out.stderr.contains("$LENIENCY_RULES is set to `/nowhere-leniency`"))
    }

    @Test func aBadOnDateIsAUsageErrorWithTheRightForm() throws {
        let out = try LeniencyBinary.run(["check", "examples/cases/tax-6-01-bank-account-first.yaml", "--on", "2025-2-3"], in: Self.root)
        #expect(out.exitCode == 2)
        #expect(out.stderr.contains("2025-02-03"))
    }
}
