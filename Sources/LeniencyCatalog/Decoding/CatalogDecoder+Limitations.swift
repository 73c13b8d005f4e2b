import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `kind: limitation`.
    func decodeLimitation(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "limitation", required: ["kind", "id", "effective", "periods"],
                                          optional: ["expires"]) else { return }
        let validity = validity(fields, "limitation")
        let id = fields["id"].flatMap { name($0, "limitation id", pattern: .id) }
        if let id, let idNode = fields["id"] { define(id, namespace: "ids", what: "limitation", at: idNode) }
        var periods: [LimitationPeriod] = []
        for node in reader.list(fields["periods"], "`periods`") {
            if let period = decodePeriod(node) { periods.append(period) }
        }
        guard let id, let validity else { return }
        catalog.limitations.append(LimitationRules(id: id, validity: validity, periods: periods, location: document.location))
    }

    private func decodePeriod(_ node: YAMLNode) -> LimitationPeriod? {
        guard let fields = reader.mapping(node, "limitation period", required: ["id", "years"],
                                          optional: ["when", "sectors", "replaces", "basis"]) else { return nil }
        let id = name(fields["id"], "period id", pattern: .id)
        if let id, let idNode = fields["id"] {
            define(id, namespace: "ids", what: "limitation period", at: idNode)
            periodIDs.insert(id)
        }
        let years = count(fields["years"], "`years`", minimum: 1)
        let applies = fields["when"].flatMap { condition($0, "period condition", builtins: [:]) }
        var replaces: String?
        if let replacesNode = fields["replaces"] {
            replaces = name(replacesNode, "`replaces`", pattern: .id)
            if let replaces { pendingReplaces.append((replaces, replacesNode)) }
        }
        let sectors = reader.strings(fields["sectors"], "`sectors`")
        let basis = citations(fields["basis"], "period `basis`")
        guard let id, let years else { return nil }
        return LimitationPeriod(id: id, years: years, condition: applies, sectors: sectors, replaces: replaces,
                                basis: basis, location: node.location)
    }
}
