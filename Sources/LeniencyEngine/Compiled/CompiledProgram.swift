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
    /// The item reduces the fine of the standard's own tier (model E, `FineReduction`): a case it decides with a fine
    /// takes the explaining path (`Engine.reducedFine`).
    var reduces: Bool = false
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

/// A general follow-up duty (`kind: duties`): its document's validity and scope, the outcomes it attaches to (one bit
/// per severity rank) and its citations.
struct CompiledDuty: Sendable {
    var effective: Int
    var expires: Int
    /// As `CompiledListVersion.scope`.
    var scope: Int
    var duty: FollowUp.Duty
    var outcomes: UInt8
    var basis: [String]
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
    /// The violation declares its elements (构成要件), or a standard covering it uses model D (weight accumulation): its
    /// cases take the explaining path, which decides no-violation and computes the weighted fine.
    var hasElements: Bool = false
}


/// The per-case part of an item, plain values only (reading one copies no references).
struct ItemHot: Sendable {
    /// Severity rank of the outcome, -1 for a no-coercion item.
    var outcome: Int8
    var mandatory: Bool
    var general: Bool
    var firstOffenceRule: Int16
    var itemIndex: Int32
    var rank: Int32
    /// Condition roots `roots[conditions]`, then exclusion roots up to `exclusionsEnd`.
    var conditionsStart: Int32
    var conditionsEnd: Int32
    var exclusionsEnd: Int32
    /// Presumable slots read: `presumableSlots[presumed]`.
    var presumed: Range<Int32>
    /// `CompiledItem.reduces`.
    var reduces: Bool
    /// A test that shows the item cannot apply before any condition is evaluated (`ItemRejection`); `.none` for
    /// no-coercion items, which are recorded whatever their status.
    var rejection: ItemRejection = .none
    /// The slot and value `rejection` reads.
    var rejectSlot: Int32 = 0
    var rejectValue: Int64 = 0
}

/// A one-slot test on one of an item's conditions (a boolean fact, a negated one, an enumeration equality, or one of
/// those inside a conjunction) that, when it fails, makes that condition false, so the item is not applicable whatever
/// its other conditions and exclusions say. Most items of a case fail such a test (the general part's minors, mental
/// illness, …): one load and compare instead of the item's loops.
enum ItemRejection: UInt8, Sendable {
    case none
    /// The slot holds boolean false.
    case booleanFalse
    /// The slot holds boolean true.
    case booleanTrue
    /// The slot holds an enumeration index other than `rejectValue`.
    case otherEnumeration
}

/// The days a version is in force, as day numbers (`expires` is `Int32.max` when open-ended).
struct DayRange: Sendable {
    var effective: Int32
    var expires: Int32

    init(effective: Int, expires: Int) {
        self.effective = Int32(clamping: effective)
        self.expires = Int32(clamping: expires)
    }

    @inline(__always)
    func covers(_ day: Int) -> Bool { day >= Int(effective) && day <= Int(expires) }
}

/// One list version as a violation sees it: validity, hit policy, scope and its items for that violation.
struct VersionHot: Sendable {
    var validity: DayRange
    var scope: Int32
    /// 0 unique, 1 first, 2 collect.
    var hitPolicy: UInt8
    /// Items for the violation in rank order: `versionItems[itemsStart..<itemsEnd]`.
    var itemsStart: Int32
    var itemsEnd: Int32
}

/// One tier, plain values.
struct TierHot: Sendable {
    var outcome: Int8
    var rootsStart: Int32
    var rootsEnd: Int32
    var presumed: Range<Int32>
}

/// One discretion standard version, plain values.
struct StandardHot: Sendable {
    var validity: DayRange
    var scope: Int32
    var depth: Int32
    var tiersStart: Int32
    var tiersEnd: Int32
    /// Index of the default tier among the standard's tiers, -1 when none.
    var defaultTier: Int32
}

/// One limitation period, plain values; ids are interned.
struct PeriodHot: Sendable {
    var years: Int32
    var condition: Int32
    var id: Int32
    var replaces: Int32
    var presumed: Range<Int32>
}

/// One derivation, plain values.
struct DerivationHot: Sendable {
    var validity: DayRange
    var slot: Int32
    var condition: Int32
    var value: SlotValue
    var presumed: Range<Int32>
}

