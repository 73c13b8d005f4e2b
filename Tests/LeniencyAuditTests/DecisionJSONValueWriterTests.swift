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

    @Test func escapesAreFoundAtEveryPositionOfAWord() {
        // The writer checks eight bytes at a time: put each character that needs escaping (and neighbours that do
        // not: space, DEL, 0x1F's successor, multi-byte text) at every offset of strings up to three words long.
        func expected(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", " ", "\u{7F}", "!", "[", "]", "罚"] {
            for fill in ["a", "中"] {
                for length in 0...24 {
                    for position in 0...length {
                        let text = String(repeating: fill, count: position) + special + String(repeating: fill, count: length - position)
                        var out = ""
                        DecisionJSONValue.string(text).writeCompact(to: &out)
                        #expect(out == expected(text), "\(text.debugDescription)")
                    }
                }
            }
        }
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
