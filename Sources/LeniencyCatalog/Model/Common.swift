public import LeniencyCore

/// A normalised legal citation such as `《中华人民共和国行政处罚法》第三十三条第一款`, with its position.
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    /// The citation text as written.
    public var text: String
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a citation.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var description: String { text }
}

/// A condition or exclusion: an expression with an optional human label.
public struct Condition: Sendable, Hashable {
    /// The expression source text.
    public var source: String
    /// The parsed and type-checked expression.
    public var expression: Expression
    /// The label explanations use instead of the source, if given.
    public var label: String?
    /// Where the expression text starts (columns inside it are offsets from here).
    public var location: SourceLocation

    /// Creates a condition.
    public init(source: String, expression: Expression, label: String?, location: SourceLocation) {
        self.source = source
        self.expression = expression
        self.label = label
        self.location = location
    }
}

/// How far back a first-offence test looks.
public enum LookbackWindow: String, Sendable, Hashable, CaseIterable {
    case none
    case oneYear = "1y"
    case twoYears = "2y"
    case ever
}

/// What counts as "the same kind" of violation for a first-offence test.
public enum SameKind: String, Sendable, Hashable, CaseIterable {
    case violation
    case category
    case any
}

/// The first-offence test an item uses.
public struct FirstOffenceRule: Sendable, Hashable {
    /// The lookback window.
    public var window: LookbackWindow
    /// The same-kind definition.
    public var sameKind: SameKind

    /// Creates a rule.
    public init(window: LookbackWindow, sameKind: SameKind) {
        self.window = window
        self.sameKind = sameKind
    }

    /// The default: no prior violation of the same code, ever.
    public static let `default` = FirstOffenceRule(window: .ever, sameKind: .violation)
}

/// The follow-up duties an item (or a general duty rule) imposes.
public struct FollowUp: Sendable, Hashable {
    /// 教育 (行政处罚法 Art. 33 ¶3).
    public var education: Bool
    /// 承诺书.
    public var commitment: Bool
    /// 责令改正 deadline in days.
    public var rectifyDays: Int?
    /// A written 不予行政处罚决定 (e.g. 国家税务总局公告2021年第33号: 应及时作出不予行政处罚决定).
    public var writtenDecision: Bool
    /// 责令监护人加以管教 (行政处罚法 Art. 30).
    public var guardianDiscipline: Bool
    /// 责令监护人严加看管和治疗 (行政处罚法 Art. 31).
    public var guardianCustody: Bool
    /// 责令当事人改正或者限期改正违法行为 (行政处罚法 Art. 28 ¶1).
    public var rectify: Bool

    /// Creates follow-up duties.
    public init(education: Bool = false, commitment: Bool = false, rectifyDays: Int? = nil, writtenDecision: Bool = false,
                guardianDiscipline: Bool = false, guardianCustody: Bool = false, rectify: Bool = false) {
        self.education = education
        self.commitment = commitment
        self.rectifyDays = rectifyDays
        self.writtenDecision = writtenDecision
        self.guardianDiscipline = guardianDiscipline
        self.guardianCustody = guardianCustody
        self.rectify = rectify
    }

    /// The duties that can be named in rule data and in a case's `decision.follow_ups`.
    public enum Duty: String, Sendable, Hashable, CaseIterable {
        case education, commitment, rectify
        case writtenDecision = "written_decision"
        case guardianDiscipline = "guardian_discipline"
        case guardianCustody = "guardian_custody"
    }

    /// Whether the duty is imposed.
    public subscript(duty: Duty) -> Bool {
        get {
            switch duty {
            case .education: education
            case .commitment: commitment
            case .rectify: rectify || rectifyDays != nil
            case .writtenDecision: writtenDecision
            case .guardianDiscipline: guardianDiscipline
            case .guardianCustody: guardianCustody
            }
        }
        set {
            switch duty {
            case .education: education = newValue
            case .commitment: commitment = newValue
            case .rectify: rectify = newValue
            case .writtenDecision: writtenDecision = newValue
            case .guardianDiscipline: guardianDiscipline = newValue
            case .guardianCustody: guardianCustody = newValue
            }
        }
    }

    /// The duties imposed, in declaration order.
    public var duties: [Duty] { Duty.allCases.filter { self[$0] } }

    /// Both sets of duties (a merged decision owes what any deciding item owes); the shorter correction deadline.
    public func merged(with other: FollowUp) -> FollowUp {
        FollowUp(education: education || other.education, commitment: commitment || other.commitment,
                 rectifyDays: [rectifyDays, other.rectifyDays].compactMap { $0 }.min(),
                 writtenDecision: writtenDecision || other.writtenDecision,
                 guardianDiscipline: guardianDiscipline || other.guardianDiscipline,
                 guardianCustody: guardianCustody || other.guardianCustody, rectify: rectify || other.rectify)
    }
}

/// The outcome categories, from most lenient to harshest.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case noPenalty = "no-penalty"
    case mitigated
    case lighter
    case standard
    case heavier

    /// 0 for the most lenient (no penalty) up to 4 (heavier).
    public var severityRank: Int {
        switch self {
        case .noPenalty: 0
        case .mitigated: 1
        case .lighter: 2
        case .standard: 3
        case .heavier: 4
        }
    }

    /// Ordered by leniency: `noPenalty < heavier`.
    public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.severityRank < rhs.severityRank }

    /// Chinese name.
    public var chinese: String {
        switch self {
        case .noPenalty: "不予处罚"
        case .mitigated: "减轻处罚"
        case .lighter: "从轻处罚"
        case .standard: "一般处罚"
        case .heavier: "从重处罚"
        }
    }
}

/// The validity period of a list, standard or policy version.
public struct Validity: Sendable, Hashable {
    /// First day in force.
    public var effective: CivilDate
    /// Last day in force, if it expires.
    public var expires: CivilDate?

    /// Creates a validity period.
    public init(effective: CivilDate, expires: CivilDate? = nil) {
        self.effective = effective
        self.expires = expires
    }

    /// True when in force on `date`.
    public func contains(_ date: CivilDate) -> Bool {
        date >= effective && (expires.map { date <= $0 } ?? true)
    }
}

/// Who issued a document and under which number.
public struct DocumentInfo: Sendable, Hashable {
    /// Title.
    public var title: String
    /// Issuing authority.
    public var issuer: String
    /// 文号.
    public var document: String
    /// Region it applies to, if limited.
    public var region: String?
    /// Where the source text can be read.
    public var sourceURL: String?
    /// The day the source text was last read at `sourceURL`: a page can change or disappear after it.
    public var sourceRead: CivilDate?
    /// True when the content could not be confirmed from a source.
    public var unverified: Bool
    /// Free text.
    public var note: String?

    /// Creates document information.
    public init(title: String, issuer: String, document: String, region: String? = nil,
                sourceURL: String? = nil, sourceRead: CivilDate? = nil, unverified: Bool = false, note: String? = nil) {
        self.title = title
        self.issuer = issuer
        self.document = document
        self.region = region
        self.sourceURL = sourceURL
        self.sourceRead = sourceRead
        self.unverified = unverified
        self.note = note
    }
}
