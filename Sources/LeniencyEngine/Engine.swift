public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore

/// Decides cases against a rule catalog: limitation, leniency lists, the general part, discretion tiers and fines.
///
/// Indexes are built once in `init`, so `decide` only touches the lists, standards and limitation rules that concern a case.
public struct Engine: Sendable {
    /// Catalog and index behind one reference: `decide` runs a million times in an audit, and the closures it builds
    /// capture `self`, which must then cost one retain, not one per array of the catalog.
    private let storage: EngineStorage

    /// The catalog decided against.
    public var catalog: Catalog { storage.catalog }
    var index: EngineIndex { storage.index }
    /// How cases are read (presumptions on or off).
    public let options: EngineOptions

    /// Indexes `catalog` for fast decisions.
    public init(catalog: Catalog, options: EngineOptions = .standard) {
        storage = EngineStorage(catalog: catalog, index: EngineIndex(catalog))
        self.options = options
    }

    /// Decides `record` with the versions in force on the act date and on the decision date (or `date`),
    /// keeping the more lenient result (从旧兼从轻).
    public func decide(_ record: CaseRecord, on date: CivilDate? = nil) -> Decision {
        decide(record, on: date, explain: true)
    }

    /// Decides `record`; with `explain: false` the trace keeps every entry, status, condition and citation but
    /// leaves out the prose notes and the version-choice text, which is most of the cost of a decision in bulk audits.
    public func decide(_ record: CaseRecord, on date: CivilDate?, explain: Bool) -> Decision {
        var values = CaseFacts.values(of: record, index: index, options: options)
        // Derivations apply as of the day the decision is made (`--on`, else the decision date, else the act date).
        values.derivationTrace = applyDerivations(to: &values, record: record, on: date ?? record.dates.decided ?? record.dates.act)
        if let decision = noViolation(record, values: values) { return decision }
        let actSelection = selection(for: record, on: record.dates.act)
        let cache = EvaluationCache(explain: explain)
        let atAct = evaluate(record, selection: actSelection, values: values, cache: cache)
        guard let later = date ?? record.dates.decided, later != record.dates.act else { return atAct.decision }
        let laterSelection = selection(for: record, on: later)
        guard !laterSelection.sameVersions(as: actSelection) else { return atAct.decision }
        let atLater = evaluate(record, selection: laterSelection, values: values, cache: cache)
        return chooseVersion(act: atAct, later: atLater, actSelection: actSelection, laterSelection: laterSelection, explain: explain)
    }

    /// The versions of every relevant list, standard and limitation rule in force on `date`.
    func selection(for record: CaseRecord, on date: CivilDate) -> VersionSelection {
        var lists: [String: Int] = [:]
        for id in index.candidateListIDs[record.violation] ?? index.scopeAllListIDs {
            if let versions = index.listVersions[id],
               let chosen = EngineIndex.inForce(versions, on: date, validity: { catalog.lists[$0].validity }) {
                lists[id] = chosen
            }
        }
        var standards: [String: Int] = [:]
        for id in index.standardIDsByViolation[record.violation] ?? [] {
            if let versions = index.standardVersions[id],
               let chosen = EngineIndex.inForce(versions, on: date, validity: { catalog.standards[$0].validity }) {
                standards[id] = chosen
            }
        }
        var limitations: [String: Int] = [:]
        for (id, versions) in index.limitationVersions {
            if let chosen = EngineIndex.inForce(versions, on: date, validity: { catalog.limitations[$0].validity }) {
                limitations[id] = chosen
            }
        }
        return VersionSelection(date: date, lists: lists, standards: standards, limitations: limitations)
    }
}

/// The shared, immutable state of an engine.
final class EngineStorage: Sendable {
    let catalog: Catalog
    let index: EngineIndex

    init(catalog: Catalog, index: EngineIndex) {
        self.catalog = catalog
        self.index = index
    }
}
