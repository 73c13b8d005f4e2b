import Foundation
import LeniencyCatalog
import LeniencyCore
import Testing

/// The compiled-catalog cache: a hit only for the very bytes and program it was written from, never a crash or a
/// different catalog from a damaged file. Every test works in its own temporary folders (rules copy and cache).
@Suite("Catalog cache")
struct CatalogCacheTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the shipped rules and an empty cache folder, removed by `cleanUp`.
    struct Sandbox {
        let rules: String
        let cache: String
        let base: String

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-cache-test-\(UUID().uuidString)").path
            rules = base + "/rules"
            cache = base + "/cache"
            try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CatalogCacheTests.root.appendingPathComponent("rules").path, toPath: rules)
            // Rule tests are not rules; they only slow the copy's parse down.
            for file in try FileManager.default.subpathsOfDirectory(atPath: rules) where file.hasSuffix(".test.yaml") {
                try FileManager.default.removeItem(atPath: rules + "/" + file)
            }
        }

        var settings: CatalogCacheSettings { CatalogCacheSettings(directory: cache, programVersion: "test") }

        func load(_ settings: CatalogCacheSettings? = nil) -> CachedCatalogLoad {
            CatalogCache.load(paths: [rules], settings: settings ?? self.settings)
        }

        /// The one cache file written so far.
        func cacheFile() throws -> String {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".bin") }
            try #require(names.count == 1, "cache files: \(names)")
            return cache + "/" + names[0]
        }

        func cleanUp() { try? FileManager.default.removeItem(atPath: base) }
    }

    /// Field-by-field equality of two catalogs (the model types are Hashable; the catalog itself is not).
    static func same(_ a: Catalog, _ b: Catalog) -> Bool {
        a.facts == b.facts && a.violations == b.violations && a.lists == b.lists && a.standards == b.standards
            && a.limitations == b.limitations && a.policies == b.policies && a.calendars == b.calendars && a.duties == b.duties
            && a.derivations == b.derivations && a.regions == b.regions && a.files == b.files
    }

    @Test func secondLoadIsAHitWithTheParsedCatalog() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        let parsed = CatalogLoader.load(paths: [box.rules])
        #expect(parsed.diagnostics.isEmpty, "the shipped rules load without diagnostics: \(parsed.diagnostics.prefix(3))")
        let first = box.load()
        #expect(first.outcome == .stored)
        #expect(first.warning == nil)
        let second = box.load()
        #expect(second.outcome == .hit)
        #expect(second.result.diagnostics.isEmpty)
        #expect(Self.same(second.result.catalog, parsed.catalog))
        // Lookups through the indexes the catalog builds for itself work on the cached copy too.
        let code = try #require(parsed.catalog.violations.first?.code)
        #expect(second.result.catalog.violation(code: code) == parsed.catalog.violation(code: code))
        let fact = try #require(parsed.catalog.facts.last?.name)
        #expect(second.result.catalog.fact(named: fact) == parsed.catalog.fact(named: fact))
        #expect(second.result.catalog.regionTable.regions == parsed.catalog.regionTable.regions)
    }

    @Test func aChangedByteIsAMissAndTheNewRulesAreServed() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        #expect(box.load().outcome == .stored)
        let file = try #require(CatalogLoader.load(paths: [box.rules]).catalog.lists.first?.location.file)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let list = try #require(CatalogLoader.load(paths: [box.rules]).catalog.lists.first)
        // The last character of the first list's title replaced by another of the same UTF-8 length: the file keeps
        // its size, only bytes differ.
        let last = try #require(list.info.title.last)
        let replacement: Character = last.utf8.count == 3 ? (last == "甲" ? "乙" : "甲") : (last == "X" ? "Y" : "X")
        try #require(last.utf8.count == replacement.utf8.count)
        let title = String(list.info.title.dropLast()) + String(replacement)
        let edited = text.replacingOccurrences(of: list.info.title, with: title)
        #expect(edited != text)
        #expect(edited.utf8.count == text.utf8.count)
        try edited.write(toFile: file, atomically: false, encoding: .utf8)
        let after = box.load()
        #expect(after.outcome == .stored)
        #expect(after.result.catalog.lists.first?.info.title == title)
        #expect(Self.same(after.result.catalog, CatalogLoader.load(paths: [box.rules]).catalog))
        #expect(box.load().outcome == .hit)
    }

    @Test func anAddedOrRemovedFileIsAMiss() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        #expect(box.load().outcome == .stored)
        let extra = box.rules + "/zz-extra-calendar.yaml"
        try "kind: calendar\nyear: 2099\nholidays: []\n".write(toFile: extra, atomically: false, encoding: .utf8)
        let added = box.load()
        #expect(added.outcome == .stored)
        #expect(added.result.catalog.calendars.contains { $0.year == 2099 })
        #expect(box.load().outcome == .hit)
        try FileManager.default.removeItem(atPath: extra)
        let removed = box.load()
        #expect(removed.outcome == .stored)
        #expect(!removed.result.catalog.calendars.contains { $0.year == 2099 })
        #expect(Self.same(removed.result.catalog, CatalogLoader.load(paths: [box.rules]).catalog))
    }

    @Test func anotherProgramVersionIsAMiss() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        #expect(box.load().outcome == .stored)
        #expect(box.load(CatalogCacheSettings(directory: box.cache, programVersion: "other")).outcome == .stored)
    }

    @Test(arguments: ["truncated", "flipped", "garbage", "empty", "header only"])
    func aDamagedCacheFileIsIgnoredAndReplaced(_ damage: String) throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        let parsed = CatalogLoader.load(paths: [box.rules]).catalog
        #expect(box.load().outcome == .stored)
        let path = try box.cacheFile()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count * 2 / 3] ^= 0x5A
        case "garbage": bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        case "empty": bytes = []
        default: bytes = Array(bytes.prefix(24))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let after = box.load()
        #expect(after.outcome == .stored, "a damaged file is a miss, then rewritten")
        #expect(Self.same(after.result.catalog, parsed))
        #expect(box.load().outcome == .hit)
    }

    @Test func theSwitchTurnsTheCacheOff() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        let settings = CatalogCacheSettings.standard(environment: ["LENIENCY_CACHE_DIR": box.cache, "LENIENCY_NO_CACHE": "1"], programVersion: "test")
        #expect(settings.directory == nil)
        let load = box.load(settings)
        #expect(load.outcome == .disabled)
        #expect(!FileManager.default.fileExists(atPath: box.cache))
        let flag = CatalogCacheSettings.standard(environment: ["LENIENCY_CACHE_DIR": box.cache], programVersion: "test", disabled: true)
        #expect(flag.directory == nil)
    }

    @Test func theFolderComesFromTheEnvironment() {
        func folder(_ environment: [String: String]) -> String? {
            CatalogCacheSettings.standard(environment: environment, programVersion: "v").directory
        }
        #expect(folder(["LENIENCY_CACHE_DIR": "/x/c", "XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]) == "/x/c")
        #expect(folder(["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/leniency")
        // A relative XDG_CACHE_HOME is invalid by the XDG specification and ignored.
        #expect(folder(["XDG_CACHE_HOME": "xdg", "HOME": "/home/u"]) == "/home/u/.cache/leniency")
        #expect(folder(["HOME": "/home/u"]) == "/home/u/.cache/leniency")
        #expect(folder([:]) == nil)
        #expect(folder(["HOME": "/home/u", "LENIENCY_NO_CACHE": "0"]) == "/home/u/.cache/leniency")
        #expect(folder(["HOME": "/home/u", "LENIENCY_NO_CACHE": "yes"]) == nil)
    }

    @Test func rulesWithDiagnosticsAreParsedEveryTime() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        try "kind: calendar\nyear: 2098\nholidays: []\nworkdays: [2097-01-01]\n".write(toFile: box.rules + "/zz-bad.yaml", atomically: false, encoding: .utf8)
        let expected = CatalogLoader.load(paths: [box.rules]).diagnostics
        #expect(expected.map(\.code) == [.calendarDateOutsideYear])
        for _ in 0..<2 {
            let load = box.load()
            #expect(load.outcome == .parsed)
            #expect(load.result.diagnostics == expected)
        }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: box.cache))?.isEmpty ?? true)
    }

    @Test func anUnwritableFolderIsAWarningNotAFailure() throws {
        let box = try Sandbox()
        defer { box.cleanUp() }
        // A folder below a regular file cannot be created, whoever runs the test (root ignores permission bits).
        let blocker = box.base + "/not-a-folder"
        try "x".write(toFile: blocker, atomically: false, encoding: .utf8)
        let load = box.load(CatalogCacheSettings(directory: blocker + "/cache", programVersion: "test"))
        #expect(load.outcome == .parsed)
        let warning = try #require(load.warning)
        #expect(warning.rendered(.en).contains(blocker + "/cache"))
        #expect(!warning.rendered(.en).contains("\n"))
        #expect(Self.same(load.result.catalog, CatalogLoader.load(paths: [box.rules]).catalog))
    }
}
