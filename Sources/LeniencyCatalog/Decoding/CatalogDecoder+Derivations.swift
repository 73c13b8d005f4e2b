import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `kind: derivations`.
    func decodeDerivations(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "derivations document",
                                          required: ["kind", "id", "effective", "derivations"] + documentInfoKeys,
                                          optional: ["expires", "source_url", "source_read", "unverified", "note"]) else { return }
        let validity = validity(fields, "derivations")
        let id = fields["id"].flatMap { name($0, "derivations id", pattern: .id) }
        if let id, let idNode = fields["id"] { define(id, namespace: "ids", what: "derivations document", at: idNode) }
        var derivations: [Derivation] = []
        for node in reader.list(fields["derivations"], "`derivations`") {
            if let derivation = decodeDerivation(node) { derivations.append(derivation) }
        }
        let info = documentInfo(fields, "derivations")
        guard let id, let validity else { return }
        catalog.derivations.append(DerivationRules(id: id, info: info, validity: validity, derivations: derivations,
                                                   location: document.location))
    }

    private func decodeDerivation(_ node: YAMLNode) -> Derivation? {
        guard let fields = reader.mapping(node, "derivation", required: ["id", "fact", "value", "when"],
                                          optional: ["sectors", "violations", "basis", "label", "note"]) else { return nil }
        let id = name(fields["id"], "derivation id", pattern: .id)
        if let id, let idNode = fields["id"] { define(id, namespace: "ids", what: "derivation", at: idNode) }
        var target: FactDefinition?
        if let factNode = fields["fact"], let factName = reader.string(factNode, "derivation `fact`") {
            if let fact = factsByName[factName] {
                if fact.source != nil {
                    reader.emit(.invalidValue, at: factNode, "fact `\(factName)` is taken from the case file (`source:`) and cannot be derived",
                                hint: "derive a fact of the vocabulary that has no `source:`")
                } else {
                    target = fact
                }
            } else {
                reader.emit(.unknownFact, at: factNode, "derivation names the undeclared fact `\(factName)`",
                            hint: SchemaReader.closest(to: factName, among: factsByName.keys.sorted()).map { "did you mean `\($0)`?" }
                                ?? "declare `\(factName)` in a `kind: facts` document")
            }
        }
        // The value is read by the target fact's type: a derivation cannot give harm_minor the value 5.
        let value = target.flatMap { fact in fields["value"].flatMap { FactValueReader.value($0, of: fact.type, fact: fact.name, with: reader) } }
        let when = fields["when"].flatMap { condition($0, "derivation condition", builtins: [:]) }
        let violations = violationReferences(fields["violations"], "derivation `violations`")
        let sectors = reader.strings(fields["sectors"], "derivation `sectors`")
        let basis = citations(fields["basis"], "derivation `basis`")
        guard let id, let target, let value, let when else { return nil }
        return Derivation(id: id, fact: target.name, value: value, condition: when, sectors: sectors, violations: violations,
                          basis: basis, label: reader.string(fields["label"], "derivation `label`"), location: node.location)
    }

    /// R007 when derived facts depend on themselves through the facts their conditions read.
    func checkDerivationCycles() {
        let all = catalog.derivations.flatMap(\.derivations)
        var reads: [String: Set<String>] = [:]
        var first: [String: Derivation] = [:]
        for derivation in all {
            reads[derivation.fact, default: []].formUnion(derivation.condition.expression.factNames)
            if first[derivation.fact] == nil { first[derivation.fact] = derivation }
        }
        var reported: Set<String> = []
        for start in reads.keys.sorted() {
            guard let cycle = DependencyCycle.find(from: start, edges: reads),
                  reported.insert(Set(cycle).sorted().joined(separator: "\u{1}")).inserted,
                  let derivation = first[start] else { continue }
            reader.emit(Diagnostic(.referenceCycle, at: derivation.location,
                                   "derived facts depend on themselves: \(cycle.joined(separator: " → "))",
                                   hint: "a derived fact cannot be defined, directly or through other derived facts, from itself; remove one derivation of the cycle"))
        }
    }
}

/// Finds a dependency cycle through a start node in a graph given as node → nodes it depends on.
public enum DependencyCycle {
    /// The cycle through `start` as a path that ends where it began (`a → b → a`), or nil when there is none.
    public static func find(from start: String, edges: [String: Set<String>]) -> [String]? {
        var path: [String] = [start]
        var visited: Set<String> = []
        func visit(_ node: String) -> Bool {
            for next in (edges[node] ?? []).sorted() {
                if next == start { path.append(next); return true }
                guard edges[next] != nil, !visited.contains(next) else { continue }
                visited.insert(next)
                path.append(next)
                if visit(next) { return true }
                path.removeLast()
            }
            return false
        }
        return visit(start) ? path : nil
    }
}
