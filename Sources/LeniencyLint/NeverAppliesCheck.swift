import LeniencyCore
import LeniencyCatalog

/// X002: an item whose own conditions contradict each other can never apply (a dead row in the list).
enum NeverAppliesCheck {
    static func run(_ catalog: Catalog, facts: [String: FactDefinition], into bag: inout DiagnosticBag) {
        // Items with the same conditions (common in long lists) are solved once.
        var verdicts: [String: Bool] = [:]
        for list in catalog.lists {
            for item in list.items where !item.conditions.isEmpty {
                let expressions = item.conditions.map(\.expression)
                let key = expressions.map(\.rendered).joined(separator: "\u{1}")
                let unsatisfiable = verdicts[key] ?? ItemSatisfiability.provedUnsatisfiable(expressions, facts: facts)
                verdicts[key] = unsatisfiable
                guard unsatisfiable else { continue }
                bag.emit(.neverApplies, at: item.location,
                         Message(.lintNeverApplies, item.id, list.id, item.conditions.map { "`\($0.source)`" }),
                         hint: Message(.lintNeverAppliesHint))
            }
        }
    }
}
