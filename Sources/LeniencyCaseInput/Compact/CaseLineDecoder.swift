public import LeniencyCatalog

/// Decodes one JSON Lines case: the byte scanner for a clean line, the positioned reader for anything else.
///
/// The positioned reader (`JSONLineParser` → `YAMLNode` → `CaseDecoder`) re-reads only the lines the scanner
/// declines, so every diagnostic keeps its exact wording and file:line:column.
public struct CaseLineDecoder: Sendable {
    /// The catalog the cases are typed by.
    public let catalog: Catalog
    /// The byte scanner.
    public let scanner: JSONLineScanner

    /// A decoder for `catalog`.
    public init(catalog: Catalog) {
        self.catalog = catalog
        self.scanner = JSONLineScanner(layout: CaseSlotLayout(catalog: catalog))
    }

    /// The case on `bytes` (line `line` of `file`), or the diagnostics explaining why it was left out.
    ///
    /// `scratch` is reused from call to call, so a clean line allocates only the `CaseRecord` it returns. Without
    /// `facts`, a scanned case's record has no `facts` (they stay in `scratch`'s slots; see `CompactCase.caseRecord`).
    public func decode(_ bytes: [UInt8], file: String, line: Int, scratch: inout CompactCase, facts: Bool = true) -> CaseLoadResult {
        let record: CaseRecord? = bytes.withUnsafeBufferPointer { buffer in
            guard scanner.scan(buffer, into: &scratch) else { return nil }
            return scratch.caseRecord(layout: scanner.layout, file: file, lineNumber: line, line: buffer, facts: facts)
        }
        if let record {
            var result = CaseLoadResult(cases: [record])
            result.scanned = true
            return result
        }
        return Self.slow(.jsonLine(file: file, line: line, bytes: bytes), file: file, catalog: catalog)
    }

    /// A raw record through the positioned reader.
    public static func slow(_ raw: RawRecord, file: String, catalog: Catalog) -> CaseLoadResult {
        let (node, problems) = raw.nodes()
        guard let node else { return CaseLoadResult(diagnostics: problems) }
        return CaseDecoder.decode(documents: [node], file: file, catalog: catalog)
    }
}
