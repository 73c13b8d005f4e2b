import LeniencyCore
import LeniencyYAML
import Testing

/// Invalid YAML that libyaml 0.2.5 parses without complaint, one input per kind of error the yaml-test-suite has for
/// it (the suite id is in each test's name), and the valid text next to each that must stay accepted. The inputs are
/// written for this project; the suite itself is run by YAMLTestSuiteTests over a local copy.
@Suite("YAML reader: errors libyaml lets through")
struct YAMLSyntaxCheckTests {
    /// The code and position of each error.
    private func errors(_ text: String) -> [String] {
        YAMLReader.parse(text, file: "r.yaml").diagnostics.filter { $0.severity == .error }.map {
            "\($0.code.rawValue)@\($0.location.start.line):\($0.location.start.column)"
        }
    }

    @Test("9C9N: a flow sequence continued at the key's own indentation")
    func flowSequenceContinuedTooLittleIndented() {
        #expect(errors("violations: [TAX-1,\nTAX-2]\n") == ["Y001@2:1"])
        #expect(errors("list:\n  items: [甲,\n  乙]\n") == ["Y001@3:3"])
        #expect(errors("violations: [TAX-1,\n  TAX-2]\n").isEmpty)
        #expect(errors("list:\n  items: [甲,\n     乙]\n").isEmpty)
        #expect(errors("[TAX-1,\nTAX-2]\n").isEmpty, "at the top level no indentation is needed")
    }

    @Test("QB6E: a quoted value continued at the key's own indentation")
    func quotedValueContinuedTooLittleIndented() {
        #expect(errors("title: \"首违\n不罚\"\n") == ["Y001@2:1"])
        #expect(errors("- '首违\n不罚'\n") == ["Y001@2:1"])
        #expect(errors("title: \"首违\n  不罚\"\n").isEmpty)
        #expect(errors("title: \"首违\n\n  不罚\"\n").isEmpty, "an empty line inside quotes needs no indentation")
    }

    @Test("DK95/01, Y79Y/003: a tab where the continuation needs indentation")
    func tabAsIndentationOfAContinuation() {
        #expect(errors("note: \"甲\n\t乙\"\n") == ["Y009@2:1"])
        #expect(errors("- [\n\t甲,\n 乙\n ]\n") == ["Y009@2:1"])
        #expect(errors("note: \"甲\n \t乙\"\n").isEmpty, "after one space, a tab is separation, not indentation")
    }

    @Test("9JBA, CVW2, SU5Z, X4QW, MUS6/00: `#` right after other text")
    func commentWithoutSpace() {
        #expect(errors("codes: [A, B]#备注\n") == ["Y001@1:14"])
        #expect(errors("codes: [A, B,#备注\n  ]\n") == ["Y001@1:14"])
        #expect(errors("title: \"清单\"# 备注\n") == ["Y001@1:12"])
        #expect(errors("note: >#备注\n  文字\n") == ["Y001@1:8"])
        #expect(errors("%YAML 1.2#x\n---\na: 1\n") == ["Y001@1:10"])
        #expect(errors("codes: [A, B] # 备注 a#b\ntitle: \"清单\" #备注\nnote: > # 备注\n  文字\nid: a#b\n").isEmpty)
    }

    @Test("G5U8, YJV2: a bare `-` inside a flow sequence")
    func dashInFlowSequence() {
        #expect(errors("[-]\n") == ["Y001@1:2"])
        #expect(errors("- [-, 甲]\n") == ["Y001@1:4"])
        #expect(errors("[\"-\", -5, -甲]\n").isEmpty)
    }

    @Test("S98Z: leading empty lines of a block scalar wider than its first line")
    func blockScalarLeadingEmptyLineTooWide() {
        #expect(errors("note: |\n   \n  文字\n").first == "Y001@2:3", "libyaml then fails on the text line itself")
        #expect(errors("note: |\n  \n  文字\n").isEmpty)
        #expect(errors("note: |2\n   \n  文字\n").isEmpty, "an explicit indentation makes the extra space text")
    }

    @Test("EB22, RHX7, MUS6/01, 9HCY: a directive after a document not ended with `...`")
    func directiveWithoutDocumentEnd() {
        #expect(errors("kind: facts\n%YAML 1.2\n---\nkind: list\n") == ["Y001@2:1"])
        #expect(errors("%YAML 1.2\n---\n%YAML 1.2\n---\n") == ["Y001@3:1"])
        #expect(errors("kind: facts\n...\n%YAML 1.2\n---\nkind: list\n").isEmpty)
    }

    @Test("each error and its hint exist in Chinese, with no English words outside backquotes")
    func errorsSpeakChinese() {
        let inputs = ["violations: [TAX-1,\nTAX-2]\n", "note: \"甲\n\t乙\"\n", "codes: [A, B]#备注\n", "[-]\n",
                      "note: |\n   \n  文字\n", "kind: facts\n%YAML 1.2\n---\nkind: list\n"]
        for input in inputs {
            let diagnostics = YAMLReader.parse(input, file: "r.yaml").diagnostics
            #expect(!diagnostics.isEmpty, "\(input)")
            for diagnostic in diagnostics {
                for zh in [diagnostic.text.rendered(.zh), diagnostic.hintText.rendered(.zh)] {
                    #expect(!zh.isEmpty && EnglishWords.find(in: zh).isEmpty, "\(zh)")
                }
            }
        }
    }

    @Test("the errors found here keep the documents, like the reader's other non-fatal errors")
    func documentsAreKept() {
        let result = YAMLReader.parse("codes: [A, B]#备注\n", file: "r.yaml")
        #expect(result.documents.first?["codes"]?.items?.compactMap(\.text) == ["A", "B"])
    }
}
