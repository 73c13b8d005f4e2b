public import LeniencyCore
public import LeniencyYAML
import Foundation
import Dispatch
import Synchronization

/// A decoded catalog with every problem found on the way.
public struct CatalogLoadResult: Sendable {
    /// The catalog; documents with errors may be missing from it or partly filled.
    public var catalog: Catalog
    /// Every problem, sorted by file and position.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(catalog: Catalog, diagnostics: [Diagnostic]) {
        self.catalog = catalog
        self.diagnostics = diagnostics
    }
}

/// Reads rule files into a typed, cross-checked `Catalog`.
public enum CatalogLoader {
    /// Loads every rule file under `paths` (files, or folders searched recursively for *.yaml / *.yml, skipping *.test.yaml and hidden folders), files sorted by path; parses files concurrently, decodes, cross-checks references; diagnostics sorted.
    public static func load(paths: [String]) -> CatalogLoadResult {
        let found = RuleFileFinder.find(paths: paths)
        var diagnostics = found.diagnostics
        if found.files.isEmpty && found.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.noRuleFiles, at: .wholeFile(paths.first ?? "."), Message(.noRuleFilesFound, paths)))
        }
        let parsed = parseAll(found.files)
        var result = decode(parsed.map { (file: $0.file, documents: $0.set.documents) })
        diagnostics += parsed.flatMap(\.set.diagnostics)
        result.diagnostics = (diagnostics + result.diagnostics).sorted()
        return result
    }

    /// Decodes already-parsed documents (for tests and for callers holding text).
    public static func decode(_ files: [(file: String, documents: [YAMLNode])]) -> CatalogLoadResult {
        CatalogDecoder().decode(files)
    }

    /// Convenience for tests: parse YAML texts keyed by file name, then decode.
    public static func load(texts: [(file: String, text: String)]) -> CatalogLoadResult {
        let parsed = texts.map { (file: $0.file, set: YAMLReader.parse($0.text, file: $0.file)) }
        var result = decode(parsed.map { (file: $0.file, documents: $0.set.documents) })
        result.diagnostics = (parsed.flatMap(\.set.diagnostics) + result.diagnostics).sorted()
        return result
    }

    /// Reads and parses files on all cores; results keep the order of `files`.
    static func parseAll(_ files: [String]) -> [(file: String, set: YAMLDocumentSet)] {
        guard files.count > 1, #available(macOS 15, *) else { return files.map { ($0, readAndParse($0)) } }
        let results = Mutex<[Int: YAMLDocumentSet]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let set = readAndParse(files[index])
            results.withLock { $0[index] = set }
        }
        return results.withLock { sets in
            files.indices.map { (files[$0], sets[$0] ?? YAMLDocumentSet(documents: [], diagnostics: [])) }
        }
    }

    /// One file's documents, or an I001/Y006 diagnostic when it cannot be read (the reader checks size, folders,
    /// permissions and endless devices before reading).
    static func readAndParse(_ file: String) -> YAMLDocumentSet {
        YAMLReader.readFile(atPath: file, limits: .standard)
    }
}
