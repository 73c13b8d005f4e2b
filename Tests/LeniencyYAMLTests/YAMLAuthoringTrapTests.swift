import LeniencyCore
import LeniencyYAML
import Testing

@Suite("YAML reader: authoring traps in Chinese YAML")
struct YAMLAuthoringTrapTests {
    @Test func fullWidthColonAfterAKeyIsAWarningAtTheColon() throws {
        let result = YAMLReader.parse("规则:\n  名称：从轻处罚\n", file: "r.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.codes == [.fullWidthColon])
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location.start == at(2, 5))
        #expect(diagnostic.message.contains("名称: 从轻处罚"))
        // The text still parses: the line is one scalar, which is exactly the trap.
        #expect(result.documents.first?["规则"]?.text == "名称：从轻处罚")
    }

    @Test(arguments: [
        "说明: 依据：第三十三条\n",
        "a: \"名称：值\"\n",
        "# 名称：值\n",
        "a: |\n  名称：值\n",
        "- 名称：值\n",
        "名称：值: x\n",
    ])
    func fullWidthColonElsewhereIsNotATrap(text: String) {
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(!result.codes.contains(.fullWidthColon))
    }

    @Test func ideographicSpaceIndentationIsAWarningAtTheSpace() throws {
        let result = YAMLReader.parse("a:\n  　b: 1\n", file: "r.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.codes == [.ideographicSpaceIndent])
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location.start == at(2, 3))
    }

    @Test func ideographicSpaceIndentationMovesTheKeySilentlyAndIsCaught() throws {
        let result = YAMLReader.parse("规则:\n　　名称: 值\n", file: "r.yaml")
        #expect(result.codes == [.ideographicSpaceIndent])
        #expect(result.diagnostics.first?.location.start == at(2, 1))
        let root = try #require(result.documents.first)
        #expect(root.keyNodes.map(\.text) == ["规则", "　　名称"])
    }

    @Test(arguments: ["　# 注释\n", "text: |\n  　　第一条 内容\n", "a: \"甲\n 　乙\"\n"])
    func ideographicSpaceInCommentsAndTextIsNotATrap(text: String) {
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func trapsAreReportedEvenWhenParsingFails() {
        let result = YAMLReader.parse("　a: 1\nb: [\n名称：值\n", file: "r.yaml")
        #expect(result.codes.contains(.ideographicSpaceIndent))
        #expect(result.codes.contains(.fullWidthColon))
        #expect(result.codes.contains(.yamlSyntax))
    }
}
