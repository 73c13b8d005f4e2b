public import LeniencyCatalog
public import LeniencyCore
public import LeniencyYAML

/// Reads the values under a case's `facts:` by the type the fact vocabulary declares.
///
/// Every problem goes to the given `SchemaReader`, positioned at the value (or the key, for an unknown name).
public struct CaseFactReader {
    /// The name of the built-in first-offence fact, which a case may give as a boolean.
    public static let firstOffence = "first_offence"

    /// The catalog whose fact vocabulary types the values.
    public let catalog: Catalog

    /// Creates a reader for a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Reads the `facts:` mapping into values and their positions; facts with problems are left out.
    public func read(_ node: YAMLNode, with reader: SchemaReader) -> (values: [String: FactValue], locations: [String: SourceLocation]) {
        guard let pairs = node.pairs else {
            reader.emit(.wrongType, at: node, Message(.caseFactsMustBeMapping, node.kindMessage), hint: Message(.caseFactsOnePerLine))
            return ([:], [:])
        }
        var values: [String: FactValue] = Dictionary(minimumCapacity: pairs.count)
        var locations: [String: SourceLocation] = Dictionary(minimumCapacity: pairs.count)
        for pair in pairs {
            guard let name = pair.key.text else { continue }
            guard let type = declaredType(of: name) else {
                let names = catalog.facts.map(\.name) + [CaseFactReader.firstOffence]
                reader.emit(.unknownFact, at: pair.key, Message(.caseUnknownFact, name),
                            hint: Message.didYouMean(SchemaReader.closest(to: name, among: names).map { [$0] } ?? [])
                                ?? Message(.caseDeclareFact, name))
                continue
            }
            if pair.value.isNull { continue }
            if let value = value(pair.value, of: type, fact: name, with: reader) {
                values[name] = value
                locations[name] = pair.value.location
            }
        }
        return (values, locations)
    }

    /// The declared type of a fact name, with `first_offence` as a built-in boolean.
    public func declaredType(of name: String) -> FactType? {
        if let fact = catalog.fact(named: name) { return fact.type }
        return name == CaseFactReader.firstOffence ? .boolean : nil
    }

    /// One value read as `type`; nil after a diagnostic (`FactValueReader`, shared with the rule decoder).
    public func value(_ node: YAMLNode, of type: FactType, fact name: String, with reader: SchemaReader) -> FactValue? {
        FactValueReader.value(node, of: type, fact: name, with: reader)
    }
}