/// The per-case view of a violation: ranges into the program's flat arrays.
struct ViolationHot: Sendable {
    /// List groups: `groups[groupsStart..<groupsEnd]`, each a range of `versions`.
    var groupsStart: Int32
    var groupsEnd: Int32
    /// Standard groups: `standardGroups[standardsStart..<standardsEnd]`, each a range of `standardPositions`.
    var standardsStart: Int32
    var standardsEnd: Int32
    /// Derivations: `violationDerivations[derivationsStart..<derivationsEnd]`.
    var derivationsStart: Int32
    var derivationsEnd: Int32
    /// Per global period index, whether the period's sectors include the violation's: `periodMatches[periodsStart + p]`.
    var periodsStart: Int32
    var category: Int32
    /// The days on which a version the violation reads comes into or goes out of force:
    /// `versionChanges[changesStart..<changesEnd]`. Two days with none in between read the same versions.
    var changesStart: Int32
    var changesEnd: Int32
    /// `CompiledViolation.hasElements`.
    var hasElements: Bool
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
    /// The slot of `first_offence` (`CaseSlotLayout.firstOffenceSlot`).
    let firstOffenceSlot: Int
    /// Violation codes by bytes, behind a reference (looked up for prior violations).
    let violationCodes: ViolationCodes
    /// The same conditions for evaluation.
    let code: ConditionCode
    let slotCount: Int
    /// Deciding-fact id → name: slots, then `region`, then `dates.discovered`.
    let factNames: [String]
    /// Facts bound to case fields; for `party.type`, the declared index of each `PartyType` (by `allCases` order).
    let sourceBound: [(slot: Int, source: FactSource, partyTypes: [Int?])]
    /// Facts concerning only some party types: slot, the party types (bit `PartyType.index`) it concerns, boolean.
    let partyScoped: [(slot: Int, appliesTo: UInt8, boolean: Bool)]
    let presumed: [(slot: Int, value: SlotValue, appliesTo: UInt8)]
    /// `sourceBound` as plain values: for `party.type`, the declared index of each party type (-1 = not declared).
    let boundHot: [(slot: Int32, source: FactSource, partyTypes: (Int16, Int16, Int16))]
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

