import LeniencyCore
import LeniencyYAML

/// Tier names that are outcomes themselves; any other name needs `rank:`.
private let rankNames = ["lighter", "standard", "heavier"]

/// Case fields a `statutory.basis` may name besides declared money facts.
private let caseMoneyBases = ["illegal_gains", "goods_value"]

extension CatalogDecoder {
    /// `kind: standard`.
    func decodeStandard(_ document: YAMLNode) {
        guard let fields = reader.mapping(
            document, "standard",
            required: ["kind", "id", "effective", "violations", "statutory", "model"] + documentInfoKeys,
            optional: ["tiers", "weights", "step_multiples", "expires", "region", "source_url", "source_read", "boundary", "split", "steps", "unverified",
                       "note"]) else { return }
        let validity = validity(fields, "standard")
        let id = fields["id"].flatMap { name($0, "standard id", pattern: .id) }
        if let id, let idNode = fields["id"] {
            define(id, namespace: "ids", owner: .version(kind: "standard", effective: validity?.effective), what: "standard", at: idNode)
        }
        let violations = violationReferences(fields["violations"], "standard `violations`")
        let boundary = reader.choice(fields["boundary"], "`boundary`", as: BoundaryConvention.self) ?? .inclusive
        let statutory = statutoryRange(fields["statutory"])
        let model = reader.choice(fields["model"], "`model`", as: SplitModel.self)
        let split = self.split(fields["split"], model: model)
        if model == .maxOnly, case .amounts(let min, _)? = statutory, min != .zero, let node = fields["model"] {
            reader.emit(.invalidValue, at: node, Message(.standardMaxOnlyMin, min.description), hint: Message(.standardMaxOnlyMinHint))
        }
        if let model, model != .midpoint, model != .explicit, case .minimumOnly? = statutory, let node = fields["model"] {
            reader.emit(.invalidValue, at: node, Message(.standardMinimumOnlyModel, model.rawValue), hint: Message(.standardMinimumOnlyModelHint))
        }
        var steps = 3
        if let node = fields["steps"] {
            if model != .steps {
                reader.emit(.invalidValue, at: node, Message(.standardStepsModel, model?.rawValue ?? "?"), hint: Message(.standardStepsModelHint))
            } else if let count = reader.integer(node, "`steps`") {
                if count < 3 {
                    reader.emit(.invalidValue, at: node, Message(.standardStepsCount, String(count)), hint: Message(.standardStepsCountHint))
                } else {
                    steps = count
                }
            }
        }
        // Model D sets the fine from its weight table; tiers are optional there and required by every other model.
        if model != .weights, fields["tiers"]?.isNull ?? true {
            reader.emit(.missingField, at: fields.keyNode("tiers") ?? document, Message(.schemaMissingField, Message.subject("standard"), "tiers"),
                        hint: Message(.schemaAddField, "tiers", Message.subject("standard")))
        }
        let weights = weightTable(fields["weights"], model: model, modelNode: fields["model"] ?? document)
        let multiples = fields["step_multiples"].map { self.stepMultiples($0, model: model, statutory: statutory, stepsGiven: fields["steps"] != nil) } ?? []
        var tiers: [Tier] = []
        for node in reader.list(fields["tiers"], "`tiers`") {
            if let tier = decodeTier(node, model: model) { tiers.append(tier) }
        }
        let info = documentInfo(fields, "standard")
        guard let id, let validity, let statutory, let model else { return }
        var standard = DiscretionStandard(
            id: id, info: info, validity: validity, violations: violations,
            boundary: boundary, statutory: statutory, model: model, split: split, tiers: tiers, steps: steps,
            weights: weights, location: document.location)
        standard.stepMultiples = multiples
        for index in standard.tiers.indices where standard.tiers[index].band == nil {
            standard.tiers[index].band = standard.bandFor(tierOutcome: standard.tiers[index].outcome)
        }
        catalog.standards.append(standard)
    }

    /// `step_multiples: [2, 5]`: model C's 阶次 edges as whole multiples of the statutory minimum (at least two, ascending,
    /// each above 1 and below max/min), for a fixed range with a minimum; not with `steps`, which it replaces.
    private func stepMultiples(_ node: YAMLNode, model: SplitModel?, statutory: StatutoryRange?, stepsGiven: Bool) -> [Ratio] {
        guard model == .steps, case .amounts(let min, let max)? = statutory, min > .zero, !stepsGiven else {
            reader.emit(.invalidValue, at: node, Message(.standardStepMultiplesPlace), hint: Message(.standardStepMultiplesPlaceHint))
            return []
        }
        let items = reader.list(node, "`step_multiples`")
        let values = items.compactMap { reader.ratio($0, "`step_multiples` entry") }
        guard values.count == items.count else { return [] }
        let ratio = Ratio(max.fen, min.fen)
        let ascending = zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
        guard values.count >= 2, ascending, values.allSatisfy({ $0.denominator == 1 && Ratio.one < $0 && $0 < ratio }) else {
            reader.emit(.invalidValue, at: node, Message(.standardStepMultiplesValues,
                                                       ratio.denominator == 1 ? "\(ratio.numerator)" : "\(ratio.numerator)/\(ratio.denominator)"),
                        hint: Message(.standardStepMultiplesValuesHint))
            return []
        }
        return values
    }

