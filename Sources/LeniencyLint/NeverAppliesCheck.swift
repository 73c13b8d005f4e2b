import LeniencyCore
import LeniencyCatalog

/// X002: an item whose own conditions contradict each other can never apply (a dead row in the list).
enum NeverAppliesCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for list in catalog.lists {
            for item in list.items where !item.conditions.isEmpty {
                guard ItemSatisfiability.provedUnsatisfiable(item.conditions.map(\.expression), in: catalog) else { continue }
                bag.emit(.neverApplies, at: item.location,
                         "item `\(item.id)` of list `\(list.id)` can never apply: no case satisfies all its conditions (\(item.conditions.map(\.source).joined(separator: "; ")))",
                         hint: "the conditions contradict each other; relax or remove one of them")
            }
        }
    }
}
