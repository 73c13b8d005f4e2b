import LeniencyReports
import Testing

/// The JSON writer behind `check --format json/jsonl` and the other JSON reports: escapes by RFC 8259, keys sorted.
@Suite struct DecisionJSONValueWriterTests {
    @Test func stringsAreEscapedByTheJSONRules() {
        let value = DecisionJSONValue.string("a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}中文")
        var out = ""
        value.writeCompact(to: &out)
        // RFC 8259 §7: quotation mark, reverse solidus and U+0000–U+001F must be escaped; DEL and CJK need not be.
        #expect(out == #""a\"b\\c\nd\re\tf\u0001g\u001fh\#u{7F}中文""#)
    }

    @Test func compactObjectsSortTheirKeys() {
        let value = DecisionJSONValue.object(["b": .null, "a": .array([.bool(true), .number("1.5"), .bool(false)]), "中": .string("x"), "e": .object([:]), "d": .array([])])
        var out = ""
        value.writeCompact(to: &out)
        #expect(out == #"{"a":[true,1.5,false],"b":null,"d":[],"e":{},"中":"x"}"#)
    }

    @Test func prettyOutputIndentsByTwoSpaces() {
        let value = DecisionJSONValue.object(["z": .array([.string("一"), .object(["k": .number("2")])]), "a": .object([:]), "m": .array([])])
        var out = ""
        value.write(to: &out, indent: 0)
        #expect(out == """
        {
          "a": {},
          "m": [],
          "z": [
            "一",
            {
              "k": 2
            }
          ]
        }
        """)
    }

    @Test func bytesAndTextAgree() {
        let value = DecisionJSONValue.object(["note": .string("罚款\t“二千元”\\"), "list": .array([.null, .number("-3")])])
        var text = ""
        var bytes: [UInt8] = []
        value.writeCompact(to: &text)
        value.writeCompact(to: &bytes)
        #expect(Array(text.utf8) == bytes)
        var pretty = ""
        var prettyBytes: [UInt8] = []
        value.write(to: &pretty, indent: 4)
        value.write(to: &prettyBytes, indent: 4)
        #expect(Array(pretty.utf8) == prettyBytes)
    }
}
