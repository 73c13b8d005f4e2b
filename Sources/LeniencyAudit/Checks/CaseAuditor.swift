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
    /// The case's fine under its act identity, for 一事不二罚款 (A801); nil without `act_id`.
    var actFine: ActFine?
    /// Nil when the case lies outside the audited period.
    var tally: CaseTally?
}

/// The per-case counts the summary adds up.
struct CaseTally: Sendable {
    var engineOutcome: String
    var recordedOutcome: String
    var agency: String
    /// The case in the province's own terms (免予处罚, 减轻, 从轻, 不予强制), with amounts.
    var leniency: LeniencyFigures
    /// Region as the file gives it (empty when not recorded).
    var region: String
    var month: String
    var year: String
    /// The groups of fields the file does not record (`AuditStatistics.notRecorded` keys).
    var notRecorded: [String]
}

/// Checks one case against the rules, the engine's decision and the governing supervision policy.
///
/// Pure and `Sendable`: the audit runs it on many cases at once.
struct CaseAuditor: Sendable {
    let catalog: Catalog
    let engine: Engine
    /// The fast path over the same rules; the explaining `engine` decides what it declines and what needs a trace.
    let compiled: CompiledEngine
    let options: AuditOptions
    let policies: PolicyResolver
    let evaluator: PolicyConditionEvaluator
    let calendar: WorkingDayCalendar
    let counting: PeriodCounting
    let itemsByID: [String: ListItem]
    let violationsByCode: [String: Violation]
    /// Items whose conditions use the built-in first-offence test.
    let firstOffenceItems: Set<String>

    init(catalog: Catalog, options: AuditOptions) {
        self.catalog = catalog
        self.engine = Engine(catalog: catalog, options: EngineOptions(presumptions: options.presumptions))
        self.compiled = engine.compiled()
        self.options = options
        self.policies = PolicyResolver(catalog.policies, regions: catalog.regionTable)
        self.evaluator = PolicyConditionEvaluator(catalog: catalog)
        self.calendar = catalog.workingDays
        self.counting = PeriodCounting(calendar: catalog.workingDays)
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
    }

    func audit(_ record: CaseRecord) -> CaseAuditResult {
        var compact = CompactCase()
        var scratch = CompiledScratch()
        return audit(record, compact: &compact, scratch: &scratch)
    }

    /// Audits one case; `compact` and `scratch` are the calling thread's buffers for the compiled fast path. With
    /// `scanned`, `compact` already holds the case (the JSON Lines scanner read it there) and is not filled again.
    func audit(_ record: CaseRecord, compact: inout CompactCase, scanned: Bool = false, scratch: inout CompiledScratch) -> CaseAuditResult {
        let violation = violationsByCode[record.violation]
        let history = HistoryEntry(party: record.party.identityKey, violation: record.violation, category: violation?.category,
                                   date: record.dates.act, caseID: record.id)
        var result = CaseAuditResult(history: history)
        let referenceDate = record.dates.decided ?? record.dates.act
        result.actFine = actFine(record, date: referenceDate)
        guard options.inPeriod(referenceDate) else { return result }

        // The checks read outcomes, items and citations: the compiled fast path gives them without a trace. A conflict, a
        // time-barred case (A407 cites the limitation period's trace) and an exemption the facts do not support (A102
        // names the exclusion that held) take the explaining engine, without the prose notes.
        let decision: Decision
        let slotted = scanned || compact.fill(from: record, layout: compiled.layout)
        if slotted, let fast = compiled.decide(compact, scratch: &scratch), !fast.conflict,
           !(record.decision?.outcome == .noPenalty && fast.outcome != .noPenalty && fast.outcome != .undetermined) {
            decision = compiled.decision(fast, caseID: record.id, violation: record.violation, scratch: scratch)
        } else {
            decision = engine.decide(record, on: nil, explain: false)
        }
        var context = CaseContext(record: record, decision: decision, violation: violation, date: referenceDate)
        context.statutory = engine.statutoryRange(for: record, decision: decision)
        context.policies = policies.layers(region: record.region, agency: record.agency, on: referenceDate)

        checkLeniency(&context)
        checkDiscretion(&context)
        checkProcedure(&context)
        checkPenaltyProcedure(&context)
        checkCoercion(&context)
        checkPayment(&context)
        result.findings = context.findings
        result.claim = firstOffenceClaim(context)
        result.fineSample = fineSample(context)
        result.tally = CaseTally(engineOutcome: decision.outcome.rawValue,
                                 recordedOutcome: record.decision?.outcome?.rawValue ?? "none",
                                 agency: record.agency,
                                 leniency: leniencyFigures(context, withoutLeniency: {
                                     // The compiled program answers from the slots when it can (the explaining engine's
                                     // answer cost a third of an exempted case's audit).
                                     if slotted, let answer = compiled.fineWithoutLeniency(compact, decisionFine: decision.fine, scratch: &scratch) {
                                         return answer
                                     }
                                     return engine.fineWithoutLeniency(for: record, decision: decision)
                                 }),
                                 region: record.region ?? "",
                                 month: Self.month(referenceDate), year: String(referenceDate.year),
                                 notRecorded: Self.notRecorded(record) + context.notRecorded)
        return result
    }

    static func month(_ date: CivilDate) -> String {
        String(date.description.prefix(7))
    }

    /// The groups of procedure fields a case file leaves out: unknown, never a fault (`AuditStatistics.notRecorded`).
    static func notRecorded(_ record: CaseRecord) -> [String] {
        var missing: [String] = []
        let p = record.procedure
        if p?.kind == nil { missing.append("procedure.kind") }
        if p?.notified == nil { missing.append("procedure.notified") }
        if p?.legalReview == nil { missing.append("procedure.legal_review") }
        if p?.investigations == nil { missing.append("procedure.investigations") }
        if record.coerciveMeasures == nil { missing.append("coercive_measures") }
        if record.decision?.coercion == nil { missing.append("decision.coercion") }
        if record.payment == nil { missing.append("payment") }
        if record.actID == nil { missing.append("act_id") }
        return missing
    }
}

/// Everything the checks of one case share, and the findings they add.
struct CaseContext {
    let record: CaseRecord
    let decision: Decision
    let violation: Violation?
    /// Decision date, else act date.
    let date: CivilDate
    /// The statutory range of the case's violation (the engine's `statutoryRange`).
    var statutory: StatutoryBounds?
    /// The policies that govern the case, most specific first.
    var policies = GoverningPolicies(layers: [])
    var findings: [AuditFinding] = []
    /// "Not recorded" groups a check found it could not judge (`AuditStatistics.notRecorded` keys).
    var notRecorded: [String] = []

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

    /// A rule of the governing policies: its value, the policy that gives it, and the citations of `key` there.
    func rule<T>(_ key: String, _ value: (SupervisionPolicy) -> T?) -> PolicyRule<T>? {
        guard let found = policies.rule(value) else { return nil }
        return PolicyRule(value: found.value, policy: found.policy, key: key)
    }

    static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}

/// A rule read from the governing policies. Its citations are looked up only when a finding cites them: most cases
/// meet every rule, and the look-up cost more than the check.
struct PolicyRule<T> {
    let value: T
    let policy: SupervisionPolicy
    let key: String

    /// The citations of the rule in its policy (`GoverningPolicies.basis`).
    var basis: [String] { GoverningPolicies.basis(key, of: policy) }
}
