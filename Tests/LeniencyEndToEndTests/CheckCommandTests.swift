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
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        #expect(object?["case"] as? String == "甲")
        #expect(out.stderr.contains("cases.yaml:12:9: error[R001]"))
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
