import Foundation
import Testing

/// `leniency lint` on the input users really give it: part of a rules folder, paths spelled twice, odd files.
@Suite("leniency lint (end to end): sloppy and hostile input")
struct LintHostileInputTests {
    @Test("a subfolder of the rules is checked against the facts and violations declared elsewhere in it")
    func subfolderUsesTheRulesFolder() throws {
        let folder = try LintCommandTests.project()
        let run = try LeniencyBinary.run(["lint", "rules/lists"], in: folder.url)
        #expect(run.exitCode == 0, "stdout: \(run.stdout)")
        #expect(run.stdout == "0 errors, 0 warnings\n")
    }

    @Test("linting one file reports that file's problems only")
    func oneFileReportsOnlyItsOwnProblems() throws {
        let broken = LintCommandTests.list.replacingOccurrences(of: "violation: TAX-1", with: "violation: TAX-9")
        let folder = try LintCommandTests.project(list: broken)
        try folder.write("rules/other.yaml", "kind: lsit\n")
        let run = try LeniencyBinary.run(["lint", "rules/lists/demo.yaml"], in: folder.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("rules/lists/demo.yaml:12:16: error[R003]"))
        #expect(!run.stdout.contains("other.yaml"))
        #expect(run.stdout.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test("--rules gives a draft outside the rules folder its vocabulary")
    func explicitRulesIsTheContext() throws {
        let folder = try LintCommandTests.project()
        try folder.write("draft/list.yaml", LintCommandTests.list.replacingOccurrences(of: "demo", with: "draft"))
        let alone = try LeniencyBinary.run(["lint", "draft"], in: folder.url)
        #expect(alone.exitCode == 1)
        #expect(alone.stdout.contains("error[R001]"))
        let withRules = try LeniencyBinary.run(["lint", "draft", "--rules", "rules"], in: folder.url)
        #expect(withRules.exitCode == 0, "stdout: \(withRules.stdout)")
    }

    @Test("one file named twice in different spellings is read once")
    func sameFileTwiceIsReadOnce() throws {
        let folder = try LintCommandTests.project()
        let run = try LeniencyBinary.run(["lint", "rules", "./rules/lists/demo.yaml"], in: folder.url)
        #expect(run.exitCode == 0, "stdout: \(run.stdout)")
        #expect(!run.stdout.contains("R004"))
    }

    @Test("a symbolic link back up the rules folder does not loop")
    func symbolicLinkLoop() throws {
        let folder = try LintCommandTests.project()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("rules/lists/up").path, withDestinationPath: "..")
        let run = try LeniencyBinary.run(["lint", "rules"], in: folder.url)
        #expect(run.exitCode == 0, "stdout: \(run.stdout)")
        #expect(run.stdout == "0 errors, 0 warnings\n")
    }

    @Test("a missing rules folder says where the path came from: $LENIENCY_RULES, ./rules or --rules")
    func missingRulesFolderNamesItsSource() throws {
        let empty = try TemporaryDirectory()
        let fromVariable = try LeniencyBinary.run(["lint"], in: empty.url, environment: ["LENIENCY_RULES": "/no/such/rules"])
        #expect(fromVariable.exitCode == 2)
        #expect(fromVariable.stdout.contains("hint: $LENIENCY_RULES is set to `/no/such/rules`"))
        let fromDefault = try LeniencyBinary.run(["lint"], in: empty.url)
        #expect(fromDefault.exitCode == 2)
        #expect(fromDefault.stdout.contains("there is no ./rules folder here"))
        let forTests = try LeniencyBinary.run(["test"], in: empty.url, environment: ["LENIENCY_RULES": "/no/such/rules"])
        #expect(forTests.exitCode == 2)
        #expect(forTests.stderr.contains("$LENIENCY_RULES is set to `/no/such/rules`"))
        #expect(forTests.stdout.isEmpty)
    }

    @Test("--format json with nothing to report is exactly `[]`")
    func jsonCleanIsCompact() throws {
        let folder = try LintCommandTests.project()
        let run = try LeniencyBinary.run(["lint", "rules", "--format", "json"], in: folder.url)
        #expect(run.stdout == "[]\n")
    }
}
