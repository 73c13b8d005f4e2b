import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyRegister

/// `leniency audit --register`: the register's own cases, audited like an export of them.
enum RegisterAudit {
    /// Reads every stored case (a page at a time), decodes it with the rules in force, and audits them together.
    /// Findings and problems point at the file and line each case was imported from.
    static func run(register explicit: String, catalog: Catalog, options: AuditOptions, language: Language) throws -> AuditReport {
        let chinese = language == .zh
        guard let store = try RegisterOption.open(explicit: explicit, command: "audit", chinese: chinese) else {
            return Auditor(catalog: catalog, options: options).audit(cases: [])
        }
        defer { RegisterOption.close(store) }
        let decoder = CaseLineDecoder(catalog: catalog)
        var scratch = CompactCase()
        var records: [CaseRecord] = []
        var problems: [Diagnostic] = []
        var after: (caseID: String, agency: String)?
        while true {
            let page: [StoredCase]
            do {
                let key = after
                page = try Blocking.run { try await store.cases(after: key, limit: 2_000) }
            } catch let error as RegisterError {
                RegisterOption.fail(error, command: "audit", chinese: chinese)
            }
            guard let last = page.last else { break }
            after = (last.caseID, last.agency)
            for stored in page {
                // The stored JSON is one line; its diagnostics name the export it came from, at the record's line.
                let loaded = decoder.decode(Array(stored.json.utf8), file: stored.sourceFile, line: stored.sourceLine, scratch: &scratch)
                problems += loaded.diagnostics
                for var record in loaded.cases {
                    record.location = SourceLocation(file: stored.sourceFile, start: SourcePosition(line: stored.sourceLine, column: 1))
                    records.append(record)
                }
            }
        }
        var report = Auditor(catalog: catalog, options: options).audit(cases: records)
        report.diagnostics += problems
        return report
    }
}
