import LeniencyCatalog

extension Engine {
    /// The facts whose values would decide an open condition, as the officer can supply them.
    ///
    /// A fact that does not concern the party (`applies_to:`) is never asked for; a fact a derivation left open is
    /// replaced by what would decide it.
    func decidingFacts(_ expression: Expression, values: CaseValues, _ lookup: (String) -> FactValue?) -> [String] {
        let names = index.evaluator.deciding(expression, lookup)
        guard !values.origins.isEmpty else { return names }
        var result: [String] = []
        for name in names where !values.isNotApplicable(name) {
            // A fact a derivation left open is decided by the derivation's inputs (and itself, when the case is silent).
            for needed in values.derivedInputs[name] ?? [name] where !result.contains(needed) { result.append(needed) }
        }
        return result
    }
}
