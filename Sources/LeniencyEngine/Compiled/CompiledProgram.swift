import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// One list item compiled for the fast path: ids, outcome rank and condition roots, no strings read per case.
struct CompiledItem: Sendable {
    var listPosition: Int
    var itemIndex: Int
    var outcome: Outcome?
    var mandatory: Bool
    /// An item of a `scope: all` list (the general part).
    var general: Bool
    var conditions: [Int32]
    var exclusions: [Int32]
    /// Index into `CompiledProgram.firstOffenceRules`, or -1 when the item does not read `first_offence`.
    var firstOffenceRule: Int
    /// `EngineIndex.itemRank`: sorting by it is sorting by (list id, version, item id).
    var rank: Int
    var sourceOrder: Int
    var missingKey: String
    /// Presumable slots the conditions and exclusions read, in first-use order.
    var presumableReads: [Int32]
    var followUp: FollowUp
    var alsoAllows: [Outcome]
    var reference: ItemReference
    var basis: [String]
    var unverified: Bool
}

/// One version of a list: its validity as day numbers, hit policy and territorial scope.
struct CompiledListVersion: Sendable {
    var effective: Int
    var expires: Int
    var hitPolicy: HitPolicy
    /// -1 nationwide (no condition), -2 a region the data does not declare (always unknown), else the scope's index.
    var scope: Int
    var document: String
}

/// One discretion standard version.
struct CompiledStandard: Sendable {
    var effective: Int
    var expires: Int
    /// As `CompiledListVersion.scope`.
    var scope: Int
    var depth: Int
    /// Condition roots of each tier (empty for a default tier).
    var tierConditions: [[Int32]]
    /// Presumable slots each tier's conditions read.
    var tierPresumable: [[Int32]]
    var missingKeys: [String]
}

/// One limitation period.
struct CompiledPeriod: Sendable {
    var years: Int
    var condition: Int32?
    var presumable: [Int32]
    var id: String
    var replaces: String?
    var sectors: [String]
}

/// One derivation, in dependency order.
struct CompiledDerivation: Sendable {
    var rulesPosition: Int
    var effective: Int
    var expires: Int
    var slot: Int
    var value: SlotValue
    var condition: Int32
    var presumable: [Int32]
    var derivation: Derivation
}

/// Everything about one violation the fast path needs, pre-indexed.
struct CompiledViolation: Sendable {
    var code: String
    var sector: String?
    /// Candidate list ids (sorted), each with its versions oldest first: (catalog position, items for this violation in
    /// rank order).
    var lists: [[(position: Int, items: [Int32])]]
    /// Standard ids covering the violation (sorted), each with its versions (catalog positions, oldest first).
    var standards: [[Int]]
    /// Derivations covering the violation, in dependency order (indices into `CompiledProgram.derivations`).
    var derivations: [Int]
    /// Per limitation position, per period: whether the period's sectors include the violation's sector.
    var periodSectorMatches: [[Bool]]
    var category: String?
}

/// The catalog compiled once into a dense program: facts → slots, lists, items, standards and regions → integer ids,
/// conditions → `ConditionProgram` nodes, dates → day numbers, per violation the candidate items and tiers pre-indexed.
///
/// Built from the same `Catalog` and `EngineIndex` as the explaining engine and calling the same fine calculation,
/// first-offence windows and missing-fact ranking, so both decide by one set of rules.
final class CompiledProgram: Sendable {
    let catalog: Catalog
    let index: EngineIndex
    let layout: CaseSlotLayout
    let conditions: ConditionProgram
    let slotCount: Int
    /// Deciding-fact id → name: slots, then `region`, then `dates.discovered`.
    let factNames: [String]
    /// Facts bound to case fields; for `party.type`, the declared index of each `PartyType` (by `allCases` order).
    let sourceBound: [(slot: Int, source: FactSource, partyTypes: [Int?])]
    /// Facts concerning only some party types: slot, applies to each `PartyType` (by `allCases` order), boolean.
    let partyScoped: [(slot: Int, appliesTo: [Bool], boolean: Bool)]
    let presumed: [(slot: Int, value: SlotValue, appliesTo: [Bool])]
    let presumable: [Bool]
    let items: [CompiledItem]
    let versions: [CompiledListVersion]
    let standards: [CompiledStandard]
    /// Limitation ids sorted, each with its versions' catalog positions oldest first.
    let limitationGroups: [[Int]]
    let periods: [[CompiledPeriod]]
    let derivations: [CompiledDerivation]
    let violations: [CompiledViolation]
    let firstOffenceRules: [FirstOffenceRule]
    /// Region names and codes → region index.
    let regionNames: ByteNameTable
    let regionOfName: [Int]
    /// Scope index → region index → covered.
    let covers: [[Bool]]
    /// False when some condition or value could not be compiled: every case then takes the explaining path.
    let supported: Bool

