import LeniencyCore
import LeniencyYAML

/// The `type:` words of the rule format.
private let factTypeKeywords = ["boolean", "integer", "decimal", "money", "date", "duration", "enum", "text"]

extension CatalogDecoder {
    /// `kind: facts`.
    func decodeFacts(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "facts document", required: ["kind", "facts"]) else { return }
        for node in reader.list(fields["facts"], "`facts`") {
            guard let fact = decodeFact(node) else { continue }
            if factsByName[fact.name] == nil {
                factsByName[fact.name] = fact
                decodedFacts.append(fact)
            }
        }
    }

    private func decodeFact(_ node: YAMLNode) -> FactDefinition? {
        guard let fields = reader.mapping(node, "fact", required: ["name", "type", "label"],
                                          optional: ["label_en", "values", "value_labels", "source", "presumed", "applies_to"]) else { return nil }
        guard let name = name(fields["name"], "fact name", pattern: .factName), let nameNode = fields["name"] else { return nil }
        if name == firstOffenceFactName {
            reader.emit(.invalidValue, at: nameNode, Message(.factBuiltIn, firstOffenceFactName), hint: Message(.factBuiltInHint, firstOffenceFactName))
            return nil
        }
        define(name, namespace: "fact names", what: "fact", at: nameNode)
        guard let type = factType(fields) else { return nil }
        let valueLabels = self.valueLabels(fields, type: type)
        var fact = FactDefinition(name: name, type: type, label: reader.string(fields["label"], "fact `label`") ?? "",
                                  labelEn: reader.string(fields["label_en"], "fact `label_en`"),
                                  valueLabels: valueLabels, location: node.location)
        fact.source = source(fields["source"], type: type, fact: name)
        fact.appliesTo = partyTypes(fields["applies_to"])
        if let node = fields["presumed"] {
            if fact.source != nil {
                reader.emit(.invalidValue, at: node, Message(.factSourcedNotPresumed, name), hint: Message(.factSourcedNotPresumedHint))
            } else {
                fact.presumption = presumption(node, type: type, fact: name)
            }
        }
        return fact
    }

    /// `applies_to: [individual, …]`: the party types the fact concerns.
    private func partyTypes(_ node: YAMLNode?) -> Set<String>? {
        guard let node else { return nil }
        let names = FactSource.partyTypeNames
        let types = reader.list(node, "fact `applies_to`").compactMap { item -> String? in
            guard let text = reader.string(item, "fact `applies_to`") else { return nil }
            guard names.contains(text) else {
                reader.emit(.invalidValue, at: item, Message(.factAppliesToParty, names.map { "`\($0)`" }, text),
                            hint: Message.didYouMean(SchemaReader.closest(to: text, among: names).map { [$0] } ?? [])
                                ?? Message(.schemaUseOneOf, names.map { "`\($0)`" }))
                return nil
            }
            return text
        }
        if types.isEmpty {
            reader.emit(.invalidValue, at: node, Message(.factAppliesToEmpty), hint: Message(.factAppliesToEmptyHint))
            return nil
        }
        return Set(types)
    }

    /// `presumed: {value, basis, label, label_en}`: the value read by the fact's type, at least one citation.
    private func presumption(_ node: YAMLNode, type: FactType, fact: String) -> Presumption? {
        guard let fields = reader.mapping(node, "`presumed`", required: ["value", "basis", "label"], optional: ["label_en"]) else { return nil }
        let value = fields["value"].flatMap { FactValueReader.value($0, of: type, fact: fact, with: reader) }
        let basis = citations(fields["basis"], "`presumed.basis`")
        if fields["basis"] != nil, basis.isEmpty, let basisNode = fields["basis"] {
            reader.emit(.missingCitation, at: basisNode, Message(.factPresumptionNoBasis, fact), hint: Message(.factPresumptionNoBasisHint))
        }
        let label = reader.string(fields["label"], "`presumed.label`")
        guard let value, let label, !basis.isEmpty else { return nil }
        return Presumption(value: value, basis: basis, label: label, labelEn: reader.string(fields["label_en"], "`presumed.label_en`"),
                           location: node.location)
    }

    /// The type, with the enum's values; nil after diagnostics.
    private func factType(_ fields: Fields) -> FactType? {
        guard let typeNode = fields["type"], let keyword = reader.string(typeNode, "fact `type`") else { return nil }
        let values = fields["values"]
        if keyword != "enum", let values {
            reader.emit(.invalidValue, at: values, Message(.factValuesOnlyEnum), hint: Message(.factValuesOnlyEnumHint))
        }
        switch keyword {
        case "boolean": return .boolean
        case "integer": return .integer
        case "decimal": return .decimal
        case "money": return .money
        case "date": return .date
        case "duration": return .duration
        case "text": return .text
        case "enum":
            guard let values else {
                reader.emit(.missingField, at: typeNode, Message(.factEnumNeedsValues), hint: Message(.factEnumNeedsValuesHint))
                return nil
            }
            var names: [String] = []
            for item in reader.list(values, "enum `values`") {
                guard let value = name(item, "enum value", pattern: .factName) else { continue }
                if names.contains(value) {
                    reader.emit(.invalidValue, at: item, Message(.factEnumValueTwice, value), hint: Message(.factRemoveRepeated))
                } else {
                    names.append(value)
                }
            }
            return names.isEmpty ? nil : .enumeration(names)
        default:
            let suggestion = SchemaReader.closest(to: keyword, among: factTypeKeywords)
            reader.emit(.invalidValue, at: typeNode, Message(.factUnknownType, keyword),
                        hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaUseOneOf, factTypeKeywords.map { "`\($0)`" }))
            return nil
        }
    }

    /// `value_labels`, whose keys must be values of the enum.
    private func valueLabels(_ fields: Fields, type: FactType) -> [String: String] {
        guard let node = fields["value_labels"] else { return [:] }
        guard case .enumeration(let values) = type else {
            reader.emit(.invalidValue, at: node, Message(.factLabelsOnlyEnum), hint: Message(.factLabelsOnlyEnumHint))
            return [:]
        }
        guard let pairs = node.pairs else {
            reader.emit(.wrongType, at: node, Message(.factLabelsMapping, node.kindMessage), hint: Message(.factLabelsMappingHint))
            return [:]
        }
        var labels: [String: String] = [:]
        for pair in pairs {
            guard let key = reader.string(pair.key, "value label key") else { continue }
            guard values.contains(key) else {
                let suggestion = SchemaReader.closest(to: key, among: values)
                reader.emit(.unknownReference, at: pair.key, Message(.factLabelUnknownValue, key),
                            hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaUseOneOf, values.map { "`\($0)`" }))
                continue
            }
            if let label = reader.string(pair.value, "value label `\(key)`") { labels[key] = label }
        }
        return labels
    }

    /// `source:`, which must be a known case field of the fact's type.
    private func source(_ node: YAMLNode?, type: FactType, fact: String) -> FactSource? {
        guard let text = reader.string(node, "fact `source`"), let node else { return nil }
        let names = FactSource.allCases.map(\.rawValue)
        guard let source = FactSource(rawValue: text) else {
            let suggestion = SchemaReader.closest(to: text, among: names)
            reader.emit(.unknownReference, at: node, Message(.factUnknownSource, text),
                        hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaUseOneOf, names.map { "`\($0)`" }))
            return nil
        }
        let required = source.requiredType
        let fits: Bool = switch (required, type) {
        case let (.enumeration(a), .enumeration(b)): Set(a) == Set(b)
        default: required == type
        }
        guard fits else {
            var hint = Message(.factDeclareWithType, fact, required.keyword)
            if case .enumeration(let values) = required { hint = Message(.factDeclareWithTypeAndValues, fact, required.keyword, values.joined(separator: ", ")) }
            reader.emit(.unknownReference, at: node, Message(.factSourceTypeMismatch, fact, type.word, text, required.word), hint: hint)
            return nil
        }
        return source
    }

    /// `kind: violations`.
    func decodeViolations(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "violations document", required: ["kind", "violations"]) else { return }
        for node in reader.list(fields["violations"], "`violations`") {
            guard let item = reader.mapping(node, "violation", required: ["code", "title"],
                                            optional: ["category", "sector", "violates", "penalty_basis",
                                                       "statutory_penalty", "unverified", "note", "elements"]),
                  let codeNode = item["code"],
                  let code = name(codeNode, "violation code", pattern: .violationCode) else { continue }
            define(code, namespace: "violation codes", what: "violation", at: codeNode)
            guard !violationCodes.contains(code) else { continue }
            violationCodes.insert(code)
            var violation = Violation(
                code: code, title: reader.string(item["title"], "violation `title`") ?? "",
                category: reader.string(item["category"], "violation `category`"),
                sector: reader.string(item["sector"], "violation `sector`"),
                violates: citations(item["violates"], "`violates`"),
                penaltyBasis: citations(item["penalty_basis"], "`penalty_basis`"),
                statutoryPenalty: reader.string(item["statutory_penalty"], "`statutory_penalty`"),
                unverified: reader.bool(item["unverified"], "violation `unverified`") ?? false,
                location: node.location)
            violation.note = reader.string(item["note"], "violation `note`")
            if let elements = item["elements"] { pendingElements.append((decodedViolations.count, elements)) }
            decodedViolations.append(violation)
        }
    }
}
