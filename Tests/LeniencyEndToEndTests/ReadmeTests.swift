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
        #expect(out.stdout.contains("No penalty"))
        #expect(text.contains("\nswift test"))
    }
}