    /// `{min, max}` in yuan or `{basis, min_multiple, max_multiple}`; a missing minimum is zero. B004 when min > max.
    private func statutoryRange(_ node: YAMLNode?) -> StatutoryRange? {
        guard let node, let fields = reader.mapping(node, "`statutory`",
                                                    optional: ["min", "max", "basis", "min_multiple", "max_multiple"]) else { return nil }
        if let basisNode = fields["basis"] {
            for key in ["min", "max"] {
                if let keyNode = fields.keyNode(key) {
                    reader.emit(.invalidValue, at: keyNode, Message(.standardStatutoryMixed, key), hint: Message(.standardStatutoryMixedHint))
                }
            }
            guard let maxNode = fields["max_multiple"] else {
                reader.emit(.missingField, at: node, Message(.standardMissingMaxMultiple), hint: Message(.standardMissingMaxMultipleHint))
                return nil
            }
            let basis = moneyBasis(basisNode)
            let min = fields["min_multiple"].map { reader.ratio($0, "`statutory.min_multiple`") } ?? .zero
            let max = reader.ratio(maxNode, "`statutory.max_multiple`")
            guard let basis, let min, let max else { return nil }
            guard checkOrder(min, max, at: maxNode, "multiple") else { return nil }
            return .multiples(basis: basis, min: min, max: max)
        }
        for key in ["min_multiple", "max_multiple"] {
            if let keyNode = fields.keyNode(key) {
                reader.emit(.invalidValue, at: keyNode, Message(.standardMultipleNeedsBasis, key), hint: Message(.standardMultipleNeedsBasisHint))
            }
        }
        guard let maxNode = fields["max"] else {
            // "处…元以上罚款": a statute may set only a minimum.
            if let minNode = fields["min"], let min = reader.money(minNode, "`statutory.min`") {
                if min > .zero { return .minimumOnly(min: min) }
            } else if fields["min"] != nil {
                return nil
            }
            reader.emit(.missingField, at: node, Message(.standardMissingMax), hint: Message(.standardMissingMaxHint))
            return nil
        }
        let min = fields["min"].map { reader.money($0, "`statutory.min`") } ?? .zero
        let max = reader.money(maxNode, "`statutory.max`")
        guard let min, let max else { return nil }
        guard checkOrder(min, max, at: maxNode, "amount") else { return nil }
        return .amounts(min: min, max: max)
    }

    private func checkOrder<T: Comparable & CustomStringConvertible>(_ min: T, _ max: T, at node: YAMLNode, _ what: String) -> Bool {
        guard min > max else { return true }
        reader.emit(.invalidStatutoryRange, at: node, Message(.standardRangeInverted, max.description, min.description),
                    hint: Message(what == "multiple" ? .standardRangeInvertedMultipleHint : .standardRangeInvertedAmountHint))
        return false
    }

