public import LeniencyCatalog
import LeniencyCaseInput
import LeniencyCore

/// A derivation that fired for a case: the fact it set, and why.
public struct DerivedFact: Sendable, Hashable {
    /// The fact.
    public var fact: String
    /// The value derived.
    public var value: FactValue
    /// The derivation's id.
    public var rule: String
    /// The 文号 of the document holding it (empty when none).
    public var document: String
    /// Its citations.
    public var basis: [String]
    /// How the rules name it.
    public var label: String?
    /// The value the case itself recorded, when it differed (the derived value wins).
    public var replaced: FactValue?

    /// Creates a derived fact.
    public init(fact: String, value: FactValue, rule: String, document: String, basis: [String], label: String?, replaced: FactValue? = nil) {
        self.fact = fact
        self.value = value
        self.rule = rule
        self.document = document
        self.basis = basis
        self.label = label
        self.replaced = replaced
    }
}

/// Derived facts (`kind: derivations`): a rule defines a fact from others for the cases in its scope.
///
/// Three-valued semantics, per derivation `fact := value when condition`, in dependency order:
/// - condition true → the fact is `value`, whatever the case recorded (the rule is law: 33号 says such harm "不能认定为
///   危害后果轻微"); a different recorded value is kept in the trace as replaced;
/// - condition false → the derivation does not fire: the recorded (or presumed, or unknown) value stays;
/// - condition unknown → a value the case records stands (the rule overrides only on established facts); a fact that
///   already has `value` stays (the answer is the same either way); otherwise (the case is silent, or only a presumption
///   speaks) the fact is unknown, and what would decide it is the fact itself or the condition's unknown inputs.
/// Two derivations that fire with different values leave the fact unknown (the trace names both).
/// A document applies when in force on the day the decision is made (the decision date, `--on`, else the act date).
enum Derivations {}

extension Engine {
    /// Applies every derivation in force and in scope to `values`, returning the trace entries.
    func applyDerivations(to values: inout CaseValues, record: CaseRecord, on date: CivilDate) -> [TraceEntry] {
        guard !index.derivationOrder.isEmpty else { return [] }
        let sector = index.violations[record.violation]?.sector
        var trace: [TraceEntry] = []
        var firedValue: [String: (value: FactValue, rule: String)] = [:]
        for (rulesIndex, derivation) in index.derivationOrder {
            let rules = catalog.derivations[rulesIndex]
            guard rules.validity.contains(date), derivation.covers(violation: record.violation, sector: sector) else { continue }
            let snapshot = values
            let lookup: (String) -> FactValue? = { snapshot[$0] }
            let condition = result(derivation.condition, values: snapshot, lookup)
            let previous = values[derivation.fact]
            let recordedByCase = values.origin(of: derivation.fact) == nil && previous != nil
            var status: TraceStatus
            var deciding: [String] = []
            var notes: [(String, String)] = []
            let shown = FactText.english(derivation.value), shownZh = FactText.chinese(derivation.value)
            switch condition.truth {
            case .yes:
                status = .applied
                if let earlier = firedValue[derivation.fact], earlier.value != derivation.value {
                    values.values[derivation.fact] = nil
                    values.origins[derivation.fact] = .derived(derivation.id)
                    values.derivedInputs[derivation.fact] = []
                    notes.append(("derivations \(earlier.rule) and \(derivation.id) give \(derivation.fact) different values; it stays unknown",
                                  "推导规则 \(earlier.rule) 与 \(derivation.id) 对 \(derivation.fact) 给出不同的值，该事实仍为未知"))
                    status = .undetermined
                } else {
                    values.values[derivation.fact] = derivation.value
                    values.origins[derivation.fact] = .derived(derivation.id)
                    values.derivedInputs[derivation.fact] = nil
                    firedValue[derivation.fact] = (derivation.value, derivation.id)
                    notes.append(("\(derivation.fact) = \(shown) by this rule", "依本规则，\(derivation.fact) = \(shownZh)"))
                    if recordedByCase, let previous, previous != derivation.value {
                        notes.append(("the case records \(derivation.fact) = \(FactText.english(previous)), but the rule decides: \(shown)",
                                      "案卷记载 \(derivation.fact) = \(FactText.chinese(previous))，但依本规则应为 \(shownZh)"))
                        values.replaced[derivation.fact] = previous
                    }
                }
            case .no:
                status = .notApplicable
            case .unknown:
                status = .undetermined
                if recordedByCase {
                    // The case's own assessment stands until the rule is shown to apply: a derivation overrides a recorded
                    // value only on established facts.
                    if previous != derivation.value {
                        notes.append(("the case records \(derivation.fact) = \(FactText.english(previous ?? derivation.value)); the rule would give \(shown) if its condition were shown to hold",
                                      "案卷记载 \(derivation.fact) = \(FactText.chinese(previous ?? derivation.value))；若本规则条件成立则应为 \(shownZh)"))
                    }
                } else if previous != derivation.value {
                    deciding = decidingFacts(derivation.condition.expression, values: snapshot, lookup)
                    if !deciding.contains(derivation.fact) { deciding.insert(derivation.fact, at: 0) }
                    values.values[derivation.fact] = nil
                    values.origins[derivation.fact] = .derived(derivation.id)
                    // Several open derivations of one fact: each one's inputs can decide it.
                    var inputs = values.derivedInputs[derivation.fact] ?? []
                    for name in deciding where !inputs.contains(name) { inputs.append(name) }
                    values.derivedInputs[derivation.fact] = inputs
                    notes.append(("\(derivation.fact) is \(shown) if the condition holds; until then it is unknown",
                                  "若条件成立，\(derivation.fact) = \(shownZh)；在此之前该事实未知"))
                }
            }
            var entry = TraceEntry(kind: .derivation, listID: rules.id, listEffective: rules.validity.effective,
                                   document: rules.info.document, itemID: derivation.id,
                                   title: derivation.label ?? "\(derivation.fact) = \(shownZh)", status: status, outcome: nil,
                                   mandatory: true, conditions: [condition], deciding: deciding,
                                   citations: ([rules.info.document] + derivation.basis.map(\.text)).filter { !$0.isEmpty },
                                   unverified: rules.info.unverified)
            for (en, zh) in notes { entry.note(en, zh) }
            trace.append(entry)
        }
        return trace
    }

    /// The derivations that fired, from the trace, in order.
    func derivedFacts(in trace: [TraceEntry], values: CaseValues) -> [DerivedFact] {
        var facts: [DerivedFact] = []
        for entry in trace where entry.kind == .derivation && entry.status == .applied {
            guard let derivation = index.derivationsByID[entry.itemID] else { continue }
            facts.append(DerivedFact(fact: derivation.fact, value: derivation.value, rule: derivation.id, document: entry.document,
                                     basis: derivation.basis.map(\.text), label: derivation.label,
                                     replaced: values.replaced[derivation.fact]))
        }
        return facts
    }
}

/// Fact values in explanations written by the engine (booleans as true/false or 是/否).
enum FactText {
    static func english(_ value: FactValue) -> String { value.description }

    static func chinese(_ value: FactValue) -> String {
        if case .boolean(let b) = value { return b ? "是" : "否" }
        return value.description
    }
}
