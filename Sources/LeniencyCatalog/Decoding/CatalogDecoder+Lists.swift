import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// The list-level defaults items inherit.
    private struct ItemDefaults {
        var mandatory: Bool
        var firstOffence: FirstOffenceRule
        var followUp: FollowUp
        var outcome: Outcome?
    }

    /// `kind: list`.
    func decodeList(_ document: YAMLNode) {
        guard let fields = reader.mapping(
            document, "list",
            required: ["kind", "id", "list_kind", "effective", "items"] + documentInfoKeys,
            optional: ["expires", "region", "implements", "hit_policy", "mandatory", "first_offence", "follow_up",
                       "scope", "source_url", "source_read", "unverified", "note"]) else { return }
        let validity = validity(fields, "list")
        let id = fields["id"].flatMap { name($0, "list id", pattern: .id) }
        if let id, let idNode = fields["id"] {
            define(id, namespace: "ids", owner: .version(kind: "list", effective: validity?.effective), what: "list", at: idNode)
        }
        let kind = reader.choice(fields["list_kind"], "`list_kind`", as: ListKind.self)
        let scope = reader.choice(fields["scope"], "`scope`", as: ListScope.self) ?? .listed
        let defaults = ItemDefaults(
            mandatory: reader.bool(fields["mandatory"], "list `mandatory`") ?? false,
            firstOffence: firstOffenceRule(fields["first_offence"], inheriting: .default),
            followUp: followUp(fields["follow_up"], inheriting: FollowUp()),
            outcome: kind?.defaultOutcome)
        var items: [ListItem] = []
        for node in reader.list(fields["items"], "`items`") {
            if let item = decodeItem(node, list: id ?? "", effective: validity?.effective, kind: kind, scope: scope, defaults: defaults) {
                items.append(item)
            }
        }
        let info = documentInfo(fields, "list")
        let implements = citations(fields["implements"], "`implements`")
        let hitPolicy = reader.choice(fields["hit_policy"], "`hit_policy`", as: HitPolicy.self) ?? .collect
        guard let id, let kind, let validity else {
            catalog.unplacedCitations.append(UnplacedCitations(citations: implements, context: Message(.lintCitationContextImplements, id ?? "?")))
            for item in items { catalog.unplacedCitations.append(UnplacedCitations(citations: item.basis, context: Message(.lintCitationContextItem, item.id))) }
            return
        }
        catalog.lists.append(LeniencyList(id: id, kind: kind, info: info, validity: validity, implements: implements,
                                          hitPolicy: hitPolicy, scope: scope, items: items, location: document.location))
    }

    private func decodeItem(_ node: YAMLNode, list: String, effective: CivilDate?, kind: ListKind?, scope: ListScope,
                            defaults: ItemDefaults) -> ListItem? {
        guard let fields = reader.mapping(
            node, "list item", required: ["id", "title"],
            optional: ["violation", "violations", "conditions", "exclusions", "mandatory", "outcome", "also_allows",
                       "first_offence", "follow_up", "basis", "unverified", "note", "note_en", "reduction"]) else { return nil }
        let id = name(fields["id"], "item id", pattern: .id)
        if let id, let idNode = fields["id"] {
            define(id, namespace: "ids", owner: .item(list: list, effective: effective), what: "list item", at: idNode)
        }
        let violations = itemViolations(fields, scope: scope)
        let required = conditions(fields["conditions"], "item condition", builtins: itemBuiltins)
        let exclusions = conditions(fields["exclusions"], "item exclusion", builtins: itemBuiltins)
        var outcome = defaults.outcome
        if let outcomeNode = fields["outcome"] {
            if kind == .noCoercion {
                reader.emit(.invalidValue, at: outcomeNode, Message(.listCoercionItemOutcome), hint: Message(.listCoercionItemOutcomeHint))
            } else if let chosen = reader.choice(outcomeNode, "item `outcome`", as: Outcome.self) {
                outcome = chosen
            }
        }
        let alsoAllows = reader.list(fields["also_allows"], "`also_allows`").compactMap {
            reader.choice($0, "`also_allows` outcome", as: Outcome.self)
        }
        let item = ListItem(
            id: id ?? "", title: reader.string(fields["title"], "item `title`") ?? "", violations: violations,
            conditions: required, exclusions: exclusions,
            mandatory: reader.bool(fields["mandatory"], "item `mandatory`") ?? defaults.mandatory,
            outcome: outcome, alsoAllows: alsoAllows,
            firstOffence: firstOffenceRule(fields["first_offence"], inheriting: defaults.firstOffence),
            followUp: followUp(fields["follow_up"], inheriting: defaults.followUp),
            basis: citations(fields["basis"], "item `basis`"),
            unverified: reader.bool(fields["unverified"], "item `unverified`") ?? false,
            note: reader.string(fields["note"], "item `note`"), location: node.location)
        var decoded = item
        decoded.reduction = fields["reduction"].flatMap(reduction)
        decoded.noteEn = reader.string(fields["note_en"], "item `note_en`")
        return id == nil ? nil : decoded
    }

    /// `reduction: {from: 30%, to: 50%}`: shares of the fine taken off, 0% ≤ from ≤ to < 100%.
    private func reduction(_ node: YAMLNode) -> FineReduction? {
        guard let fields = reader.mapping(node, "`reduction`", required: ["from", "to"]),
              let from = fields["from"].flatMap({ reader.ratio($0, "`reduction.from`") }),
              let to = fields["to"].flatMap({ reader.ratio($0, "`reduction.to`") }) else { return nil }
        guard !(from < .zero), !(to < from), to < .one else {
            reader.emit(.invalidValue, at: node, Message(.listReductionShares), hint: Message(.listReductionSharesHint))
            return nil
        }
        return FineReduction(from: from, to: to)
    }

    /// `violation:` or `violations:`: exactly one under `scope: listed`, neither under `scope: all`.
    private func itemViolations(_ fields: Fields, scope: ListScope) -> [String] {
        let single = fields["violation"], several = fields["violations"]
        if single != nil, several != nil, let key = fields.keyNode("violations") {
            reader.emit(.invalidValue, at: key, Message(.listItemBothViolationKeys), hint: Message(.listItemBothViolationKeysHint))
        }
        guard let node = single ?? several else {
            if scope == .listed {
                reader.emit(.missingField, at: fields.node, Message(.listItemMissingViolation), hint: Message(.listItemMissingViolationHint))
            }
            return []
        }
        if scope == .all {
            reader.emit(.invalidValue, at: node, Message(.listScopeAllItems), hint: Message(.listScopeAllItemsHint))
            return []
        }
        return violationReferences(node, "item violation")
    }

    /// Violation codes that must be declared in a `kind: violations` document (R003).
    func violationReferences(_ node: YAMLNode?, _ what: String) -> [String] {
        reader.list(node, what).compactMap { item in
            guard let code = name(item, "violation code", pattern: .violationCode) else { return nil }
            if !violationCodes.contains(code) {
                let suggestion = SchemaReader.closest(to: code, among: violationCodes.sorted())
                reader.emit(.unknownViolation, at: item, Message(.caseUnknownViolation, code),
                            hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.declareViolationCode, code))
            }
            return code
        }
    }

    /// `first_offence: {window, same_kind}`; keys left out keep the inherited value.
    func firstOffenceRule(_ node: YAMLNode?, inheriting base: FirstOffenceRule) -> FirstOffenceRule {
        guard let node, let fields = reader.mapping(node, "`first_offence`", optional: ["window", "same_kind"]) else { return base }
        return FirstOffenceRule(
            window: reader.choice(fields["window"], "`first_offence.window`", as: LookbackWindow.self) ?? base.window,
            sameKind: reader.choice(fields["same_kind"], "`first_offence.same_kind`", as: SameKind.self) ?? base.sameKind)
    }

    /// `follow_up: {education, commitment, rectify_days, written_decision, guardian_discipline, guardian_custody, rectify}`;
    /// keys left out keep the inherited value.
    func followUp(_ node: YAMLNode?, inheriting base: FollowUp) -> FollowUp {
        let flags = FollowUp.Duty.allCases.map(\.rawValue)
        guard let node, let fields = reader.mapping(node, "`follow_up`", optional: flags + ["rectify_days"]) else { return base }
        var result = base
        for duty in FollowUp.Duty.allCases {
            if let value = reader.bool(fields[duty.rawValue], "`follow_up.\(duty.rawValue)`") { result[duty] = value }
        }
        result.rectifyDays = count(fields["rectify_days"], "`follow_up.rectify_days`", minimum: 1) ?? base.rectifyDays
        return result
    }
}
