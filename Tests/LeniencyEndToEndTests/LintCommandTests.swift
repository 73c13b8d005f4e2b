import Foundation
import Testing

/// `leniency lint` as a user runs it: the built binary, its stdout, stderr and exit code.
@Suite("leniency lint (end to end)")
struct LintCommandTests {
    static let facts = """
    kind: facts
    facts:
      - name: harm_minor
        type: boolean
        label: 危害后果轻微
    """

    static let violations = """
    kind: violations
    violations:
      - code: TAX-1
        title: 未按规定报送银行账号
        violates: ["《中华人民共和国税收征收管理法》第六十条第一款第四项"]
        penalty_basis: ["《中华人民共和国税收征收管理法》第六十条第一款"]
    """

    static let list = """
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2021〕1号
    effective: 2021-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    items:
      - id: demo-01
        title: 危害轻微
        violation: TAX-1
        conditions: [harm_minor]
    """

    /// A folder with `rules/` holding the clean fixtures; `list` replaces the list file.
    static func project(list: String = LintCommandTests.list) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("rules/facts.yaml", facts)
        try folder.write("rules/violations.yaml", violations)
        try folder.write("rules/lists/demo.yaml", list)
        return folder
    }

    @Test("clean rules: exit 0 and a summary")
    func clean() throws {
        let folder = try Self.project()
        let run = try LeniencyBinary.run(["lint", "rules"], in: folder.url)
        #expect(run.exitCode == 0, "stdout: \(run.stdout) stderr: \(run.stderr)")
        #expect(run.stdout == "0 errors, 0 warnings\n")
    }

    @Test("a broken rule file: exit 1 and `path:line:col: error[CODE]` on stdout")
    func broken() throws {
        // Line 12 `    priority: 1` — an unknown key of the item, column 5.
        let broken = Self.list.replacingOccurrences(of: "    violation: TAX-1\n", with: "    priority: 1\n    violation: TAX-1\n")
        let folder = try Self.project(list: broken)
        let run = try LeniencyBinary.run(["lint", "rules"], in: folder.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("rules/lists/demo.yaml:12:5: error[S001]: unknown key `priority`"))
        #expect(run.stdout.contains("\n  hint: "))
        #expect(run.stdout.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test("every problem of a file in one run: an error that stops the list does not hide its citation warning")
    func everyProblemOfAFile() throws {
        let broken = Self.list.replacingOccurrences(of: "effective: 2021-01-01", with: "effective: 2025-13-45")
            .replacingOccurrences(of: "第三十三条第一款", with: "第33条第1款")
        let folder = try Self.project(list: broken)
        let run = try LeniencyBinary.run(["lint", "rules", "--lang", "en"], in: folder.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("rules/lists/demo.yaml:7:12: error[S004]"), "\(run.stdout)")
        #expect(run.stdout.contains("rules/lists/demo.yaml:8:14: warning[C002]"), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("1 error, 1 warning\n"))
    }

    @Test("no PATH: the rules come from ./rules, else $LENIENCY_RULES")
    func defaultRulesFolder() throws {
        let broken = Self.list.replacingOccurrences(of: "effective: 2021-01-01", with: "effective: 2021-02-30")
        let folder = try Self.project(list: broken)
        let fromCwd = try LeniencyBinary.run(["lint"], in: folder.url)
        #expect(fromCwd.exitCode == 1)
        #expect(fromCwd.stdout.contains("rules/lists/demo.yaml:7:12: error[S004]"))
        let elsewhere = try TemporaryDirectory()
        let fromEnvironment = try LeniencyBinary.run(
            ["lint"], in: elsewhere.url, environment: ["LENIENCY_RULES": folder.url.appendingPathComponent("rules").path])
        #expect(fromEnvironment.exitCode == 1)
        #expect(fromEnvironment.stdout.contains("demo.yaml:7:12: error[S004]"))
    }

    @Test("warnings pass, but fail under --strict")
    func strict() throws {
        let warned = Self.list.replacingOccurrences(of: "第三十三条第一款", with: "第33条第1款")
        let folder = try Self.project(list: warned)
        let lenient = try LeniencyBinary.run(["lint", "rules"], in: folder.url)
        #expect(lenient.exitCode == 0)
        #expect(lenient.stdout.contains("warning[C002]"))
        let strict = try LeniencyBinary.run(["lint", "rules", "--strict"], in: folder.url)
        #expect(strict.exitCode == 1)
    }

    @Test("a missing path: exit 2 with an I001 diagnostic")
    func missingPath() throws {
        let folder = try Self.project()
        let run = try LeniencyBinary.run(["lint", "no-such-folder"], in: folder.url)
        #expect(run.exitCode == 2)
        #expect(run.stdout.contains("no-such-folder:1:1: error[I001]"))
    }

    @Test("an unknown --format is a usage error: exit 2, the message on stderr")
    func unknownFormat() throws {
        let folder = try Self.project()
        let run = try LeniencyBinary.run(["lint", "rules", "--format", "xml"], in: folder.url)
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("xml"))
        #expect(run.stdout.isEmpty)
    }

    @Test("--format sarif: stdout is one JSON document, stderr holds no JSON")
    func sarif() throws {
        let broken = Self.list.replacingOccurrences(of: "violation: TAX-1", with: "violation: TAX-9")
        let folder = try Self.project(list: broken)
        let run = try LeniencyBinary.run(["lint", "rules", "--format", "sarif"], in: folder.url)
        #expect(run.exitCode == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["R003"])
        let location = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "rules/lists/demo.yaml")
        #expect(!run.stderr.contains("{"))
    }

    @Test("--format github: one workflow command per diagnostic")
    func github() throws {
        let broken = Self.list.replacingOccurrences(of: "violation: TAX-1", with: "violation: TAX-9")
        let folder = try Self.project(list: broken)
        let run = try LeniencyBinary.run(["lint", "rules", "--format", "github"], in: folder.url)
        #expect(run.exitCode == 1)
        #expect(run.stdout.hasPrefix("::error file=rules/lists/demo.yaml,line=12,col=16,"))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test("--format json on clean rules is an empty array")
    func jsonClean() throws {
        let folder = try Self.project()
        let run = try LeniencyBinary.run(["lint", "rules", "--format", "json"], in: folder.url)
        #expect(run.exitCode == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])
        #expect(array.isEmpty)
    }

    @Test("leniency schema prints a JSON Schema; --cases and --inspections choose another")
    func schema() throws {
        for arguments in [["schema"], ["schema", "--cases"], ["schema", "--inspections"]] {
            let run = try LeniencyBinary.run(arguments)
            #expect(run.exitCode == 0)
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(schema["$schema"] is String)
        }
        let both = try LeniencyBinary.run(["schema", "--cases", "--inspections"])
        #expect(both.exitCode == 2)
        #expect(both.stdout.isEmpty)
    }
}
