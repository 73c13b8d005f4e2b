import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

extension Engine {
    /// The `no-violation` decision when the case's facts fail one of the violation's elements (构成要件), else nil.
    ///
    /// Only a known failure counts: an element the case leaves unknown is the officer's to establish, and the case
    /// proceeds on the violation it names (行政处罚法 Art. 40 is the agency's burden, not the engine's guess).
    func noViolation(_ record: CaseRecord, values: CaseValues) -> Decision? {
        guard let violation = index.violations[record.violation], !violation.elements.isEmpty else { return nil }
        let lookup: (String) -> FactValue? = { values[$0] }
        let results = violation.elements.map { result($0, values: values, lookup) }
        guard results.contains(where: { $0.truth == .no }) else { return nil }
        var decision = Decision(caseID: record.id, outcome: .noViolation)
        decision.basis = violation.violates.map(\.text)
        decision.timeBarred = nil
        let failed = zip(violation.elements, results).filter { $0.1.truth == .no }.map { $0.0.label ?? $0.0.source }
        decision.note("the facts do not make out \(violation.code) (\(violation.title)): \(failed.joined(separator: "; ")) does not hold, so there is no violation to penalise or exempt",
                      "案件事实不构成 \(violation.code)（\(violation.title)）：“\(failed.joined(separator: "；"))”不成立，不存在应予处罚或者免罚的违法行为")
        decision.trace.append(TraceEntry(kind: .item, listID: "elements", listEffective: record.dates.act, document: "",
                                         itemID: violation.code, title: violation.title, status: .notApplicable, outcome: nil,
                                         mandatory: true, conditions: results, citations: violation.violates.map(\.text)))
        return decision
    }
}
