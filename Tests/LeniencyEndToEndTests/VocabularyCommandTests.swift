import Foundation
import Testing

/// `leniency facts`, `violations` and `lists` print what rules/ declares, in Chinese or English, as text or JSON.
@Suite struct VocabularyCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func factsShowTypeLabelPresumptionAndUsers() throws {
        let zh = try LeniencyBinary.run(["facts", "no_fault", "--lang", "zh"], in: Self.root)
        #expect(zh.exitCode == 0, "\(zh.stderr)")
        // 行政处罚法 Art. 33 ¶2: the party must prove it had no fault, so the file's silence means 否.
        #expect(zh.stdout.hasPrefix("no_fault_proven  "))
        #expect(zh.stdout.contains("（是/否）"))
        #expect(zh.stdout.contains("案卷未记载时推定为否"))
        #expect(zh.stdout.contains("apl-general-no-penalty/apl-33-2-no-fault"))
        let en = try LeniencyBinary.run(["facts", "no_fault", "--lang", "en"], in: Self.root)
        #expect(en.stdout.contains("(true or false)"))
        #expect(en.stdout.contains("presumed false when the case is silent"))
        let json = try LeniencyBinary.run(["facts", "harm_minor", "--format", "json"], in: Self.root)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let harm = try #require(facts.first { $0["name"] as? String == "harm_minor" })
        #expect(harm["type"] as? String == "boolean")
        // 国家税务总局公告2021年第6号 item 1 requires 危害后果轻微.
        #expect((harm["usedBy"] as? [String])?.contains("cn-tax-2021-6/cn-tax-2021-6-01") == true)
    }

    @Test func violationsShowProvisionsAndTheItemsThatNameThem() throws {
        let out = try LeniencyBinary.run(["violations", "TAX-ZG-60-1-4", "--lang", "zh"], in: Self.root)
        #expect(out.exitCode == 0)
        #expect(out.stdout.hasPrefix("TAX-ZG-60-1-4  纳税人未按照规定将其全部银行账号向税务机关报送"))
        #expect(out.stdout.contains("违反条款：《中华人民共和国税收征收管理法》第六十条第一款第四项"))
        #expect(out.stdout.contains("cn-tax-2021-6/cn-tax-2021-6-01"))
        #expect(out.stdout.hasSuffix("共 1 个违法行为\n"))
    }

    @Test func listsShowKindVersionAndItemCount() throws {
        let out = try LeniencyBinary.run(["lists", "cn-tax-2021-6", "--lang", "zh"], in: Self.root)
        #expect(out.stdout.contains("cn-tax-2021-6（2021-04-01）  不予行政处罚清单：税务行政处罚\"首违不罚\"事项清单，国家税务总局公告2021年第6号"))
        let json = try LeniencyBinary.run(["lists", "--format", "json"], in: Self.root)
        let lists = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(lists.contains { $0["id"] as? String == "cn-tax-2021-33" && $0["kind"] as? String == "no-penalty" })
        let bad = try LeniencyBinary.run(["lists", "--format", "xml"], in: Self.root)
        #expect(bad.exitCode == 2)
    }
}
