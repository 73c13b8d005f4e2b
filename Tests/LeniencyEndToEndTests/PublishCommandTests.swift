import Foundation
import Testing

/// `leniency publish`: the checked-in published lists (docs/published) are exactly what the rules generate, the
/// conditions are in words, and the CSV is what a spreadsheet expects.
@Suite struct PublishCommandTests {
    static let root = CheckCommandTests.root
    static let published = root.appendingPathComponent("docs/published")
    /// The command that writes docs/published (docs/PUBLISH.md).
    static let regenerate = ["publish", "--rules", "rules", "--out-dir", "docs/published", "--lang", "zh"]

    @Test(.timeLimit(.minutes(3)))
    func theCheckedInPublishedListsAreWhatTheRulesGenerate() throws {
        let scratch = try TemporaryDirectory()
        var arguments = Self.regenerate
        arguments[4] = scratch.url.path
        let out = try LeniencyBinary.run(arguments, in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        let fresh = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Self.published.path).sorted()
        let fix = "regenerate with `swift build && .build/debug/leniency \(Self.regenerate.joined(separator: " "))` and commit docs/published"
        #expect(fresh == shipped, "files differ: \(Set(fresh).symmetricDifference(shipped).sorted()); \(fix)")
        for name in fresh where shipped.contains(name) {
            let expected = try Data(contentsOf: Self.published.appendingPathComponent(name))
            let actual = try Data(contentsOf: scratch.url.appendingPathComponent(name))
            // The index names the folder it was written to; everything else must match byte for byte.
            if name == "README.md" {
                #expect(String(decoding: actual, as: UTF8.self).replacingOccurrences(of: scratch.url.path, with: "docs/published")
                        == String(decoding: expected, as: UTF8.self), "docs/published/README.md is stale; \(fix)")
            } else {
                #expect(actual == expected, "docs/published/\(name) is stale: the rules changed; \(fix)")
            }
        }
        // Every list the rules hold is published, in every format.
        let lists = try LeniencyBinary.run(["publish", "--rules", "rules", "--format", "markdown", "--lang", "zh"], in: Self.root)
        #expect(shipped.filter { $0.hasSuffix(".md") && $0 != "README.md" }.count == lists.stdout.components(separatedBy: "\n# ").count)
    }

    @Test func conditionsAreWordsNotExpressionSyntax() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.published.path) where name.hasSuffix(".md") && name != "README.md" {
            let text = try String(contentsOf: Self.published.appendingPathComponent(name), encoding: .utf8)
            for syntax in ["==", "<=", ">=", "!=", " and ", " or ", "first_offence", "harm_minor"] {
                #expect(!text.contains(syntax), "\(name) shows expression syntax `\(syntax)`")
            }
        }
        let jiangmen = try String(contentsOf: Self.published.appendingPathComponent("jiangmen-2021-231-2022-02-01.md"), encoding: .utf8)
        // Item 1's third condition is the unlabelled fact `harm_minor`: shown by its label in rules/facts.yaml.
        let row = try #require(jiangmen.split(separator: "\n").first { $0.hasPrefix("| 1 |") })
        #expect(row.contains("3. 危害后果轻微"))
        #expect(row.contains("有下列情形之一的，不适用本项"))
        #expect(row.contains("依法不予行政处罚"))
        #expect(jiangmen.contains("江环〔2021〕231号") && jiangmen.contains("发布机关：江门市生态环境局") && jiangmen.contains("适用地域：江门市"))
    }

    @Test func csvIsUTF8WithAByteOrderMarkAndNeutralisesFormulas() throws {
        let csv = try Data(contentsOf: Self.published.appendingPathComponent("cn-tax-2021-6-2021-04-01.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("序号,违法行为,法律依据,适用条件,处理方式/裁量基准\r\n"))
        // 国家税务总局公告2021年第6号 lists ten items; a quoted cell may span lines, so count the rows by their number.
        #expect((1...10).allSatisfy { text.contains("\r\n\($0),") })

        let scratch = try TemporaryDirectory()
        try scratch.write("rules/rules.yaml", """
            kind: facts
            facts:
              - {name: harm_minor, type: boolean, label: "-危害后果轻微"}
            ---
            kind: violations
            violations:
              - {code: X-1, title: 违法行为, violates: ["《某条例》第一条"], penalty_basis: ["《某条例》第二条"]}
            ---
            kind: list
            id: injected
            list_kind: no-penalty
            title: 测试清单
            issuer: 某局
            document: 某发〔2024〕1号
            effective: 2024-01-01
            implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
            items:
              - id: injected-1
                title: "=HYPERLINK(\\"http://example.org\\",\\"点击\\")"
                violation: X-1
                conditions: [harm_minor]
            """)
        let out = try LeniencyBinary.run(["publish", "--rules", "rules", "--format", "csv"], in: scratch.url)
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\r\n1,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"点击\"\")\","), "a formula is written as text: \(out.stdout)")
        #expect(out.stdout.contains(",'-危害后果轻微,"))
    }

    @Test func englishHeadingsAndUsageErrors() throws {
        let en = try LeniencyBinary.run(["publish", "cn-tax-2021-6", "--rules", "rules", "--format", "markdown", "--lang", "en"], in: Self.root)
        #expect(en.exitCode == 0)
        #expect(en.stdout.contains("| No. | Violation | Legal basis | Conditions | Treatment / discretion standard |"))
        let unknown = try LeniencyBinary.run(["publish", "no-such-list", "--rules", "rules"], in: Self.root)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("no-such-list"))
        let severalCSV = try LeniencyBinary.run(["publish", "--rules", "rules", "--format", "csv"], in: Self.root)
        #expect(severalCSV.exitCode == 2, "CSV holds one table: several lists need --out-dir")
    }
}
