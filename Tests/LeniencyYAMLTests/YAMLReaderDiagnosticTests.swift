import LeniencyCore
import LeniencyYAML
import Testing

@Suite("YAML reader: diagnostics")
struct YAMLReaderDiagnosticTests {
    @Test func duplicateKeyNamesBothPositionsAndKeepsTheFirstValue() throws {
        let result = YAMLReader.parse("a: 1\nb: 2\na: 3\n", file: "r.yaml")
        #expect(result.codes == [.duplicateKey])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.start == at(3, 1))
        #expect(diagnostic.notes.map(\.location.start) == [at(1, 1)])
        #expect(diagnostic.message.contains("`a`"))
        let root = try #require(result.documents.first)
        #expect(root.keyNodes.map(\.text) == ["a", "b"])
        #expect(root["a"]?.text == "1")
    }

    @Test func duplicateKeyInALargeMappingIsFound() throws {
        var lines = (0..<20).map { "k\($0): v" }
        lines.append("k5: again")
        let result = YAMLReader.parse(lines.joined(separator: "\n") + "\n", file: "r.yaml")
        #expect(result.codes == [.duplicateKey])
        #expect(result.diagnostics.first?.location.start == at(21, 1))
        #expect(result.diagnostics.first?.notes.first?.location.start == at(6, 1))
    }

    @Test func quotedAndPlainSpellingsOfOneKeyAreDuplicates() {
        let result = YAMLReader.parse("a: 1\n\"a\": 2\n", file: "r.yaml")
        #expect(result.codes == [.duplicateKey])
    }

