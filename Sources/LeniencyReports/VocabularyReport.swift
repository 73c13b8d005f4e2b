public import LeniencyCatalog
public import LeniencyCore

/// What rules/ declares for case writers and rule authors — facts, violations, lists — as text (Chinese or English)
/// or JSON, with the list items that use each fact and violation.
public enum VocabularyReport {
    /// `list-id/item-id` of the items that read each fact in a condition or exclusion, in catalog order.
    static func factUses(_ catalog: Catalog) -> [String: [String]] {
        var uses: [String: [String]] = [:]
        for list in catalog.lists {
            for item in list.items {
                let key = "\(list.id)/\(item.id)"
                for name in (item.conditions + item.exclusions).flatMap(\.expression.factNames) where uses[name]?.contains(key) != true {
                    uses[name, default: []].append(key)
                }
            }
        }
        return uses
    }

    /// `list-id/item-id` of the items that name each violation.
    static func violationUses(_ catalog: Catalog) -> [String: [String]] {
        var uses: [String: [String]] = [:]
        for list in catalog.lists {
            for item in list.items {
                let key = "\(list.id)/\(item.id)"
                for code in item.violations where uses[code]?.contains(key) != true { uses[code, default: []].append(key) }
            }
        }
        return uses
    }

    static func matches(_ pattern: String?, _ texts: [String?]) -> Bool {
        guard let pattern, !pattern.isEmpty else { return true }
        return texts.contains { $0?.lowercased().contains(pattern.lowercased()) == true }
    }

    /// The facts whose name or label contains `pattern` (all without one), by name.
    public static func facts(_ catalog: Catalog, pattern: String?) -> [FactDefinition] {
        catalog.facts.filter { matches(pattern, [$0.name, $0.label, $0.labelEn]) }.sorted { $0.name < $1.name }
    }

    /// The violations whose code or title contains `pattern`, by code.
    public static func violations(_ catalog: Catalog, pattern: String?) -> [Violation] {
        catalog.violations.filter { matches(pattern, [$0.code, $0.title, $0.sector, $0.category]) }.sorted { $0.code < $1.code }
    }

    /// The list versions whose id, title or document contains `pattern`, by id and version.
    public static func lists(_ catalog: Catalog, pattern: String?) -> [LeniencyList] {
        catalog.lists.filter { matches(pattern, [$0.id, $0.info.title, $0.info.document, $0.info.issuer]) }
            .sorted { ($0.id, $0.validity.effective) < ($1.id, $1.validity.effective) }
    }

    /// How a value of `type` is written ("yes or no", "an amount in yuan", …), in `leniency facts` and check's prompts.
    public static func typeMessage(_ type: FactType) -> Message {
        switch type {
        case .boolean: Message(.typeBoolean)
        case .integer: Message(.typeInteger)
        case .decimal: Message(.typeDecimal)
        case .money: Message(.typeMoney)
        case .date: Message(.typeDate)
        case .duration: Message(.typeDuration)
        case .enumeration(let values): Message(.typeEnum, values)
        case .text: Message(.typeText)
        }
    }

    static func usedBy(_ uses: [String]) -> Message {
        uses.isEmpty ? Message(.vocabUsedByNone) : Message(.vocabUsedBy, uses.count, uses.prefix(8).map { $0 } + (uses.count > 8 ? ["…"] : []))
    }

