import LeniencyCore
import LeniencyCatalog

/// X002: an item whose own conditions contradict each other can never apply (a dead row in the list).
enum NeverAppliesCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for list in catalog.lists {
            for item in list.items where !item.conditions.isEmpty {
                guard ItemSatisfiability.provedUnsatisfiable(item.conditions.map(\.expression), in: catalog) else { continue }
                bag.emit(.neverApplies, at: item.location,
                         Message(.lintNeverApplies, item.id, list.id, item.conditions.map { "`\($0.source)`" }),
                         hint: Message(.lintNeverAppliesHint))
            }
        }
    }
}
