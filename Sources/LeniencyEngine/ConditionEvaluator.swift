import LeniencyCatalog

/// The engine's view of condition evaluation: the catalog's Kleene evaluator, in one place.
struct ConditionEvaluator: Sendable {
    /// The truth of `expression` given `lookup` (nil = unknown).
    func truth(_ expression: Expression, _ lookup: (String) -> FactValue?) -> Truth {
        ExpressionEvaluator.evaluate(expression, lookup: lookup)
    }

    /// The unknown facts that keep `expression` open, in source order; empty when it is decided.
    func deciding(_ expression: Expression, _ lookup: (String) -> FactValue?) -> [String] {
        ExpressionEvaluator.deciding(expression, lookup: lookup)
    }
}
