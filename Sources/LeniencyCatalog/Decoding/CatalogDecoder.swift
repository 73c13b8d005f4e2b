import LeniencyCore
import LeniencyYAML

/// One decoding run over parsed rule documents: two passes, then cross-file checks.
///
/// Facts and violations are decoded first so that conditions can be type-checked and violation codes
/// resolved whatever order the files come in.
final class CatalogDecoder {
    let reader = SchemaReader()
    var catalog = Catalog()
    var registry = DefinitionRegistry()
    /// The vocabulary conditions are compiled against.
    var factsByName: [String: FactDefinition] = [:]
    /// Known violation codes.
    var violationCodes: Set<String> = []
    /// Facts and violations of the first pass, handed to the catalog in one assignment each: the catalog rebuilds
    /// its lookup index on every change, so appending one by one would be quadratic.
    var decodedFacts: [FactDefinition] = []
    var decodedViolations: [Violation] = []
    /// `replaces:` references, checked once every limitation period is known.
    var pendingReplaces: [(period: String, node: YAMLNode)] = []
    /// Limitation period ids seen.
    var periodIDs: Set<String> = []
    /// Region names used by lists, standards and policies, checked once every region is known.
    var pendingRegions: [(name: String, node: YAMLNode, what: String)] = []
    /// Violations' `elements:`, compiled once every fact is declared.
    var pendingElements: [(violation: Int, node: YAMLNode)] = []

    /// Decodes all documents of all files.
    func decode(_ files: [(file: String, documents: [YAMLNode])]) -> CatalogLoadResult {
        catalog.files = files.map(\.file)
        var later: [(DocumentKind, YAMLNode)] = []
        for file in files {
            for document in file.documents {
                guard let kind = kind(of: document) else { continue }
                switch kind {
                case .facts: decodeFacts(document)
                case .violations: decodeViolations(document)
                case .regions: decodeRegions(document)
                default: later.append((kind, document))
                }
            }
        }
        for pending in pendingElements {
            decodedViolations[pending.violation].elements = conditions(pending.node, "violation element", builtins: itemBuiltins)
        }
        catalog.facts = decodedFacts
        catalog.violations = decodedViolations
        for (kind, document) in later {
            switch kind {
            case .derivations: decodeDerivations(document)
            case .duties: decodeDuties(document)
            case .list: decodeList(document)
            case .standard: decodeStandard(document)
            case .limitation: decodeLimitation(document)
            case .policy: decodePolicy(document)
            case .calendar: decodeCalendar(document)
            case .facts, .violations, .regions: break
            }
        }
        checkReplaces()
        checkRegions()
        checkDerivationCycles()
        return CatalogLoadResult(catalog: catalog, diagnostics: reader.bag.diagnostics.sorted())
    }

    /// The document's `kind`, or nil after an S003/S005.
    private func kind(of document: YAMLNode) -> DocumentKind? {
        guard document.pairs != nil else {
            if !document.isNull {
                reader.emit(.wrongType, at: document, Message(.ruleDocumentMustBeMapping, document.kindMessage),
                            hint: Message(.ruleDocumentStartHint))
            }
            return nil
        }
        let names = DocumentKind.allCases.map(\.rawValue)
        guard let node = document["kind"], !node.isNull else {
            reader.emit(.unknownDocumentKind, at: document, Message(.ruleDocumentNoKind),
                        hint: Message(.ruleDocumentAddKind, names.map { "`\($0)`" }))
            return nil
        }
        guard let text = reader.string(node, "kind") else { return nil }
        if text == "test" {
            // A rule test given to lint or to --rules by name, or one whose file name lacks `.test.yaml`.
            reader.emit(.unknownDocumentKind, at: node, Message(.ruleDocumentIsTest), hint: Message(.ruleDocumentIsTestHint))
            return nil
        }
        guard let kind = DocumentKind(rawValue: text) else {
            let suggestion = SchemaReader.closest(to: text, among: names)
            reader.emit(.unknownDocumentKind, at: node, Message(.unknownDocumentKind, text),
                        hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaUseOneOf, names.map { "`\($0)`" }))
            return nil
        }
        return kind
    }

    /// Reports `replaces:` naming no limitation period.
    private func checkReplaces() {
        let known = Array(periodIDs).sorted()
        for (period, node) in pendingReplaces where !periodIDs.contains(period) {
            let suggestion = SchemaReader.closest(to: period, among: known)
            reader.emit(.unknownReference, at: node, Message(.replacesNoPeriod, period),
                        hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.replacesHint))
        }
    }
}
