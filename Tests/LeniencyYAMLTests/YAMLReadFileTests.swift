import Foundation
import LeniencyCore
import LeniencyYAML
import Testing

@Suite("YAML reader: files")
struct YAMLReadFileTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func readsAFileAndUsesTheDisplayPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rules.yaml")
        try Data("a: 1\na: 2\n".utf8).write(to: file)
        let result = YAMLReader.readFile(atPath: file.path, displayPath: "rules/rules.yaml")
        #expect(result.documents.first?["a"]?.text == "1")
        #expect(result.diagnostics.map(\.location.description) == ["rules/rules.yaml:2:1"])
        #expect(result.documents.first?.location.file == "rules/rules.yaml")
    }

    @Test func missingFileIsUnreadableAtLineOne() throws {
        let result = YAMLReader.readFile(atPath: "/nonexistent/\(UUID().uuidString).yaml", displayPath: "x.yaml")
        #expect(result.codes == [.unreadableFile])
        #expect(result.diagnostics.first?.location == .wholeFile("x.yaml"))
        #expect(result.documents.isEmpty)
    }

    @Test func folderIsUnreadable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = YAMLReader.readFile(atPath: folder.path)
        #expect(result.codes == [.unreadableFile])
        #expect(result.diagnostics.first?.location.start == at(1, 1))
    }

    @Test func oversizedFileIsRejectedWithoutParsing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.yaml")
        try Data(repeating: UInt8(ascii: "x"), count: 2048).write(to: file)
        var limits = YAMLLimits.standard
        limits.maxInputBytes = 1024
        let result = YAMLReader.readFile(atPath: file.path, limits: limits)
        #expect(result.codes == [.inputTooLarge])
        #expect(result.diagnostics.first?.message.contains("2,048 bytes") == true)
        // readFile refuses before reading by casting the size attribute this way; it must work on this platform.
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.size] as? NSNumber)?.intValue == 2048)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func endlessDeviceStopsAtTheSizeLimit() {
        // /dev/zero reports size 0 and never ends: reading must stop one byte past the limit, not exhaust memory.
        var limits = YAMLLimits.standard
        limits.maxInputBytes = 4096
        let result = YAMLReader.readFile(atPath: "/dev/zero", limits: limits)
        #expect(result.codes == [.inputTooLarge])
        #expect(result.documents.isEmpty)
    }

    @Test func folderHintNamesAFileInsideIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = YAMLReader.readFile(atPath: folder.path, displayPath: "cases")
        #expect(result.diagnostics.first?.hint.contains("cases/") == true)
    }

    @Test func tooLargeMessageGivesBytesAndMebibytes() {
        var limits = YAMLLimits.standard
        limits.maxInputBytes = 1_048_576
        let result = YAMLReader.parse(bytes: [UInt8](repeating: UInt8(ascii: "#"), count: 1_572_864), file: "big.yaml", limits: limits)
        #expect(result.codes == [.inputTooLarge])
        #expect(result.diagnostics.first?.message == "the file is 1,572,864 bytes (1.5 MiB) long; the limit for one input is 1,048,576 bytes (1.0 MiB)")
        #expect(result.diagnostics.first?.hint.contains("split") == true)
    }
}
