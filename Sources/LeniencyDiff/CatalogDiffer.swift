public import LeniencyCatalog
import LeniencyCore
public import LeniencyEngine
import Dispatch
import Synchronization

/// Options of a diff.
public struct DiffOptions: Sendable, Hashable {
    /// Search witness cases for the changes that can change decisions (off: a structural diff only).
    public var witnesses: Bool
    /// How the engines read cases (presumptions on or off), as `check` would.
    public var engine: EngineOptions

    /// Creates options; the defaults are what `leniency diff` uses.
    public init(witnesses: Bool = true, engine: EngineOptions = .standard) {
        self.witnesses = witnesses
        self.engine = engine
    }
}

/// Compares two rule catalogs document by document; each change that can change decisions gets witness cases decided
/// by both versions of the engine.
public struct CatalogDiffer: Sendable {
    /// The old rules.
    public let old: Catalog
    /// The new rules.
    public let new: Catalog
    let options: DiffOptions
    let search: WitnessSearch
    let builder: WitnessBuilder

    /// Prepares a comparison (indexes both catalogs for the engine).
    public init(old: Catalog, new: Catalog, options: DiffOptions = DiffOptions()) {
        self.old = old
        self.new = new
        self.options = options
        self.search = WitnessSearch(old: old, new: new)
        self.builder = WitnessBuilder(old: Engine(catalog: old, options: options.engine), new: Engine(catalog: new, options: options.engine))
    }

