import Foundation
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("Loading rule files from disk")
struct LoaderTests {
    /// A fresh folder with the given files (relative path → text).
    private func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-loader-\(UUID().uuidString)").path
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func finderSearchesFoldersRecursivelySkippingHiddenFoldersAndRuleTests() throws {
        let root = try folder([
            "b/list.yaml": "", "a/facts.yml": "", "a/deep/more.yaml": "", "a/notes.txt": "",
            "a/list.test.yaml": "", ".git/x.yaml": "", "a/.hidden/y.yaml": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = RuleFileFinder.find(paths: [root])
        #expect(found.diagnostics.isEmpty)
        #expect(found.files == [root + "/a/deep/more.yaml", root + "/a/facts.yml", root + "/b/list.yaml"])
        let withTests = RuleFileFinder.find(paths: [root], includeTests: true)
        #expect(withTests.files.contains(root + "/a/list.test.yaml"))
    }

    @Test func finderStopsAtASymbolicLinkBackUpTheTree() throws {
        let root = try folder(["a/list.yaml": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/a/up", withDestinationPath: "..")
        let found = RuleFileFinder.find(paths: [root])
        #expect(found.files == [root + "/a/list.yaml"])
    }

    @Test func missingPathIsI001() throws {
        let found = RuleFileFinder.find(paths: ["/nonexistent/leniency-rules"])
        #expect(found.files.isEmpty)
        let d = try #require(found.diagnostics.first)
        #expect(d.code == .unreadableFile)
        #expect(d.location.file == "/nonexistent/leniency-rules")
    }

    @Test func loadParsesEveryFileAndDecodesAcrossFilesWhateverTheirOrder() throws {
        // The list comes first by path but uses facts and violations declared in a later file.
        var files = ["a-list.yaml": DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions: [harm_minor and corrected]
            """), "z-vocabulary.yaml": DecodeFixtures.vocabulary]
        for n in 0..<6 {
            files["cal/\(2020 + n).yaml"] = "kind: calendar\nyear: \(2020 + n)\nholidays: []\n"
        }
        let root = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = CatalogLoader.load(paths: [root])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.catalog.files == [root + "/a-list.yaml"] + (0..<6).map { root + "/cal/\(2020 + $0).yaml" }
                + [root + "/z-vocabulary.yaml"])
        #expect(result.catalog.calendars.map(\.year) == Array(2020...2025))
        #expect(result.catalog.lists.first?.items.first?.conditions.first?.expression.factNames == ["harm_minor", "corrected"])
    }

    @Test func yamlAndSchemaProblemsAreMergedAndSorted() throws {
        let root = try folder([
            "a.yaml": "kind: calendar\nyear: 2026\nholidays: []\nworkdays: [2025-01-01]\n",
            "b.yaml": "kind: facts\nfacts: [\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = CatalogLoader.load(paths: [root + "/b.yaml", root + "/a.yaml", root + "/missing.yaml"])
        #expect(result.diagnostics.map(\.code) == [.calendarDateOutsideYear, .yamlSyntax, .unreadableFile])
        #expect(result.diagnostics == result.diagnostics.sorted())
    }

    @Test func emptyFolderIsI002() throws {
        let root = try folder(["readme.txt": "no rules here"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = CatalogLoader.load(paths: [root])
        #expect(result.diagnostics.map(\.code) == [.noRuleFiles])
    }
}
