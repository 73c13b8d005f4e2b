public import LeniencyCaseInput
public import LeniencyCatalog
import LeniencyCore

/// Where a value the engine reads came from, when not from the case file itself.
public enum FactOrigin: Sendable, Hashable {
    /// The law's presumption (`presumed:` in the fact vocabulary): the case is silent on the fact.
    case presumed
    /// A derivation rule (`kind: derivations`) set it; the associated value is the rule's id.
    case derived(String)
    /// The fact does not concern this party (`applies_to:`); booleans read as false, other types stay unknown.
    case notApplicable
}

/// The values conditions read for one case: the case's facts, the fields bound by `source:`, presumptions and
/// derivations, with where each non-case value came from.
struct CaseValues: Sendable {
    /// Every known value by fact name.
    var values: [String: FactValue]
    /// The origin of each value that is not written in the case (absent = the case gives it).
    var origins: [String: FactOrigin] = [:]
    /// For a fact a derivation left open: the facts that would decide it (asked for instead of the fact itself).
    var derivedInputs: [String: [String]] = [:]
    /// Values the case recorded that a derivation replaced.
    var replaced: [String: FactValue] = [:]
    /// The derivations in scope, for the trace (computed once per case, shown before everything else).
    var derivationTrace: [TraceEntry] = []

    subscript(name: String) -> FactValue? { values[name] }

    /// Where `name`'s value came from; nil when the case gives it (or nobody does).
    func origin(of name: String) -> FactOrigin? { origins.isEmpty ? nil : origins[name] }

    /// True when the fact does not concern this party, so it is never reported missing.
    func isNotApplicable(_ name: String) -> Bool { origins[name] == .notApplicable }
}

/// The facts of a case as conditions read them: `facts:` plus fields bound by `source:`, then presumptions.
enum CaseFacts {
    /// Every known fact value of the case; a case field bound by `source:` wins over a `facts:` value of the same fact
    /// (docs/LEGAL-CHOICES.md "Case fields before facts"), then presumptions fill what the case is silent on.
    static func values(of record: CaseRecord, index: EngineIndex, options: EngineOptions) -> CaseValues {
        var values = record.facts
        // One copy at the final size instead of a copy and then a rehash as the bound facts are added.
        values.reserveCapacity(record.facts.count + index.sourceBound.count + index.presumed.count)
        for (name, source) in index.sourceBound {
            if let value = value(of: source, in: record) { values[name] = value }
        }
        var result = CaseValues(values: values)
        PartyScope.apply(to: &result, party: record.party.type.rawValue, index: index)
        if options.presumptions { Presumptions.apply(to: &result, party: record.party.type.rawValue, index: index) }
        return result
    }

    /// The value a case field gives a source-bound fact; nil when the case does not give it.
    static func value(of source: FactSource, in record: CaseRecord) -> FactValue? { record.value(of: source) }

    /// The money a multiple-based statutory range is computed from: the case field first, then `facts:`
    /// (`CaseRecord.money(named:catalog:)`, shared with the audit), then a presumed or derived money value.
    static func money(named basis: String, in record: CaseRecord, catalog: Catalog, values: CaseValues) -> Money? {
        if let amount = record.money(named: basis, catalog: catalog) { return amount }
        if case .money(let m)? = values[basis] { return m }
        return nil
    }
}
