import LeniencyCore
import LeniencyCatalog

/// B007: a model-C standard (`steps`) whose fixed statutory range has a maximum at least four times its minimum must
/// divide its 阶次 by multiples of the minimum ("最高额与最低额比值为四倍以上的，应当按倍数额划分处罚阶次";
/// docs/LEGAL-CHOICES.md "Model C"), declared as `step_multiples`.
enum StepMultiplesCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for standard in catalog.standards where standard.model == .steps && standard.stepMultiples.isEmpty {
            guard case .amounts(let min, let max) = standard.statutory, min > .zero, max.fen >= 4 * min.fen else { continue }
            let times = Ratio(max.fen, min.fen)
            bag.emit(.multiplesSplitMissing, at: standard.location,
                     Message(.lintMultiplesSplit, standard.id, max.displayString,
                             times.denominator == 1 ? "\(times.numerator)" : "\(times.numerator)/\(times.denominator)", min.displayString),
                     hint: Message(.lintMultiplesSplitHint))
        }
    }
}
