import LeniencyCore
import LeniencyCatalog

/// X001: under `hit_policy: unique` no case may meet two items; a counterexample proves it can.
enum UniqueOverlapCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for list in catalog.lists where list.hitPolicy == .unique {
            let items = list.items
            for (i, first) in items.enumerated() {
                for second in items[(i + 1)...] where shareViolation(first, second, list) {
                    guard let witness = ItemSatisfiability.witness(
                        ItemSatisfiability.applies(first) + ItemSatisfiability.applies(second), in: catalog
                    ) else { continue }
                    bag.emit(.uniqueOverlap, at: second.location,
                             Message(.lintUniqueOverlap, first.id, second.id, list.id, ItemSatisfiability.describe(witness)),
                             hint: Message(.lintUniqueOverlapHint),
                             notes: [.init(location: first.location, Message(.lintItemDeclaredHere, first.id))])
                }
            }
        }
    }

    /// Items can meet in one case only when they cover a common violation (or one covers all).
    private static func shareViolation(_ a: ListItem, _ b: ListItem, _ list: LeniencyList) -> Bool {
        if list.scope == .all || a.violations.isEmpty || b.violations.isEmpty { return true }
        return !Set(a.violations).isDisjoint(with: b.violations)
    }
}
