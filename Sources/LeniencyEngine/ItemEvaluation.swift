import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// How one candidate item fared, with what the resolution step needs.
///
/// A class, so the filtering and sorting of a decision's candidates move references instead of copying every field.
final class ItemEvaluation: Sendable {
    /// Catalog index of the list version.
    let listIndex: Int
    /// Index of the item in the list.
    let itemIndex: Int
    /// The outcome the item grants; nil for no-coercion items.
    let outcome: Outcome?
    let mandatory: Bool
    let status: TraceStatus
    /// Unknown facts that would decide it (conditions first, then exclusions).
    let deciding: [String]
    let reference: ItemReference
    let followUp: FollowUp
    let alsoAllows: [Outcome]
    let basis: [String]
    let unverified: Bool
    let generalPart: Bool
    let trace: TraceEntry
    /// The order-independent tie-break key of `OpenCandidate` (built once per catalog).
    let missingKey: String

    init(listIndex: Int, itemIndex: Int, outcome: Outcome?, mandatory: Bool, status: TraceStatus, deciding: [String],
         reference: ItemReference, followUp: FollowUp, alsoAllows: [Outcome], basis: [String], unverified: Bool,
         generalPart: Bool, trace: TraceEntry, missingKey: String) {
        self.listIndex = listIndex
        self.itemIndex = itemIndex
        self.outcome = outcome
        self.mandatory = mandatory
        self.status = status
        self.deciding = deciding
        self.reference = reference
        self.followUp = followUp
        self.alsoAllows = alsoAllows
        self.basis = basis
        self.unverified = unverified
        self.generalPart = generalPart
        self.trace = trace
        self.missingKey = missingKey
    }

    /// Catalog order, for stable tie-breaking of missing facts.
    var sourceOrder: Int { listIndex &* 1_000_000 &+ itemIndex }
}

/// What an item contributes to every decision regardless of the case, computed once per catalog.
struct ItemInfo: Sendable {
    var reference: ItemReference
    /// The item's basis, else the list's `implements`.
    var basis: [String]
    /// List 文号 and basis, deduplicated; the violation's citations are added per case.
    var citations: [String]
    var usesFirstOffence: Bool
    /// The facts each condition and exclusion reads, with their labels.
    var conditionReadings: [[FactReading]]
    var exclusionReadings: [[FactReading]]
    var outcome: Outcome?
    var unverified: Bool
    /// `1<list id>\u{1}<item id>`: the item's tie-break key among the open candidates (`OpenCandidate.key`).
    var missingKey: String
}

extension Engine {
    /// Evaluates one item of one list version against the case.
    func evaluate(item: ListItem, itemIndex: Int, list: LeniencyList, listIndex: Int, record: CaseRecord,
                  values: CaseValues, firstOffence: (FirstOffenceRule) -> FirstOffenceResult,
                  region: ConditionResult? = nil, explain: Bool = true) -> ItemEvaluation {
        let evaluator = index.evaluator
        let info = index.itemInfo(listIndex: listIndex, itemIndex: itemIndex)
        let first = info.usesFirstOffence ? firstOffence(item.firstOffence) : FirstOffenceResult(value: nil, note: nil)
        let lookup: (String) -> FactValue? = { name in
            if name == firstOffenceFactName { return first.value.map(FactValue.boolean) }
            return values[name]
        }
        let conditions = zip(item.conditions, info.conditionReadings).map { result($0, readings: $1, values: values, lookup) }
        let exclusions = zip(item.exclusions, info.exclusionReadings).map { result($0, readings: $1, values: values, lookup) }
        var deciding: [String] = []
        let status: TraceStatus
        // The list's territorial scope is one more condition (RegionScope): outside its region the item does not apply.
        let regionTruth = region?.truth ?? .yes
        if exclusions.contains(where: { $0.truth == .yes }) {
            status = .excluded
        } else if regionTruth == .no || conditions.contains(where: { $0.truth == .no }) {
            status = .notApplicable
        } else if regionTruth == .yes && conditions.allSatisfy({ $0.truth == .yes }) && exclusions.allSatisfy({ $0.truth == .no }) {
            status = .applied
        } else {
            // An exclusion that may hold keeps the item open even when every condition holds: exclusions beat items.
            status = .undetermined
            if regionTruth == .unknown { deciding.append(regionFactName) }
            for condition in item.conditions + item.exclusions {
                for name in decidingFacts(condition.expression, values: values, lookup) where !deciding.contains(name) { deciding.append(name) }
            }
        }
        let caseInfo = index.itemCaseInfo(listIndex: listIndex, itemIndex: itemIndex, violation: record.violation)
        let citations = caseInfo.citations
        let unverified = caseInfo.unverified
        var notes: [String] = [], notesZh: [String] = []
        if info.usesFirstOffence, let note = first.note {
            notes.append("first offence: \(note)")
            notesZh.append("初次违法：\(first.noteZh ?? note)")
        }
        if explain, let region, let scope = list.info.region,
           let (en, zh) = RegionScope.note(region, scope: scope, caseRegion: record.region, table: catalog.regionTable) {
            notes.append(en)
            notesZh.append(zh)
        }
        if explain, let note = item.note ?? item.noteEn {
            notes.append(item.noteEn ?? note)
            notesZh.append(note)
        }
        var trace = TraceEntry(kind: .item, listID: list.id, listEffective: list.validity.effective, document: list.info.document,
                               itemID: item.id, title: item.title, status: status, outcome: info.outcome, mandatory: item.mandatory,
                               coercion: list.kind == .noCoercion, conditions: conditions, exclusions: exclusions,
                               deciding: deciding, citations: citations, unverified: unverified, notes: notes, notesZh: notesZh)
        trace.region = region
        return ItemEvaluation(listIndex: listIndex, itemIndex: itemIndex, outcome: info.outcome, mandatory: item.mandatory, status: status,
                              deciding: deciding, reference: info.reference, followUp: item.followUp, alsoAllows: item.alsoAllows,
                              basis: info.basis, unverified: unverified, generalPart: list.scope == .all, trace: trace,
                              missingKey: info.missingKey)
    }

    /// One condition's truth and the values it saw.
    func result(_ condition: Condition, values: CaseValues, _ lookup: (String) -> FactValue?) -> ConditionResult {
        result(condition, readings: index.readings(of: condition.expression), values: values, lookup)
    }

    /// One condition's truth, filling the values (and where each came from) into readings prepared once per catalog.
    func result(_ condition: Condition, readings: [FactReading], values: CaseValues, _ lookup: (String) -> FactValue?) -> ConditionResult {
        let truth = PartyScope.truth(index.evaluator.truth(condition.expression, lookup), of: condition.expression,
                                     values: values, evaluator: index.evaluator, lookup)
        var filled = readings
        for position in filled.indices {
            filled[position].value = lookup(filled[position].name)
            filled[position].origin = values.origin(of: filled[position].name)
        }
        return ConditionResult(source: condition.source, label: condition.label, truth: truth, values: filled)
    }
}
