import LeniencyCore
import LeniencyCatalog

/// B005 and B006: a model-D weight table must not add up to more than 100% (粤环发〔2021〕7号 Art. 6: 累加后最高不超过
/// 100%), and the levels of one factor must exclude each other (a case meets one 档次 of each 裁量因素).
enum WeightTableCheck {
    static func run(_ catalog: Catalog, facts: [String: FactDefinition], into bag: inout DiagnosticBag) {
        for standard in catalog.standards {
            guard let table = standard.weights else { continue }
            let highest = table.highestSum
            if Ratio.one < highest {
                bag.emit(.weightsOverLimit, at: table.location,
                         Message(.lintWeightsOverHundred, standard.id, highest.percentText, table.start.percentText),
                         hint: Message(.lintWeightsOverHundredHint))
            }
            for factor in table.factors { checkLevels(factor, facts: facts, into: &bag) }
        }
    }

    /// Every pair of levels, asked of the solver only when their boxes may meet; one diagnostic per overlapping pair,
    /// at the later level, with a case that meets both.
    private static func checkLevels(_ factor: WeightFactor, facts: [String: FactDefinition], into bag: inout DiagnosticBag) {
        let levels = factor.levels
        for later in levels.indices.dropFirst() {
            for earlier in levels.indices where earlier < later {
                let expressions = [levels[earlier].condition.expression, levels[later].condition.expression]
                guard !ConditionBox(expressions).isEmpty,
                      case .witness(let witness) = ConstraintAnalysis.search(satisfyingAll: expressions, facts: facts) else { continue }
                let name = { (level: WeightLevel) in level.label ?? level.condition.source }
                bag.emit(.weightLevelsOverlap, at: levels[later].location,
                         Message(.lintWeightLevelsOverlap, name(levels[earlier]), name(levels[later]), factor.id,
                                 ItemSatisfiability.describe(witness)),
                         hint: Message(.lintWeightLevelsOverlapHint))
                break
            }
        }
    }
}
