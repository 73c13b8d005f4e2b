import LeniencyCatalog
import LeniencyCore

/// How the versions of one document id in the old rules line up with those in the new rules.
enum VersionPairing {
    /// One line of the comparison: a version on both sides, or on one side only.
    enum Pair {
        /// The same version (or the only version on each side, moved to another effective date).
        case both(old: Int, new: Int)
        /// A version only the new rules hold, compared with the old version it follows (if any).
        case added(new: Int, predecessor: Int?)
        /// A version only the old rules hold.
        case removed(old: Int)
    }

    /// Pairs versions by effective date; when one version on each side is left over they are one version whose
    /// effective date changed; a new version left over is compared with the old version in force the day before it.
    static func pair(old: [Validity], new: [Validity]) -> [Pair] {
        var pairs: [Pair] = []
        var unmatchedOld = Array(old.indices)
        var unmatchedNew: [Int] = []
        for (j, validity) in new.enumerated() {
            if let position = unmatchedOld.firstIndex(where: { old[$0].effective == validity.effective }) {
                pairs.append(.both(old: unmatchedOld.remove(at: position), new: j))
            } else {
                unmatchedNew.append(j)
            }
        }
        if unmatchedOld.count == 1, unmatchedNew.count == 1 {
            pairs.append(.both(old: unmatchedOld[0], new: unmatchedNew[0]))
            unmatchedOld = []
            unmatchedNew = []
        }
        for j in unmatchedNew {
            let before = new[j].effective.adding(days: -1)
            let predecessor = old.indices.filter { old[$0].contains(before) }.first
                ?? old.indices.filter { old[$0].effective < new[j].effective }.max { old[$0].effective < old[$1].effective }
            pairs.append(.added(new: j, predecessor: predecessor))
        }
        for i in unmatchedOld { pairs.append(.removed(old: i)) }
        return pairs.sorted { effective($0, old, new) < effective($1, old, new) }
    }

    private static func effective(_ pair: Pair, _ old: [Validity], _ new: [Validity]) -> CivilDate {
        switch pair {
        case .both(_, let j), .added(let j, _): new[j].effective
        case .removed(let i): old[i].effective
        }
    }

    /// A day on which both versions are in force (the later effective date), else the first day of the new version.
    static func commonDay(_ old: Validity, _ new: Validity) -> CivilDate {
        let day = max(old.effective, new.effective)
        return old.contains(day) && new.contains(day) ? day : new.effective
    }

    /// Items whose relative order changed: those outside a longest run kept in the same order on both sides.
    static func moved(oldOrder: [String], newOrder: [String]) -> Set<String> {
        let common = newOrder.filter(oldOrder.contains)
        let oldPosition = Dictionary(oldOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let positions = common.compactMap { oldPosition[$0] }
        guard positions.count > 1 else { return [] }
        // Longest increasing subsequence (quadratic: lists have tens of items).
        var length = Array(repeating: 1, count: positions.count)
        var previous = Array(repeating: -1, count: positions.count)
        for i in positions.indices {
            for j in 0..<i where positions[j] < positions[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var kept: Set<String> = []
        var index = length.indices.max { length[$0] < length[$1] } ?? -1
        while index >= 0 {
            kept.insert(common[index])
            index = previous[index]
        }
        return Set(common).subtracting(kept)
    }
}
