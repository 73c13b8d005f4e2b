public import LeniencyCore
public import LeniencyCatalog
import Foundation

/// `leniency lint`: loads rule files and runs the semantic checks the decoder cannot do alone.
public enum Linter {
    /// Loads the rule files under `paths` and returns every problem: load-time (YAML, schema,
    /// references, expressions) and semantic, sorted by position and without duplicates.
    public static func lint(paths: [String]) -> [Diagnostic] {
        capped(uncappedLint(paths: paths))
    }

    private static func uncappedLint(paths: [String]) -> [Diagnostic] {
        let result = CatalogLoader.load(paths: paths)
        return finish(result.diagnostics + check(result.catalog))
    }

    /// Lints the rule files under `paths` against the rule set under `context` (usually the rules folder that holds
    /// them), so linting one list finds the facts and violations declared elsewhere. Only problems in the files under
    /// `paths` are returned (a problem elsewhere is kept when one of its notes points into them, like a duplicate id).
    public static func lint(paths: [String], context: [String]) -> [Diagnostic] {
        let targets = RuleFileFinder.find(paths: paths)
        guard !targets.files.isEmpty else { return lint(paths: paths) }
        return capped(uncappedLint(targets: targets, context: context))
    }

    private static func uncappedLint(targets: (files: [String], diagnostics: [Diagnostic]), context: [String]) -> [Diagnostic] {
        let targetKeys = Set(targets.files.map(canonicalPath))
        let others = RuleFileFinder.find(paths: context).files.filter { !targetKeys.contains(canonicalPath($0)) }
        let shown = Set(targets.files)
        let all = uncappedLint(paths: targets.files + others)
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
        return capped(finish(result.diagnostics + check(result.catalog)))
    }

    /// The semantic checks over an already decoded catalog (possibly partial after load errors).
    public static func check(_ catalog: Catalog) -> [Diagnostic] {
        var bag = DiagnosticBag()
        OverlappingVersionsCheck.run(catalog, into: &bag)
        BandRangeCheck.run(catalog, into: &bag)
        TierBandsCheck.run(catalog, into: &bag)
        MissingCitationCheck.run(catalog, into: &bag)
        CitationFormatCheck.run(catalog, into: &bag)
        let facts = ItemSatisfiability.factsByName(catalog)
        UniqueOverlapCheck.run(catalog, facts: facts, into: &bag)
        NeverAppliesCheck.run(catalog, facts: facts, into: &bag)
        WeightTableCheck.run(catalog, facts: facts, into: &bag)
        StepMultiplesCheck.run(catalog, into: &bag)
        return finish(bag.diagnostics)
    }

    /// Most diagnostics of one code in one file that lint lists; one more diagnostic counts the rest.
    public static let maxPerCodeAndFile = 100

    /// Keeps the first `maxPerCodeAndFile` diagnostics of each code in each file and adds one that says how many
    /// more there are, at the last of them, so a pathological file cannot flood CI logs (input sorted).
    static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            var file: String
            var code: DiagnosticCode
        }
        var counts: [Key: Int] = [:]
        var lastHidden: [Key: Diagnostic] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let key = Key(file: diagnostic.location.file, code: diagnostic.code)
            let count = counts[key, default: 0] + 1
            counts[key] = count
            if count <= maxPerCodeAndFile { kept.append(diagnostic) } else { lastHidden[key] = diagnostic }
        }
        guard !lastHidden.isEmpty else { return diagnostics }
        for (key, last) in lastHidden {
            let hidden = (counts[key] ?? 0) - maxPerCodeAndFile
            kept.append(Diagnostic(
                key.code, at: SourceLocation(file: last.location.file, start: last.location.start, end: last.location.end),
                Message(hidden == 1 ? .lintMoreNotListedOne : .lintMoreNotListed, hidden, key.code.rawValue, maxPerCodeAndFile),
                hint: Message(.lintMoreNotListedHint), severity: last.severity
            ))
        }
        return kept.sorted()
    }

    /// Sorts and removes exact duplicates (one mistake can be reached by two paths).
    static func finish(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted().filter { seen.insert($0).inserted }
    }
}