    /// One block per fact: name, type, label; enum value labels, presumption, the items that read it.
    public static func factsText(_ catalog: Catalog, pattern: String?, language: Language) -> String {
        let uses = factUses(catalog)
        var lines: [String] = []
        let found = facts(catalog, pattern: pattern)
        for fact in found {
            let label = language == .zh ? fact.label : (fact.labelEn ?? fact.label)
            lines.append(Message(.vocabFactLine, fact.name, typeMessage(fact.type), label).rendered(language))
            if case .enumeration(let values) = fact.type, !fact.valueLabels.isEmpty {
                let pairs = values.map { Message(.factWithLabel, $0, fact.valueLabels[$0] ?? $0) }
                lines.append("    " + Message(.vocabValues, pairs).rendered(language))
            }
            if let p = fact.presumption {
                let value: MessageArgument = if case .boolean(let b) = p.value { .boolean(b) } else { .text(p.value.description) }
                lines.append("    " + Message(.vocabPresumed, value, language == .zh ? p.label : (p.labelEn ?? p.label)).rendered(language))
            }
            if let source = fact.source { lines.append("    " + Message(.vocabSource, source.rawValue).rendered(language)) }
            lines.append("    " + usedBy(uses[fact.name] ?? []).rendered(language))
        }
        lines.append(Message(.vocabFactCount, found.count).rendered(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One block per violation: code, title, provisions, the items that name it.
    public static func violationsText(_ catalog: Catalog, pattern: String?, language: Language) -> String {
        let uses = violationUses(catalog)
        var lines: [String] = []
        let found = violations(catalog, pattern: pattern)
        for v in found {
            lines.append("\(v.code)  \(v.title)" + (v.unverified ? Message(.vocabUnverified).rendered(language) : ""))
            if !v.violates.isEmpty { lines.append("    " + Message(.vocabViolates, v.violates.map(\.text)).rendered(language)) }
            if !v.penaltyBasis.isEmpty { lines.append("    " + Message(.vocabPenaltyBasis, v.penaltyBasis.map(\.text)).rendered(language)) }
            lines.append("    " + usedBy(uses[v.code] ?? []).rendered(language))
        }
        lines.append(Message(.vocabViolationCount, found.count).rendered(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per list version: id, version, kind, title, 文号, item count.
    public static func listsText(_ catalog: Catalog, pattern: String?, language: Language) -> String {
        let found = lists(catalog, pattern: pattern)
        var lines: [String] = []
        for list in found {
            let kind: MessageID = switch list.kind {
            case .noPenalty: .publishKindNoPenalty
            case .mitigated: .publishKindMitigated
            case .lighter: .publishKindLighter
            case .noCoercion: .publishKindNoCoercion
            }
            lines.append(Message(.vocabListLine, list.id, list.validity.effective, Message(kind), list.info.title,
                                 list.info.document.isEmpty ? "—" : list.info.document, list.items.count).rendered(language)
                         + (list.info.unverified ? Message(.vocabUnverified).rendered(language) : ""))
        }
        lines.append(Message(.vocabListCount, found.count).rendered(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The facts as JSON: the service's fields plus `presumed` and `usedBy`.
    public static func factsJSON(_ catalog: Catalog, pattern: String?) -> DecisionJSONValue {
        let uses = factUses(catalog)
        let names = Set(facts(catalog, pattern: pattern).map(\.name))
        guard case .array(let all) = CatalogJSON.facts(catalog) else { return .array([]) }
        return .array(all.compactMap { value in
            guard case .object(var fields) = value, case .string(let name)? = fields["name"], names.contains(name) else { return nil }
            let fact = catalog.facts.first { $0.name == name }
            fields["presumed"] = fact?.presumption.map { p in
                .object(["value": .string(p.value.description), "label": .string(p.label), "basis": .array(p.basis.map { .string($0.text) })])
            } ?? .null
            fields["valueLabels"] = .object((fact?.valueLabels ?? [:]).mapValues(DecisionJSONValue.string))
            fields["usedBy"] = .array((uses[name] ?? []).map(DecisionJSONValue.string))
            return .object(fields)
        })
    }

    /// The violations as JSON: the service's fields plus `usedBy`.
    public static func violationsJSON(_ catalog: Catalog, pattern: String?) -> DecisionJSONValue {
        let uses = violationUses(catalog)
        let codes = Set(violations(catalog, pattern: pattern).map(\.code))
        guard case .array(let all) = CatalogJSON.violations(catalog) else { return .array([]) }
        return .array(all.compactMap { value in
            guard case .object(var fields) = value, case .string(let code)? = fields["code"], codes.contains(code) else { return nil }
            fields["usedBy"] = .array((uses[code] ?? []).map(DecisionJSONValue.string))
            return .object(fields)
        })
    }

    /// The list versions as JSON (the service's `/v1/lists`).
    public static func listsJSON(_ catalog: Catalog, pattern: String?) -> DecisionJSONValue {
        let keep = Set(lists(catalog, pattern: pattern).map { "\($0.id)@\($0.validity.effective)" })
        guard case .array(let all) = CatalogJSON.lists(catalog) else { return .array([]) }
        return .array(all.filter { value in
            guard case .object(let fields) = value, case .string(let id)? = fields["id"], case .string(let version)? = fields["version"] else { return false }
            return keep.contains("\(id)@\(version)")
        })
    }
}
