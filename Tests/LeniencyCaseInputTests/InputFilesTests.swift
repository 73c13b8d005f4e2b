import Foundation
import LeniencyCaseInput
import Testing

/// Folders given to `audit` and `register import` expand into their case files, not the expectations beside them.
@Suite struct InputFilesTests {
    @Test func folderSkipsExpectedDecisionFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("input-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.yaml", "a.expected.yaml", "b.expected.yml", "c.jsonl", "notes.txt"] {
            try Data("x: 1\n".utf8).write(to: dir.appendingPathComponent(name))
        }
        let expanded = InputFiles.expand([dir.path])
        #expect(expanded.files.map { ($0 as NSString).lastPathComponent } == ["a.yaml", "c.jsonl"])
        #expect(expanded.diagnostics.isEmpty)
        let named = InputFiles.expand([dir.appendingPathComponent("a.expected.yaml").path])
        #expect(named.files.count == 1, "a file named on the command line is read as given")
    }
}
