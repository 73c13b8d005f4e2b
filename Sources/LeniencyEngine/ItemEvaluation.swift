import LeniencyCatalog
import LeniencyCore

/// How one candidate item fared, with what the resolution step needs.
struct ItemEvaluation: Sendable {
    /// Catalog index of the list version.
    var listIndex: Int
    /// Index of the item in the list.
    var itemIndex: Int
    /// The outcome the item grants; nil for no-coercion items.
    var outcome: Outcome?
    var mandatory: Bool
    var status: TraceStatus
    /// Unknown facts that would decide it (conditions first, then exclusions).
    var deciding: [String]
    var reference: ItemReference
    var followUp: FollowUp
    var alsoAllows: [Outcome]
    var basis: [String]
    var unverified: Bool
    var generalPart: Bool
    var trace: TraceEntry

    /// Catalog order, for stable tie-breaking of missing facts.
    var sourceOrder: Int { listIndex &* 1_000_000 &+ itemIndex }
}

extension Engine {
    /// Evaluates one item of one list version against the case.
    func evaluate(item: ListItem, itemIndex: Int, list: LeniencyList, listIndex: Int, record: CaseRecord,
                  values: [String: FactValue], firstOffence: (FirstOffenceRule) -> FirstOffenceResult) -> ItemEvaluation {
        let evaluator = index.evaluator
        let usesFirstOffence = (item.conditions + item.exclusions).contains { $0.expression.factNames.contains(firstOffenceFactName) }
        let first = usesFirstOffence ? firstOffence(item.firstOffence) : FirstOffenceResult(value: nil, note: nil)
        let lookup: (String) -> FactValue? = { name in
            if name == firstOffenceFactName { return first.value.map(FactValue.boolean) }
            return values[name]
        }
        let conditions = item.conditions.map { result($0, lookup) }
        let exclusions = item.exclusions.map { result($0, lookup) }
        var deciding: [String] = []
        let status: TraceStatus
        if exclusions.contains(where: { $0.truth == .yes }) {
            status = .excluded
        } else if conditions.contains(where: { $0.truth == .no }) {
            status = .notApplicable
        } else if conditions.allSatisfy({ $0.truth == .yes }) && exclusions.allSatisfy({ $0.truth == .no }) {
            status = .applied
        } else {
            status = .undetermined
            for condition in item.conditions + item.exclusions {
                for name in evaluator.deciding(condition.expression, lookup) where !deciding.contains(name) { deciding.append(name) }
            }
        }
        let listRef = ListReference(listID: list.id, effective: list.validity.effective, document: list.info.document, title: list.info.title)
        let reference = ItemReference(list: listRef, itemID: item.id, title: item.title)
        let basis = (item.basis.isEmpty ? list.implements : item.basis).map(\.text)
        let violation = index.violations[record.violation]
        var citations: [String] = []
        for text in [list.info.document] + basis + (violation?.violates.map(\.text) ?? []) + (violation?.penaltyBasis.map(\.text) ?? [])
        where !text.isEmpty && !citations.contains(text) {
            citations.append(text)
        }
        let unverified = item.unverified || list.info.unverified || (violation?.unverified ?? false)
        var notes: [String] = []
        if usesFirstOffence, let note = first.note { notes.append("first offence: \(note)") }
        if let note = item.note { notes.append(note) }
        let outcome = item.outcome ?? list.kind.defaultOutcome
        let trace = TraceEntry(kind: .item, listID: list.id, listEffective: list.validity.effective, document: list.info.document,
                               itemID: item.id, title: item.title, status: status, outcome: outcome, mandatory: item.mandatory,
                               coercion: list.kind == .noCoercion, conditions: conditions, exclusions: exclusions,
                               deciding: deciding, citations: citations, unverified: unverified, notes: notes)
        return ItemEvaluation(listIndex: listIndex, itemIndex: itemIndex, outcome: outcome, mandatory: item.mandatory, status: status,
                              deciding: deciding, reference: reference, followUp: item.followUp, alsoAllows: item.alsoAllows,
                              basis: basis, unverified: unverified, generalPart: list.scope == .all, trace: trace)
    }

    /// One condition's truth and the values it saw.
    func result(_ condition: Condition, _ lookup: (String) -> FactValue?) -> ConditionResult {
        let truth = index.evaluator.truth(condition.expression, lookup)
        let readings = condition.expression.factNames.map { name in
            FactReading(name: name, value: lookup(name), label: index.facts[name]?.label ?? (name == firstOffenceFactName ? "初次违法" : nil),
                        labelEn: index.facts[name]?.labelEn ?? (name == firstOffenceFactName ? "first offence" : nil))
        }
        return ConditionResult(source: condition.source, label: condition.label, truth: truth, values: readings)
    }
}
