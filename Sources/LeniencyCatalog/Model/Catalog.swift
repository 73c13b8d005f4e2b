public import LeniencyCore

/// The typed rule catalog: everything under `rules/`, decoded and checked.
public struct Catalog: Sendable {
    /// Declared facts, in declaration order.
    public var facts: [FactDefinition] {
        didSet { factIndex = Catalog.index(facts.map(\.name)) }
    }
    /// Position of each fact by name; case decoding looks facts up per value, so a scan would be quadratic.
    private var factIndex: [String: Int]
    /// Violations.
    public var violations: [Violation] {
        didSet { violationIndex = Catalog.index(violations.map(\.code)) }
    }
    /// Position of each violation by code, for the same reason as `factIndex`.
    private var violationIndex: [String: Int]
    /// All versions of all lists.
    public var lists: [LeniencyList]
    /// All versions of all discretion standards.
    public var standards: [DiscretionStandard]
    /// Limitation rules.
    public var limitations: [LimitationRules]
    /// Supervision policies.
    public var policies: [SupervisionPolicy]
    /// Holiday calendars.
    public var calendars: [HolidayCalendar]
    /// General follow-up duties (`kind: duties`).
    public var duties: [DutyRules] = []
    /// Derivation rules (`kind: derivations`).
    public var derivations: [DerivationRules] = []
    /// Administrative divisions and groups (`kind: regions`).
    public var regions: [Region] {
        didSet { regionTable = RegionTable(regions) }
    }
    /// The regions indexed for coverage questions.
    public private(set) var regionTable: RegionTable
    /// Files read, in order.
    public var files: [String]
    /// Citations of lists that did not decode because of an error elsewhere in them, so that lint still reports
    /// every problem of the file (their form, C002) in one run.
    public var unplacedCitations: [UnplacedCitations] = []

    /// Creates a catalog.
    public init(facts: [FactDefinition] = [], violations: [Violation] = [], lists: [LeniencyList] = [],
                standards: [DiscretionStandard] = [], limitations: [LimitationRules] = [],
                policies: [SupervisionPolicy] = [], calendars: [HolidayCalendar] = [], regions: [Region] = [], files: [String] = []) {
        self.facts = facts
        self.factIndex = Catalog.index(facts.map(\.name))
        self.violationIndex = Catalog.index(violations.map(\.code))
        self.violations = violations
        self.lists = lists
        self.standards = standards
        self.limitations = limitations
        self.policies = policies
        self.calendars = calendars
        self.regions = regions
        self.regionTable = RegionTable(regions)
        self.files = files
    }

    /// The fact with a name.
    public func fact(named name: String) -> FactDefinition? { factIndex[name].map { facts[$0] } }

    /// First position of each name (later duplicates are the decoder's R004 to report, not the index's).
    private static func index(_ names: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
        return index
    }

    /// The violation with a code.
    public func violation(code: String) -> Violation? { violationIndex[code].map { violations[$0] } }

    /// Working-day arithmetic over all calendars.
    public var workingDays: WorkingDayCalendar { WorkingDayCalendar(calendars) }
}

/// Citations whose document could not be decoded, with the context a diagnostic names them by.
public struct UnplacedCitations: Sendable {
    /// The citations as written.
    public var citations: [Citation]
    /// Where they stand (`implements` of list X, basis of item Y).
    public var context: Message

    /// Creates the record.
    public init(citations: [Citation], context: Message) {
        self.citations = citations
        self.context = context
    }
}
