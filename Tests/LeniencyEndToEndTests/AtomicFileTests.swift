import Foundation
@testable import LeniencyCLI
import LeniencyCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o FILE`: the atomic, durable write of a report (AtomicFile).
@Suite("-o: atomic report files")
struct AtomicFileTests {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "leniency-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func read(_ path: String) -> String? {
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self) }
    }

    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("an existing file keeps its permission bits")
    func keepsTheTargetsMode() throws {
        let dir = try folder()
        let target = dir + "/report.csv"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o640)
        try AtomicFile.write("new", to: target)
        #expect(read(target) == "new")
        #expect(mode(target) == 0o640)
        #expect(entries(dir) == ["report.csv"])
    }

    @Test("a new file gets 0666 less the umask, like the shell's >")
    func newFileFollowsTheUmask() throws {
        let dir = try folder()
        let previous = umask(0o027)
        defer { umask(previous) }
        try AtomicFile.write("new", to: dir + "/report.csv")
        #expect(mode(dir + "/report.csv") == 0o640)
    }

    @Test("a symbolic link is written through: the file it points to changes, the link stays")
    func writesThroughSymbolicLinks() throws {
        let dir = try folder()
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/real/report.csv", atomically: false, encoding: .utf8)
        chmod(dir + "/real/report.csv", 0o600)
        symlink("real/report.csv", dir + "/latest.csv")
        symlink("latest.csv", dir + "/chained.csv")
        try AtomicFile.write("new", to: dir + "/chained.csv")
        #expect(read(dir + "/real/report.csv") == "new")
        #expect(mode(dir + "/real/report.csv") == 0o600)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/latest.csv")) == "real/report.csv")
        #expect(entries(dir + "/real") == ["report.csv"], "the temporary file sits beside the real file and is gone")
    }

    @Test("a link into a missing folder, a link loop and a folder are refused with the reason")
    func refusesWhatCannotBeWritten() throws {
        let dir = try folder()
        symlink("nowhere/report.csv", dir + "/dangling.csv")
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: dir + "/dangling.csv") }
        do {
            try AtomicFile.write("x", to: dir + "/dangling.csv")
        } catch {
            #expect("\(error)".contains("nowhere"), "names the folder the link points into")
            let zh = try #require(error as? AtomicFile.Failure).message.rendered(.zh)
            #expect(zh.contains("nowhere") && zh.contains("不存在"), "\(zh)")
        }
        symlink("loop-b", dir + "/loop-a")
        symlink("loop-a", dir + "/loop-b")
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: dir + "/loop-a") }
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: dir) }
    }

    @Test("temporary files of this target left by a dead process are removed; a running one's are kept")
    func staleTemporariesAreCleaned() throws {
        let dir = try folder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let stale = ".report.csv.\(dead).12345.tmp"
        let live = ".report.csv.\(getppid()).678.tmp"
        let otherTarget = ".other.csv.\(dead).9.tmp"
        for name in [stale, live, otherTarget] { try "partial".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8) }
        try AtomicFile.write("new", to: dir + "/report.csv")
        #expect(entries(dir) == [otherTarget, live, "report.csv"].sorted())
    }

    @Test("SIGTERM between writing and renaming removes the temporary file and ends the process")
    func signalRemovesTheTemporaryFile() async throws {
        let dir = try folder()
        setenv("LENIENCY_ATOMIC_TEST_DIR", dir, 1)
        await #expect(processExitsWith: .signal(SIGTERM)) {
            let dir = ProcessInfo.processInfo.environment["LENIENCY_ATOMIC_TEST_DIR"] ?? "/nonexistent"
            try? AtomicFile.write("partial report", to: dir + "/report.csv") { temporary in
                // Leave a marker naming the temporary file, then die as `kill -TERM` would make it.
                try? temporary.write(toFile: dir + "/temporary-name", atomically: false, encoding: .utf8)
                // The test runner may block signals on this thread; `kill` asks the whole process, as `kill -TERM` does.
                kill(getpid(), SIGTERM)
                sleep(10)
            }
        }
        let temporary = try #require(read(dir + "/temporary-name"))
        #expect(temporary.hasPrefix(dir + "/.report.csv."))
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(!FileManager.default.fileExists(atPath: dir + "/report.csv"))
    }
}
