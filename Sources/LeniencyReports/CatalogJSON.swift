public import LeniencyCatalog

/// What the rules declare, as JSON for systems (the service's `/v1/lists`, `/v1/facts`, `/v1/violations`).
public enum CatalogJSON {
    /// Every version of every list, without items: id, version, validity, kind, document.
    public static func lists(_ catalog: Catalog) -> DecisionJSONValue {
        .array(catalog.lists.sorted { ($0.id, $0.validity.effective) < ($1.id, $1.validity.effective) }.map { summary($0) })
    }

    /// The versions of one list, with their items; nil when no list has that id.
    public static func list(_ id: String, in catalog: Catalog) -> DecisionJSONValue? {
        let versions = catalog.lists.filter { $0.id == id }.sorted { $0.validity.effective < $1.validity.effective }
        guard !versions.isEmpty else { return nil }
        return .object(["id": .string(id), "versions": .array(versions.map { list in
            guard case .object(var fields) = summary(list) else { return summary(list) }
            fields["implements"] = .array(list.implements.map { .string($0.text) })
            fields["items"] = .array(list.items.map(item))
            return .object(fields)
        })])
    }

    /// The fact vocabulary: name, type, allowed values, labels.
    public static func facts(_ catalog: Catalog) -> DecisionJSONValue {
        .array(catalog.facts.sorted { $0.name < $1.name }.map { fact in
            var values: DecisionJSONValue = .null
            if case .enumeration(let names) = fact.type { values = .array(names.map(DecisionJSONValue.string)) }
            return .object(["name": .string(fact.name), "type": .string(fact.type.keyword), "values": values,
                            "label": .string(fact.label), "labelEn": fact.labelEn.map(DecisionJSONValue.string) ?? .null,
                            "source": fact.source.map { .string($0.rawValue) } ?? .null])
        })
    }

    /// The violations: code, title, category, sector, provisions.
    public static func violations(_ catalog: Catalog) -> DecisionJSONValue {
        .array(catalog.violations.sorted { $0.code < $1.code }.map { violation in
            .object(["code": .string(violation.code), "title": .string(violation.title),
                     "category": violation.category.map(DecisionJSONValue.string) ?? .null,
                     "sector": violation.sector.map(DecisionJSONValue.string) ?? .null,
                     "violates": .array(violation.violates.map { .string($0.text) }),
                     "penaltyBasis": .array(violation.penaltyBasis.map { .string($0.text) }),
                     "unverified": .bool(violation.unverified)])
        })
    }

    private static func summary(_ list: LeniencyList) -> DecisionJSONValue {
        .object(["id": .string(list.id), "version": .string(list.validity.effective.description),
                 "expires": list.validity.expires.map { .string($0.description) } ?? .null,
                 "kind": .string(list.kind.rawValue), "title": .string(list.info.title), "issuer": .string(list.info.issuer),
                 "document": .string(list.info.document), "region": list.info.region.map(DecisionJSONValue.string) ?? .null,
                 "scope": .string(list.scope.rawValue), "hitPolicy": .string(list.hitPolicy.rawValue),
                 "items": .number(String(list.items.count)), "unverified": .bool(list.info.unverified)])
    }

    private static func item(_ item: ListItem) -> DecisionJSONValue {
        func condition(_ c: Condition) -> DecisionJSONValue {
            .object(["expression": .string(c.source), "label": c.label.map(DecisionJSONValue.string) ?? .null])
        }
        return .object(["id": .string(item.id), "title": .string(item.title), "violations": .array(item.violations.map(DecisionJSONValue.string)),
                        "outcome": item.outcome.map { .string($0.rawValue) } ?? .null, "mandatory": .bool(item.mandatory),
                        "conditions": .array(item.conditions.map(condition)), "exclusions": .array(item.exclusions.map(condition)),
                        "firstOffence": .object(["window": .string(item.firstOffence.window.rawValue),
                                                 "sameKind": .string(item.firstOffence.sameKind.rawValue)]),
                        "basis": .array(item.basis.map { .string($0.text) }), "unverified": .bool(item.unverified)])
    }
}

extension DecisionJSONValue {
    /// The value on one line, keys sorted: for JSON Lines and compact responses.
    public var compact: String {
        var out = ""
        writeCompact(to: &out)
        return out
    }

    /// The value pretty-printed as `DecisionJSON` prints it, with a final newline.
    public var pretty: String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }
}
