import Foundation
import LeniencyCore
import Testing

/// The README is the newcomer's entry point: its commands must work and its lists must be complete.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test func listsEveryLintCode() throws {
        let text = try Self.readme()
        let missing = DiagnosticCode.allCases.filter { !text.contains("`\($0.rawValue)`") }
        #expect(missing.isEmpty, "README.md does not list \(missing.map(\.rawValue))")
    }

    @Test func quickStartCheckCommandRunsOnTheShippedRules() throws {
        let text = try Self.readme()
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("swift run leniency check ") })
        let arguments = line.dropFirst("swift run leniency ".count).split(separator: "#")[0]
            .split(separator: " ").map(String.init)
        #expect(arguments.first == "check")
        let out = try LeniencyBinary.run(arguments, in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(text.contains("\nswift test"))
        // The sample below the command is what it prints, line for line, so the two cannot drift.
        let intro = try #require(text.range(of: "The first command prints"))
        let open = try #require(text.range(of: "```\n", range: intro.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "```\n", range: open.upperBound..<text.endIndex))
        #expect(String(text[open.upperBound..<close.lowerBound]) == out.stdout)
        // The short answer is a handful of lines, in Chinese, with the outcome the law gives this case
        // (税务总局公告2021年第6号 item 1, 首违不罚 with 应当).
        #expect(out.stdout.split(separator: "\n").count <= 10)
        #expect(out.stdout.hasPrefix("洪税罚〔2025〕0012号：应当不予处罚"))
        #expect(!out.stdout.contains("说明：\n- "), "the full trace belongs to --explain")
    }

    @Test func explainAddsTheTraceToTheShortAnswer() throws {
        let short = try LeniencyBinary.run(["check", "examples/cases/tax-6-01-bank-account-first.yaml", "--lang", "zh"], in: Self.root)
        let full = try LeniencyBinary.run(["check", "examples/cases/tax-6-01-bank-account-first.yaml", "--lang", "zh", "--explain"], in: Self.root)
        #expect(full.exitCode == 0)
        #expect(full.stdout.contains("\n说明：\n"))
        #expect(full.stdout.contains("- 〔适用〕清单 cn-tax-2021-6（2021-04-01）cn-tax-2021-6-01"))
        #expect(full.stdout.contains("追责时效：未过时效"))
        #expect(full.stdout.split(separator: "\n").count > short.stdout.split(separator: "\n").count + 10)
    }

    @Test func shortAnswerAsksForMissingFactsAsQuestions() throws {
        let out = try LeniencyBinary.run(["check", "examples/cases/derived-not-corrected-open.yaml", "--lang", "zh"], in: Self.root)
        #expect(out.stdout.contains("尚需查明（按重要性排序）：\n  1. 是否及时改正？（corrected_in_time）"), "\(out.stdout)")
    }

    @Test func auditSampleComesFromTheRealOutput() throws {
        let text = try Self.readme()
        let command = try #require(text.range(of: "swift run leniency audit examples/bulk --lang zh --top 3\n"))
        let open = try #require(text.range(of: "```\n", range: text.index(command.upperBound, offsetBy: 4)..<text.endIndex))
        let close = try #require(text.range(of: "```\n", range: open.upperBound..<text.endIndex))
        let out = try LeniencyBinary.run(["audit", "examples/bulk", "--lang", "zh", "--top", "3"], in: Self.root)
        #expect(out.exitCode == 1, "\(out.stderr)")
        let real = Set(out.stdout.split(separator: "\n", omittingEmptySubsequences: false))
        let sample = text[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "…" }
        #expect(sample.count > 8)
        for line in sample { #expect(real.contains(line), "README line not in the output: \(line)") }
    }

    @Test func installAndCompletionAreDocumentedAndWork() throws {
        let text = try Self.readme()
        #expect(text.contains("swift build -c release"))
        #expect(text.contains("install -m 755 .build/release/leniency"))
        #expect(text.contains("leniency --generate-completion-script bash"))
        let script = try LeniencyBinary.run(["--generate-completion-script", "bash"], in: Self.root)
        #expect(script.exitCode == 0)
        for command in ["check", "audit", "facts", "violations", "lists", "schema"] { #expect(script.stdout.contains(command)) }
    }
}
