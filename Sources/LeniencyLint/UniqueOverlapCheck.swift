import LeniencyCore
import LeniencyCatalog

/// X001: under `hit_policy: unique` no case may meet two items; a counterexample proves it can.
///
/// Only items that can meet are compared (those covering a common violation, or all of them under `scope: all`), and
/// items that meet are reported as groups (OverlapGroups): one diagnostic per group, at its second item, naming its
/// items and one case to which all of them apply.
enum UniqueOverlapCheck {
    /// Work units one list may spend (OverlapGroups); a hostile list stops here with a diagnostic that says so.
    static let budgetPerList = 30_000_000
    /// Items named in one message, and notes attached to one diagnostic.
    static let namedItems = 10

    static func run(_ catalog: Catalog, facts: [String: FactDefinition], into bag: inout DiagnosticBag) {
        for list in catalog.lists where list.hitPolicy == .unique {
            check(list, facts: facts, into: &bag)
        }
    }

    private static func check(_ list: LeniencyList, facts: [String: FactDefinition], into bag: inout DiagnosticBag) {
        var classes: [ItemClass] = []
        var classOfKey: [String: Int] = [:]
        var classViolations: [[String]] = []
        for (index, item) in list.items.enumerated() {
            let expressions = ItemSatisfiability.applies(item)
            let violations = list.scope == .all ? [] : Array(Set(item.violations)).sorted()
            let key = violations.joined(separator: ",") + "\u{0}" + expressions.map(\.rendered).sorted().joined(separator: "\u{1}")
            if let existing = classOfKey[key] {
                classes[existing].items.append(index)
            } else {
                classOfKey[key] = classes.count
                classes.append(ItemClass(items: [index], expressions: expressions, box: ConditionBox(expressions)))
                classViolations.append(violations)
            }
        }
        var search = OverlapGroups(classes: classes, facts: facts, budget: budgetPerList)
        for (violation, members) in buckets(classViolations) {
            for var group in search.groups(among: members) {
                let common = group.classes.count > 1 ? search.commonWitness(group) : group.witness
                if let common { group.witness = common }
                report(group, allApply: common != nil, violation: violation, list: list, classes: classes, into: &bag)
            }
            if search.stoppedAt != nil { break }
        }
        if let stopped = search.stoppedAt, let first = classes[stopped].items.first {
            let item = list.items[first]
            bag.emit(.uniqueOverlap, at: item.location,
                     Message(.lintOverlapCheckStopped, list.id, list.items.count, item.id, budgetPerList),
                     hint: Message(.lintOverlapCheckStoppedHint))
        }
    }

    /// The classes that can meet: per violation (a class in several violations is in several buckets, and a class
    /// without violations in all of them), or one bucket for all under `scope: all`. Buckets in order of first use.
    private static func buckets(_ classViolations: [[String]]) -> [(violation: String?, members: [Int])] {
        let everywhere = classViolations.indices.filter { classViolations[$0].isEmpty }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, violations) in classViolations.enumerated() {
            for violation in violations {
                if members[violation] == nil { order.append(violation) }
                members[violation, default: []].append(index)
            }
        }
        guard !order.isEmpty else { return [(nil, everywhere)] }
        return order.map { violation in
            let listed = members[violation] ?? []
            return (violation, everywhere.isEmpty ? listed : Array(Set(listed + everywhere)).sorted())
        }
    }

    private static func report(_ group: OverlapGroups.Group, allApply: Bool, violation: String?, list: LeniencyList,
                               classes: [ItemClass], into bag: inout DiagnosticBag) {
        let items = group.classes.flatMap { classes[$0].items }.sorted().map { list.items[$0] }
        guard items.count > 1 else { return }
        let when = ItemSatisfiability.describe(group.witness)
        var named = Message(.verbatim, items.prefix(namedItems).map { Message(.lintQuotedID, $0.id) })
        if items.count > namedItems { named = Message(.lintNamedAndMore, named, items.count - namedItems) }
        let message: Message
        if items.count == 2 {
            message = violation.map { Message(.lintUniqueOverlapOfViolation, items[0].id, items[1].id, list.id, $0, when) }
                ?? Message(.lintUniqueOverlap, items[0].id, items[1].id, list.id, when)
        } else if allApply {
            message = violation.map { Message(.lintUniqueGroupAllOfViolation, items.count, list.id, $0, when, named) }
                ?? Message(.lintUniqueGroupAll, items.count, list.id, when, named)
        } else {
            let first = list.items[classes[group.pair.0].items[0]]
            let second = list.items[group.pair.0 == group.pair.1 ? classes[group.pair.1].items[1] : classes[group.pair.1].items[0]]
            message = violation.map { Message(.lintUniqueGroupChainOfViolation, items.count, list.id, $0, first.id, second.id, when, named) }
                ?? Message(.lintUniqueGroupChain, items.count, list.id, first.id, second.id, when, named)
        }
        var notes = items.prefix(namedItems + 1).enumerated().filter { $0.offset != 1 }.map {
            Diagnostic.Note(location: $0.element.location, Message(.lintItemDeclaredHere, $0.element.id))
        }
        if items.count > namedItems + 1 {
            notes.append(Diagnostic.Note(location: items[namedItems + 1].location,
                                         Message(.lintMoreGroupItems, items.count - namedItems - 1)))
        }
        bag.emit(.uniqueOverlap, at: items[1].location, message,
                 hint: Message(items.count == 2 ? .lintUniqueOverlapHint : .lintUniqueGroupHint), notes: notes)
    }
}