    /// A money fact (declared, type money) or a case money field.
    private func moneyBasis(_ node: YAMLNode) -> String? {
        guard let text = reader.string(node, "`statutory.basis`") else { return nil }
        if caseMoneyBases.contains(text) { return text }
        if let fact = factsByName[text] {
            if fact.type == .money { return text }
            reader.emit(.unknownReference, at: node, Message(.standardBasisNotMoney, text, fact.type.word),
                        hint: Message(.standardBasisNotMoneyHint, caseMoneyBases.map { "`\($0)`" }))
            return nil
        }
        let candidates = caseMoneyBases + factsByName.values.filter { $0.type == .money }.map(\.name).sorted()
        let suggestion = SchemaReader.closest(to: text, among: candidates)
        reader.emit(.unknownReference, at: node, Message(.standardBasisUnknown, text),
                    hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.standardUseOneOf, candidates.map { "`\($0)`" }))
        return nil
    }

    /// `split`: three shares (lighter, standard, heavier) adding up to 100%, for `bands` and `max-only` only.
    private func split(_ node: YAMLNode?, model: SplitModel?) -> [Ratio] {
        guard let node else { return [] }
        if let model, model != .bands, model != .maxOnly {
            reader.emit(.invalidValue, at: node, Message(.standardSplitModel, model.rawValue), hint: Message(.standardSplitModelHint))
            return []
        }
        let items = reader.list(node, "`split`")
        let shares = items.compactMap { reader.ratio($0, "`split` share") }
        guard shares.count == items.count else { return [] }
        let total = shares.reduce(Ratio.zero) { Ratio($0.numerator * $1.denominator + $1.numerator * $0.denominator, $0.denominator * $1.denominator) }
        guard shares.count == 3, total == .one, shares.allSatisfy({ !($0 < .zero) }) else {
            reader.emit(.invalidValue, at: node, Message(.standardSplitShares), hint: Message(.standardSplitSharesHint))
            return []
        }
        return shares
    }

    private func decodeTier(_ node: YAMLNode, model: SplitModel?) -> Tier? {
        guard let fields = reader.mapping(node, "tier", required: ["tier"], optional: ["when", "band", "rank"]),
              let nameNode = fields["tier"], let name = reader.string(nameNode, "`tier`") else { return nil }
        let outcome = tierOutcome(name, nameNode: nameNode, fields: fields)
        let selecting = conditions(fields["when"], "tier condition", builtins: itemBuiltins)
        let band = fields["band"].flatMap(self.band)
        if band == nil, fields["band"] == nil, model == .explicit {
            reader.emit(.missingField, at: node, Message(.standardTierNeedsBand, name), hint: Message(.standardTierNeedsBandHint))
        }
        guard let outcome else { return nil }
        return Tier(name: name, outcome: outcome, conditions: selecting, band: band, location: node.location)
    }

    /// lighter/standard/heavier name their outcome; other labels say it with `rank:`.
    private func tierOutcome(_ name: String, nameNode: YAMLNode, fields: Fields) -> Outcome? {
        let rank = fields["rank"].flatMap { node -> Outcome? in
            guard let text = reader.string(node, "`rank`") else { return nil }
            guard rankNames.contains(text), let outcome = Outcome(rawValue: text) else {
                reader.emit(.invalidValue, at: node, Message(.standardRankOneOf, rankNames.map { "`\($0)`" }, text),
                            hint: Message.didYouMean(SchemaReader.closest(to: text, among: rankNames).map { [$0] } ?? [])
                                ?? Message(.standardRankUseOneOf))
                return nil
            }
            return outcome
        }
        if rankNames.contains(name), let own = Outcome(rawValue: name) {
            if let rank, rank != own, let node = fields["rank"] {
                reader.emit(.invalidValue, at: node, Message(.standardRankOnNamedTier, name, rank.rawValue),
                            hint: Message(.standardRankOnNamedTierHint, name))
            }
            return own
        }
        if fields["rank"] == nil {
            let suggestion = SchemaReader.closest(to: name, among: rankNames)
            reader.emit(.missingField, at: nameNode, Message(.standardTierNeedsRank, name),
                        hint: suggestion.map { Message(.standardTierNeedsRankSuggestion, $0) } ?? Message(.standardTierNeedsRankHint))
        }
        return rank
    }

    /// `{from: 30%, to: 70%}` of the statutory range or `{min, max}` in yuan.
    private func band(_ node: YAMLNode) -> Band? {
        guard let fields = reader.mapping(node, "`band`", optional: ["from", "to", "min", "max"]) else { return nil }
        let fraction = fields["from"] != nil || fields["to"] != nil
        let amounts = fields["min"] != nil || fields["max"] != nil
        if fraction && amounts {
            reader.emit(.invalidValue, at: node, Message(.standardBandMixed), hint: Message(.standardBandMixedHint))
            return nil
        }
        if amounts {
            guard let minNode = fields["min"], let maxNode = fields["max"] else {
                reader.emit(.missingField, at: node, Message(.standardBandNeedsMinMax), hint: Message(.standardBandNeedsMinMaxHint))
                return nil
            }
            guard let min = reader.money(minNode, "`band.min`"), let max = reader.money(maxNode, "`band.max`") else { return nil }
            return .amounts(min: min, max: max)
        }
        guard let fromNode = fields["from"], let toNode = fields["to"] else {
            reader.emit(.missingField, at: node, Message(.standardBandNeedsFromTo), hint: Message(.standardBandNeedsFromToHint))
            return nil
        }
        guard let from = reader.ratio(fromNode, "`band.from`"), let to = reader.ratio(toNode, "`band.to`") else { return nil }
        return .fraction(from: from, to: to)
    }
}
