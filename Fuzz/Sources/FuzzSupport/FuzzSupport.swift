import Foundation
@_exported import LeniencyCaseInput
@_exported import LeniencyCatalog
@_exported import LeniencyCore
@_exported import LeniencyYAML

/// What every fuzz target shares: the shipped rules (loaded once per process), the input split into lines, and a
/// check that every diagnostic renders in both languages.
public enum Fuzz {
    /// The rules folder: `$LENIENCY_FUZZ_RULES`, else the repository's `rules/` (found from this file's path).
    public static let rulesPath: String = ProcessInfo.processInfo.environment["LENIENCY_FUZZ_RULES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../rules").standardized.path

    /// The shipped catalog; a target that needs it stops at once when the rules do not load cleanly, since every
    /// finding would then be about the wrong rules.
    public static let catalog: Catalog = {
        let loaded = CatalogLoader.load(paths: [rulesPath])
        guard !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            fatalError("fuzz: the rules at \(rulesPath) have errors; run `leniency lint \(rulesPath)`")
        }
        return loaded.catalog
    }()

    /// The vocabulary by name, for the expression compiler.
    public static let facts: [String: FactDefinition] = Dictionary(catalog.facts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    /// The fuzzer's input as bytes.
    public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The lines of `bytes` split at `\n`, as the JSON Lines reader splits them (a trailing `\r` stays on its line).
    public static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// Renders the first diagnostics, their hints and notes in Chinese and English: a template must never trap on its
    /// arguments, and a diagnostic must always say something. (Only the first few: rendering every one of a
    /// many-line input would take most of each run, and the readers under test are what the fuzzer should explore.)
    public static func render(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.prefix(3) {
            for language in [Language.zh, .en] {
                let text = diagnostic.text.rendered(language)
                precondition(!text.isEmpty, "fuzz: an empty \(diagnostic.code.rawValue) message")
                _ = diagnostic.hintText.rendered(language)
                for note in diagnostic.notes { _ = note.text.rendered(language) }
            }
            precondition(diagnostic.location.start.line >= 1 && diagnostic.location.start.column >= 1,
                         "fuzz: \(diagnostic.code.rawValue) at \(diagnostic.location.start), not a 1-based position")
        }
    }
}