    var regionID: Int32 { Int32(slotCount) }
    var discoveryID: Int32 { Int32(slotCount + 1) }

    static func day(_ date: CivilDate) -> Int { date.dayNumber }

    init(catalog: Catalog, index: EngineIndex) {
        self.catalog = catalog
        self.index = index
        let layout = CaseSlotLayout(catalog: catalog)
        self.layout = layout
        slotCount = layout.count
        factNames = layout.names + [regionFactName, discoveryDateFactName]
        var ok = true
        var program = ConditionProgram(layout: layout)
        func compile(_ expression: Expression, item: Bool) -> Int32 {
            guard let root = program.compile(expression, itemContext: item) else { ok = false; return 0 }
            return root
        }

        var presumable = [Bool](repeating: false, count: layout.count)
        var bound: [(slot: Int, source: FactSource, partyTypes: [Int?])] = []
        var scoped: [(slot: Int, appliesTo: [Bool], boolean: Bool)] = []
        var presumedFacts: [(slot: Int, value: SlotValue, appliesTo: [Bool])] = []
        func slotValue(_ value: FactValue, slot: Int) -> SlotValue? {
            switch value {
            case .boolean(let b): SlotValue(tag: .boolean, payload: b ? 1 : 0)
            case .integer(let i): SlotValue(tag: .integer, payload: i)
            case .decimal(let d): SlotValue(tag: .decimal, payload: d.mantissa, extra: Int32(d.scale))
            case .money(let m): SlotValue(tag: .money, payload: m.fen)
            case .date(let d): SlotValue(tag: .date, payload: Int64(d.dayNumber))
            case .duration(let d): SlotValue(tag: .duration, payload: d)
            case .enumeration(let e): layout.enumerationIndex(slot: slot, value: e).map { SlotValue(tag: .enumeration, payload: Int64($0)) }
            case .text: nil
            }
        }
        for (name, source) in index.sourceBound {
            guard let slot = layout.slot(named: name) else { ok = false; continue }
            bound.append((slot, source, PartyType.allCases.map { layout.enumerationIndex(slot: slot, value: $0.rawValue) }))
        }
        for entry in index.partyScoped {
            guard let slot = layout.slot(named: entry.name) else { ok = false; continue }
            scoped.append((slot, PartyType.allCases.map { entry.appliesTo.contains($0.rawValue) }, entry.type == .boolean))
        }
        for entry in index.presumed {
            guard let slot = layout.slot(named: entry.name), let value = slotValue(entry.presumption.value, slot: slot) else { ok = false; continue }
            presumable[slot] = true
            presumedFacts.append((slot, value, PartyType.allCases.map { entry.appliesTo?.contains($0.rawValue) ?? true }))
        }
        sourceBound = bound
        partyScoped = scoped
        presumed = presumedFacts
        self.presumable = presumable
        func presumableReads(_ roots: [Int32]) -> [Int32] {
            var reads: [Int32] = []
            for root in roots {
                for slot in program.slotsRead(by: root) where presumable[Int(slot)] && !reads.contains(slot) { reads.append(slot) }
            }
            return reads
        }

        // Regions: every scope a list or standard names, against every declared region.
        let table = catalog.regionTable
        var names: [String] = [], nameIndex: [Int] = []
        // Names before codes, first declaration first: `RegionTable.index(of:)`.
        for (position, region) in table.regions.enumerated() { names.append(region.name); nameIndex.append(position) }
        for (position, region) in table.regions.enumerated() {
            if let code = region.code { names.append(code); nameIndex.append(position) }
        }
        regionNames = ByteNameTable(names)
        regionOfName = nameIndex
        var scopes: [String] = []
        var coverage: [[Bool]] = []
        func scope(_ name: String?) -> Int {
            guard let name, !table.isNational(name) else { return -1 }
            guard let position = table.index(of: name) else { return -2 }
            if let known = scopes.firstIndex(of: name) { return known }
            scopes.append(name)
            coverage.append(table.regions.indices.map { table.covers(position, $0) })
            return scopes.count - 1
        }

        // Items and list versions.
        var rules: [FirstOffenceRule] = []
        var items: [CompiledItem] = []
        var itemIDs: [[Int32]] = []
        var versions: [CompiledListVersion] = []
        for (position, list) in catalog.lists.enumerated() {
            versions.append(CompiledListVersion(effective: list.validity.effective.dayNumber, expires: list.validity.expires?.dayNumber ?? Int.max,
                                                hitPolicy: list.hitPolicy, scope: scope(list.info.region), document: list.info.document))
            var ids: [Int32] = []
            for (itemIndex, item) in list.items.enumerated() {
                let info = index.itemInfo(listIndex: position, itemIndex: itemIndex)
                var rule = -1
                if info.usesFirstOffence {
                    if let known = rules.firstIndex(of: item.firstOffence) { rule = known } else { rules.append(item.firstOffence); rule = rules.count - 1 }
                }
                let conditionRoots = item.conditions.map { compile($0.expression, item: true) }
                let exclusionRoots = item.exclusions.map { compile($0.expression, item: true) }
                ids.append(Int32(items.count))
                items.append(CompiledItem(listPosition: position, itemIndex: itemIndex, outcome: info.outcome, mandatory: item.mandatory,
                                          general: list.scope == .all, conditions: conditionRoots, exclusions: exclusionRoots,
                                          firstOffenceRule: rule, rank: index.itemRank[position][itemIndex],
                                          sourceOrder: position &* 1_000_000 &+ itemIndex, missingKey: info.missingKey,
                                          presumableReads: presumableReads(conditionRoots + exclusionRoots), followUp: item.followUp,
                                          alsoAllows: item.alsoAllows, reference: info.reference, basis: info.basis,
                                          unverified: info.unverified))
            }
            itemIDs.append(ids)
        }
        firstOffenceRules = rules

        var standards: [CompiledStandard] = []
        for standard in catalog.standards {
            let scopeIndex = scope(standard.info.region)
            let depth = standard.info.region.flatMap { table.index(of: $0) }.map { table.depth(of: $0) } ?? 0
            let roots = standard.tiers.map { tier in tier.conditions.map { compile($0.expression, item: false) } }
            standards.append(CompiledStandard(effective: standard.validity.effective.dayNumber, expires: standard.validity.expires?.dayNumber ?? Int.max,
                                              scope: scopeIndex, depth: depth, tierConditions: roots, tierPresumable: roots.map(presumableReads),
                                              missingKeys: standard.tiers.map { "2\(standard.id)\u{1}\($0.name)" }))
        }
        self.standards = standards
        covers = coverage

        limitationGroups = index.limitationVersions.keys.sorted().map { index.limitationVersions[$0] ?? [] }
        var periods: [[CompiledPeriod]] = []
        for rulesDocument in catalog.limitations {
            periods.append(rulesDocument.periods.map { period in
                let root = period.condition.map { compile($0.expression, item: false) }
                return CompiledPeriod(years: period.years, condition: root, presumable: root.map { presumableReads([$0]) } ?? [],
                                      id: period.id, replaces: period.replaces, sectors: period.sectors)
            })
        }
        self.periods = periods

        var derivations: [CompiledDerivation] = []
        for (rulesIndex, derivation) in index.derivationOrder {
            let document = catalog.derivations[rulesIndex]
            guard let slot = layout.slot(named: derivation.fact), let value = slotValue(derivation.value, slot: slot) else { ok = false; continue }
            let root = compile(derivation.condition.expression, item: false)
            derivations.append(CompiledDerivation(rulesPosition: rulesIndex, effective: document.validity.effective.dayNumber,
                                                  expires: document.validity.expires?.dayNumber ?? Int.max, slot: slot, value: value,
                                                  condition: root, presumable: presumableReads([root]), derivation: derivation))
        }
        self.derivations = derivations

        self.violations = layout.violationCodes.map { code in
            let violation = index.violations[code]
            let listIDs = index.candidateListIDs[code] ?? index.scopeAllListIDs
            let lists = listIDs.map { id in
                (index.listVersions[id] ?? []).map { position -> (position: Int, items: [Int32]) in
                    let list = catalog.lists[position]
                    let indices = list.scope == .all ? Array(list.items.indices) : (index.itemsByVersion[position]?[code] ?? [])
                    let ids = indices.map { itemIDs[position][$0] }.sorted { items[Int($0)].rank < items[Int($1)].rank }
                    return (position, ids)
                }
            }
            let standardGroups = (index.standardIDsByViolation[code] ?? []).map { index.standardVersions[$0] ?? [] }
            let covering = derivations.indices.filter { derivations[$0].derivation.covers(violation: code, sector: violation?.sector) }
            let matches = catalog.limitations.map { document in
                document.periods.map { period in period.sectors.isEmpty || (violation?.sector.map { period.sectors.contains($0) } ?? false) }
            }
            return CompiledViolation(code: code, sector: violation?.sector, lists: lists, standards: standardGroups,
                                     derivations: covering, periodSectorMatches: matches, category: violation?.category)
        }
        self.items = items
        self.versions = versions
        conditions = program
        supported = ok
    }

    /// The region index of the region named or coded by `bytes`; nil when not declared.
    func region(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { regionNames.index(of: bytes).map { regionOfName[$0] } }
}
