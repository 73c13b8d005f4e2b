import Testing
@testable import LeniencyLint

@Suite("Citation form (C002)")
struct CitationFormTests {
    @Test("normalised citations", arguments: [
        "《中华人民共和国行政处罚法》第三十三条",
        "《中华人民共和国行政处罚法》第三十三条第一款",
        "《中华人民共和国税收征收管理法》第六十条第一款第四项",
        "《中华人民共和国税收征收管理法》第六十条第一款第（四）项",
        "《中华人民共和国民法典》第一千二百五十九条",
        "《中华人民共和国刑法》第一百二十条之一",
    ])
    func accepted(_ citation: String) {
        #expect(CitationForm.isNormalised(citation))
    }

    @Test("other spellings", arguments: [
        "《中华人民共和国行政处罚法》第33条",
        "中华人民共和国行政处罚法第三十三条",
        "《中华人民共和国行政处罚法》Art. 33",
        "Art. 33 APL",
        "《中华人民共和国行政处罚法》",
        "《中华人民共和国行政处罚法》第三十三条第1款",
        "《中华人民共和国行政处罚法》 第三十三条",
    ])
    func rejected(_ citation: String) {
        #expect(!CitationForm.isNormalised(citation))
    }

    @Test("mechanical rewrites into the normalised form", arguments: [
        ("《中华人民共和国行政处罚法》第33条第1款", "《中华人民共和国行政处罚法》第三十三条第一款"),
        ("中华人民共和国行政处罚法第三十三条", "《中华人民共和国行政处罚法》第三十三条"),
        ("《中华人民共和国行政处罚法》Art. 33", "《中华人民共和国行政处罚法》第三十三条"),
        ("《中华人民共和国税收征收管理法》第60条第1款第（4）项", "《中华人民共和国税收征收管理法》第六十条第一款第（四）项"),
        ("《中华人民共和国行政处罚法》 第三十三条", "《中华人民共和国行政处罚法》第三十三条"),
        ("《中华人民共和国行政处罚法》第３３条", "《中华人民共和国行政处罚法》第三十三条"),
    ])
    func rewrites(_ pair: (String, String)) {
        #expect(CitationForm.normalised(pair.0) == pair.1)
    }

    @Test("no rewrite when the law's title cannot be recovered")
    func noGuessWithoutTitle() {
        #expect(CitationForm.normalised("Art. 33 APL") == nil)
    }

    @Test("Chinese numerals as laws number articles", arguments: [
        (1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (33, "三十三"), (60, "六十"), (100, "一百"),
        (105, "一百零五"), (110, "一百一十"), (1000, "一千"), (1010, "一千零一十"), (1259, "一千二百五十九"),
    ])
    func numerals(_ pair: (Int, String)) {
        #expect(CitationForm.chineseNumeral(pair.0) == pair.1)
    }
}
