public import LeniencyCore
public import LeniencyCatalog

/// `leniency lint`: loads rule files and runs the semantic checks the decoder cannot do alone.
public enum Linter {
    /// Loads the rule files under `paths` and returns every problem: load-time (YAML, schema,
    /// references, expressions) and semantic, sorted by position and without duplicates.
    public static func lint(paths: [String]) -> [Diagnostic] {
        let result = CatalogLoader.load(paths: paths)
        return finish(result.diagnostics + check(result.catalog))
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
