public import LeniencyCatalog
public import LeniencyCore
public import LeniencyYAML

/// The cases read from one input and every problem found while reading them.
public struct CaseLoadResult: Sendable {
    /// Cases without errors, in file order.
    public var cases: [CaseRecord]
    /// Problems found (YAML, schema, references, warnings), in order of discovery.
    public var diagnostics: [Diagnostic]
    /// Whether the input's form holds several cases (several documents, a top-level sequence, `cases:`), however
    /// many of them turned out valid: `check --format json` then prints an array.
    public var holdsSeveralCases: Bool
    /// True when the one case was read by the JSON Lines byte scanner: the `CompactCase` it was scanned into holds
    /// it in slot form, so the compiled engine can decide it without filling slots again.
    public var scanned = false

    /// Creates a result.
    public init(cases: [CaseRecord] = [], diagnostics: [Diagnostic] = [], holdsSeveralCases: Bool = false) {
        self.cases = cases
        self.diagnostics = diagnostics
        self.holdsSeveralCases = holdsSeveralCases
    }
}

/// Reads case files (docs/CASE-FORMAT.md) into `CaseRecord`s, typing facts by the catalog's vocabulary.
///
/// A case with an error is left out (its diagnostics are kept); the other cases of the same file are still returned.
public enum CaseDecoder {
    /// Decodes every case in the documents (one case per document, or a top-level `cases:` sequence).
    public static func decode(documents: [YAMLNode], file: String, catalog: Catalog) -> CaseLoadResult {
        decode(YAMLDocumentSet(documents: documents, diagnostics: []), file: file, catalog: catalog)
    }

    /// Decodes a reader's output, keeping its diagnostics first.
    static func decode(_ set: YAMLDocumentSet, file: String, catalog: Catalog) -> CaseLoadResult {
        let documents = set.documents
        var result = CaseLoadResult(diagnostics: set.diagnostics)
        result.holdsSeveralCases = documents.filter { !$0.isNull }.count > 1
            || documents.contains { $0.items != nil || $0.pairs?.contains(where: { $0.key.text == "cases" }) == true }
        var firstSeen: [String: SourceLocation] = [:]
        var sawCase = false
        for document in documents {
            let container = SchemaReader()
            let nodes = caseNodes(in: document, reader: container)
            result.diagnostics.append(contentsOf: container.bag.diagnostics)
            for node in nodes {
                sawCase = true
                let reader = SchemaReader()
                let record = CaseReading(catalog: catalog, reader: reader).record(node)
                if let record, let first = firstSeen[record.id] {
                    reader.emit(.duplicateID, at: node, Message(.caseDuplicate, record.id), hint: Message(.caseDuplicateHint),
                                notes: [Diagnostic.Note(location: first, Message(.firstGivenHere))])
                }
                result.diagnostics.append(contentsOf: reader.bag.diagnostics)
                if let record, !reader.bag.hasErrors {
                    firstSeen[record.id] = record.location
                    result.cases.append(record)
                }
            }
        }
        // After an error the missing cases are already explained.
        if !sawCase, !result.diagnostics.contains(where: { $0.severity == .error }) {
            result.diagnostics.append(Diagnostic(.invalidCaseFile, at: .wholeFile(file), Message(.caseNoCase),
                                                 hint: Message(.caseNoCaseHint)))
        }
        return result
    }

    /// Reads and decodes a case file (YAML or JSON), keeping the reader's diagnostics.
    public static func load(path: String, catalog: Catalog) -> CaseLoadResult {
        decode(YAMLReader.readFile(atPath: path), file: path, catalog: catalog)
    }

    /// Decodes cases from text (tests, stdin).
    public static func decode(text: String, file: String, catalog: Catalog) -> CaseLoadResult {
        decode(YAMLReader.parse(text, file: file), file: file, catalog: catalog)
    }

    /// The case mappings of one document: the document itself, the items of `cases:`, or the items of a top-level sequence.
    static func caseNodes(in document: YAMLNode, reader: SchemaReader) -> [YAMLNode] {
        if document.isNull { return [] }
        if let items = document.items { return items }
        guard let pairs = document.pairs else {
            reader.emit(.wrongType, at: document, Message(.caseMustBeMapping, document.kindMessage), hint: Message(.caseStartHint))
            return []
        }
        guard pairs.contains(where: { $0.key.text == "cases" }) else { return [document] }
        guard let fields = reader.mapping(document, "case file", required: ["cases"]), let list = fields["cases"] else { return [] }
        guard let items = list.items else {
            reader.emit(.wrongType, at: list, Message(.caseCasesMustBeSequence, list.kindMessage), hint: Message(.caseCasesItemHint))
            return []
        }
        return items
    }
}
