public import LeniencyCore

/// The four kinds of leniency list.
public enum ListKind: String, Sendable, Hashable, CaseIterable {
    /// 不予处罚 (首违不罚, 轻微免罚, 无主观过错).
    case noPenalty = "no-penalty"
    /// 减轻处罚.
    case mitigated
    /// 从轻处罚.
    case lighter
    /// 不予实施行政强制措施.
    case noCoercion = "no-coercion"

    /// The outcome an item of this list grants by default; nil for no-coercion lists, which decide coercion, not penalty.
    public var defaultOutcome: Outcome? {
        switch self {
        case .noPenalty: .noPenalty
        case .mitigated: .mitigated
        case .lighter: .lighter
        case .noCoercion: nil
        }
    }
}

/// How a list resolves several applicable items.
public enum HitPolicy: String, Sendable, Hashable, CaseIterable {
    /// At most one item may apply (checked by lint).
    case unique
    /// The first applicable item in order decides.
    case first
    /// All applicable items are reported; disagreement is a conflict.
    case collect
}

/// Whether a list names its violations or applies to all (the general part of the law).
public enum ListScope: String, Sendable, Hashable, CaseIterable {
    case listed
    case all
}

/// A reduction of the fine by a share range (减少30%–50%), floored at the statutory minimum.
public struct FineReduction: Sendable, Hashable {
    /// The least share taken off.
    public var from: Ratio
    /// The most share taken off.
    public var to: Ratio

    /// Creates a reduction.
    public init(from: Ratio, to: Ratio) {
        self.from = from
        self.to = to
    }
}

/// One item of a leniency list.
public struct ListItem: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// What the item covers.
    public var title: String
    /// The violation codes it covers (empty under `scope: all`).
    public var violations: [String]
    /// All must hold.
    public var conditions: [Condition]
    /// Any one that holds removes the item.
    public var exclusions: [Condition]
    /// 应当 (true) or 可以 (false).
    public var mandatory: Bool
    /// The outcome it grants; nil for no-coercion items.
    public var outcome: Outcome?
    /// Other outcomes the officer may choose instead ("从轻或者减轻").
    public var alsoAllows: [Outcome]
    /// The first-offence test used by `first_offence` in its conditions.
    public var firstOffence: FirstOffenceRule
    /// Follow-up duties.
    public var followUp: FollowUp
    /// The item's own citations.
    public var basis: [Citation]
    /// True when the wording is not confirmed from a source.
    public var unverified: Bool
    /// Free text shown with the item in explanations, in Chinese (`note:`).
    public var note: String?
    /// The same note in English (`note_en:`); English output falls back to `note` without it.
    public var noteEn: String?
    /// Model E (粤环发〔2021〕7号 Art. 14): the fine is the standard's own tier reduced by this share, never below the
    /// statutory minimum; nil for items whose outcome takes the tier band of its own.
    public var reduction: FineReduction?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates an item.
    public init(id: String, title: String, violations: [String], conditions: [Condition], exclusions: [Condition],
                mandatory: Bool, outcome: Outcome?, alsoAllows: [Outcome] = [], firstOffence: FirstOffenceRule,
                followUp: FollowUp, basis: [Citation], unverified: Bool = false, note: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.violations = violations
        self.conditions = conditions
        self.exclusions = exclusions
        self.mandatory = mandatory
        self.outcome = outcome
        self.alsoAllows = alsoAllows
        self.firstOffence = firstOffence
        self.followUp = followUp
        self.basis = basis
        self.unverified = unverified
        self.note = note
        self.location = location
    }
}

/// One version of a leniency list.
public struct LeniencyList: Sendable, Hashable {
    /// The list's id, shared by all its versions.
    public var id: String
    /// Which kind of list.
    public var kind: ListKind
    /// Title, issuer, 文号, region, source.
    public var info: DocumentInfo
    /// When this version is in force.
    public var validity: Validity
    /// The legal basis the list implements.
    public var implements: [Citation]
    /// How several applicable items resolve.
    public var hitPolicy: HitPolicy
    /// Listed violations or all.
    public var scope: ListScope
    /// The items, in file order.
    public var items: [ListItem]
    /// Where the list document starts.
    public var location: SourceLocation

    /// Creates a list version.
    public init(id: String, kind: ListKind, info: DocumentInfo, validity: Validity, implements: [Citation],
                hitPolicy: HitPolicy, scope: ListScope, items: [ListItem], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.info = info
        self.validity = validity
        self.implements = implements
        self.hitPolicy = hitPolicy
        self.scope = scope
        self.items = items
        self.location = location
    }
}
