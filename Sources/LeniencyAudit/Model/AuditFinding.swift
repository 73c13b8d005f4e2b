public import LeniencyCore

/// What a finding is about: a case or an inspection record.
public enum AuditSubject: Sendable, Hashable, Comparable {
    /// A case, by case number.
    case `case`(String)
    /// An inspection, by record id.
    case inspection(String)

    /// The id.
    public var id: String {
        switch self {
        case .case(let id), .inspection(let id): id
        }
    }

    /// `case` or `inspection`, the key used in JSON and CSV.
    public var kind: String {
        switch self {
        case .case: "case"
        case .inspection: "inspection"
        }
    }

    public static func < (lhs: AuditSubject, rhs: AuditSubject) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}

/// One named fact supporting a finding; evidence keeps its order so reports are stable.
public struct Evidence: Sendable, Hashable {
    /// Key, snake_case.
    public var key: String
    /// The value: text shown as it is (dates `YYYY-MM-DD`, money in yuan with two decimals, ids), or words that translate.
    public var argument: MessageArgument

    /// Creates an evidence entry whose value is shown as it is.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.argument = .text(value)
    }

    /// Creates an evidence entry whose value is words (an outcome, `not recorded`, a yes/no).
    public init(_ key: String, _ value: any MessageArgumentConvertible) {
        self.key = key
        self.argument = value.messageArgument
    }

    /// The value in English, as machine formats (JSON Lines) carry it.
    public var value: String { argument.rendered(.en) }

    /// The value in a language, for people.
    public func value(in language: Language) -> String { argument.rendered(language) }
}

/// One problem the audit found in a case file or an inspection record.
public struct AuditFinding: Sendable, Hashable, Comparable {
    /// Stable code.
    public var code: AuditCode
    /// Severity (the code's).
    public var severity: Severity
    /// The case or inspection.
    public var subject: AuditSubject
    /// Where the record starts.
    public var location: SourceLocation
    /// What is wrong, in one sentence.
    public var text: Message
    /// Key facts, in a fixed order.
    public var evidence: [Evidence]
    /// Citations the finding rests on.
    public var basis: [String]
    /// The agency responsible, for per-agency counts.
    public var agency: String
    /// The officers named in the record, for per-officer counts.
    public var officers: [String]
    /// The date the finding is filed under for monthly charts (decision, else act, or inspection date).
    public var date: CivilDate?

    /// Creates a finding with the code's severity.
    public init(code: AuditCode, subject: AuditSubject, location: SourceLocation, message: Message,
                evidence: [Evidence] = [], basis: [String] = [], agency: String, officers: [String] = [],
                date: CivilDate? = nil) {
        self.code = code
        self.severity = code.severity
        self.subject = subject
        self.location = location
        self.text = message
        self.evidence = evidence
        self.basis = basis
        self.agency = agency
        self.officers = officers
        self.date = date
    }

    /// Orders by file, line, column, code, then subject and message, so output never depends on thread timing.
    public static func < (lhs: AuditFinding, rhs: AuditFinding) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if lhs.location.start != rhs.location.start { return lhs.location.start < rhs.location.start }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        return lhs.message < rhs.message
    }

    /// What is wrong, in English.
    public var message: String { text.english }

    /// The value of one evidence key.
    public func evidence(_ key: String) -> String? { evidence.first { $0.key == key }?.value }
}
