import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyRegister
import LeniencyReports
import LeniencyYAML

/// Request bodies to decisions, with no HTTP in sight: decoding under the limits, the register lookup, the engine.
struct DecisionWork: Sendable {
    let rules: RulesHolder
    let register: CaseRegister?
    let limits: ServiceLimits
    let metrics: ServiceMetrics

    /// The cases of a body: one JSON object, or an array of them (YAML is read too, as the case format allows).
    /// A body that cannot be read is 400, one whose cases do not match the format 422, too many cases 413.
    func cases(in bytes: [UInt8], catalog: Catalog, lineDecoder: CaseLineDecoder) -> Result<(records: [CaseRecord], asArray: Bool), Problem> {
        if let problem = Self.depthProblem(bytes, limit: limits.maxDepth) { return .failure(problem) }
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        guard let start else { return .failure(.unreadable([])) }
        let asArray = bytes[start] == UInt8(ascii: "[")
        // One line holding one object (a final line break allowed, as curl --data-binary of a file sends it): the
        // byte scanner of JSON Lines reads it without building a node tree.
        let end = (bytes.lastIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } ?? start) + 1
        if !asArray, bytes[start] == UInt8(ascii: "{"), !bytes[..<end].contains(0x0A) {
            var scratch = CompactCase()
            let loaded = lineDecoder.decode(Array(bytes[..<end]), file: "request", line: 1, scratch: &scratch)
            return classify(loaded, asArray: false)
        }
        var yamlLimits = YAMLLimits.standard
        yamlLimits.maxInputBytes = limits.maxBodyBytes
        yamlLimits.maxDepth = limits.maxDepth
        let parsed = YAMLReader.parse(bytes: bytes, file: "request", limits: yamlLimits)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) {
            return .failure(.unreadable(parsed.diagnostics.filter { $0.severity == .error }))
        }
        let decoded = CaseDecoder.decode(documents: parsed.documents, file: "request", catalog: catalog)
        return classify(CaseLoadResult(cases: decoded.cases, diagnostics: parsed.diagnostics + decoded.diagnostics), asArray: asArray)
    }

    private func classify(_ loaded: CaseLoadResult, asArray: Bool) -> Result<(records: [CaseRecord], asArray: Bool), Problem> {
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let syntax = errors.allSatisfy { $0.code.rawValue.hasPrefix("Y") }
            return .failure(syntax ? .unreadable(errors) : .invalidCase(loaded.diagnostics))
        }
        guard loaded.cases.count <= limits.maxCasesPerRequest else {
            return .failure(.tooManyCases(loaded.cases.count, limit: limits.maxCasesPerRequest))
        }
        return .success((loaded.cases, asArray))
    }

    /// Decides the cases with the rules in service, taking each party's history from the register when a case lists
    /// none. A register that cannot be read is a 503, never "no prior violations". Without `explain` the compiled
    /// engine decides and the decision goes out brief (no trace or prose), as `check --format jsonl` gives it.
    func decide(_ records: [CaseRecord], rules loaded: RulesHolder.Loaded, on date: CivilDate?, explain: Bool) async -> Result<[Decision], Problem> {
        var decisions: [Decision] = []
        decisions.reserveCapacity(records.count)
        var compact = CompactCase()
        var scratch = CompiledScratch()
        for record in records {
            let completed: HistoryLookup.Completed
            do {
                completed = try await HistoryLookup.complete(record, register: register)
            } catch let error as RegisterError {
                return .failure(.register(error.message, error.messageZh))
            } catch {
                return .failure(.register(String(describing: error), String(describing: error)))
            }
            var decision = explain
                ? loaded.engine.decide(completed.record, on: date)
                : loaded.compiled.decide(completed.record, on: date, compact: &compact, scratch: &scratch).brief
            if let note = completed.note {
                decision.notes.append(note.english)
                decision.notesZh.append(note.chinese)
            }
            decisions.append(decision)
        }
        metrics.decided(decisions.map(\.outcome.rawValue))
        return .success(decisions)
    }

    /// A Y004 problem when the JSON nests deeper than `limit` (strings skipped), before any parser sees it.
    static func depthProblem(_ bytes: [UInt8], limit: Int) -> Problem? {
        var depth = 0, line = 1, column = 0
        var inString = false, escaped = false
        for byte in bytes {
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == 0x0A { line += 1; column = 0 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit {
                    let at = SourceLocation(file: "request", start: SourcePosition(line: line, column: column))
                    return .unreadable([Diagnostic(.nestingTooDeep, at: at, "the JSON nests deeper than \(limit) levels",
                                                   hint: "a case is at most a few levels deep; flatten the request")])
                }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return nil
    }
}
