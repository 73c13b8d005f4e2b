public import LeniencyCore
import LeniencyCatalog
import LeniencyYAML

/// Reads `--certificates FILE`: YAML/JSON (a list, or `certificates:` holding one) or CSV with
/// `number, name, valid_from, valid_to` columns.
public enum CertificateLoader {
    /// The registry, and every problem found (an unreadable file gives a nil registry and an I001).
    public static func load(path: String) -> (registry: CertificateRegistry?, diagnostics: [Diagnostic]) {
        var nodes: [YAMLNode] = []
        var diagnostics: [Diagnostic] = []
        switch InputFormat(path: path) {
        case .yaml:
            let set = YAMLReader.readFile(atPath: path)
            diagnostics.append(contentsOf: set.diagnostics)
            for document in set.documents {
                if let items = document.items {
                    nodes.append(contentsOf: items)
                } else if let list = document["certificates"], let items = list.items {
                    nodes.append(contentsOf: items)
                } else if !document.isNull {
                    diagnostics.append(Diagnostic(.wrongType, at: document.location, Message(.certificatesMustBeList),
                                                  hint: Message(.certificatesListHint)))
                }
            }
        case .jsonLines, .csv:
            var stream = RecordStream(path: path, kind: .certificates)
            while let batch = stream.nextBatch(limit: 4096) {
                for raw in batch {
                    let (node, problems) = raw.nodes()
                    diagnostics.append(contentsOf: problems)
                    if let node { nodes.append(node) }
                }
            }
            diagnostics.append(contentsOf: stream.diagnostics)
        }
        if diagnostics.contains(where: { $0.code == .unreadableFile }) { return (nil, diagnostics) }
        let reader = SchemaReader()
        var certificates: [OfficerCertificate] = []
        for node in nodes {
            guard let fields = reader.mapping(node, "certificate", required: ["number", "name", "valid_from", "valid_to"]),
                  let number = reader.string(fields["number"], "certificate `number`"),
                  let name = reader.string(fields["name"], "certificate `name`"),
                  let from = reader.date(fields["valid_from"], "certificate `valid_from`"),
                  let to = reader.date(fields["valid_to"], "certificate `valid_to`") else { continue }
            if to < from {
                reader.emit(.invalidValue, at: fields["valid_to"] ?? node, Message(.certificateExpiresBeforeValid, number, to, from),
                            hint: Message(.certificateCheckDates))
                continue
            }
            certificates.append(OfficerCertificate(number: number, name: name, validFrom: from, validTo: to, location: node.location))
        }
        diagnostics.append(contentsOf: reader.bag.diagnostics)
        return (CertificateRegistry(certificates), diagnostics.sorted())
    }
}
