import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

/// What auditing one case produced: its own findings plus what the cross-case checks need.
struct CaseAuditResult: Sendable {
    var findings: [AuditFinding] = []
    var history: HistoryEntry
    var claim: FirstOffenceClaim?
    var fineSample: FineSample?
    /// Nil when the case lies outside the audited period.
    var tally: CaseTally?
}

/// The per-case counts the summary adds up.
struct CaseTally: Sendable {
    var engineOutcome: String
    var recordedOutcome: String
    var agency: String
    /// Fine waived by an exemption, by the statutory-minimum convention.
    var waived: Money
    var month: String?
}

/// Checks one case against the rules, the engine's decision and the governing supervision policy.
///
/// Pure and `Sendable`: the audit runs it on many cases at once.
struct CaseAuditor: Sendable {
    let catalog: Catalog
    let engine: Engine
    let options: AuditOptions
    let policies: PolicyResolver
    let evaluator: PolicyConditionEvaluator
    let calendar: WorkingDayCalendar
    let itemsByID: [String: ListItem]
    let violationsByCode: [String: Violation]
    let standardsByID: [String: [DiscretionStandard]]
    /// Items whose conditions use the built-in first-offence test.
    let firstOffenceItems: Set<String>

    init(catalog: Catalog, options: AuditOptions) {
        self.catalog = catalog
        self.engine = Engine(catalog: catalog, options: EngineOptions(presumptions: options.presumptions))
        self.options = options
        self.policies = PolicyResolver(catalog.policies, regions: catalog.regionTable)
        self.evaluator = PolicyConditionEvaluator(catalog: catalog)
        self.calendar = catalog.workingDays
        var items: [String: ListItem] = [:]
        for list in catalog.lists {
            for item in list.items where items[item.id] == nil { items[item.id] = item }
        }
        self.itemsByID = items
        self.firstOffenceItems = Set(items.values.filter { item in
            item.conditions.contains { $0.expression.factNames.contains(firstOffenceFactName) }
        }.map(\.id))
        var violations: [String: Violation] = [:]
        for v in catalog.violations where violations[v.code] == nil { violations[v.code] = v }
        self.violationsByCode = violations
        self.standardsByID = Dictionary(grouping: catalog.standards, by: \.id)
    }

    func audit(_ record: CaseRecord) -> CaseAuditResult {
        let violation = violationsByCode[record.violation]
        let history = HistoryEntry(party: record.party.identityKey, violation: record.violation, category: violation?.category,
                                   date: record.dates.act, caseID: record.id)
        var result = CaseAuditResult(history: history)
        let referenceDate = record.dates.decided ?? record.dates.act
        guard options.inPeriod(referenceDate) else { return result }

        // The checks read outcomes, items, citations and trace statuses, never the prose notes: skip building them.
        let decision = engine.decide(record, on: nil, explain: false)
        var context = CaseContext(record: record, decision: decision, violation: violation, date: referenceDate)
        context.statutory = statutoryRange(record, decision: decision)
        context.policy = policies.policy(region: record.region, agency: record.agency, on: referenceDate)

        checkLeniency(&context)
        checkDiscretion(&context)
        checkProcedure(&context)
        result.findings = context.findings
        result.claim = firstOffenceClaim(context)
        result.fineSample = fineSample(context)
        result.tally = CaseTally(engineOutcome: decision.outcome.rawValue,
                                 recordedOutcome: record.decision?.outcome?.rawValue ?? "none",
                                 agency: record.agency,
                                 waived: record.decision?.outcome == .noPenalty ? (context.statutory?.min ?? .zero) : .zero,
                                 month: Self.month(referenceDate))
        return result
    }

    static func month(_ date: CivilDate) -> String {
        String(date.description.prefix(7))
    }

    // MARK: - Statutory range

    /// The statutory minimum and maximum for the case, from the standard the engine used or the one in force.
    func statutoryRange(_ record: CaseRecord, decision: Decision) -> (min: Money, max: Money)? {
        let standard: DiscretionStandard?
        if let fine = decision.fine {
            standard = standardsByID[fine.standardID]?.first { $0.validity.effective == fine.standardEffective }
        } else {
            let date = record.dates.act
            standard = catalog.standards.first { $0.violations.contains(record.violation) && $0.validity.contains(date) }
                ?? catalog.standards.first { $0.violations.contains(record.violation) && record.dates.decided.map($0.validity.contains) == true }
        }
        guard let standard else { return nil }
        switch standard.statutory {
        case .amounts(let lo, let hi):
            return (lo, hi)
        case .multiples(let basis, let lo, let hi):
            guard let base = money(named: basis, in: record) else { return nil }
            return (base.multiplied(by: lo, roundingUp: true), base.multiplied(by: hi))
        }
    }

    private func money(named name: String, in record: CaseRecord) -> Money? {
        record.money(named: name, catalog: catalog)
    }
}

/// Everything the checks of one case share, and the findings they add.
struct CaseContext {
    let record: CaseRecord
    let decision: Decision
    let violation: Violation?
    /// Decision date, else act date.
    let date: CivilDate
    var statutory: (min: Money, max: Money)?
    var policy: SupervisionPolicy?
    var findings: [AuditFinding] = []

    init(record: CaseRecord, decision: Decision, violation: Violation?, date: CivilDate) {
        self.record = record
        self.decision = decision
        self.violation = violation
        self.date = date
    }

    /// Whether the recorded decision imposed a penalty: by its outcome, else by a fine or penalty kind.
    var penalised: Bool {
        guard let recorded = record.decision else { return false }
        if let outcome = recorded.outcome { return outcome != .noPenalty }
        return (recorded.fine ?? .zero) > .zero || !recorded.penaltyKinds.isEmpty
    }

    /// True when `codes` already fired for this case.
    func fired(_ codes: AuditCode...) -> Bool { findings.contains { codes.contains($0.code) } }

    mutating func add(_ code: AuditCode, _ message: Message, evidence: [Evidence], basis: [String]) {
        findings.append(AuditFinding(code: code, subject: .case(record.id), location: record.location, message: message,
                                     evidence: evidence, basis: Self.unique(basis), agency: record.agency,
                                     officers: record.officers.map(\.name), date: date))
    }

    /// The violation's 处罚依据.
    var penaltyBasis: [String] { violation?.penaltyBasis.map(\.text) ?? [] }

    /// Citations of a policy rule, else the policy's 文号.
    func policyBasis(_ rule: String) -> [String] {
        guard let policy else { return [] }
        let cited = policy.basis[rule]?.map(\.text) ?? []
        return cited.isEmpty ? ["\(policy.info.title)（\(policy.info.document)）"] : cited
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