    // The hot path reads only these flat arrays of plain values.
    let roots: [Int32]
    let presumableSlots: [Int32]
    let itemHot: [ItemHot]
    let versionsHot: [VersionHot]
    let groups: [Range<Int32>]
    let versionItems: [Int32]
    let standardsHot: [StandardHot]
    let tiersHot: [TierHot]
    let standardGroups: [Range<Int32>]
    let standardPositions: [Int32]
    /// Limitation ids (sorted), each a range of `limitationFlat` (catalog positions, oldest first).
    let limitationPositions: [Range<Int32>]
    let limitationFlat: [Int32]
    let limitationValidity: [DayRange]
    let positionPeriods: [Range<Int32>]
    let periodsHot: [PeriodHot]
    let derivationsHot: [DerivationHot]
    let violationDerivations: [Int32]
    let violationsHot: [ViolationHot]
    /// Per violation, `versionChanges[changesStart..<changesEnd]`: the days its versions change (sorted).
    let versionChanges: [Int32]
    let periodMatches: [Bool]
    /// Follow-up duties of each item (by program index).
    let followUps: [FollowUp]
    /// General follow-up duties, in catalog order (`Engine.applyGeneralDuties`).
    let duties: [CompiledDuty]
    /// Per standard with a fixed statutory range: the fine for each outcome rank and tier (nil, then each tier), computed
    /// once by `FineCalculator`; nil for multiple-based standards, which depend on the case.
    let fines: [[FineComputation]?]
    /// Tiers per standard, plus one (the width of a row of `fines`).
    let fineWidths: [Int]
    /// `fines` flattened, each range boxed once: `fineBoxes[fineOffsets[standard] + rank * width + tier + 1]`, nil where
    /// the computation gave no range; `fineOffsets` is -1 for a multiple-based standard.
    let fineBoxes: [FineRangeBox?]
    let fineOffsets: [Int]

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
        var scoped: [(slot: Int, appliesTo: UInt8, boolean: Bool)] = []
        var presumedFacts: [(slot: Int, value: SlotValue, appliesTo: UInt8)] = []
        func mask(_ applies: (PartyType) -> Bool) -> UInt8 {
            var bits: UInt8 = 0
            for type in PartyType.allCases where applies(type) { bits |= 1 << UInt8(type.index) }
            return bits
        }
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
            scoped.append((slot, mask { entry.appliesTo.contains($0.rawValue) }, entry.type == .boolean))
        }
        for entry in index.presumed {
            guard let slot = layout.slot(named: entry.name), let value = slotValue(entry.presumption.value, slot: slot) else { ok = false; continue }
            presumable[slot] = true
            presumedFacts.append((slot, value, mask { entry.appliesTo?.contains($0.rawValue) ?? true }))
        }
        sourceBound = bound
        boundHot = bound.map { entry in
            func index(_ k: Int) -> Int16 { k < entry.partyTypes.count ? Int16(entry.partyTypes[k] ?? -1) : -1 }
            return (Int32(entry.slot), entry.source, (index(0), index(1), index(2)))
        }
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
                                          unverified: info.unverified, reduces: item.reduction != nil))
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
        var duties: [CompiledDuty] = []
        for document in catalog.duties {
            let scopeIndex = scope(document.info.region)
            for rule in document.rules {
                duties.append(CompiledDuty(effective: document.validity.effective.dayNumber, expires: document.validity.expires?.dayNumber ?? Int.max,
                                           scope: scopeIndex, duty: rule.duty,
                                           outcomes: rule.outcomes.reduce(0) { $0 | UInt8(1) << UInt8($1.severityRank) },
                                           basis: rule.basis.map(\.text)))
            }
        }
        self.duties = duties
        covers = coverage

        let limitationGroups = index.limitationVersions.keys.sorted().map { index.limitationVersions[$0] ?? [] }
        self.limitationGroups = limitationGroups
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

        let compiledViolations = layout.violationCodes.map { code in
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
                                     derivations: covering, periodSectorMatches: matches, category: violation?.category,
                                     hasElements: !(violation?.elements.isEmpty ?? true)
                                        // Model D (weight accumulation): the fine comes from the explaining engine's weight table.
                                        || standardGroups.joined().contains { catalog.standards[$0].model == .weights })
        }
        self.violations = compiledViolations
        self.items = items
        self.versions = versions
        conditions = program
        firstOffenceSlot = layout.firstOffenceSlot
        violationCodes = ViolationCodes(layout)
        code = ConditionCode(program)
        supported = ok

        // Flat arrays for the hot path.
        var roots: [Int32] = [], presumableSlots: [Int32] = []
        func addRoots(_ list: [Int32]) -> Int32 { roots.append(contentsOf: list); return Int32(roots.count) }
        func addPresumed(_ list: [Int32]) -> Range<Int32> {
            let start = Int32(presumableSlots.count)
            presumableSlots.append(contentsOf: list)
            return start..<Int32(presumableSlots.count)
        }
        let itemHot = items.map { item in
            let start = Int32(roots.count)
            let conditionsEnd = addRoots(item.conditions)
            let exclusionsEnd = addRoots(item.exclusions)
            let presumed = addPresumed(item.presumableReads)
            var hot = ItemHot(outcome: Int8(item.outcome?.severityRank ?? -1), mandatory: item.mandatory, general: item.general,
                              firstOffenceRule: Int16(item.firstOffenceRule), itemIndex: Int32(item.itemIndex), rank: Int32(item.rank),
                              conditionsStart: start, conditionsEnd: conditionsEnd, exclusionsEnd: exclusionsEnd,
                              presumed: presumed, reduces: item.reduces)
            // Only penalty items: a no-coercion item is recorded whatever its status.
            if item.outcome != nil, let test = program.rejection(among: item.conditions) {
                (hot.rejection, hot.rejectSlot, hot.rejectValue) = test
            }
            return hot
        }
        self.itemHot = itemHot
        var tiersHot: [TierHot] = []
        standardsHot = zip(catalog.standards, standards).map { definition, compiled in
            let start = Int32(tiersHot.count)
            for (k, tier) in definition.tiers.enumerated() {
                let rootsStart = Int32(roots.count)
                let rootsEnd = addRoots(compiled.tierConditions[k])
                let presumed = addPresumed(compiled.tierPresumable[k])
                tiersHot.append(TierHot(outcome: Int8(tier.outcome.severityRank), rootsStart: rootsStart, rootsEnd: rootsEnd,
                                        presumed: presumed))
            }
            let defaultTier = definition.tiers.firstIndex { $0.conditions.isEmpty && $0.outcome == .standard }
                ?? definition.tiers.firstIndex { $0.conditions.isEmpty }
            return StandardHot(validity: DayRange(effective: compiled.effective, expires: compiled.expires), scope: Int32(compiled.scope),
                               depth: Int32(compiled.depth), tiersStart: start, tiersEnd: Int32(tiersHot.count),
                               defaultTier: Int32(defaultTier ?? -1))
        }
        self.tiersHot = tiersHot
        var periodIDs: [String] = []
        func intern(_ id: String) -> Int32 {
            if let known = periodIDs.firstIndex(of: id) { return Int32(known) }
            periodIDs.append(id)
            return Int32(periodIDs.count - 1)
        }
        var periodsHot: [PeriodHot] = []
        positionPeriods = periods.map { list in
            let start = Int32(periodsHot.count)
            for period in list {
                let presumed = addPresumed(period.presumable)
                periodsHot.append(PeriodHot(years: Int32(period.years), condition: period.condition ?? -1, id: intern(period.id),
                                            replaces: period.replaces.map(intern) ?? -1, presumed: presumed))
            }
            return start..<Int32(periodsHot.count)
        }
        self.periodsHot = periodsHot
        limitationValidity = catalog.limitations.map {
            DayRange(effective: $0.validity.effective.dayNumber, expires: $0.validity.expires?.dayNumber ?? Int.max)
        }
        var limitationRanges: [Range<Int32>] = []
        var limitationFlat: [Int32] = []
        for group in limitationGroups {
            let start = Int32(limitationFlat.count)
            limitationFlat.append(contentsOf: group.map(Int32.init))
            limitationRanges.append(start..<Int32(limitationFlat.count))
        }
        limitationPositions = limitationRanges
        self.limitationFlat = limitationFlat
        derivationsHot = derivations.map { d in
            let presumed = addPresumed(d.presumable)
            return DerivationHot(validity: DayRange(effective: d.effective, expires: d.expires), slot: Int32(d.slot),
                                 condition: d.condition, value: d.value, presumed: presumed)
        }
        var versionsHot: [VersionHot] = [], groups: [Range<Int32>] = [], versionItems: [Int32] = []
        var standardGroups: [Range<Int32>] = [], standardPositions: [Int32] = []
        var violationDerivations: [Int32] = [], periodMatches: [Bool] = []
        var categories: [String] = []
        var violationsHot: [ViolationHot] = []
        var versionChanges: [Int32] = []
        for violation in compiledViolations {
            let groupsStart = Int32(groups.count)
            for group in violation.lists {
                let start = Int32(versionsHot.count)
                for (position, ids) in group {
                    let version = versions[position]
                    let itemsStart = Int32(versionItems.count)
                    versionItems.append(contentsOf: ids)
                    let policy: UInt8 = version.hitPolicy == .unique ? 0 : (version.hitPolicy == .first ? 1 : 2)
                    versionsHot.append(VersionHot(validity: DayRange(effective: version.effective, expires: version.expires),
                                                  scope: Int32(version.scope), hitPolicy: policy, itemsStart: itemsStart,
                                                  itemsEnd: Int32(versionItems.count)))
                }
                groups.append(start..<Int32(versionsHot.count))
            }
            let standardsStart = Int32(standardGroups.count)
            for group in violation.standards {
                let start = Int32(standardPositions.count)
                standardPositions.append(contentsOf: group.map(Int32.init))
                standardGroups.append(start..<Int32(standardPositions.count))
            }
            let derivationsStart = Int32(violationDerivations.count)
            violationDerivations.append(contentsOf: violation.derivations.map(Int32.init))
            let periodsStart = Int32(periodMatches.count)
            for matches in violation.periodSectorMatches { periodMatches.append(contentsOf: matches) }
            var category: Int32 = -1
            if let name = violation.category {
                if let known = categories.firstIndex(of: name) { category = Int32(known) } else { categories.append(name); category = Int32(categories.count - 1) }
            }
            // The days on which a list, standard or limitation version the violation reads starts or stops being in force.
            var changes = Set<Int32>()
            func note(_ validity: DayRange) {
                changes.insert(validity.effective)
                if validity.expires < Int32.max { changes.insert(validity.expires + 1) }
            }
            for g in Int(groupsStart)..<groups.count { for k in groups[g] { note(versionsHot[Int(k)].validity) } }
            for g in Int(standardsStart)..<standardGroups.count {
                for k in standardGroups[g] {
                    let standard = standardsHot[Int(standardPositions[Int(k)])]
                    note(standard.validity)
                }
            }
            for validity in limitationValidity { note(validity) }
            let changesStart = Int32(versionChanges.count)
            versionChanges.append(contentsOf: changes.sorted())
            violationsHot.append(ViolationHot(groupsStart: groupsStart, groupsEnd: Int32(groups.count), standardsStart: standardsStart,
                                              standardsEnd: Int32(standardGroups.count), derivationsStart: derivationsStart,
                                              derivationsEnd: Int32(violationDerivations.count), periodsStart: periodsStart,
                                              category: category, changesStart: changesStart, changesEnd: Int32(versionChanges.count),
                                              hasElements: violation.hasElements))
        }
        self.roots = roots
        self.presumableSlots = presumableSlots
        self.versionsHot = versionsHot
        self.groups = groups
        self.versionItems = versionItems
        self.standardGroups = standardGroups
        self.standardPositions = standardPositions
        self.violationDerivations = violationDerivations
        self.periodMatches = periodMatches
        self.violationsHot = violationsHot
        self.versionChanges = versionChanges
        followUps = items.map(\.followUp)
        fineWidths = catalog.standards.map { $0.tiers.count + 1 }
        let fines: [[FineComputation]?] = catalog.standards.map { standard in
            guard case .amounts = standard.statutory else { return nil }
            return Outcome.allCases.flatMap { outcome in
                ([nil] + standard.tiers.map { Optional($0) }).map { tier in
                    FineCalculator.range(standard: standard, outcome: outcome, tier: tier, basis: { _ in nil })
                }
            }
        }
        self.fines = fines
        var boxes: [FineRangeBox?] = [], offsets: [Int] = []
        for table in fines {
            guard let table else { offsets.append(-1); continue }
            offsets.append(boxes.count)
            for computation in table {
                if case .range(let range) = computation { boxes.append(FineRangeBox(range)) } else { boxes.append(nil) }
            }
        }
        fineBoxes = boxes
        fineOffsets = offsets
    }

    /// The fine for `outcome` under the standard at `position` with tier `tier` (`FineCalculator.range`).
    func fine(standard position: Int, outcome: Outcome, tier: Int?, basis: (String) -> Money?) -> FineComputation {
        if let table = fines[position] {
            return table[outcome.severityRank * fineWidths[position] + (tier ?? -1) + 1]
        }
        let standard = catalog.standards[position]
        return FineCalculator.range(standard: standard, outcome: outcome, tier: tier.map { standard.tiers[$0] }, basis: basis)
    }

    /// The region index of the region named or coded by `bytes`; nil when not declared.
    func region(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { regionNames.index(of: bytes).map { regionOfName[$0] } }
}