    /// Every document that changed; documents are compared on all cores, the result's order is fixed.
    public func diff(oldLabel: String, newLabel: String) -> CatalogDiff {
        var jobs: [@Sendable () -> DocumentDiff?] = []
        for id in ids(old.lists.map(\.id), new.lists.map(\.id)) { jobs.append { diffList(id) } }
        for id in ids(old.standards.map(\.id), new.standards.map(\.id)) { jobs.append { diffStandard(id) } }
        for id in ids(old.limitations.map(\.id), new.limitations.map(\.id)) { jobs.append { diffLimitation(id) } }
        for id in ids(old.policies.map(\.id), new.policies.map(\.id)) { jobs.append { diffPolicy(id) } }
        for id in ids(old.derivations.map(\.id), new.derivations.map(\.id)) { jobs.append { diffDerivations(id) } }
        jobs.append { diffFacts() }
        jobs.append { diffViolations() }
        jobs.append { diffRegions() }
        jobs.append { diffCalendars() }
        let work = jobs
        let results = Mutex<[Int: DocumentDiff]>([:])
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            if let document = work[index]() { results.withLock { $0[index] = document } }
        }
        let documents = results.withLock { found in work.indices.compactMap { found[$0] } }
        return CatalogDiff(oldLabel: oldLabel, newLabel: newLabel, documents: Self.uniqueWitnessIDs(documents.map(located)))
    }

    /// Witness case numbers made unique across the report (`-2`, `-3` appended), so each can be written to its own file.
    private static func uniqueWitnessIDs(_ documents: [DocumentDiff]) -> [DocumentDiff] {
        var seen: [String: Int] = [:]
        var documents = documents
        for d in documents.indices {
            for c in documents[d].changes.indices {
                for w in documents[d].changes[c].witnesses.indices {
                    let id = documents[d].changes[c].witnesses[w].record.id
                    let count = seen[id, default: 0] + 1
                    seen[id] = count
                    if count > 1 { documents[d].changes[c].witnesses[w].record.id = "\(id)-\(count)" }
                }
            }
        }
        return documents
    }

    /// The document with each change's place in the rule files: the subject (item, tier, period, fact, violation) in
    /// the new rules, else in the old; the document version itself when there is no subject.
    private func located(_ document: DocumentDiff) -> DocumentDiff {
        var document = document
        for index in document.changes.indices {
            let change = document.changes[index]
            document.changes[index].location = location(of: change, in: document, catalog: new) ?? location(of: change, in: document, catalog: old)
            document.changes[index].witnessSearched = options.witnesses && Self.searched(change, in: document.kind)
        }
        return document
    }

    /// The changes the differ searches witness cases for.
    private static func searched(_ change: DiffChange, in kind: DiffDocumentKind) -> Bool {
        switch (kind, change.kind) {
        case (.list, .documentAdded), (.list, .documentRemoved), (.list, .versionRemoved), (.list, .effectiveChanged),
             (.list, .expiryChanged), (.list, .itemAdded), (.list, .itemRemoved), (.list, .itemViolationsChanged),
             (.list, .conditionsChanged), (.list, .mandatoryChanged), (.list, .outcomeChanged), (.list, .followUpChanged),
             (.standard, .documentAdded), (.standard, .documentRemoved), (.standard, .versionRemoved), (.standard, .standardViolationsChanged),
             (.standard, .statutoryRangeChanged), (.standard, .modelChanged), (.standard, .splitChanged), (.standard, .boundaryChanged),
             (.standard, .tierAdded), (.standard, .tierRemoved), (.standard, .tierConditionsChanged), (.standard, .bandChanged),
             (.facts, .presumptionChanged), (.list, .regionChanged), (.derivations, .derivationAdded), (.derivations, .derivationRemoved):
            return true
        case (.list, .versionAdded), (.standard, .versionAdded):
            return change.old == nil
        case (_, .firstOffenceChanged):
            return change.verdict != nil && change.verdict != .equivalent
        case (.limitation, .periodChanged):
            return change.field == "years" || (change.field == "when" && change.verdict != .equivalent)
        case (.derivations, .derivationChanged):
            return change.field == "value" || (change.field == "when" && change.verdict != .equivalent)
        default:
            return false
        }
    }

    private func location(of change: DiffChange, in document: DocumentDiff, catalog: Catalog) -> SourceLocation? {
        func version<T>(_ versions: [T], _ validity: (T) -> Validity) -> [T] {
            let matching = versions.filter { validity($0).effective == change.version }
            return matching.isEmpty ? versions : matching
        }
        switch document.kind {
        case .list:
            let lists = version(catalog.lists.filter { $0.id == document.id }, \.validity)
            guard let subject = change.subject else { return lists.last?.location }
            return lists.lazy.compactMap { $0.items.first { $0.id == subject }?.location }.first
        case .standard:
            let standards = version(catalog.standards.filter { $0.id == document.id }, \.validity)
            guard let subject = change.subject else { return standards.last?.location }
            return standards.lazy.compactMap { $0.tiers.first { $0.name == subject }?.location }.first
        case .limitation:
            let rules = version(catalog.limitations.filter { $0.id == document.id }, \.validity)
            guard let subject = change.subject else { return rules.last?.location }
            return rules.lazy.compactMap { $0.periods.first { $0.id == subject }?.location }.first
        case .policy:
            return version(catalog.policies.filter { $0.id == document.id }, \.validity).last?.location
        case .facts:
            return change.subject.flatMap { catalog.fact(named: $0)?.location }
        case .violations:
            return change.subject.flatMap { catalog.violation(code: $0)?.location }
        case .calendar:
            return catalog.calendars.first { String($0.year) == change.subject }?.location
        case .derivations:
            let documents = version(catalog.derivations.filter { $0.id == document.id }, \.validity)
            guard let subject = change.subject else { return documents.last?.location }
            return documents.lazy.compactMap { $0.derivations.first { $0.id == subject }?.location }.first
        case .regions:
            return change.subject.flatMap { catalog.regionTable.resolve($0)?.location }
        }
    }

    /// The ids of both sides, each once, sorted.
    private func ids(_ a: [String], _ b: [String]) -> [String] { Array(Set(a).union(b)).sorted() }

    // MARK: Versions

    /// The changes across all versions of one document id: versions paired by `VersionPairing`, each pair compared by
    /// `compare` (its flag is true when the new version is compared with the old one it follows); a document or
    /// version on one side only is reported as added or removed with `oneSided`'s witnesses, or by `alone` instead.
    func versionChanges<T>(_ olds: [T], _ news: [T], validity: (T) -> Validity, compare: (T, T, Bool) -> [DiffChange],
                           oneSided: (T, Witness.Side) -> [Witness] = { _, _ in [] },
                           alone: ((T, Witness.Side) -> [DiffChange])? = nil) -> [DiffChange] {
        let olds = olds.sorted { validity($0).effective < validity($1).effective }
        let news = news.sorted { validity($0).effective < validity($1).effective }
        var changes: [DiffChange] = []
        for pair in VersionPairing.pair(old: olds.map(validity), new: news.map(validity)) {
            switch pair {
            case .both(let i, let j):
                changes += compare(olds[i], news[j], false)
            case .added(let j, let predecessor):
                let effective = validity(news[j]).effective
                if let alone, predecessor == nil {
                    changes += alone(news[j], .new)
                    continue
                }
                changes.append(DiffChange(kind: olds.isEmpty ? .documentAdded : .versionAdded, version: effective,
                                          old: predecessor.map { .date(validity(olds[$0]).effective) }, new: .date(effective),
                                          witnesses: predecessor == nil ? oneSided(news[j], .new) : []))
                if let predecessor { changes += compare(olds[predecessor], news[j], true) }
            case .removed(let i):
                if let alone {
                    changes += alone(olds[i], .old)
                    continue
                }
                let effective = validity(olds[i]).effective
                changes.append(DiffChange(kind: news.isEmpty ? .documentRemoved : .versionRemoved, version: effective,
                                          old: .date(effective), witnesses: oneSided(olds[i], .old)))
            }
        }
        return changes
    }

    // MARK: Witnesses

    /// The witness grown from a seed, if the engine confirms it.
    func witness(_ seed: WitnessSeed?, id: String, violation: String?, date: CivilDate, scope: String?, discovered: CivilDate? = nil,
                 attribution: Attribution) -> [Witness] {
        guard options.witnesses, let seed, let violation else { return [] }
        return builder.build(seed, id: id, violation: violation, date: date, region: caseRegion(inside: scope), discovered: discovered,
                             attribution: attribution).map { [$0] } ?? []
    }

    /// Witnesses for two versions of a rule: one per direction in which they differ.
    func witnesses(for seeds: [WitnessSeed], id: String, violation: String?, date: CivilDate, scope: String?, attribution: Attribution) -> [Witness] {
        seeds.flatMap { witness($0, id: "\(id)-\($0.side.rawValue)", violation: violation, date: date, scope: scope, attribution: attribution) }
    }

    /// Where a witness case arises so that a document of region `scope` applies to it: the division itself, the first
    /// member of a group, and for a national document (or none) the root (全国), so that no regional document of
    /// another place applies; nil when the rules declare no regions.
    func caseRegion(inside scope: String?) -> String? {
        let table = new.regionTable.isEmpty ? old.regionTable : new.regionTable
        guard !table.isEmpty else { return scope }
        guard let scope, let index = table.index(of: scope), !table.isRoot(index) else {
            return table.regions.indices.first(where: table.isRoot).map { table.regions[$0].name } ?? scope
        }
        let region = table.regions[index]
        if let member = region.members.first { return caseRegion(inside: member) }
        return region.name
    }

    /// A violation for rules that name none (the general part): the first one no listed list covers, else the first.
    var anyViolation: String? {
        let covered = Set((old.lists + new.lists).filter { $0.scope == .listed }.flatMap { $0.items.flatMap(\.violations) })
        let codes = new.violations.map(\.code)
        return codes.first { !covered.contains($0) } ?? codes.first
    }
}
