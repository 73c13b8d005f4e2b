import LeniencyCore
import LeniencyCatalog

/// Items of one list with the same violations and the same conditions and exclusions: they meet in a case as soon as
/// one of them can apply, so the solver is asked about them once.
struct ItemClass {
    /// Positions of the items in the list, in file order.
    var items: [Int]
    /// What must hold for them to apply.
    var expressions: [Expression]
    /// The cheap over-approximation of `expressions`.
    var box: ConditionBox
}

/// The overlap groups of a list: items joined when they can apply to one case, directly or through other items
/// (connected components of the "can meet" relation), with one proven meeting per group.
///
/// Classes are visited in file order; each is compared with the earlier classes its box may meet, skipping those
/// already in its group, so a pair is solved only when it could join two groups. A pair is first tried on the
/// earlier class's own witness (fact values under which it applies), and only then on the constraint solver. A list
/// whose items all overlap costs one witness test per class; a list whose items are told apart by one fact (tiers,
/// ranges, enum values) costs one box test per pair; solver calls are bounded by the classes plus the pairs whose
/// boxes meet although the items do not (conditions the box cannot represent, such as disjunctions).
struct OverlapGroups {
    /// Items that can apply to one case, and a pair of them with fact values under which both apply.
    struct Group {
        var classes: [Int]
        var pair: (Int, Int)
        var witness: [String: FactValue]
    }

    private let classes: [ItemClass]
    /// The classes' boxes in the form the pair test reads.
    private let boxes: CompiledBoxes
    private let facts: [String: FactDefinition]
    /// Each class's own witness, solved once (nil inside: no case satisfies the class alone).
    private var ownWitness: [[String: FactValue]??]
    /// Work units left (a box test is 1, a witness test 1 per expression, a solver call 100).
    private(set) var budget: Int
    /// The class at which the budget ran out, if it did.
    private(set) var stoppedAt: Int?

    init(classes: [ItemClass], facts: [String: FactDefinition], budget: Int) {
        self.classes = classes
        self.boxes = CompiledBoxes(classes.map(\.box))
        self.facts = facts
        self.budget = budget
        self.ownWitness = Array(repeating: nil, count: classes.count)
    }

    /// The groups among `members` (class positions in file order) that hold two items or more, in order of their
    /// first item.
    mutating func groups(among members: [Int]) -> [Group] {
        // Groups as lists of positions in `members`, keyed by one of them; `open` holds the keys.
        var positionsOf: [Int: [Int]] = [:]
        var meeting: [Int: ((Int, Int), [String: FactValue])] = [:]
        var open: [Int] = []
        for (position, c) in members.enumerated() where stoppedAt == nil {
            positionsOf[position] = [position]
            guard !classes[c].box.isEmpty, let own = witness(of: c) else { continue }
            if classes[c].items.count > 1 { meeting[position] = ((c, c), own) }
            var mine = position
            // Each earlier group is merged into this class's group when one of its classes meets this one.
            var stillOpen: [Int] = []
            for (index, group) in open.enumerated() {
                if budget < 0 {
                    stoppedAt = c
                    stillOpen += open[index...]
                    break
                }
                var hit: (d: Int, witness: [String: FactValue])?
                for earlier in positionsOf[group] ?? [] {
                    budget -= 1
                    let d = members[earlier]
                    if boxes.mayMeet(c, d), let found = meet(c, d) {
                        hit = (d, found)
                        break
                    }
                }
                guard let hit else {
                    stillOpen.append(group)
                    continue
                }
                // Merge the smaller list into the larger one (after the loop above, so no copy is made).
                let (large, small) = (positionsOf[group]?.count ?? 0) >= (positionsOf[mine]?.count ?? 0) ? (group, mine) : (mine, group)
                let moved = positionsOf.removeValue(forKey: small) ?? []
                positionsOf[large, default: []].append(contentsOf: moved)
                meeting[large] = meeting[large] ?? meeting[small] ?? ((hit.d, c), hit.witness)
                meeting[small] = nil
                mine = large
            }
            open = stillOpen + [mine]
        }
        return open.compactMap { group -> Group? in
            let grouped = (positionsOf[group] ?? []).sorted().map { members[$0] }
            guard let (pair, witness) = meeting[group], grouped.reduce(0, { $0 + classes[$1].items.count }) > 1 else { return nil }
            return Group(classes: grouped, pair: pair, witness: witness)
        }.sorted { classes[$0.classes[0]].items[0] < classes[$1.classes[0]].items[0] }
    }

    /// Fact values under which every class of the group applies, when one case meets them all: the group's witness
    /// if it already does, else (for groups of at most `jointSearchLimit` classes) one solved for all of them.
    mutating func commonWitness(_ group: Group) -> [String: FactValue]? {
        if group.classes.allSatisfy({ holds(classes[$0].expressions, group.witness) }) { return group.witness }
        guard group.classes.count <= Self.jointSearchLimit else { return nil }
        return solve(group.classes.flatMap { classes[$0].expressions })
    }

    /// Largest group for which one case meeting all its items is searched for.
    static let jointSearchLimit = 32

    /// Fact values under which both classes apply, or nil.
    private mutating func meet(_ c: Int, _ d: Int) -> [String: FactValue]? {
        if let theirs = witness(of: d), holds(classes[c].expressions, theirs) { return theirs }
        if let mine = witness(of: c), holds(classes[d].expressions, mine) { return mine }
        return solve(classes[c].expressions + classes[d].expressions)
    }

    private mutating func witness(of c: Int) -> [String: FactValue]? {
        if let known = ownWitness[c] { return known }
        let found = classes[c].box.isEmpty ? nil : solve(classes[c].expressions)
        ownWitness[c] = .some(found)
        return found
    }

    private mutating func holds(_ expressions: [Expression], _ witness: [String: FactValue]) -> Bool {
        budget -= expressions.count
        return expressions.allSatisfy { ExpressionEvaluator.evaluate($0, lookup: { witness[$0] }) == .yes }
    }

    private mutating func solve(_ expressions: [Expression]) -> [String: FactValue]? {
        budget -= 100
        return ConstraintAnalysis.witness(satisfyingAll: expressions, facts: facts)
    }
}
