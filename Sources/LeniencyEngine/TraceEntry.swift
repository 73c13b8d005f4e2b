public import LeniencyCatalog
public import LeniencyCore

/// Three-valued truth of a condition as the trace reports it (the catalog's Kleene `Truth`).
public typealias ConditionTruth = Truth

/// One fact as a condition saw it.
public struct FactReading: Sendable, Hashable {
    /// Fact name.
    public var name: String
    /// Its value; nil = unknown.
    public var value: FactValue?
    /// Chinese label from the vocabulary, if declared.
    public var label: String?
    /// English label from the vocabulary, if declared.
    public var labelEn: String?
    /// Where the value came from when the case does not give it (presumed, derived, not applicable); nil = the case.
    public var origin: FactOrigin?

    /// Creates a reading.
    public init(name: String, value: FactValue?, label: String? = nil, labelEn: String? = nil, origin: FactOrigin? = nil) {
        self.name = name
        self.value = value
        self.label = label
        self.labelEn = labelEn
        self.origin = origin
    }
}

/// The result of one condition or exclusion, with the values it saw.
public struct ConditionResult: Sendable, Hashable {
    /// The expression as written.
    public var source: String
    /// The label the rules give it, if any.
    public var label: String?
    /// Its truth for this case.
    public var truth: Truth
    /// The facts it read, in first-use order.
    public var values: [FactReading]

    /// Creates a result.
    public init(source: String, label: String?, truth: Truth, values: [FactReading]) {
        self.source = source
        self.label = label
        self.truth = truth
        self.values = values
    }

    /// The label, else the expression text.
    public var display: String { label ?? source }
}

/// What a trace entry explains.
public enum TraceKind: String, Sendable, Hashable, CaseIterable {
    /// An item of a leniency list (or of the general part).
    case item
    /// A limitation period (行政处罚法 Art. 36 and special laws).
    case limitation
    /// A tier of a discretion standard.
    case tier
    /// A derivation rule (`kind: derivations`) that defines a fact from others.
    case derivation
}

/// How one candidate fared.
public enum TraceStatus: String, Sendable, Hashable, CaseIterable {
    /// All conditions hold and no exclusion does.
    case applied
    /// A condition does not hold.
    case notApplicable
    /// An exclusion holds.
    case excluded
    /// Unknown facts keep it open.
    case undetermined
    /// No version of its list is in force on the date used.
    case notInForce
    /// Another version of its list is in force on the date used.
    case superseded
}

/// One line of the explanation: a candidate item (or limitation period, or tier), what it saw and how it fared.
public struct TraceEntry: Sendable, Hashable {
    /// What the entry explains.
    public var kind: TraceKind
    /// The list (or limitation rules, or standard) id.
    public var listID: String
    /// The version's first day in force.
    public var listEffective: CivilDate
    /// The version's 文号 (empty when it has none).
    public var document: String
    /// The item (or period, or tier) id.
    public var itemID: String
    /// Its title (as the rules write it; Chinese for engine-made entries).
    public var title: String
    /// The title in English for engine-made entries (limitation periods); nil when rules supply the title.
    public var titleEn: String? = nil
    /// How it fared.
    public var status: TraceStatus
    /// The outcome it grants; nil for no-coercion items and limitation periods.
    public var outcome: Outcome?
    /// 应当 (true) or 可以 (false).
    public var mandatory: Bool
    /// True for items of a no-coercion list (they decide coercion, not the penalty).
    public var coercion: Bool
    /// Each condition with its truth and the values it saw.
    public var conditions: [ConditionResult]
    /// Each exclusion with its truth and the values it saw.
    public var exclusions: [ConditionResult]
    /// The territorial condition (`region` of the list or standard against the case's region); nil when nationwide.
    public var region: ConditionResult? = nil
    /// Facts that would decide an undetermined entry, in first-use order.
    public var deciding: [String]
    /// List 文号, item basis, the violation's 违反条款 and 处罚依据.
    public var citations: [String]
    /// True when the list, item or violation is marked unverified.
    public var unverified: Bool
    /// Extra explanation (first-offence history, version choice).
    public var notes: [String]
    /// The same notes in Chinese, in the same order (rule-authored notes appear in both).
    public var notesZh: [String]

    /// Creates an entry.
    public init(kind: TraceKind, listID: String, listEffective: CivilDate, document: String, itemID: String, title: String,
                status: TraceStatus, outcome: Outcome?, mandatory: Bool, coercion: Bool = false,
                conditions: [ConditionResult] = [], exclusions: [ConditionResult] = [], deciding: [String] = [],
                citations: [String] = [], unverified: Bool = false, notes: [String] = [], notesZh: [String]? = nil) {
        self.kind = kind
        self.listID = listID
        self.listEffective = listEffective
        self.document = document
        self.itemID = itemID
        self.title = title
        self.status = status
        self.outcome = outcome
        self.mandatory = mandatory
        self.coercion = coercion
        self.conditions = conditions
        self.exclusions = exclusions
        self.deciding = deciding
        self.citations = citations
        self.unverified = unverified
        self.notes = notes
        self.notesZh = notesZh ?? notes
    }

    /// Adds a remark in both languages.
    mutating func note(_ english: String, _ chinese: String) {
        notes.append(english)
        notesZh.append(chinese)
    }

    /// The first condition that failed, if the entry is not applicable.
    public var failedCondition: ConditionResult? { conditions.first { $0.truth == .no } }

    /// The first exclusion that held, if the entry is excluded.
    public var heldExclusion: ConditionResult? { exclusions.first { $0.truth == .yes } }
}
