import LeniencyCore

/// The condition boxes of one list's item classes in a dense form, so that the box test of two classes — the
/// operation the overlap search repeats for every pair it cannot rule out otherwise — compares small integers instead
/// of hashing fact names and building sets.
///
/// Facts become numbers; interval bounds become their rank among all bounds of that fact in the list (ranks keep
/// order and equality, so the test stays exact); the values of booleans, enums and texts become bits of a 64-bit
/// mask. A fact with more than 64 distinct values shares bits between values (value number modulo 64): two masks
/// that do not intersect still prove the sets disjoint, so the test may only say "may meet" more often, never less.
struct CompiledBoxes {
    /// One fact's range in one box.
    private struct Entry {
        var fact: Int32
        var isInterval: Bool
        /// Interval: ranks of the bounds (-1 below every bound, Int32.max above every bound) and inclusiveness.
        var lower: Int32
        var upper: Int32
        var lowerInclusive: Bool
        var upperInclusive: Bool
        /// Values: which of the fact's values are allowed.
        var mask: UInt64
    }

    /// Each class's entries, sorted by fact number.
    private let entries: [[Entry]]

    init(_ boxes: [ConditionBox]) {
        var factNumber: [String: Int32] = [:]
        var boundsOf: [Int32: Set<Ratio>] = [:]
        var valueNumber: [Int32: [String: Int]] = [:]
        for box in boxes {
            for (name, range) in box.ranges {
                let fact = factNumber[name] ?? Int32(factNumber.count)
                factNumber[name] = fact
                switch range {
                case .interval(let lower, let upper):
                    for bound in [lower, upper].compactMap({ $0 }) { boundsOf[fact, default: []].insert(bound.value) }
                case .values(let values):
                    for value in values where valueNumber[fact]?[value] == nil {
                        valueNumber[fact, default: [:]][value] = valueNumber[fact]?.count ?? 0
                    }
                }
            }
        }
        var rankOf: [Int32: [Ratio: Int32]] = [:]
        for (fact, bounds) in boundsOf {
            rankOf[fact] = Dictionary(uniqueKeysWithValues: bounds.sorted().enumerated().map { ($0.element, Int32($0.offset)) })
        }
        entries = boxes.map { box in
            box.ranges.map { name, range -> Entry in
                let fact = factNumber[name] ?? 0
                switch range {
                case .interval(let lower, let upper):
                    return Entry(fact: fact, isInterval: true,
                                 lower: lower.flatMap { rankOf[fact]?[$0.value] } ?? -1,
                                 upper: upper.flatMap { rankOf[fact]?[$0.value] } ?? Int32.max,
                                 lowerInclusive: lower?.inclusive ?? false, upperInclusive: upper?.inclusive ?? false,
                                 mask: 0)
                case .values(let values):
                    let mask = values.reduce(UInt64(0)) { $0 | (1 << UInt64((valueNumber[fact]?[$1] ?? 0) % 64)) }
                    return Entry(fact: fact, isInterval: false, lower: 0, upper: 0, lowerInclusive: false,
                                 upperInclusive: false, mask: mask)
                }
            }.sorted { $0.fact < $1.fact }
        }
    }

    /// False only when no case can satisfy both boxes on some fact they both constrain (the caller checks emptiness).
    func mayMeet(_ a: Int, _ b: Int) -> Bool {
        let x = entries[a], y = entries[b]
        var i = 0, j = 0
        while i < x.count, j < y.count {
            let fact = x[i].fact, other = y[j].fact
            if fact < other {
                i += 1
            } else if other < fact {
                j += 1
            } else {
                if Self.disjoint(x[i], y[j]) { return false }
                i += 1
                j += 1
            }
        }
        return true
    }

    /// Mirrors `ConditionBox.intersection(_:_:) == nil`: ranges of different kinds are not compared.
    private static func disjoint(_ a: Entry, _ b: Entry) -> Bool {
        switch (a.isInterval, b.isInterval) {
        case (false, false):
            return a.mask & b.mask == 0
        case (true, true):
            // The tighter lower bound (on equal ranks, inclusive only if both are) and the tighter upper bound.
            let lower = a.lower == b.lower ? a.lower : max(a.lower, b.lower)
            let lowerInclusive = a.lower == b.lower ? a.lowerInclusive && b.lowerInclusive
                : (a.lower > b.lower ? a.lowerInclusive : b.lowerInclusive)
            let upper = a.upper == b.upper ? a.upper : min(a.upper, b.upper)
            let upperInclusive = a.upper == b.upper ? a.upperInclusive && b.upperInclusive
                : (a.upper < b.upper ? a.upperInclusive : b.upperInclusive)
            guard lower >= 0, upper != Int32.max else { return false }
            return upper < lower || (upper == lower && !(lowerInclusive && upperInclusive))
        default:
            return false
        }
    }
}