/// The layout's violation-code table behind one reference.
final class ViolationCodes: Sendable {
    let layout: CaseSlotLayout

    init(_ layout: CaseSlotLayout) { self.layout = layout }

    /// The id of the code spelled by `bytes`.
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { layout.violation(bytes: bytes) }
}

/// The flat tables the hot path reads (`CompiledProgram.itemHot`, `roots`, `versionsHot`, … under the same names, the
/// items as `items`), as buffers: reading one entry is then one load, with no array bounds check or indirection (a
/// case reads some two hundred). Debug builds still check the indices (`UnsafeBufferPointer`'s subscript).
///
/// `@unchecked Sendable`: as `ConditionCode`, the buffers of plain values are written once in `init`, only read after,
/// and freed in `deinit`.
final class HotTables: @unchecked Sendable {
    let items: UnsafeBufferPointer<ItemHot>
    let roots: UnsafeBufferPointer<Int32>
    let versionItems: UnsafeBufferPointer<Int32>
    let presumableSlots: UnsafeBufferPointer<Int32>
    let versionsHot: UnsafeBufferPointer<VersionHot>
    let groups: UnsafeBufferPointer<Range<Int32>>
    let standardsHot: UnsafeBufferPointer<StandardHot>
    let tiersHot: UnsafeBufferPointer<TierHot>
    let standardGroups: UnsafeBufferPointer<Range<Int32>>
    let standardPositions: UnsafeBufferPointer<Int32>
    let limitationPositions: UnsafeBufferPointer<Range<Int32>>
    let limitationFlat: UnsafeBufferPointer<Int32>
    let limitationValidity: UnsafeBufferPointer<DayRange>
    let positionPeriods: UnsafeBufferPointer<Range<Int32>>
    let periodsHot: UnsafeBufferPointer<PeriodHot>
    let periodMatches: UnsafeBufferPointer<Bool>
    let derivationsHot: UnsafeBufferPointer<DerivationHot>
    let violationDerivations: UnsafeBufferPointer<Int32>
    let violationsHot: UnsafeBufferPointer<ViolationHot>
    let versionChanges: UnsafeBufferPointer<Int32>
    /// Days after a limitation period's start within which no period of the catalog can have run out (365 · the
    /// shortest period − 1, see `CompiledEngine.limitation`); nil when some period is not a whole number of years ≥ 0 or
    /// there is none.
    let limitationClearDays: Int?

