import LeniencyCatalog
import LeniencyCore
import Synchronization

/// Everything `Engine.decide` looks up, indexed once per catalog so a decision never scans the whole catalog.
final class EngineIndex: Sendable {
    let evaluator: ConditionEvaluator
    let violations: [String: Violation]
    let facts: [String: FactDefinition]
    /// Facts bound to case fields (`source:`), in declaration order.
    let sourceBound: [(name: String, source: FactSource)]
    /// Facts with a legal presumption, in declaration order.
    let presumed: [(name: String, presumption: Presumption, appliesTo: Set<String>?)]
    /// Every derivation with its document's index, ordered so a derivation comes after those defining facts it reads.
    let derivationOrder: [(rules: Int, derivation: Derivation)]
    /// Derivations by id.
    let derivationsByID: [String: Derivation]
    /// Facts that concern only some party types (`applies_to:`), in declaration order.
    let partyScoped: [(name: String, appliesTo: Set<String>, type: FactType)]
    /// List id → indices into `catalog.lists`, oldest version first.
    let listVersions: [String: [Int]]
    /// Violation code → ids of lists with a version whose items name it, sorted.
    let listIDsByViolation: [String: [String]]
    /// Ids of lists with `scope: all` in some version, sorted.
    let scopeAllListIDs: [String]
    /// Catalog list index → violation code → item indices in file order.
    let itemsByVersion: [Int: [String: [Int]]]
    /// Standard id → indices into `catalog.standards`, oldest first.
    let standardVersions: [String: [Int]]
    /// Violation code → ids of standards covering it, sorted.
    let standardIDsByViolation: [String: [String]]
    /// Limitation id → indices into `catalog.limitations`, oldest first.
    let limitationVersions: [String: [Int]]
    /// Catalog list index → what its items contribute to every decision, built the first time one of them is looked
    /// up: a cold `check` of one case reads the items of two or three of the lists, and building them all was about
    /// a third of the index's instructions.
    private let itemInfos: [LazyItemInfos]
    /// Catalog list index → item index → rank by (list id, version, item id): sorting by it is sorting by those strings.
    let itemRank: [[Int]]
    /// Violation code → ids of every list that may cover it (naming it, or `scope: all`), sorted and deduplicated.
    let candidateListIDs: [String: [String]]
    /// Violation code → its 违反条款 and 处罚依据, deduplicated.
    let violationCitations: [String: [String]]

