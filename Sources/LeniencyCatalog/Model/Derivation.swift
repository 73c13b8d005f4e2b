public import LeniencyCore

/// A rule that defines a fact from others: when `condition` holds, `fact` takes `value` for cases in scope.
///
/// E.g. 国家税务总局公告2021年第33号: an irreparable tax loss or a large social impact means the harm is not minor, so
/// Art. 33 ¶1 and every tax item read `harm_minor = false`, not only the list's own exclusion.
public struct Derivation: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// The fact it defines.
    public var fact: String
    /// The value it gives the fact when it fires.
    public var value: FactValue
    /// When it fires.
    public var condition: Condition
    /// Sectors it is limited to (`Violation.sector`; empty = all).
    public var sectors: [String]
    /// Violation codes it is limited to (empty = all).
    public var violations: [String]
    /// Citations of the provision that supports it.
    public var basis: [Citation]
    /// How explanations name it.
    public var label: String?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a derivation.
    public init(id: String, fact: String, value: FactValue, condition: Condition, sectors: [String] = [], violations: [String] = [],
                basis: [Citation] = [], label: String? = nil, location: SourceLocation) {
        self.id = id
        self.fact = fact
        self.value = value
        self.condition = condition
        self.sectors = sectors
        self.violations = violations
        self.basis = basis
        self.label = label
        self.location = location
    }

    /// True when the derivation concerns a case of this violation and sector.
    public func covers(violation: String, sector: String?) -> Bool {
        (violations.isEmpty || violations.contains(violation)) && (sectors.isEmpty || sector.map(sectors.contains) == true)
    }
}

/// One document of derivations (`kind: derivations`), in force for a period.
public struct DerivationRules: Sendable, Hashable {
    /// Id.
    public var id: String
    /// Title, issuer, 文号.
    public var info: DocumentInfo
    /// When in force.
    public var validity: Validity
    /// The derivations, in file order.
    public var derivations: [Derivation]
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates a document of derivations.
    public init(id: String, info: DocumentInfo, validity: Validity, derivations: [Derivation], location: SourceLocation) {
        self.id = id
        self.info = info
        self.validity = validity
        self.derivations = derivations
        self.location = location
    }
}