    init(_ p: CompiledProgram) {
        items = ConditionCode.buffer(p.itemHot)
        roots = ConditionCode.buffer(p.roots)
        versionItems = ConditionCode.buffer(p.versionItems)
        presumableSlots = ConditionCode.buffer(p.presumableSlots)
        versionsHot = ConditionCode.buffer(p.versionsHot)
        groups = ConditionCode.buffer(p.groups)
        standardsHot = ConditionCode.buffer(p.standardsHot)
        tiersHot = ConditionCode.buffer(p.tiersHot)
        standardGroups = ConditionCode.buffer(p.standardGroups)
        standardPositions = ConditionCode.buffer(p.standardPositions)
        limitationPositions = ConditionCode.buffer(p.limitationPositions)
        limitationFlat = ConditionCode.buffer(p.limitationFlat)
        limitationValidity = ConditionCode.buffer(p.limitationValidity)
        positionPeriods = ConditionCode.buffer(p.positionPeriods)
        periodsHot = ConditionCode.buffer(p.periodsHot)
        periodMatches = ConditionCode.buffer(p.periodMatches)
        derivationsHot = ConditionCode.buffer(p.derivationsHot)
        violationDerivations = ConditionCode.buffer(p.violationDerivations)
        violationsHot = ConditionCode.buffer(p.violationsHot)
        versionChanges = ConditionCode.buffer(p.versionChanges)
        let shortest = p.periodsHot.map(\.years).min()
        limitationClearDays = shortest.flatMap { $0 >= 0 ? 365 * Int($0) - 1 : nil }
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: items).deallocate()
        UnsafeMutableBufferPointer(mutating: roots).deallocate()
        UnsafeMutableBufferPointer(mutating: versionItems).deallocate()
        UnsafeMutableBufferPointer(mutating: presumableSlots).deallocate()
        UnsafeMutableBufferPointer(mutating: versionsHot).deallocate()
        UnsafeMutableBufferPointer(mutating: groups).deallocate()
        UnsafeMutableBufferPointer(mutating: standardsHot).deallocate()
        UnsafeMutableBufferPointer(mutating: tiersHot).deallocate()
        UnsafeMutableBufferPointer(mutating: standardGroups).deallocate()
        UnsafeMutableBufferPointer(mutating: standardPositions).deallocate()
        UnsafeMutableBufferPointer(mutating: limitationPositions).deallocate()
        UnsafeMutableBufferPointer(mutating: limitationFlat).deallocate()
        UnsafeMutableBufferPointer(mutating: limitationValidity).deallocate()
        UnsafeMutableBufferPointer(mutating: positionPeriods).deallocate()
        UnsafeMutableBufferPointer(mutating: periodsHot).deallocate()
        UnsafeMutableBufferPointer(mutating: periodMatches).deallocate()
        UnsafeMutableBufferPointer(mutating: derivationsHot).deallocate()
        UnsafeMutableBufferPointer(mutating: violationDerivations).deallocate()
        UnsafeMutableBufferPointer(mutating: violationsHot).deallocate()
        UnsafeMutableBufferPointer(mutating: versionChanges).deallocate()
    }
}
