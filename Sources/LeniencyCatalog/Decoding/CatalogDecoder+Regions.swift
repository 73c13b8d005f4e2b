import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `kind: regions`: administrative divisions with GB/T 2260 codes and parent links, and named groups.
    func decodeRegions(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "regions document", required: ["kind", "regions"], optional: ["note"]) else { return }
        // Appended once: every change to `catalog.regions` re-indexes the region table.
        catalog.regions += reader.list(fields["regions"], "`regions`").compactMap(decodeRegion)
    }

    private func decodeRegion(_ node: YAMLNode) -> Region? {
        guard let fields = reader.mapping(node, "region", required: ["name"],
                                          optional: ["code", "parent", "members", "placeholder", "note"]),
              let nameNode = fields["name"], let name = reader.string(nameNode, "region `name`") else { return nil }
        define(name, namespace: "region names", what: "region", at: nameNode)
        var code: String?
        if let codeNode = fields["code"], let text = reader.string(codeNode, "region `code`") {
            if text.count == 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                code = text
                define(text, namespace: "region codes", what: "region code", at: codeNode)
            } else {
                reader.emit(.invalidValue, at: codeNode, "region code `\(text)` is not a six-digit GB/T 2260 code",
                            hint: "write the code as six digits in quotes, e.g. code: \"360100\" for 南昌市")
            }
        }
        let members = reader.strings(fields["members"], "region `members`")
        let placeholder = reader.bool(fields["placeholder"], "region `placeholder`") ?? false
        let parent = reader.string(fields["parent"], "region `parent`")
        if let membersNode = fields["members"] {
            for (item, member) in zip(reader.list(membersNode, "region `members`"), members) {
                pendingRegions.append((member, item, "a member of region `\(name)`"))
            }
            if let parentNode = fields["parent"] {
                reader.emit(.invalidValue, at: parentNode, "region `\(name)` is a group (`members`) and cannot also have a `parent`",
                            hint: "a group is made of its members; remove `parent`")
            }
        } else if let parentNode = fields["parent"], let parent {
            pendingRegions.append((parent, parentNode, "the parent of region `\(name)`"))
        }
        if code == nil, fields["code"] == nil, parent != nil, !placeholder {
            reader.emit(.missingField, at: node, "region `\(name)` is missing required field `code`",
                        hint: "add its six-digit GB/T 2260 code, or `placeholder: true` for a stand-in whose real division is not confirmed")
        }
        return Region(name: name, code: code, parent: fields["members"] == nil ? parent : nil, members: members,
                      placeholder: placeholder, note: reader.string(fields["note"], "region `note`"), location: node.location)
    }

    /// A region name (or code) a list, standard or policy uses; checked against the regions once all are decoded.
    func regionReference(_ node: YAMLNode?, _ what: String) -> String? {
        guard let node, let text = reader.string(node, what) else { return nil }
        pendingRegions.append((text, node, what))
        return text
    }

    /// R006 for every name no `kind: regions` document declares (with a did-you-mean), R007 for parent cycles.
    func checkRegions() {
        let table = catalog.regionTable
        let names = catalog.regions.map(\.name)
        for (name, node, what) in pendingRegions where table.index(of: name) == nil {
            let suggestion = SchemaReader.closest(to: name, among: names) ?? names.first { $0.hasPrefix(name) || name.hasPrefix($0) }
            reader.emit(.unknownRegion, at: node, "\(what) names the unknown region `\(name)`",
                        hint: suggestion.map { "did you mean `\($0)`?" }
                            ?? "declare `\(name)` in a `kind: regions` document (rules/regions/) with its GB/T 2260 code and parent")
        }
        var reported: Set<String> = []
        for index in table.regions.indices {
            let cycle = table.cycle(through: index)
            guard !cycle.isEmpty, reported.insert(Set(cycle).sorted().joined(separator: "\u{1}")).inserted else { continue }
            reader.emit(Diagnostic(.referenceCycle, at: table.regions[index].location,
                                   "the parents of region `\(table.regions[index].name)` form a cycle: \(cycle.joined(separator: " → "))",
                                   hint: "each region lies inside its parent; remove one of the `parent` links"))
        }
    }
}
