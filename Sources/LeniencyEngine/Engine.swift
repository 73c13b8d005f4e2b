public import LeniencyCatalog
public import LeniencyCore

/// Decides cases against a rule catalog: limitation, leniency lists, the general part, discretion tiers and fines.
///
/// Indexes are built once in `init`, so `decide` only touches the lists, standards and limitation rules that concern a case.
public struct Engine: Sendable {
    /// The catalog decided against.
    public let catalog: Catalog
    let index: EngineIndex

    /// Indexes `catalog` for fast decisions.
    public init(catalog: Catalog) {
        self.catalog = catalog
        self.index = EngineIndex(catalog)
    }

    /// Decides `record` with the versions in force on the act date and on the decision date (or `date`),
    /// keeping the more lenient result (从旧兼从轻).
    public func decide(_ record: CaseRecord, on date: CivilDate? = nil) -> Decision {
        let values = CaseFacts.values(of: record, index: index)
        let actSelection = selection(for: record, on: record.dates.act)
        let atAct = evaluate(record, selection: actSelection, values: values)
        guard let later = date ?? record.dates.decided, later != record.dates.act else { return atAct.decision }
        let laterSelection = selection(for: record, on: later)
        guard !laterSelection.sameVersions(as: actSelection) else { return atAct.decision }
        let atLater = evaluate(record, selection: laterSelection, values: values)
        return chooseVersion(act: atAct, later: atLater, actSelection: actSelection, laterSelection: laterSelection)
    }

    /// The versions of every relevant list, standard and limitation rule in force on `date`.
    func selection(for record: CaseRecord, on date: CivilDate) -> VersionSelection {
        var lists: [String: Int] = [:]
        for id in (index.listIDsByViolation[record.violation] ?? []) + index.scopeAllListIDs {
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
