import LeniencyCore

/// The typed rule catalog: everything under `rules/`, decoded and checked.
public struct Catalog: Sendable {
    /// Declared facts, in declaration order.
    public var facts: [FactDefinition]
    /// Violations.
    public var violations: [Violation]
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
    /// Files read, in order.
    public var files: [String]

    /// Creates a catalog.
    public init(facts: [FactDefinition] = [], violations: [Violation] = [], lists: [LeniencyList] = [],
                standards: [DiscretionStandard] = [], limitations: [LimitationRules] = [],
                policies: [SupervisionPolicy] = [], calendars: [HolidayCalendar] = [], files: [String] = []) {
        self.facts = facts
        self.violations = violations
        self.lists = lists
        self.standards = standards
        self.limitations = limitations
        self.policies = policies
        self.calendars = calendars
        self.files = files
    }

    /// The fact with a name.
    public func fact(named name: String) -> FactDefinition? { facts.first { $0.name == name } }

    /// The violation with a code.
    public func violation(code: String) -> Violation? { violations.first { $0.code == code } }

    /// Working-day arithmetic over all calendars.
    public var workingDays: WorkingDayCalendar { WorkingDayCalendar(calendars) }
}
