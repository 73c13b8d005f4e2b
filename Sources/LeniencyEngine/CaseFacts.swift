import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The facts of a case as conditions read them: `facts:` plus fields bound by `source:`.
enum CaseFacts {
    /// Every known fact value of the case; source-bound facts come from the case fields, else from `facts:`.
    static func values(of record: CaseRecord, index: EngineIndex) -> [String: FactValue] {
        var values = record.facts
        // One copy at the final size instead of a copy and then a rehash as the bound facts are added.
        values.reserveCapacity(record.facts.count + index.sourceBound.count)
        for (name, source) in index.sourceBound {
            if let value = value(of: source, in: record) { values[name] = value }
        }
        return values
    }

    /// The value a case field gives a source-bound fact; nil when the case does not give it.
    static func value(of source: FactSource, in record: CaseRecord) -> FactValue? { record.value(of: source) }

    /// The money a multiple-based statutory range is computed from (`illegal_gains`, `goods_value` or a money fact).
    static func money(named basis: String, in record: CaseRecord, index: EngineIndex, values: [String: FactValue]) -> Money? {
        switch basis {
        case "illegal_gains": if let m = record.illegalGains { return m }
        case "goods_value": if let m = record.goodsValue { return m }
        default: break
        }
        if let source = index.facts[basis]?.source, case .money(let m)? = value(of: source, in: record) { return m }
        if case .money(let m)? = values[basis] { return m }
        return nil
    }
}
