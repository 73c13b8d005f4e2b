import Foundation
import LeniencyCore
@testable import LeniencyYAML
import Testing

/// The reader over the yaml-test-suite's `data` branch (one folder per test, `in.yaml`, and a file `error` when the
/// input is invalid YAML): the pinned copy in Tests/yaml-suite/data (commit 6ad3d2c, only `in.yaml` and `error`, with
/// the suite's MIT licence), or the folder `$YAML_TEST_SUITE` names (Tests/yaml-suite/run.sh prints the counts).
@Suite("YAML reader: yaml-test-suite")
struct YAMLTestSuiteTests {
    /// One test of the suite.
    struct Case {
        var id: String
        var bytes: [UInt8]
        var invalid: Bool
    }

    /// The pinned copy beside this test target.
    static let pinnedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../yaml-suite/data").standardized.path

    static var suiteFolder: String {
        guard let folder = ProcessInfo.processInfo.environment["YAML_TEST_SUITE"], !folder.isEmpty else { return pinnedFolder }
        return folder
    }

    /// Valid cases that libyaml 0.2.5 itself rejects: the strict layer cannot accept what libyaml will not parse.
    static func libyamlAccepts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            LibYAMLEventParser.run(over: buffer) { _, _ in .proceed } == nil
        }
    }

    static func cases(in folder: String) throws -> [Case] {
        let manager = FileManager.default
        var found: [Case] = []
        // Test ids are four characters; `name/` and `tags/` only hold links to the same tests.
        for entry in try manager.contentsOfDirectory(atPath: folder).sorted() where entry.count == 4 && entry.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            let path = folder + "/" + entry
            if manager.fileExists(atPath: path + "/in.yaml") {
                found.append(try read(id: entry, path))
            } else {
                for sub in (try? manager.contentsOfDirectory(atPath: path))?.sorted() ?? []
                    where manager.fileExists(atPath: path + "/" + sub + "/in.yaml") {
                    found.append(try read(id: entry + "/" + sub, path + "/" + sub))
                }
            }
        }
        return found
    }

    private static func read(id: String, _ path: String) throws -> Case {
        let data = try Data(contentsOf: URL(fileURLWithPath: path + "/in.yaml"))
        return Case(id: id, bytes: Array(data), invalid: FileManager.default.fileExists(atPath: path + "/error"))
    }

    /// Codes that say the text is not YAML (as opposed to YAML the rule format does not accept, such as tags).
    static let syntaxCodes: Set<DiagnosticCode> = [.yamlSyntax, .tabIndent, .invalidUTF8]

    @Test func everyInvalidCaseIsRejectedWithAPositionAndEveryValidCaseLibYAMLAcceptsIsAccepted() throws {
        let folder = Self.suiteFolder
        let cases = try Self.cases(in: folder)
        #expect(cases.count > 300, "expected the suite's data branch at \(folder)")
        var invalidRejected = 0, invalidByPolicyOnly: [String] = [], invalidAccepted: [String] = []
        var libyamlMissed = 0, caughtByStrictLayer: [String] = []
        var validClean = 0, validPolicy: [String] = [], validRejectedBySyntax: [String] = [], libyamlRejectsValid: [String] = []
        for test in cases {
            let result = YAMLReader.parse(bytes: test.bytes, file: "in.yaml")
            let errors = result.diagnostics.filter { $0.severity == .error }
            let positioned = errors.filter { $0.location.start.line >= 1 && $0.location.start.column >= 1 }
            if test.invalid {
                if Self.libyamlAccepts(test.bytes) {
                    libyamlMissed += 1
                    caughtByStrictLayer.append("\(test.id) " + errors.map { "\($0.code.rawValue)@\($0.location.start.line):\($0.location.start.column)" }.joined(separator: " "))
                }
                if positioned.contains(where: { $0.code != .unsupportedYAML }) {
                    invalidRejected += 1
                } else if !positioned.isEmpty {
                    invalidByPolicyOnly.append(test.id)
                } else {
                    invalidAccepted.append(test.id)
                }
            } else if !Self.libyamlAccepts(test.bytes) {
                libyamlRejectsValid.append(test.id)
            } else if errors.contains(where: { Self.syntaxCodes.contains($0.code) }) {
                let detail = errors.map { "\($0.code.rawValue)@\($0.location.start.line):\($0.location.start.column) \($0.message)" }
                validRejectedBySyntax.append(test.id + " " + detail.joined(separator: " | "))
            } else if errors.isEmpty {
                validClean += 1
            } else {
                validPolicy.append(test.id + " " + Set(errors.map(\.code.rawValue)).sorted().joined(separator: ","))
            }
        }
        let invalidCount = cases.filter(\.invalid).count
        print("""
        yaml-test-suite: \(cases.count) cases, \(invalidCount) invalid, \(cases.count - invalidCount) valid
        invalid: \(invalidRejected) rejected with a syntax/structure error and a position, \
        \(invalidByPolicyOnly.count) only by the rule format's restrictions \(invalidByPolicyOnly), \
        \(invalidAccepted.count) accepted \(invalidAccepted); libyaml alone accepts \(libyamlMissed)
        valid: \(validClean) accepted without errors, \(validPolicy.count) rejected only by the rule format's \
        restrictions (tags, non-scalar keys, duplicate keys), \(validRejectedBySyntax.count) rejected as syntax, \
        \(libyamlRejectsValid.count) rejected by libyaml itself \(libyamlRejectsValid)
        """)
        for line in caughtByStrictLayer { print("  libyaml accepts, the strict layer rejects: \(line)") }
        for line in validRejectedBySyntax { print("  valid but rejected: \(line)") }
        for line in validPolicy { print("  valid, policy: \(line)") }
        #expect(invalidAccepted.isEmpty && invalidByPolicyOnly.isEmpty, "invalid YAML accepted: \(invalidAccepted + invalidByPolicyOnly)")
        #expect(validRejectedBySyntax.isEmpty, "valid YAML rejected: \(validRejectedBySyntax)")
        if folder == Self.pinnedFolder {
            // The counts of the suite at the pinned commit (its own `error` files, not this reader's output); the
            // valid cases libyaml 0.2.5 rejects are the known limits listed in docs/YAML.md.
            #expect(cases.count == 402 && invalidCount == 94)
            #expect(libyamlRejectsValid == Self.knownLimits, "the valid cases libyaml rejects changed; update docs/YAML.md")
        }
    }

    /// docs/YAML.md's list of valid cases libyaml 0.2.5 rejects.
    static let knownLimits = """
        2JQS 2LFX 2SXE 4ABK 4MUZ/00 4MUZ/01 4MUZ/02 58MP 5MUD 5T43 6BCT 6CA3 6LVF 6M2F 7Z25 8XYN 96NN/00 96NN/01 9SA2 \
        A2M4 BEC7 CFD4 DBG4 DK3J DK95/00 DK95/03 DK95/04 FP8R FRK4 HM87/00 HWV9 K3WX M2N8/00 M7A3 MUS6/05 MUS6/06 NHX8 \
        NJ66 NKF9 Q5MG QT73 R4YG S3PD SM9W/01 UKK6/00 UT92 VJP3/01 W4TN W5VH Y79Y/001 Y79Y/010
        """.split(separator: " ").map(String.init)
}
