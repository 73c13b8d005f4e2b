import Foundation
import Testing

/// A command whose standard output cannot be written (a full disk) says so and exits 2, instead of trapping.
@Suite struct StandardOutputFailureTests {
    @Test("check with standard output on a full device reports it and exits 2", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDevice() throws {
        let process = Process()
        process.executableURL = try LeniencyBinary.url()
        process.arguments = ["check", "examples/cases/tax-6-01-bank-account-first.yaml", "--rules", "rules", "--lang", "en"]
        process.currentDirectoryURL = CheckCommandTests.root
        var environment = ProcessInfo.processInfo.environment
        environment["LENIENCY_CACHE_DIR"] = LeniencyBinary.cacheFolder
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("cannot write standard output"), "\(stderr)")
    }
}
