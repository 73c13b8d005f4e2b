import ArgumentParser
@testable import LeniencyCLI
import Testing

/// `CheckQuickParse` reads plain `check` arguments without the argument parser; whenever it gives a request, the
/// parser must give the same one, and whenever it declines, the parser decides (help, errors, odd forms).
@Suite struct CheckQuickParseTests {
    /// The parser's reading of `check` arguments, or nil when it refuses them (or reads another command).
    static func parserRequest(_ arguments: [String]) -> CheckRequest? {
        guard arguments.first == "check", let command = try? CheckCommand.parseAsRoot(Array(arguments.dropFirst())) as? CheckCommand else {
            return nil
        }
        return command.request
    }

    static let plainForms: [[String]] = [
        ["check", "examples/cases/tax-6-01-bank-account-first.yaml"],
        ["check", "case.yaml", "--rules", "rules"],
        ["check", "a.yaml", "b.jsonl", "--format", "jsonl", "--explain", "--lang", "zh", "--no-cache"],
        ["check", "--format=json", "a.yaml", "--no-presumptions", "--on=2026-02-28"],
        ["check", "--rules", "r", "a.yaml", "--register", "cases.sqlite", "--interactive", "--lang=en"],
        ["check", "a.yaml", "--format", "text", "--on", "2024-02-29", "b.yaml"],
    ]

    @Test("plain forms are read without the parser, as the parser reads them", arguments: plainForms)
    func plainFormsMatchTheParser(arguments: [String]) throws {
        let quick = try #require(CheckQuickParse.request(arguments))
        let parsed = try #require(Self.parserRequest(arguments))
        #expect(quick == parsed)
    }

    @Test("every option and flag lands in its own field")
    func fieldsAreFilled() throws {
        let quick = try #require(CheckQuickParse.request([
            "check", "a.yaml", "--rules", "r", "--format", "jsonl", "--lang", "zh", "--on", "2026-01-02", "--explain",
            "--interactive", "--register", "db", "--no-presumptions", "--no-cache", "b.yaml",
        ]))
        #expect(quick == CheckRequest(cases: ["a.yaml", "b.yaml"], rules: "r", format: "jsonl", lang: "zh", on: "2026-01-02", explain: true,
                                      interactive: true, register: "db", noPresumptions: true, noCache: true))
        #expect(CheckQuickParse.request(["check", "a.yaml"]) == CheckRequest(cases: ["a.yaml"]))
    }

    static let leftToTheParser: [[String]] = [
        ["check"],
        ["check", "--help"],
        ["check", "-h"],
        ["check", "a.yaml", "--help"],
        ["check", "--version"],
        ["check", "a.yaml", "--bogus"],
        ["check", "a.yaml", "--format", "xml"],
        ["check", "a.yaml", "--on", "yesterday"],
        ["check", "a.yaml", "--on", "2026-02-29"],
        ["check", "a.yaml", "--lang", "fr"],
        ["check", "a.yaml", "--rules"],
        ["check", "a.yaml", "--rules", "--explain"],
        ["check", "a.yaml", "--rules="],
        ["check", "a.yaml", "--explain=true"],
        ["check", "a.yaml", "--format", "json", "--format", "jsonl"],
        ["check", "--", "-odd-name.yaml"],
        ["check", "-"],
        ["check", ""],
        ["check", "a.yaml", "--generate-completion-script", "bash"],
        ["check", "a.yaml", "--experimental-dump-help"],
        ["lint", "rules"],
        ["--lang", "zh", "check", "a.yaml"],
        [],
    ]

    @Test("help, version, bad or unusual arguments are left to the parser", arguments: leftToTheParser)
    func unusualFormsAreDeclined(arguments: [String]) {
        #expect(CheckQuickParse.request(arguments) == nil)
    }

    /// Argument lists drawn from the words `check` knows, some it does not, and odd spellings of both.
    static let words: [String] = [
        "a.yaml", "b.jsonl", "-", "--", "", "x=y.yaml", "中文案件.yaml", "-h", "--help", "--version", "--bogus",
        "--rules", "--rules=r", "r", "--format", "--format=jsonl", "json", "jsonl", "text", "xml", "--lang", "--lang=zh",
        "zh", "en", "fr", "--on", "--on=2026-01-31", "2026-02-29", "2024-02-29", "--explain", "--explain=yes",
        "--interactive", "--register", "db.sqlite", "--no-presumptions", "--no-cache", "--no-cache=1", "-x", "---rules",
    ]

    @Test("on generated argument lists the quick reading is the parser's whenever it gives one")
    func generatedArgumentsAgreeWithTheParser() {
        // A fixed linear congruential sequence (Knuth's MMIX constants), so a failing argument list can be reproduced.
        var state: UInt64 = 0x5EED_CAFE
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var read = 0
        var declined = 0
        for _ in 0..<4_000 {
            let count = next(7)
            let arguments = ["check"] + (0..<count).map { _ in Self.words[next(Self.words.count)] }
            guard let quick = CheckQuickParse.request(arguments) else {
                declined += 1
                continue
            }
            read += 1
            let parsed = Self.parserRequest(arguments)
            #expect(parsed == quick, "\(arguments)")
        }
        // Both ways must actually be exercised, or the comparison above proves nothing.
        #expect(read > 200)
        #expect(declined > 200)
    }

    @Test("the request holds every argument CheckCommand declares")
    func requestCoversTheCommand() throws {
        let command = try #require(try CheckCommand.parseAsRoot(["a.yaml"]) as? CheckCommand)
        let declared = Set(Mirror(reflecting: command).children.compactMap { $0.label.map { $0.hasPrefix("_") ? String($0.dropFirst()) : $0 } })
        let held = Set(Mirror(reflecting: command.request).children.compactMap(\.label))
        // `--lang` lives in the `language` option group.
        #expect(declared.subtracting(["language"]).union(["lang"]) == held)
    }
}
