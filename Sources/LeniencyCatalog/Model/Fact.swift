public import LeniencyCore

/// The type of a fact in the vocabulary.
public enum FactType: Sendable, Hashable, CustomStringConvertible {
    case boolean
    case integer
    case decimal
    case money
    case date
    /// Whole days.
    case duration
    /// Ordered enumeration: values from lowest to highest.
    case enumeration([String])
    case text

    /// The word used in the rule format (`boolean`, `enum`, …).
    public var keyword: String {
        switch self {
        case .boolean: "boolean"
        case .integer: "integer"
        case .decimal: "decimal"
        case .money: "money"
        case .date: "date"
        case .duration: "duration"
        case .enumeration: "enum"
        case .text: "text"
        }
    }

    public var description: String {
        if case .enumeration(let values) = self { return "enum(\(values.joined(separator: ", ")))" }
        return keyword
    }
}

/// Where the engine takes a fact's value from when it is bound to a case field instead of `facts:`.
public enum FactSource: String, Sendable, Hashable, CaseIterable {
    case partyAge = "party.age"
    case partyType = "party.type"
    case actDate = "case.act_date"
    case discoveryDate = "case.discovery_date"
    case filingDate = "case.filing_date"
    case decisionDate = "case.decision_date"
    case illegalGains = "case.illegal_gains"
    case goodsValue = "case.goods_value"

    /// The party types a case file may give (`party.type`), in the order of the `party_type` enumeration.
    public static let partyTypeNames = ["individual", "enterprise", "other"]

    /// The type a fact bound to this source must have.
    public var requiredType: FactType {
        switch self {
        case .partyAge: .integer
        case .partyType: .enumeration(FactSource.partyTypeNames)
        case .actDate, .discoveryDate, .filingDate, .decisionDate: .date
        case .illegalGains, .goodsValue: .money
        }
    }
}

/// A legal presumption for a fact the case does not record: the value the law lets the agency assume, and why.
///
/// Which facts get one is a legal judgement recorded in `rules/facts.yaml` (`presumed:`), never in Swift.
public struct Presumption: Sendable, Hashable {
    /// The value presumed.
    public var value: FactValue
    /// The legal basis of the presumption.
    public var basis: [Citation]
    /// How explanations name the presumption (Chinese).
    public var label: String
    /// The same in English, if given.
    public var labelEn: String?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a presumption.
    public init(value: FactValue, basis: [Citation], label: String, labelEn: String? = nil, location: SourceLocation) {
        self.value = value
        self.basis = basis
        self.label = label
        self.labelEn = labelEn
        self.location = location
    }
}

/// One declared fact: its name, type and labels.
public struct FactDefinition: Sendable, Hashable {
    /// The identifier used in conditions and case files.
    public var name: String
    /// Its type.
    public var type: FactType
    /// Chinese label for explanations.
    public var label: String
    /// English label, if given.
    public var labelEn: String?
    /// Labels of enumeration values.
    public var valueLabels: [String: String]
    /// Binding to a case field, if any.
    public var source: FactSource?
    /// The value presumed when the case is silent, if the law supplies one.
    public var presumption: Presumption?
    /// The party types the fact concerns (`applies_to:`, names of `FactSource.partyTypeNames`); nil = every party.
    /// For other parties the fact is not applicable.
    public var appliesTo: Set<String>?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a fact definition.
    public init(name: String, type: FactType, label: String, labelEn: String? = nil,
                valueLabels: [String: String] = [:], source: FactSource? = nil, location: SourceLocation) {
        self.name = name
        self.type = type
        self.label = label
        self.labelEn = labelEn
        self.valueLabels = valueLabels
        self.source = source
        self.location = location
    }

    /// True when the fact concerns a party of this type (`applies_to:`).
    public func applies(toPartyType party: String) -> Bool { appliesTo?.contains(party) ?? true }
}

/// A typed value of a fact, as a case gives it or an expression computes it.
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
    case boolean(Bool)
    case integer(Int64)
    case decimal(FixedPoint)
    case money(Money)
    case date(CivilDate)
    /// Whole days.
    case duration(Int64)
    /// An enumeration value name.
    case enumeration(String)
    case text(String)

    public var description: String {
        switch self {
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): "\(i)"
        case .decimal(let d): d.description
        case .money(let m): m.displayString
        case .date(let d): d.description
        case .duration(let d): "\(d)d"
        case .enumeration(let e): e
        case .text(let t): "'\(t)'"
        }
    }
}
