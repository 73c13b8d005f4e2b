import Dispatch
import LeniencyCatalog
import LeniencyCore
@testable import LeniencyEngine
import Synchronization
import Testing

/// The engine index's shortcuts give what the plain definitions give.
@Suite struct EngineIndexTests {
    /// `EngineIndex.itemRank` by its definition: every item of every list sorted by the whole key at once.
    static func ranksBySortingEverything(_ lists: [LeniencyList]) -> [[Int]] {
        let keys = lists.enumerated().flatMap { listIndex, list in
            list.items.indices.map { (listIndex, $0, list.id, list.validity.effective, list.items[$0].id) }
        }.sorted { ($0.2, $0.3, $0.4, $0.0, $0.1) < ($1.2, $1.3, $1.4, $1.0, $1.1) }
        var ranks = lists.map { [Int](repeating: 0, count: $0.items.count) }
        for (rank, key) in keys.enumerated() { ranks[key.0][key.1] = rank }
        return ranks
    }

    static func items(_ ids: [String]) -> [ListItem] {
        ids.map { Fixture.item($0, violations: ["TAX-1"], conditions: ["corrected"]) }
    }

    /// Lists in no particular order: two sharing an id and a version (their items interleave by id), versions of one
    /// list out of date order, items out of id order, an empty list, equal item ids.
    static let awkwardLists: [LeniencyList] = [
        Fixture.list("b", effective: "2022-01-01", items: items(["b-3", "b-1", "b-2"])),
        Fixture.list("a", effective: "2023-01-01", items: items(["x", "m"])),
        Fixture.list("b", effective: "2021-01-01", items: items(["b-1", "b-10", "b-9"])),
        Fixture.list("a", effective: "2023-01-01", items: items(["n", "a", "x"])),
        Fixture.list("c", items: []),
        Fixture.list("a", effective: "2020-06-30", items: items(["z", "z", "y"])),
        Fixture.list("aa", items: items(["1", "2"])),
    ]

    @Test("item ranks: the same as sorting every item by (list id, version, item id, list index, item index)")
    func itemRanksMatchTheDefinition() {
        let ranks = EngineIndex.itemRanks(Self.awkwardLists)
        #expect(ranks == Self.ranksBySortingEverything(Self.awkwardLists))
        // The two lists `a` of 2023-01-01 interleave: a, m, n, x (list 1), x (list 3).
        #expect(ranks[3][1] < ranks[1][1] && ranks[1][1] < ranks[3][0] && ranks[3][0] < ranks[1][0] && ranks[1][0] < ranks[3][2])
        #expect(Set(ranks.flatMap { $0 }).count == Self.awkwardLists.reduce(0) { $0 + $1.items.count })
        for lists in [Fixture.catalog().lists, [], [Fixture.taxList], Self.awkwardLists.reversed()] {
            #expect(EngineIndex.itemRanks(lists) == Self.ranksBySortingEverything(lists))
        }
    }

    @Test("item infos: built on first use, the same as building them directly, from any number of threads at once")
    func itemInfosAreBuiltOnce() {
        let catalog = Fixture.catalog(lists: Self.awkwardLists + [Fixture.generalPart, Fixture.taxList])
        let index = EngineIndex(catalog)
        let positions = catalog.lists.indices.flatMap { list in catalog.lists[list].items.indices.map { (list, $0) } }
        let seen = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            var keys: [String] = []
            for (list, item) in positions.shuffled() where (list + item + round) % 2 == 0 || round == 0 {
                keys.append(index.itemInfo(listIndex: list, itemIndex: item).missingKey)
            }
            seen.withLock { $0 += keys }
        }
        #expect(seen.withLock { Set($0) }.count == Set(positions.map { "1\(catalog.lists[$0.0].id)\u{1}\(catalog.lists[$0.0].items[$0.1].id)" }).count)
        for (list, item) in positions {
            let info = index.itemInfo(listIndex: list, itemIndex: item)
            let direct = EngineIndex.info(catalog.lists[list].items[item], of: catalog.lists[list], facts: index.facts)
            #expect(info.reference == direct.reference && info.citations == direct.citations && info.basis == direct.basis)
            #expect(info.missingKey == "1\(catalog.lists[list].id)\u{1}\(catalog.lists[list].items[item].id)")
            #expect(info.conditionReadings == direct.conditionReadings && info.exclusionReadings == direct.exclusionReadings)
            #expect(info.outcome == direct.outcome && info.unverified == direct.unverified && info.usesFirstOffence == direct.usesFirstOffence)
        }
    }
}
