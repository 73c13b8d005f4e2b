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
                        reserved ? Message(.nameReserved, Message.subject(what), text)
                                 : Message(.namePatternMismatch, Message.subject(what), text, pattern.description),
                        hint: reserved ? Message(.nameReservedHint) : Message(.namePatternExample, pattern.example))
            return nil
        }
        return text
    }

    /// Records a definition; emits R004 with a note at the first definition when it clashes.
    func define(_ name: String, namespace: String, owner: DefinitionRegistry.Owner = .unique, what: String, at node: YAMLNode) {
        guard let first = registry.register(name, namespace: namespace, owner: owner, what: what, at: node.location) else { return }
        let versions = if case .version = owner { true } else { false }
        reader.emit(.duplicateID, at: node, Message(versions ? .definedTwiceVersions : .definedTwice, Message.subject(what), name),
                    hint: Message(.definedTwiceHint, Self.namespaceWord(namespace)),
                    notes: [Diagnostic.Note(location: first.location, Message(.firstDefinedHere, Message.subject(first.what), name))])
    }

    /// The namespace of a definition in messages.
    static func namespaceWord(_ namespace: String) -> Message {
        switch namespace {
        case "ids": Message(.namespaceIDs)
        case "fact names": Message(.namespaceFactNames)
        case "violation codes": Message(.namespaceViolationCodes)
        case "calendar years": Message(.namespaceCalendarYears)
        default: .verbatim(namespace)
        }
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
            reader.emit(.expiryBeforeEffective, at: node, Message(.expiresBeforeEffective, Message.subject(what), expires, effective),
                        hint: Message(.expiresBeforeEffectiveHint))
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
            reader.emit(.invalidValue, at: node, Message(.mustBeAtLeast, Message.subject(what), minimum, value))
            return nil
        }
        return value
    }
}
