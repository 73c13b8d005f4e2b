import LeniencyCore
import LeniencyYAML

/// Keys every document with a version date shares.
let documentInfoKeys = ["title", "issuer", "document"]

extension CatalogDecoder {
    /// Text that must fit one of the name patterns; S004 otherwise.
    func name(_ node: YAMLNode?, _ what: String, pattern: NamePattern) -> String? {
        guard let text = reader.string(node, what), let node else { return nil }
        guard pattern.matches(text) else {
            let reserved = pattern == .factName && NamePattern.expressionKeywords.contains(text)
            reader.emit(.invalidValue, at: node,
                        reserved ? "\(what) `\(text)` is a word of the expression language"
                                 : "\(what) `\(text)` does not match \(pattern.description)",
                        hint: reserved ? "choose another name; and, or, not, in, between, true and false are reserved"
                                       : "write it like `\(pattern.example)`")
            return nil
        }
        return text
    }

    /// Records a definition; emits R004 with a note at the first definition when it clashes.
    func define(_ name: String, namespace: String, owner: DefinitionRegistry.Owner = .unique, what: String, at node: YAMLNode) {
        guard let first = registry.register(name, namespace: namespace, owner: owner, what: what, at: node.location) else { return }
        let versionHint = if case .version = owner { " (versions of one \(what) must differ in `effective`)" } else { "" }
        reader.emit(.duplicateID, at: node, "\(what) `\(name)` is defined twice\(versionHint)",
                    hint: "rename one of them; \(namespace) must be unique across all rule files",
                    notes: [Diagnostic.Note(location: first.location, message: "\(first.what) `\(name)` first defined here")])
    }

    /// A list of citation strings, each keeping its own position for lint.
    func citations(_ node: YAMLNode?, _ what: String) -> [Citation] {
        reader.list(node, what).compactMap { item in
            reader.string(item, what).map { Citation($0, at: item.location) }
        }
    }

    /// `effective` and `expires`, with D001 when the version would end before it starts.
    func validity(_ fields: Fields, _ what: String) -> Validity? {
        let effective = reader.date(fields["effective"], "\(what) `effective`")
        let expires = reader.date(fields["expires"], "\(what) `expires`")
        guard let effective else { return nil }
        if let expires, expires < effective, let node = fields["expires"] {
            reader.emit(.expiryBeforeEffective, at: node,
                        "\(what) expires on \(expires), before it takes effect on \(effective)",
                        hint: "`expires` is the last day in force and must not be before `effective`; check both dates")
        }
        return Validity(effective: effective, expires: expires)
    }

    /// Title, issuer, 文号 and the optional descriptive keys of a document.
    func documentInfo(_ fields: Fields, _ what: String) -> DocumentInfo {
        DocumentInfo(
            title: reader.string(fields["title"], "\(what) `title`") ?? "",
            issuer: reader.string(fields["issuer"], "\(what) `issuer`") ?? "",
            document: reader.string(fields["document"], "\(what) `document`") ?? "",
            region: regionReference(fields["region"], "\(what) `region`"),
            sourceURL: reader.string(fields["source_url"], "\(what) `source_url`"),
            sourceRead: reader.date(fields["source_read"], "\(what) `source_read`"),
            unverified: reader.bool(fields["unverified"], "\(what) `unverified`") ?? false,
            note: reader.string(fields["note"], "\(what) `note`")
        )
    }

    /// A whole number of at least `minimum`.
    func count(_ node: YAMLNode?, _ what: String, minimum: Int = 0) -> Int? {
        guard let value = reader.integer(node, what), let node else { return nil }
        guard value >= minimum else {
            reader.emit(.invalidValue, at: node, "\(what) must be at least \(minimum), found \(value)")
            return nil
        }
        return value
    }
}
