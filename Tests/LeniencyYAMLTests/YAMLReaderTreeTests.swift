import LeniencyCore
import LeniencyYAML
import Testing

@Suite("YAML reader: tree and positions")
struct YAMLReaderTreeTests {
    @Test func mappingNodesCarryOneBasedStartAndEndCountingChineseCharactersAsOneColumn() throws {
        let result = YAMLReader.parse("名称: 从轻处罚\n金额: '500'\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first)
        #expect(root.location.file == "r.yaml")
        #expect(root.location.start == at(1, 1))
        let pairs = try #require(root.pairs)
        #expect(pairs.count == 2)
        #expect(pairs[0].key.text == "名称")
        #expect(pairs[0].key.location.start == at(1, 1))
        #expect(pairs[0].key.location.end == at(1, 3))
        #expect(pairs[0].value.text == "从轻处罚")
        #expect(pairs[0].value.location.start == at(1, 5))
        #expect(pairs[0].value.location.end == at(1, 9))
        #expect(pairs[1].value.text == "500")
        #expect(pairs[1].value.scalar?.style == .singleQuoted)
        #expect(pairs[1].value.location.start == at(2, 5))
        #expect(pairs[1].value.location.end == at(2, 10))
    }

    @Test func nestedSequencesAndMappingsArePositioned() throws {
        let result = YAMLReader.parse("items:\n  - 甲\n  - b: 1\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first)
        let items = try #require(root["items"])
        #expect(items.location.start == at(2, 3))
        let list = try #require(items.items)
        #expect(list.count == 2)
        #expect(list[0].text == "甲")
        #expect(list[0].location.start == at(2, 5))
        #expect(list[1].location.start == at(3, 5))
        #expect(list[1]["b"]?.text == "1")
        #expect(list[1]["b"]?.location.start == at(3, 8))
    }

    @Test(arguments: [
        ("no", "no"), ("yes", "yes"), ("0755", "0755"), ("2024-01-01", "2024-01-01"),
        ("1.5e3", "1.5e3"), ("~", "~"), ("0x1F", "0x1F"), ("on", "on"),
    ])
    func scalarsStayTextWithPlainStyle(source: String, text: String) throws {
        let result = YAMLReader.parse("v: \(source)\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let value = try #require(result.documents.first?["v"]?.scalar)
        #expect(value.text == text)
        #expect(value.style == .plain)
    }

    @Test func quotedAndBlockStylesAreKept() throws {
        let result = YAMLReader.parse("a: \"no\"\nb: 'x'\nc: |\n  一\n  二\nd: >\n  p\n  q\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first)
        #expect(root["a"]?.scalar == YAMLScalar(text: "no", style: .doubleQuoted))
        #expect(root["b"]?.scalar == YAMLScalar(text: "x", style: .singleQuoted))
        #expect(root["c"]?.scalar == YAMLScalar(text: "一\n二\n", style: .literal))
        #expect(root["d"]?.scalar == YAMLScalar(text: "p q\n", style: .folded))
    }

    @Test func scalarsMayContainNUL() throws {
        let result = YAMLReader.parse("a: \"x\\0y\"\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?["a"]?.text == "x\u{0}y")
    }

    @Test func byteOrderMarkIsAcceptedAndNotCountedAsAColumn() throws {
        let result = YAMLReader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first)
        #expect(root["a"]?.text == "1")
        #expect(root.keyNodes.first?.location.start == at(1, 1))
        #expect(root["a"]?.location.start == at(1, 4))
    }

    @Test func severalDocumentsGiveSeveralNodes() throws {
        let result = YAMLReader.parse("kind: facts\n---\nkind: list\n...\n---\nkind: test\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map { $0["kind"]?.text } == ["facts", "list", "test"])
        #expect(result.documents[1].location.start == at(3, 1))
        #expect(result.documents[2].location.start == at(6, 1))
    }

    @Test(arguments: ["", "# 只有注释\n", "\n\n"])
    func inputWithoutContentGivesNoDocumentsAndNoError(text: String) {
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func anchorsWithinBudgetAreExpandedAsCopiesPositionedAtTheAlias() throws {
        let result = YAMLReader.parse("base: &b {x: 1, y: [2]}\nuse: *b\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first)
        let use = try #require(root["use"])
        #expect(use.location.start == at(2, 6))
        #expect(use["x"]?.text == "1")
        #expect(use["y"]?.items?.first?.text == "2")
        #expect(use.pairs == root["base"]?.pairs)
    }

    @Test func mergeKeyIsAnOrdinaryKey() throws {
        let result = YAMLReader.parse("base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        let merged = try #require(result.documents.first?["m"])
        #expect(merged.keyNodes.map(\.text) == ["<<", "y"])
        #expect(merged["x"] == nil)
        #expect(merged["<<"]?["x"]?.text == "1")
    }
}
