import Foundation
import Testing

/// `check` through the rules cache prints exactly what it prints without it, and a cache it cannot write is a
/// warning, not a failure. Each test uses a cache folder of its own (`LENIENCY_CACHE_DIR`).
@Suite struct CheckCatalogCacheTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every shipped example case, explained, in one run.
    static var exampleCases: [String] {
        let folder = root.appendingPathComponent("examples/cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted().map { "examples/cases/" + $0 }
    }

    @Test func decisionsAndDiagnosticsAreTheSameWithAndWithoutTheCache() throws {
        let scratch = try TemporaryDirectory()
        let cache = scratch.url.appendingPathComponent("cache").path
        // A broken case file among the examples, so diagnostics are compared too.
        let broken = try scratch.write("broken.yaml", "id: X\nviolation: TAX-ZG-60-1-4\nfacts: {nope: true}\n")
        let cases = Self.exampleCases
        #expect(cases.count > 10)
        for format in [["--format", "json", "--explain"], ["--lang", "zh", "--explain"]] {
            let arguments = ["check"] + cases + [broken.path, "--rules", "rules"] + format
            let plain = try LeniencyBinary.run(arguments + ["--no-cache"], in: Self.root, environment: ["LENIENCY_CACHE_DIR": cache])
            let storing = try LeniencyBinary.run(arguments, in: Self.root, environment: ["LENIENCY_CACHE_DIR": cache])
            let files = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".bin") }
            #expect(files.count == 1, "the first cached run stores one file: \(files)")
            let cached = try LeniencyBinary.run(arguments, in: Self.root, environment: ["LENIENCY_CACHE_DIR": cache])
            #expect(plain.exitCode == 1)
            #expect(plain.stderr.contains("broken.yaml"))
            #expect(!plain.stdout.isEmpty)
            for run in [storing, cached] {
                #expect(run.exitCode == plain.exitCode)
                #expect(run.stdout == plain.stdout)
                #expect(run.stderr == plain.stderr)
            }
        }
    }

    @Test func noCacheFileIsWrittenWhenTheCacheIsOff() throws {
        let scratch = try TemporaryDirectory()
        let cache = scratch.url.appendingPathComponent("cache").path
        let example = "examples/cases/tax-6-01-bank-account-first.yaml"
        let flag = try LeniencyBinary.run(["check", example, "--rules", "rules", "--no-cache"], in: Self.root, environment: ["LENIENCY_CACHE_DIR": cache])
        let variable = try LeniencyBinary.run(["check", example, "--rules", "rules"], in: Self.root,
                                              environment: ["LENIENCY_CACHE_DIR": cache, "LENIENCY_NO_CACHE": "1"])
        #expect(flag.exitCode == 0 && variable.exitCode == 0)
        #expect(flag.stdout == variable.stdout)
        #expect(!FileManager.default.fileExists(atPath: cache))
    }

    @Test func anUnwritableCacheFolderIsOneWarningLine() throws {
        let scratch = try TemporaryDirectory()
        // Below a regular file no folder can be created, whatever the user's permissions.
        let blocker = try scratch.write("not-a-folder", "x")
        let example = "examples/cases/tax-6-01-bank-account-first.yaml"
        let plain = try LeniencyBinary.run(["check", example, "--rules", "rules", "--no-cache"], in: Self.root)
        let blocked = try LeniencyBinary.run(["check", example, "--rules", "rules"], in: Self.root,
                                             environment: ["LENIENCY_CACHE_DIR": blocker.path + "/cache"])
        #expect(blocked.exitCode == 0)
        #expect(blocked.stdout == plain.stdout)
        let lines = blocked.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("warning") == true)
        #expect(lines.first?.contains(blocker.path + "/cache") == true)
        let chinese = try LeniencyBinary.run(["check", example, "--rules", "rules", "--lang", "zh"], in: Self.root,
                                             environment: ["LENIENCY_CACHE_DIR": blocker.path + "/cache"])
        #expect(chinese.exitCode == 0)
        #expect(chinese.stderr.contains("警告"))
    }
}
