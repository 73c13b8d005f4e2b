public import LeniencyCore
public import LeniencyCatalog
import Foundation

/// `leniency lint`: loads rule files and runs the semantic checks the decoder cannot do alone.
public enum Linter {
    /// Loads the rule files under `paths` and returns every problem: load-time (YAML, schema,
    /// references, expressions) and semantic, sorted by position and without duplicates.
    public static func lint(paths: [String]) -> [Diagnostic] {
        let result = CatalogLoader.load(paths: paths)
        return finish(result.diagnostics + check(result.catalog))
    }

    /// Lints the rule files under `paths` against the rule set under `context` (usually the rules folder that holds
    /// them), so linting one list finds the facts and violations declared elsewhere. Only problems in the files under
    /// `paths` are returned (a problem elsewhere is kept when one of its notes points into them, like a duplicate id).
    public static func lint(paths: [String], context: [String]) -> [Diagnostic] {
        let targets = RuleFileFinder.find(paths: paths)
        guard !targets.files.isEmpty else { return lint(paths: paths) }
        let targetKeys = Set(targets.files.map(canonicalPath))
        let others = RuleFileFinder.find(paths: context).files.filter { !targetKeys.contains(canonicalPath($0)) }
        let shown = Set(targets.files)
        let all = lint(paths: targets.files + others)
        return finish(targets.diagnostics + all.filter { diagnostic in
            shown.contains(diagnostic.location.file) || diagnostic.notes.contains { shown.contains($0.location.file) }
        })
    }

    /// One spelling per file (`rules/a.yaml`, `./rules/a.yaml` and an absolute path are the same file).
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Like `lint(paths:)` for in-memory texts; used by tests and editors.
    public static func lint(texts: [(file: String, text: String)]) -> [Diagnostic] {
        let result = CatalogLoader.load(texts: texts)
        return finish(result.diagnostics + check(result.catalog))
    }

    /// The semantic checks over an already decoded catalog (possibly partial after load errors).
    public static func check(_ catalog: Catalog) -> [Diagnostic] {
        var bag = DiagnosticBag()
        OverlappingVersionsCheck.run(catalog, into: &bag)
        BandRangeCheck.run(catalog, into: &bag)
        TierBandsCheck.run(catalog, into: &bag)
        MissingCitationCheck.run(catalog, into: &bag)
        CitationFormatCheck.run(catalog, into: &bag)
        UniqueOverlapCheck.run(catalog, into: &bag)
        NeverAppliesCheck.run(catalog, into: &bag)
        return finish(bag.diagnostics)
    }

    /// Sorts and removes exact duplicates (one mistake can be reached by two paths).
    static func finish(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted().filter { seen.insert($0).inserted }
    }
}
