import LeniencyCore
import LeniencyCatalog

/// The one place lint asks the constraint solver whether a set of conditions can hold together.
enum ItemSatisfiability {
    /// True only when the search proved that no case satisfies all `expressions` (not when it gave up).
    static func provedUnsatisfiable(_ expressions: [Expression], facts: [String: FactDefinition]) -> Bool {
        if ConditionBox(expressions).isEmpty { return true }
        return ConstraintAnalysis.search(satisfyingAll: expressions, facts: facts) == .exhausted
    }

    /// The vocabulary by name, built once per lint run; a duplicated name (already an R004 error) keeps its first declaration.
    static func factsByName(_ catalog: Catalog) -> [String: FactDefinition] {
        Dictionary(catalog.facts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What must hold for an item to apply: all its conditions and none of its exclusions.
    static func applies(_ item: ListItem) -> [Expression] {
        item.conditions.map(\.expression) + item.exclusions.map { .not($0.expression, $0.expression.span) }
    }

    /// `duration_days = 29, harm_minor = true`, sorted by fact name.
    static func describe(_ witness: [String: FactValue]) -> Message {
        guard !witness.isEmpty else { return Message(.lintEveryCase) }
        return Message(.verbatim, witness.keys.sorted().map { name -> MessageArgument in
            let value: MessageArgument = switch witness[name] {
            case .boolean(let b)?: .boolean(b)
            case let other?: .text(other.description)
            case nil: .text("?")
            }
            return .message(Message(.lintWitnessPair, arguments: [.text(name), value]))
        })
    }
}
