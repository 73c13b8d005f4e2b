import Foundation
import LeniencyYAML
import Testing

/// `leniency schema` agrees with the reader: it accepts every shipped rule file, rule test and example, and rejects
/// broken files that lint and the test runner reject.
@Suite struct SchemaCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema(_ arguments: [String] = []) throws -> SchemaValidator {
        let out = try LeniencyBinary.run(["schema"] + arguments, in: root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        return try SchemaValidator(json: out.stdout)
    }

    static func files(under folder: String, _ keep: (String) -> Bool) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path))
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if keep(relative) { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }

    static func problems(_ file: String, _ validator: SchemaValidator) -> [String] {
        let set = YAMLReader.readFile(atPath: root.appendingPathComponent(file).path, displayPath: file)
        return set.documents.flatMap { document in validator.problems(document).map { "\(file):\($0)" } }
    }

    @Test func acceptsEveryShippedRuleFileAndRuleTest() throws {
        let validator = try Self.schema()
        let files = try Self.files(under: "rules") { $0.hasSuffix(".yaml") }
        #expect(files.contains { $0.hasSuffix(".test.yaml") } && files.contains("rules/policies/jiangxi.yaml"))
        let problems = files.flatMap { Self.problems($0, validator) }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func acceptsEveryExampleCaseAndInspectionFile() throws {
        let cases = try Self.schema(["--cases"])
        let caseFiles = try Self.files(under: "examples/cases") { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }
            + Self.files(under: "examples/bulk/cases") { $0.hasSuffix(".yaml") }
        #expect(caseFiles.count > 50)
        let caseProblems = caseFiles.flatMap { Self.problems($0, cases) }
        #expect(caseProblems.isEmpty, "\(caseProblems.prefix(20).joined(separator: "\n"))")
        let inspections = try Self.schema(["--inspections"])
        let inspectionFiles = try Self.files(under: "examples/inspections") { $0.hasSuffix(".yaml") }
            + Self.files(under: "examples/bulk/inspections") { $0.hasSuffix(".yaml") }
        let inspectionProblems = inspectionFiles.flatMap { Self.problems($0, inspections) }
        #expect(inspectionProblems.isEmpty, "\(inspectionProblems.prefix(20).joined(separator: "\n"))")
    }

    static let list = """
    kind: list
    id: broken-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2024〕1号
    effective: 2024-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    mandatory: true
    items:
      - id: broken-list-01
        title: 示例
        violation: TAX-ZG-60-1-4
        conditions: [harm_minor]

    """

    /// Each broken file is rejected by the schema and by the reader (lint for rules, the test runner for tests).
    @Test(arguments: [
        ("bad-date.yaml", list.replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2025-13-45")),
        ("bad-day.yaml", list.replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2025-02-30")),
        ("bad-kind.yaml", list.replacingOccurrences(of: "list_kind: no-penalty", with: "list_kind: exempt")),
        ("unknown-key.yaml", list.replacingOccurrences(of: "mandatory: true", with: "mandatory: true\nmandatroy: true")),
        ("broken-date.test.yaml", """
        kind: test
        tests:
          - name: an impossible day
            today: 2025-13-45
            case:
              violation: TAX-ZG-60-1-4
              dates: {act: 2024-06-01}
            expect: {outcome: standard}

        """),
    ])
    func rejectsWhatTheReaderRejects(file: String, text: String) throws {
        let validator = try Self.schema()
        let dir = try TemporaryDirectory()
        try dir.write(file, text)
        let set = YAMLReader.readFile(atPath: dir.url.appendingPathComponent(file).path)
        let problems = set.documents.flatMap { validator.problems($0) }
        #expect(!problems.isEmpty, "the schema accepts \(file)")
        let reader = file.hasSuffix(".test.yaml")
            ? try LeniencyBinary.run(["test", dir.url.appendingPathComponent(file).path, "--rules", Self.root.appendingPathComponent("rules").path], in: Self.root)
            : try LeniencyBinary.run(["lint", Self.root.appendingPathComponent("rules").path, dir.url.appendingPathComponent(file).path], in: Self.root)
        #expect(reader.exitCode != 0, "the reader accepts \(file): \(reader.stdout)")
    }

    /// Booleans only as booleans: a quoted "true" is text to an editor, so the schema flags it (the reader still
    /// takes it, as it takes CSV cells).
    @Test func quotedBooleansAreFlagged() throws {
        let validator = try Self.schema()
        let dir = try TemporaryDirectory()
        try dir.write("list.yaml", Self.list.replacingOccurrences(of: "mandatory: true", with: "mandatory: \"true\""))
        try dir.write("facts.test.yaml", """
        kind: test
        tests:
          - name: a fact given as text
            case:
              violation: TAX-ZG-60-1-4
              facts: {harm_minor: "true"}
            expect: {outcome: no-penalty}

        """)
        for file in ["list.yaml", "facts.test.yaml"] {
            let set = YAMLReader.readFile(atPath: dir.url.appendingPathComponent(file).path)
            #expect(!set.documents.flatMap { validator.problems($0) }.isEmpty, "the schema accepts \(file)")
        }
    }

    @Test func theTestKindAndPolicyFieldsAreInTheSchema() throws {
        let out = try LeniencyBinary.run(["schema"], in: Self.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let kinds = try #require(((object["properties"] as? [String: Any])?["kind"] as? [String: Any])?["enum"] as? [String])
        #expect(kinds.contains("test"))
        let branches = try #require(object["oneOf"] as? [[String: Any]])
        let policy = try #require(branches.first { (($0["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String == "policy" })
        #expect((policy["properties"] as? [String: Any])?["unverified"] != nil)
    }
}
