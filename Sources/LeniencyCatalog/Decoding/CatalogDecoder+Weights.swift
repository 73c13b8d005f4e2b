import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `weights:` of a model-D standard: `start`, optional `base` and `floor`, and `factors` with their levels.
    func weightTable(_ node: YAMLNode?, model: SplitModel?, modelNode: YAMLNode) -> WeightTable? {
        guard let node, !node.isNull else {
            if model == .weights {
                reader.emit(.missingField, at: modelNode, Message(.standardWeightsMissing), hint: Message(.standardWeightsMissingHint))
            }
            return nil
        }
        if let model, model != .weights {
            reader.emit(.invalidValue, at: node, Message(.standardWeightsModel, model.rawValue), hint: Message(.standardWeightsModelHint))
            return nil
        }
        guard let fields = reader.mapping(node, "`weights`", required: ["start", "factors"], optional: ["base", "floor"]) else { return nil }
        let start = fields["start"].flatMap { share($0, "`weights.start`") }
        let base = fields["base"].map { reader.choice($0, "`weights.base`", as: WeightBase.self) } ?? .maximum
        let floor = fields["floor"].flatMap { share($0, "`weights.floor`") }
        var factors: [WeightFactor] = []
        var seen: Set<String> = []
        for factorNode in reader.list(fields["factors"], "`weights.factors`") {
            guard let factor = weightFactor(factorNode) else { continue }
            if !seen.insert(factor.id).inserted {
                reader.emit(.duplicateID, at: factorNode, Message(.standardWeightFactorDuplicate, factor.id),
                            hint: Message(.standardWeightFactorDuplicateHint))
                continue
            }
            factors.append(factor)
        }
        guard let start, let base else { return nil }
        return WeightTable(start: start, base: base, floor: floor, factors: factors, location: node.location)
    }

    /// A weight: a ratio from 0% to 100%.
    private func share(_ node: YAMLNode, _ what: String) -> Ratio? {
        guard let ratio = reader.ratio(node, what) else { return nil }
        guard !(ratio < .zero), !(Ratio.one < ratio) else {
            reader.emit(.invalidValue, at: node, Message(.standardWeightShare, what, ratio.percentText), hint: Message(.standardWeightShareHint))
            return nil
        }
        return ratio
    }

    private func weightFactor(_ node: YAMLNode) -> WeightFactor? {
        guard let fields = reader.mapping(node, "weight factor", required: ["factor", "label", "levels"], optional: ["label_en", "fact", "counts_history"]),
              let id = fields["factor"].flatMap({ name($0, "weight factor id", pattern: .id) }),
              let label = reader.string(fields["label"], "weight factor `label`") else { return nil }
        let labelEn = fields["label_en"].flatMap { reader.string($0, "weight factor `label_en`") }
        let fact = fields["fact"].flatMap { reader.string($0, "weight factor `fact`") }
        if let fact, let factNode = fields["fact"], factsByName[fact] == nil {
            let suggestion = SchemaReader.closest(to: fact, among: factsByName.keys.sorted())
            reader.emit(.unknownFact, at: factNode, Message(.standardWeightFactUnknown, fact),
                        hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.standardWeightFactUnknownHint))
        }
        var history: FirstOffenceRule?
        if let historyNode = fields["counts_history"] {
            if let fact, factsByName[fact]?.type == .integer {
                history = firstOffenceRule(historyNode, inheriting: FirstOffenceRule(window: .twoYears, sameKind: .violation))
            } else {
                reader.emit(.invalidValue, at: historyNode, Message(.standardWeightHistoryNeedsFact), hint: Message(.standardWeightHistoryNeedsFactHint))
            }
        }
        let levelNodes = reader.list(fields["levels"], "weight factor `levels`")
        if levelNodes.isEmpty, let levelsNode = fields["levels"] {
            reader.emit(.missingField, at: levelsNode, Message(.standardWeightNoLevels, id), hint: Message(.standardWeightNoLevelsHint))
        }
        let levels = levelNodes.compactMap { weightLevel($0, fact: fact) }
        guard levels.count == levelNodes.count else { return nil }
        return WeightFactor(id: id, label: label, labelEn: labelEn, levels: levels, fact: fact, history: history, location: node.location)
    }

    /// `{when: condition, weight, label}` or `{value, weight, label}` (the value of the factor's `fact`).
    private func weightLevel(_ node: YAMLNode, fact: String?) -> WeightLevel? {
        guard let fields = reader.mapping(node, "weight level", required: ["weight"], optional: ["when", "value", "label"]) else { return nil }
        let weight = fields["weight"].flatMap { share($0, "weight level `weight`") }
        let label = fields["label"].flatMap { reader.string($0, "weight level `label`") }
        let condition: Condition?
        switch (fields["when"], fields["value"]) {
        case (let when?, nil):
            condition = self.condition(when, "weight level condition", builtins: itemBuiltins)
        case (nil, let valueNode?):
            guard let fact else {
                reader.emit(.missingField, at: valueNode, Message(.standardWeightValueNeedsFact), hint: Message(.standardWeightValueNeedsFactHint))
                return nil
            }
            guard factsByName[fact] != nil, let text = reader.string(valueNode, "weight level `value`") else { return nil }
            let source = "\(fact) == \(text)"
            switch ExpressionCompiler.compile(source, facts: factsByName, builtins: itemBuiltins) {
            case .success(let expression):
                condition = Condition(source: source, expression: expression, label: nil, location: valueNode.location)
            case .failure(let failure):
                for error in failure.errors {
                    reader.emit(Diagnostic(error.code, at: valueNode.location, error.text, hint: error.hintText))
                }
                return nil
            }
        default:
            reader.emit(.invalidValue, at: node, Message(.standardWeightWhenOrValue), hint: Message(.standardWeightWhenOrValueHint))
            return nil
        }
        guard let condition, let weight else { return nil }
        return WeightLevel(label: label, condition: condition, weight: weight, location: node.location)
    }
}
