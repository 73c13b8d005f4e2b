import LeniencyCore
import LeniencyLint
import Testing

/// X001 groups: items that can meet are reported once per group, only items that can meet are compared, and lint
/// lists at most `Linter.maxPerCodeAndFile` diagnostics of one code per file.
@Suite("Lint: overlap groups and caps")
struct OverlapGroupTests {
    /// A unique list with the given items, each `(id, violation, conditions)`.
    private func list(_ items: [(String, String, String)], scope: String? = nil) -> String {
        var text = """
        kind: list
        id: demo-list
        list_kind: no-penalty
        title: 示例清单
        issuer: 示例局
        document: 示例〔2021〕1号
        effective: 2021-01-01
        implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
        hit_policy: unique

        """
        if let scope { text += "scope: \(scope)\n" }
        text += "items:\n"
        for (id, violation, conditions) in items {
            text += "  - id: \(id)\n    title: 事项\(id)\n"
            if !violation.isEmpty { text += "    violation: \(violation)\n" }
            text += "    conditions: \(conditions)\n"
        }
        return text
    }

    @Test("three items that all meet give one X001 naming all three and one case for all of them")
    func oneDiagnosticPerGroup() throws {
        let diagnostics = Fixtures.lint("list.yaml", list([
            ("a", "TAX-1", "[harm_minor]"), ("b", "TAX-1", "[duration_days < 30]"), ("c", "TAX-1", "[harm_minor, corrected]"),
        ]))
        #expect(diagnostics.map(\.code) == [.uniqueOverlap])
        let x001 = try #require(diagnostics.first)
        #expect(x001.message.contains("3 items"))
        #expect(x001.message.contains("all apply to a case of violation `TAX-1`"))
        #expect(["`a`", "`b`", "`c`"].allSatisfy(x001.message.contains))
        #expect(x001.message.contains("harm_minor = true") && x001.message.contains("corrected = true"))
        #expect(x001.notes.count == 2, "a note at each other item")
    }

    @Test("group diagnostics, their notes, the N-more line and the stop message speak Chinese under --lang zh")
    func groupMessagesInChinese() throws {
        let items = (0..<14).map { ("i\($0)", "TAX-1", "[harm_minor, duration_days < \(10 + $0)]") }
        let diagnostics = Fixtures.lint("list.yaml", list(items))
        let x001 = try #require(diagnostics.first)
        let texts = [x001.text, x001.hintText] + x001.notes.map(\.text)
        for text in texts {
            let zh = text.rendered(.zh)
            #expect(EnglishWords.find(in: zh, names: ["harm_minor", "duration_days"]).isEmpty, "\(zh)")
        }
        #expect(x001.text.rendered(.zh).contains("14 个事项"))
        #expect(x001.text.rendered(.zh).contains("另有 4 个"))
    }

    @Test("items of different violations are never compared")
    func differentViolationsDoNotMeet() {
        let diagnostics = Fixtures.lint("list.yaml", list([("a", "TAX-1", "[harm_minor]"), ("b", "TAX-2", "[harm_minor]")]))
        #expect(diagnostics.isEmpty)
    }

    @Test("under scope: all every item meets every other")
    func scopeAllComparesEveryItem() throws {
        let diagnostics = Fixtures.lint("list.yaml", list([("a", "", "[harm_minor]"), ("b", "", "[corrected]")], scope: "all"))
        #expect(diagnostics.map(\.code) == [.uniqueOverlap])
        #expect(try #require(diagnostics.first).message.contains("both apply when corrected = true, harm_minor = true"))
    }

    @Test("a chain a–b–c where a and c exclude each other is one group with an example pair")
    func chainIsOneGroupWithAnExample() throws {
        let diagnostics = Fixtures.lint("list.yaml", list([
            ("a", "TAX-1", "[duration_days < 10]"), ("b", "TAX-1", "[harm_minor]"), ("c", "TAX-1", "[duration_days >= 10]"),
        ]))
        #expect(diagnostics.map(\.code) == [.uniqueOverlap])
        let message = try #require(diagnostics.first).message
        #expect(message.contains("3 items"))
        #expect(message.contains("overlap: each can apply to a case of violation `TAX-1` together with another of them"))
        #expect(message.contains("e.g. `a` and `b` both apply when"))
    }

    @Test("tiers told apart by ranges are not reported")
    func disjointTiersAreClean() {
        let items = (0..<50).map { ("t\($0)", "TAX-1", "[duration_days >= \($0 * 10), duration_days < \($0 * 10 + 10)]") }
        #expect(Fixtures.lint("list.yaml", list(items)).isEmpty)
    }

    @Test("2,000 overlapping items over two violations give two diagnostics, not 999,000")
    func manyOverlappingItemsGiveFewDiagnostics() {
        let items = (0..<2000).map { ("i\($0)", $0 % 2 == 0 ? "TAX-1" : "TAX-2", "[harm_minor, duration_days < \(10 + $0)]") }
        let diagnostics = Fixtures.lint("list.yaml", list(items))
        #expect(diagnostics.map(\.code) == [.uniqueOverlap, .uniqueOverlap])
        #expect(diagnostics.allSatisfy { $0.message.contains("1000 items") && $0.message.contains("and 990 more") })
        #expect(diagnostics.allSatisfy { $0.notes.count == Int(11) })
    }

    @Test("more than 100 problems of one code in one file: the first 100 and one saying how many more")
    func diagnosticsAreCappedPerCodeAndFile() throws {
        let items = (0..<130).map { ("n\($0)", "TAX-1", "[duration_days < \($0 * 10), duration_days > \($0 * 10 + 5)]") }
        let text = list(items).replacing(exactly: "hit_policy: unique", with: "hit_policy: first")
        let diagnostics = Fixtures.lint("list.yaml", text)
        #expect(diagnostics.count == Linter.maxPerCodeAndFile + 1)
        #expect(diagnostics.allSatisfy { $0.code == .neverApplies })
        let last = try #require(diagnostics.last)
        #expect(last.message.hasPrefix("30 more X002 problems in this file not listed"))
        #expect(last.location.start.line > diagnostics[Linter.maxPerCodeAndFile - 1].location.start.line)
    }
}
