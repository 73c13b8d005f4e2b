import Foundation
import Testing

/// `leniency check` shows the presumptions it used, in Chinese, English and JSON, and `--no-presumptions` removes them.
@Suite struct CheckPresumptionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = "examples/cases/presumption-company-standard.yaml"

    @Test func chineseTextNamesThePresumptionsAndMarksTheReadings() throws {
        let out = try LeniencyBinary.run(["check", Self.example, "--lang", "zh", "--explain"], in: Self.root)
        #expect(out.exitCode == 0, "\(out.stderr)")
        let lines = out.stdout.components(separatedBy: "\n")
        let presumed = try #require(lines.first { $0.hasPrefix("推定：") })
        #expect(presumed.contains("no_fault_proven = 否"))
        #expect(presumed.contains("《中华人民共和国行政处罚法》第三十三条第二款"))
        #expect(!presumed.contains("false"))
        #expect(out.stdout.contains("no_fault_proven = 否〔推定〕"))
    }

    @Test func englishTextSaysPresumed() throws {
        let out = try LeniencyBinary.run(["check", Self.example, "--lang", "en", "--explain"], in: Self.root)
        #expect(out.stdout.contains("Presumed: "))
        #expect(out.stdout.contains("no_fault_proven = false [presumed]"))
    }

    @Test func theShortAnswerNamesThePresumedFactsOnOneLineByTheirLabels() throws {
        let out = try LeniencyBinary.run(["check", Self.example, "--lang", "zh"], in: Self.root)
        let presumed = try #require(out.stdout.components(separatedBy: "\n").first { $0.hasPrefix("推定（") })
        // The label rules/facts.yaml gives no_fault_proven, not the identifier.
        #expect(presumed.contains("当事人有证据足以证明没有主观过错"))
        #expect(!presumed.contains("no_fault_proven"))
        #expect(presumed.hasSuffix("均为否"))
        let english = try LeniencyBinary.run(["check", Self.example, "--lang", "en"], in: Self.root)
        let line = try #require(english.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Presumed (") })
        #expect(!line.contains("no_fault_proven") && line.hasSuffix("= false"))
    }

    @Test func jsonListsThePresumptionsAndTheOrigins() throws {
        let out = try LeniencyBinary.run(["check", Self.example, "--format", "json"], in: Self.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "standard")
        let presumed = try #require(object["presumed"] as? [[String: Any]])
        let noFault = try #require(presumed.first { $0["fact"] as? String == "no_fault_proven" })
        #expect(noFault["value"] as? Bool == false)
        #expect(noFault["basis"] as? [String] == ["《中华人民共和国行政处罚法》第三十三条第二款"])
        let trace = try #require(object["trace"] as? [[String: Any]])
        let item = try #require(trace.first { $0["item"] as? String == "apl-33-2-no-fault" })
        let condition = try #require((item["conditions"] as? [[String: Any]])?.first)
        #expect((condition["origins"] as? [String: String])?["no_fault_proven"] == "presumed")
    }

    @Test func withoutPresumptionsTheSameCaseIsUndetermined() throws {
        let out = try LeniencyBinary.run(["check", Self.example, "--format", "json", "--no-presumptions"], in: Self.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "undetermined")
        #expect((object["missing"] as? [String])?.contains("no_fault_proven") == true)
        #expect((object["presumed"] as? [Any])?.isEmpty == true)
    }
}
