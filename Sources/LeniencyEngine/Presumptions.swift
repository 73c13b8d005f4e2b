public import LeniencyCatalog

/// Legal presumptions (`presumed:` in `rules/facts.yaml`): the value the law lets the agency assume when a case is
/// silent on a fact, e.g. full capacity, no proof of no fault (行政处罚法 Art. 33 ¶2 puts the proof on the party).
///
/// A presumption fills only a fact the case does not give (a recorded value, even `false`, always wins) and only for a
/// party the fact concerns (`applies_to:`). Each filled value is marked `.presumed`, so the trace and the decision's
/// `presumed` list can say so. `EngineOptions.presumptions = false` skips this step (strict three-valued result).
enum Presumptions {
    /// Fills the presumed value of every presumable fact missing from `values`.
    static func apply(to values: inout CaseValues, party: String, index: EngineIndex) {
        for entry in index.presumed where values.values[entry.name] == nil && entry.appliesTo.map({ $0.contains(party) }) ?? true {
            values.values[entry.name] = entry.presumption.value
            values.origins[entry.name] = .presumed
        }
    }
}

/// Facts that concern only some parties (`applies_to:`), e.g. age and mental capacity concern natural persons.
///
/// For another party the fact is not applicable: a boolean reads as false (a company is not "a mentally ill person
/// unable to control the act"), any other type stays unknown; either way it is never reported missing. A value the
/// case gives anyway is kept.
enum PartyScope {
    /// Marks the facts that do not concern `party`.
    static func apply(to values: inout CaseValues, party: String, index: EngineIndex) {
        for entry in index.partyScoped where !entry.appliesTo.contains(party) && values.values[entry.name] == nil {
            if entry.type == .boolean { values.values[entry.name] = .boolean(false) }
            values.origins[entry.name] = .notApplicable
        }
    }

    /// A condition left open only by facts that do not concern the party cannot hold for it (`age < 14` for a company):
    /// unknown becomes false; any other truth is kept.
    static func truth(_ truth: Truth, of expression: Expression, values: CaseValues, evaluator: ConditionEvaluator,
                      _ lookup: (String) -> FactValue?) -> Truth {
        guard truth == .unknown, !values.origins.isEmpty else { return truth }
        let open = evaluator.deciding(expression, lookup)
        return !open.isEmpty && open.allSatisfy(values.isNotApplicable) ? .no : truth
    }
}

/// A presumption a decision relied on: a rule read the presumed value.
public struct PresumedFact: Sendable, Hashable {
    /// The fact.
    public var fact: String
    /// The value presumed.
    public var value: FactValue
    /// The legal basis of the presumption.
    public var basis: [String]
    /// How the presumption reads (Chinese).
    public var label: String
    /// The same in English, if declared.
    public var labelEn: String?

    /// Creates a presumed fact.
    public init(fact: String, value: FactValue, basis: [String], label: String, labelEn: String? = nil) {
        self.fact = fact
        self.value = value
        self.basis = basis
        self.label = label
        self.labelEn = labelEn
    }
}

extension Presumptions {
    /// The presumptions some rule of the trace read, in first-use order.
    static func used(in trace: [TraceEntry], index: EngineIndex) -> [PresumedFact] {
        var seen: Set<String> = []
        var used: [PresumedFact] = []
        for entry in trace {
            for condition in entry.conditions + entry.exclusions {
                for reading in condition.values where reading.origin == .presumed && !seen.contains(reading.name) {
                    seen.insert(reading.name)
                    guard let presumption = index.facts[reading.name]?.presumption else { continue }
                    used.append(PresumedFact(fact: reading.name, value: presumption.value, basis: presumption.basis.map(\.text),
                                             label: presumption.label, labelEn: presumption.labelEn))
                }
            }
        }
        return used
    }
}
