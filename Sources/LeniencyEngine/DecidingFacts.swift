import LeniencyCatalog

extension Engine {
    /// The facts whose values would decide an open condition, as the officer can supply them.
    ///
    /// A fact that does not concern the party (`applies_to:`) is never asked for.
    func decidingFacts(_ expression: Expression, values: CaseValues, _ lookup: (String) -> FactValue?) -> [String] {
        let names = index.evaluator.deciding(expression, lookup)
        guard !values.origins.isEmpty else { return names }
        return names.filter { !values.isNotApplicable($0) }
    }
}
