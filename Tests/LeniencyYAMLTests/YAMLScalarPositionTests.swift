import LeniencyCore
import LeniencyYAML
import Testing

@Suite("YAML: positions inside scalars")
struct YAMLScalarPositionTests {
    private func value(_ text: String, key: String = "a") throws -> YAMLNode {
        let set = YAMLReader.parse(text, file: "t.yaml")
        #expect(set.diagnostics.isEmpty, "\(set.diagnostics)")
        return try #require(set.documents.first?[key])
    }

    @Test func plainOneLineScalarMapsColumnForColumn() throws {
        let node = try value("a: x and y\n")
        #expect(node.scalar?.raw == nil)
        #expect(node.position(ofTextOffset: 6) == at(1, 10))
    }

    @Test func quotedScalarWithoutEscapesSkipsOnlyTheQuote() throws {
        let node = try value("a: 'x and y'\n")
        #expect(node.scalar?.raw == nil)
        #expect(node.position(ofTextOffset: 0) == at(1, 5))
    }

    @Test func escapesTakeTheirWrittenWidth() throws {
        // Text `"é" y`: the quote is column 4, `\"` two columns, `\u00e9` six, so `y` (text offset 4) is at column 16.
        let node = try value(#"a: "\"\u00e9\" y""# + "\n")
        #expect(node.text == "\"é\" y")
        #expect(node.position(ofTextOffset: 1) == at(1, 7))
        #expect(node.position(ofTextOffset: 4) == at(1, 16))
    }

    @Test func foldedAndLiteralBlocksMapToTheirLines() throws {
        let folded = try value("a: >-\n  x and\n  y\n")
        #expect(folded.text == "x and y")
        #expect(folded.position(ofTextOffset: 6) == at(3, 3))
        let literal = try value("a: |2\n  2 and\n    y\n")
        #expect(literal.position(ofTextOffset: 0) == at(2, 3))  // the header's `2` produces no text
        #expect(literal.position(ofTextOffset: 8) == at(3, 5))
    }

    @Test func offsetPastTheEndPointsJustAfterTheLastCharacter() throws {
        let node = try value("a: x and\n  y   \nb: 1\n")
        #expect(node.position(ofTextOffset: 7) == at(2, 4))
    }

    @Test func crlfAndChineseTextCountOneColumnPerCharacter() throws {
        let node = try value("a: 危害 and\r\n  后果\r\n")
        #expect(node.position(ofTextOffset: 7) == at(2, 3))
        #expect(node.position(ofTextOffset: 8) == at(2, 4))
    }
}