    init(_ catalog: Catalog) {
        var facts: [String: FactDefinition] = [:]
        var bound: [(name: String, source: FactSource)] = []
        var presumed: [(name: String, presumption: Presumption, appliesTo: Set<String>?)] = []
        var scoped: [(name: String, appliesTo: Set<String>, type: FactType)] = []
        for fact in catalog.facts where facts[fact.name] == nil {
            facts[fact.name] = fact
            if let source = fact.source { bound.append((fact.name, source)) }
            if let presumption = fact.presumption { presumed.append((fact.name, presumption, fact.appliesTo)) }
            if let appliesTo = fact.appliesTo { scoped.append((fact.name, appliesTo, fact.type)) }
        }
        evaluator = ConditionEvaluator()
        derivationOrder = Self.dependencyOrder(catalog.derivations)
        derivationsByID = Dictionary(catalog.derivations.flatMap(\.derivations).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.facts = facts
        sourceBound = bound
        self.presumed = presumed
        partyScoped = scoped
        let violationsByCode = Dictionary(catalog.violations.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        violations = violationsByCode

        var citationsByViolation: [String: [String]] = [:]
        for violation in catalog.violations where citationsByViolation[violation.code] == nil {
            var texts: [String] = []
            for text in violation.violates.map(\.text) + violation.penaltyBasis.map(\.text) where !text.isEmpty && !texts.contains(text) {
                texts.append(text)
            }
            citationsByViolation[violation.code] = texts
        }
        violationCitations = citationsByViolation
        itemInfos = catalog.lists.map { LazyItemInfos(list: $0) }

        var listVersions: [String: [Int]] = [:]
        var byViolation: [String: Set<String>] = [:]
        var scopeAll: Set<String> = []
        var itemsByVersion: [Int: [String: [Int]]] = [:]
        for (index, list) in catalog.lists.enumerated() {
            listVersions[list.id, default: []].append(index)
            if list.scope == .all { scopeAll.insert(list.id) }
            var byCode: [String: [Int]] = [:]
            for (itemIndex, item) in list.items.enumerated() {
                for code in item.violations {
                    byCode[code, default: []].append(itemIndex)
                    byViolation[code, default: []].insert(list.id)
                }
            }
            itemsByVersion[index] = byCode
        }
        self.listVersions = listVersions.mapValues { $0.sorted { catalog.lists[$0].validity.effective < catalog.lists[$1].validity.effective } }
        listIDsByViolation = byViolation.mapValues { $0.sorted() }
        scopeAllListIDs = scopeAll.sorted()
        var candidates: [String: [String]] = [:]
        for code in Set(catalog.violations.map(\.code)).union(byViolation.keys) {
            candidates[code] = (byViolation[code] ?? []).union(scopeAll).sorted()
        }
        candidateListIDs = candidates
        itemRank = Self.itemRanks(catalog.lists)
        self.itemsByVersion = itemsByVersion

        var standardVersions: [String: [Int]] = [:]
        var standardsByViolation: [String: Set<String>] = [:]
        for (index, standard) in catalog.standards.enumerated() {
            standardVersions[standard.id, default: []].append(index)
            for code in standard.violations { standardsByViolation[code, default: []].insert(standard.id) }
        }
        self.standardVersions = standardVersions.mapValues {
            $0.sorted { catalog.standards[$0].validity.effective < catalog.standards[$1].validity.effective }
        }
        standardIDsByViolation = standardsByViolation.mapValues { $0.sorted() }

        var limitationVersions: [String: [Int]] = [:]
        for (index, rules) in catalog.limitations.enumerated() { limitationVersions[rules.id, default: []].append(index) }
        self.limitationVersions = limitationVersions.mapValues {
            $0.sorted { catalog.limitations[$0].validity.effective < catalog.limitations[$1].validity.effective }
        }
    }

    /// Catalog list index → item index → rank by (list id, version, item id, list index, item index).
    ///
    /// The lists are sorted, and then only the items of lists that share an id and a version among themselves: sorting
    /// every item by the whole key compared the same list id and version over and over.
    static func itemRanks(_ lists: [LeniencyList]) -> [[Int]] {
        func sameVersion(_ a: Int, _ b: Int) -> Bool { lists[a].id == lists[b].id && lists[a].validity.effective == lists[b].validity.effective }
        let order = lists.indices.sorted { (lists[$0].id, lists[$0].validity.effective, $0) < (lists[$1].id, lists[$1].validity.effective, $1) }
        var ranks = lists.map { [Int](repeating: 0, count: $0.items.count) }
        var rank = 0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, sameVersion(order[start], order[end]) { end += 1 }
            // In (list index, item index) order already, so sorting by item id alone is the rest of the key.
            var keys = order[start..<end].flatMap { list in lists[list].items.indices.map { (list: list, item: $0) } }
            func id(_ key: (list: Int, item: Int)) -> String { lists[key.list].items[key.item].id }
            if !zip(keys, keys.dropFirst()).allSatisfy({ id($0) <= id($1) }) {
                keys.sort { (id($0), $0.list, $0.item) < (id($1), $1.list, $1.item) }
            }
            for key in keys {
                ranks[key.list][key.item] = rank
                rank += 1
            }
            start = end
        }
        return ranks
    }

    /// Derivations in dependency order: one defining a fact comes before every derivation whose condition reads that fact.
    /// File order otherwise; a cycle (lint R007) keeps file order for the rest.
    static func dependencyOrder(_ documents: [DerivationRules]) -> [(rules: Int, derivation: Derivation)] {
        var pending = documents.enumerated().flatMap { index, rules in rules.derivations.map { (rules: index, derivation: $0) } }
        var ordered: [(rules: Int, derivation: Derivation)] = []
        while !pending.isEmpty {
            let definedLater = Set(pending.map(\.derivation.fact))
            let ready = pending.firstIndex { entry in
                entry.derivation.condition.expression.factNames.allSatisfy { !definedLater.contains($0) || $0 == entry.derivation.fact }
            } ?? 0
            ordered.append(pending.remove(at: ready))
        }
        return ordered
    }

    /// The per-catalog part of an item's evaluation.
    static func info(_ item: ListItem, of list: LeniencyList, facts: [String: FactDefinition]) -> ItemInfo {
        let listRef = ListReference(listID: list.id, effective: list.validity.effective, document: list.info.document, title: list.info.title)
        let basis = (item.basis.isEmpty ? list.implements : item.basis).map(\.text)
        var citations: [String] = []
        for text in [list.info.document] + basis where !text.isEmpty && !citations.contains(text) { citations.append(text) }
        let uses = (item.conditions + item.exclusions).contains { $0.expression.factNames.contains(firstOffenceFactName) }
        return ItemInfo(reference: ItemReference(list: listRef, itemID: item.id, title: item.title), basis: basis, citations: citations,
                        usesFirstOffence: uses,
                        conditionReadings: item.conditions.map { readings(of: $0.expression, facts: facts) },
                        exclusionReadings: item.exclusions.map { readings(of: $0.expression, facts: facts) },
                        outcome: item.outcome ?? list.kind.defaultOutcome,
                        unverified: item.unverified || list.info.unverified,
                        missingKey: "1\(list.id)\u{1}\(item.id)")
    }

    /// An item's citations followed by the violation's (deduplicated), and whether either is unverified.
    static func caseInfo(_ info: ItemInfo, violationCitations: [String]?, violationUnverified: Bool) -> ItemCaseInfo {
        var citations = info.citations
        for text in violationCitations ?? [] where !citations.contains(text) { citations.append(text) }
        return ItemCaseInfo(citations: citations, unverified: info.unverified || violationUnverified)
    }

    /// The case-dependent part of an item's trace for a case of `violation`.
    ///
    /// Merged per evaluated item (a few short arrays) rather than for every item and violation code when the index is
    /// built: that table took about a third of the index's build time, which every cold `check` pays for one case.
    func itemCaseInfo(listIndex: Int, itemIndex: Int, violation: String) -> ItemCaseInfo {
        Self.caseInfo(itemInfo(listIndex: listIndex, itemIndex: itemIndex), violationCitations: violationCitations[violation],
                      violationUnverified: violations[violation]?.unverified ?? false)
    }

    /// The facts an expression reads, with their labels and no values yet.
    static func readings(of expression: Expression, facts: [String: FactDefinition]) -> [FactReading] {
        expression.factNames.map { name in
            FactReading(name: name, value: nil, label: facts[name]?.label ?? (name == firstOffenceFactName ? "初次违法" : nil),
                        labelEn: facts[name]?.labelEn ?? (name == firstOffenceFactName ? "first offence" : nil))
        }
    }

    /// The facts an expression reads, with their labels (for tiers and limitation periods, which are few).
    func readings(of expression: Expression) -> [FactReading] { Self.readings(of: expression, facts: facts) }

    /// The precomputed part of one item's evaluation.
    func itemInfo(listIndex: Int, itemIndex: Int) -> ItemInfo {
        itemInfos[listIndex].infos(facts: facts)[itemIndex]
    }

    /// The version in force on `date` among `versions` (oldest first); the newest wins if several overlap (lint D002).
    static func inForce(_ versions: [Int], on date: CivilDate, validity: (Int) -> Validity) -> Int? {
        versions.last { validity($0).contains(date) }
    }
}

/// One list's `ItemInfo`s, built once, by whichever thread asks first.
final class LazyItemInfos: Sendable {
    private let list: LeniencyList
    private let built = Mutex<[ItemInfo]?>(nil)

    init(list: LeniencyList) {
        self.list = list
    }

    /// The infos of the list's items, in item order.
    func infos(facts: [String: FactDefinition]) -> [ItemInfo] {
        built.withLock { built in
            if let built { return built }
            let infos = list.items.map { EngineIndex.info($0, of: list, facts: facts) }
            built = infos
            return infos
        }
    }
}

/// What an item's trace entry says for one violation: computed per catalog, looked up per case.
struct ItemCaseInfo: Sendable {
    var citations: [String]
    var unverified: Bool
}

/// The versions chosen for one date: the unit that 从旧兼从轻 compares.
struct VersionSelection: Hashable, Sendable {
    /// The date the versions are in force on.
    var date: CivilDate
    /// List id → catalog index of the version in force (absent = none in force).
    var lists: [String: Int]
    /// Standard id → catalog index.
    var standards: [String: Int]
    /// Limitation id → catalog index.
    var limitations: [String: Int]

    /// True when both select the same documents (dates may differ).
    func sameVersions(as other: VersionSelection) -> Bool {
        lists == other.lists && standards == other.standards && limitations == other.limitations
    }
}
