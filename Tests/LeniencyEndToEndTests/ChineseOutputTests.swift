import Foundation
import LeniencyCore
import Testing

/// Under `--lang zh` what an officer or supervisor reads has no English word outside identifiers, codes and
/// citations (the rule of `EnglishWords`): every example's answer, every finding of the bulk audit, and the
/// diagnostics of broken rule and case files.
@Suite struct ChineseOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The names the rules declare (facts, enum values, violation codes, list ids) and the case fields that name them.
    static func names() throws -> Set<String> {
        var names: Set<String> = ["region", "first_offence", "prior_violations"]
        for (command, key) in [("facts", "name"), ("violations", "code"), ("lists", "id")] {
            let out = try LeniencyBinary.run([command, "--format", "json"], in: root)
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
            for entry in entries {
                if let name = entry[key] as? String { names.insert(name) }
                for value in entry["values"] as? [String] ?? [] { names.insert(value) }
            }
        }
        return names
    }

    static func english(_ text: String, _ names: Set<String>) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = EnglishWords.find(in: String(line), names: names)
            return words.isEmpty ? nil : "\(words) in: \(line)"
        }
    }

    @Test func everyExampleAnswerIsChinese() throws {
        let names = try Self.names()
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("examples/cases").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted().map { "examples/cases/" + $0 }
        #expect(cases.count > 50)
        let out = try LeniencyBinary.run(["check", "--lang", "zh"] + cases, in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout.components(separatedBy: "（加 --explain").count == cases.count + 1)
        let found = Self.english(out.stdout, names)
        #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
    }

    /// The explanation too: rule-authored notes come from `note:` (Chinese), limitation periods have Chinese titles.
    @Test func everyExampleExplanationIsChinese() throws {
        // Engine-made trace entries show their ids like rule ids: `elements` (a violation's elements), `continuing`.
        let names = try Self.names().union(["pH", "elements", "continuing"])
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("examples/cases").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted().map { "examples/cases/" + $0 }
        let out = try LeniencyBinary.run(["check", "--lang", "zh", "--explain"] + cases, in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout.contains("〔适用〕追责时效"), "the explanation lists the limitation periods")
        let found = Self.english(out.stdout, names)
        #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
        let en = try LeniencyBinary.run(["check", "--lang", "en", "--explain", "examples/cases/transport-gl-69-time-barred.yaml"], in: Self.root)
        #expect(en.stdout.contains("2-year limitation period"), "English output keeps the English period title")
        #expect(!en.stdout.contains("2年追责时效 /"))
    }

    @Test func everyFindingOfTheBulkAuditIsChinese() throws {
        let names = try Self.names()
        let summary = try LeniencyBinary.run(["audit", "examples/bulk", "--lang", "zh", "--all"], in: Self.root)
        #expect(summary.exitCode == 1)
        let found = Self.english(summary.stdout + summary.stderr, names)
        #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
        let lines = try LeniencyBinary.run(["audit", "examples/bulk", "--lang", "zh", "--format", "jsonl"], in: Self.root)
        var messages = 0
        for line in lines.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let message = try #require(object["message"] as? String)
            messages += 1
            let words = EnglishWords.find(in: message, names: names)
            #expect(words.isEmpty, "\(words) in \(message)")
        }
        #expect(messages > 20)
    }

    static let list = """
    kind: list
    id: zh-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2024〕1号
    effective: 2024-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    mandatory: true
    items:
      - id: zh-list-01
        title: 示例
        violation: TAX-ZG-60-1-4
        conditions: [harm_minor]

    """

    @Test(arguments: [
        list.replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2025-13-45"),
        list.replacingOccurrences(of: "list_kind: no-penalty", with: "list_kind: exempt"),
        list.replacingOccurrences(of: "mandatory: true", with: "mandatory: true\nmandatroy: true"),
        list.replacingOccurrences(of: "[harm_minor]", with: "[harm_minorr]"),
        list.replacingOccurrences(of: "[harm_minor]", with: "[harm_minor and]"),
        list.replacingOccurrences(of: "第三十三条第一款", with: "第33条第1款"),
        list.replacingOccurrences(of: "violation: TAX-ZG-60-1-4", with: "violation: TAX-NOPE"),
    ])
    func lintDiagnosticsAreChinese(text: String) throws {
        let names = try Self.names()
        let dir = try TemporaryDirectory()
        try dir.write("broken.yaml", text)
        let out = try LeniencyBinary.run(["lint", "--lang", "zh", Self.root.appendingPathComponent("rules").path,
                                          dir.url.appendingPathComponent("broken.yaml").path], in: Self.root)
        // Each broken file gives a diagnostic (an error, or for the citation form a warning).
        #expect((out.stdout + out.stderr).contains("错误[") || (out.stdout + out.stderr).contains("警告["), "\(out.stdout)\(out.stderr)")
        let found = Self.english(out.stdout + out.stderr, names)
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }

    @Test func caseFileDiagnosticsAreChinese() throws {
        let names = try Self.names()
        let dir = try TemporaryDirectory()
        try dir.write("case.yaml", """
        id: 示例〔2025〕1号
        agency: 示例局
        party: {name: 某公司, type: enterprize}
        violation: TAX-ZG-60-1-4
        dates: {act: 2025-02-30}
        facts: {harm_minor: "true", unknown_fact: true}

        """)
        let out = try LeniencyBinary.run(["check", "--lang", "zh", dir.url.appendingPathComponent("case.yaml").path], in: Self.root)
        #expect(out.exitCode == 1, "\(out.stdout)\(out.stderr)")
        let found = Self.english(out.stderr, names)
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }
}
