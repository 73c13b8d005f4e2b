import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `kind: duties`: follow-up duties attached to outcomes, whatever decided them.
    func decodeDuties(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "duties document", required: ["kind", "id", "effective", "duties"] + documentInfoKeys,
                                          optional: ["expires", "region", "source_url", "source_read", "unverified", "note"]) else { return }
        let validity = validity(fields, "duties")
        let id = fields["id"].flatMap { name($0, "duties id", pattern: .id) }
        if let id, let idNode = fields["id"] { define(id, namespace: "ids", what: "duties document", at: idNode) }
        var rules: [DutyRule] = []
        for node in reader.list(fields["duties"], "`duties`") {
            guard let rule = reader.mapping(node, "duty", required: ["duty", "outcomes", "basis"], optional: ["note"]),
                  let duty = reader.choice(rule["duty"], "`duty`", as: FollowUp.Duty.self) else { continue }
            let outcomes = reader.list(rule["outcomes"], "duty `outcomes`").compactMap { reader.choice($0, "duty outcome", as: Outcome.self) }
            let basis = citations(rule["basis"], "duty `basis`")
            if basis.isEmpty, let basisNode = rule["basis"] {
                reader.emit(.missingCitation, at: basisNode, "duty `\(duty.rawValue)` cites no provision",
                            hint: "cite the article that imposes the duty, e.g. 《中华人民共和国行政处罚法》第二十八条第一款")
            }
            rules.append(DutyRule(duty: duty, outcomes: outcomes, basis: basis, location: node.location))
        }
        let info = documentInfo(fields, "duties")
        guard let id, let validity else { return }
        catalog.duties.append(DutyRules(id: id, info: info, validity: validity, rules: rules, location: document.location))
    }
}
