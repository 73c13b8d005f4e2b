import LeniencyCatalog
import LeniencyCore

/// Three-valued evaluation of a policy condition such as `legal_review_when: fine >= 50000 or major_decision`.
///
/// A policy condition also reads `fine`, a fact of the recorded decision rather than of the case, so the
/// audit supplies the values and the shared expression evaluator decides.
struct PolicyConditionEvaluator: Sendable {
    init(catalog: Catalog) {}

    /// The truth of `expression` over `values` (absent = unknown): true, false, or nil when unknown.
    func truth(_ expression: Expression, _ values: [String: FactValue]) -> Bool? {
        truth(expression) { values[$0] }
    }

    /// The truth of `expression` with values from `lookup` (nil = unknown).
    func truth(_ expression: Expression, _ lookup: (String) -> FactValue?) -> Bool? {
        switch ExpressionEvaluator.evaluate(expression, lookup: lookup) {
        case .yes: true
        case .no: false
        case .unknown: nil
        }
    }
}