    @Test func equalKeysInDifferentMappingsAreNotDuplicates() {
        let result = YAMLReader.parse("x: {a: 1}\ny:\n  a: 2\n", file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() throws {
        let bytes = Array("a: 1\nb: 名".utf8) + [0xFF] + Array("\n".utf8)
        let result = YAMLReader.parse(bytes: bytes, file: "r.yaml")
        #expect(result.codes == [.invalidUTF8])
        #expect(result.diagnostics.first?.location.start == at(2, 5))
        #expect(result.documents.isEmpty)
    }

    @Test func gbkTextIsReportedAsNotUTF8WithAHint() throws {
        // 不 in GBK is B2 BB.
        let result = YAMLReader.parse(bytes: Array("a: ".utf8) + [0xB2, 0xBB], file: "r.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.location.start == at(1, 4))
        #expect(diagnostic.message.contains("GBK"))
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80],
        [0xF0, 0x9F, 0x98, 0x80], [0xE4, 0xB8, 0x8D], [0xEF, 0xBF, 0xBF],
    ] as [[UInt8]])
    func utf8ValidationAgreesWithSwift(sequence: [UInt8]) {
        let bytes = Array("v: ".utf8) + sequence + Array(" end\n".utf8)
        let swiftAccepts = String(validating: bytes, as: UTF8.self) != nil
        let result = YAMLReader.parse(bytes: bytes, file: "r.yaml")
        #expect(result.codes.contains(.invalidUTF8) == !swiftAccepts)
        if !swiftAccepts { #expect(result.diagnostics.first?.location.start == at(1, 4)) }
    }

    @Test func libyamlSyntaxErrorCarriesItsPositionAndWords() throws {
        let result = YAMLReader.parse("a: 1\n b: 2\n", file: "r.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.codes == [.yamlSyntax])
        #expect(diagnostic.location.start == at(2, 3))
        #expect(diagnostic.message.contains("mapping values are not allowed"))
        #expect(result.documents.isEmpty)
    }

    @Test func libyamlContextBecomesANote() throws {
        let result = YAMLReader.parse("a: [1, 2\n", file: "r.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message.contains("while parsing a flow sequence"))
        #expect(diagnostic.notes.map(\.location.start) == [at(1, 4)])
    }

    @Test func documentsBeforeASyntaxErrorAreKept() {
        let result = YAMLReader.parse("a: 1\n---\nb: [\n", file: "r.yaml")
        #expect(result.documents.count == 1)
        #expect(result.codes == [.yamlSyntax])
    }

    @Test(arguments: [
        ("a:\n\tb: 1\n", 2, 1),
        ("a:\n  b: 1\n\tc: 2\n", 3, 1),
        ("a:\n  b: 1\n  \tc: 2\n", 3, 3),
        ("a: foo\n\tbar\n", 2, 1),
        ("a: |\n\tx\n", 2, 1),
    ])
    func tabInIndentationIsReportedAtTheTab(text: String, line: Int, column: Int) {
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.codes == [.tabIndent])
        #expect(result.diagnostics.first?.location.start == at(line, column))
    }

    // A continuation line of a quoted value or flow collection needs a space of indentation first: after it a tab is
    // separation (yaml-test-suite DK95/01 and Y79Y/003 are the invalid forms, see YAMLSyntaxCheckTests).
    @Test(arguments: ["a: \"foo\n \tbar\"\n", "key:\tvalue\n", "a: |\n  x\n  \ty\n", "a: [1,\n \t2]\n"])
    func tabsThatAreNotIndentationAreAccepted(text: String) {
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 1)
    }

    @Test func explicitTagsAreRejected() throws {
        let result = YAMLReader.parse("a: !!str 1\nb: !foo [x]\nc: 3\n", file: "r.yaml")
        #expect(result.codes == [.unsupportedYAML, .unsupportedYAML])
        #expect(result.diagnostics.map(\.location.start) == [at(1, 4), at(2, 4)])
        #expect(result.diagnostics.first?.message.contains("!!str") == true)
        #expect(result.diagnostics.last?.message.contains("!foo") == true)
    }

    @Test func nonScalarKeysAreRejected() {
        let result = YAMLReader.parse("? [a]\n: b\n", file: "r.yaml")
        #expect(result.codes == [.unsupportedYAML])
        #expect(result.diagnostics.first?.location.start == at(1, 3))
        #expect(result.documents.isEmpty)
    }

    @Test func undefinedAliasIsReported() {
        let result = YAMLReader.parse("a: 1\nb: *nope\n", file: "r.yaml")
        #expect(result.codes == [.undefinedAlias])
        #expect(result.diagnostics.first?.location.start == at(2, 4))
        #expect(result.diagnostics.first?.message.contains("*nope") == true)
        #expect(result.documents.isEmpty)
    }

    @Test func aliasToItsOwnAncestorIsNotExpanded() {
        let result = YAMLReader.parse("&a [*a]\n", file: "r.yaml")
        #expect(result.codes == [.undefinedAlias])
    }

    @Test func problemsOfOneFileAreAllReportedInPositionOrder() {
        let text = "a:\n  名称：值\nb: 1\nb: 2\nc: [\n"
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.codes == [.fullWidthColon, .duplicateKey, .yamlSyntax])
        #expect(result.diagnostics.map(\.location.start.line) == [2, 4, 6])
    }
}

@Suite("YAML reader: line breaks")
struct YAMLReaderLineBreakTests {
    /// The trap scan counts lines itself; its positions must agree with libyaml's marks for every break style.
    @Test(arguments: ["\n", "\r\n", "\r", "\u{2028}", "\u{85}"])
    func ownPositionsAgreeWithLibyamlForEveryBreakStyle(lineBreak: String) {
        let text = ["a:", "  名称：值", "b: 1", "b: 2", ""].joined(separator: lineBreak)
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.codes == [.fullWidthColon, .duplicateKey])
        #expect(result.diagnostics.map(\.location.start) == [at(2, 5), at(4, 1)])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func invalidUTF8PositionCountsEveryBreakStyle(lineBreak: String) {
        let bytes = Array(["a: 1", "b: 2", "c: 名"].joined(separator: lineBreak).utf8) + [0xFF]
        let result = YAMLReader.parse(bytes: bytes, file: "r.yaml")
        #expect(result.diagnostics.first?.location.start == at(3, 5))
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func tabIsFoundForEveryBreakStyle(lineBreak: String) {
        let text = ["a:", "  b: 1", "\tc: 2", ""].joined(separator: lineBreak)
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.codes == [.tabIndent])
        #expect(result.diagnostics.first?.location.start == at(3, 1))
    }
}
