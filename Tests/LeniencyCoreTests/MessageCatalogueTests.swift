import Foundation
import LeniencyCore
import Testing

/// The message catalogue: both languages for every id, the same arguments, and no English in the Chinese templates.
@Suite struct MessageCatalogueTests {
    @Test(arguments: MessageID.allCases)
    func bothTemplatesUseTheSamePlaceholders(_ id: MessageID) {
        #expect(!id.templates.en.isEmpty && !id.templates.zh.isEmpty, "\(id) needs an English and a Chinese template")
        #expect(id.placeholders.en == id.placeholders.zh, "\(id): English uses \(id.placeholders.en.sorted()), Chinese \(id.placeholders.zh.sorted())")
        let used = id.placeholders.en
        #expect(used == Set(0..<used.count), "\(id): placeholders must be {0}…{n-1} without gaps")
    }

    @Test(arguments: MessageID.allCases)
    func chineseTemplatesHaveNoEnglishWords(_ id: MessageID) {
        // Arguments are identifiers, numbers or translated phrases: a digit stands in for each.
        var filled = id.templates.zh
        for index in id.placeholders.zh { filled = filled.replacingOccurrences(of: "{\(index)}", with: "0") }
        let words = EnglishWords.find(in: filled)
        #expect(words.isEmpty, "\(id): \(words) in “\(id.templates.zh)”")
    }

    @Test func argumentsAreFilledInOrderAndTranslated() {
        let message = Message(.usageToBeforeFrom, "2025-01-02", "2025-03-04")
        #expect(message.rendered(.en) == "--to (2025-01-02) is before --from (2025-03-04)")
        #expect(message.rendered(.zh) == "--to（2025-01-02）早于 --from（2025-03-04）")
        let nested = Message(.cliAnswerNotAccepted, Message(.cliAnswerBoolean))
        #expect(nested.rendered(.zh) == "无效回答：请回答 是 或 否（也可回答 `true`/`false`）")
        #expect(Message(.typeEnum, ["general", "sensitive"]).rendered(.zh) == "取值之一：general、sensitive")
        #expect(Message(.typeEnum, ["general", "sensitive"]).rendered(.en) == "one of general, sensitive")
        #expect(MessageArgument.boolean(true).rendered(.zh) == "是")
        #expect(MessageArgument.boolean(false).rendered(.en) == "false")
    }

    @Test func braceTextThatIsNotAPlaceholderStays() {
        #expect(Message.verbatim("{min: 0} {x} {").rendered(.zh) == "{min: 0} {x} {")
    }

    @Test func englishWordRule() {
        #expect(EnglishWords.find(in: "仅适用于 tax 领域（本违法行为：market）") == ["tax", "market"])
        #expect(EnglishWords.find(in: "档次 standard/lighter") == [])  // a path-shaped token: rule 3
        #expect(EnglishWords.find(in: "档次 lighter") == ["lighter"])
        #expect(EnglishWords.find(in: "harm_minor = true") == ["true"])
        #expect(EnglishWords.find(in: "请回答 `true` 或 `false`") == [])
        #expect(EnglishWords.find(in: "《Foo Law》第三条；洪税罚〔2025〕0012号；TAX-ZG-60-1-4；CSV；--rules") == [])
        #expect(EnglishWords.find(in: "area = sensitive", names: ["area", "sensitive"]) == [])
        #expect(EnglishWords.find(in: "the rules have errors") == ["the", "rules", "have", "errors"])
    }

    @Test func languageFollowsThePOSIXLocaleVariables() {
        #expect(Language.preferred(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.preferred(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.preferred(environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "C"]) == .zh)
        #expect(Language.preferred(environment: [:]) == .en)
    }
}
