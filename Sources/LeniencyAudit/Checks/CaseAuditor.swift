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

/// The per-case counts the summary adds up, without strings but the record's own (the accumulator counts by number).
struct CaseTally: Sendable {
    var engineOutcome: DecisionOutcome
    /// Nil when the file records no outcome (`none`).
    var recordedOutcome: Outcome?
    var agency: String
    /// The case in the province's own terms (免予处罚, 减轻, 从轻, 不予强制), with amounts.
    var leniency: LeniencyFigures
    /// Region as the file gives it (empty when not recorded).
    var region: String
    /// Decision (else act) date.
    var date: CivilDate
    /// The groups of fields the file does not record, as bits of `CaseTally.notRecordedGroups`.
    var notRecorded: UInt16

    /// The `AuditStatistics.notRecorded` keys, by bit.
    static let notRecordedGroups = ["procedure.kind", "procedure.notified", "procedure.legal_review", "procedure.investigations",
                                    "coercive_measures", "decision.coercion", "payment", "act_id", CaseAuditor.measureEndNotRecorded]
}

/// One thread's buffers for auditing cases one after another: the compiled engine's scratch and the decisions'
/// citations built so far.
struct CaseAuditScratch {
    var compiled = CompiledScratch()
    var basis = DecisionBasisCache()
    /// The last region looked up and its `RegionTable` index: the cases of an export mostly share a region, and
    /// comparing the name's bytes costs half the look-up (which hashed the name: about 930 instructions a case).
    var region: (name: String, index: Int?)?

    /// The region's index, from the last look-up when the name is the same.
    mutating func regionIndex(_ name: String?, policies: PolicyResolver) -> Int? {
        guard var name else { return nil }
        if var last = region?.name, Self.sameBytes(&last, &name), let found = region { return found.index }
        let index = policies.regionIndex(name)
        region = (name, index)
        return index
    }

    private static func sameBytes(_ a: inout String, _ b: inout String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
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
    /// List items by id, each behind a reference (a first-offence claim reads its item; copying one cost about 500
    /// instructions a case).
    let itemsByID: [String: Shared<ListItem>]
    /// Violations by code, each behind a reference: the context holds the case's violation, and copying the struct
    /// (and destroying the copies) cost about 1,400 instructions a case.
    let violationsByCode: [String: Shared<Violation>]
    /// Items whose conditions use the built-in first-offence test.
    let firstOffenceItems: Set<String>
    /// The compiled program's slots (`CompiledEngine.layout` copies it on every read).
    let layout: CaseSlotLayout
    /// Every version of each list, in catalog order (A103, A105 ask for the cited list's versions on every case).
    let listVersions: [String: [LeniencyList]]
    /// The `RegionTable` indexes of each list's versions' regions, for A105; only for a list whose every version
    /// declares a known region (any other list is never outside a case's region).
    let listScopes: [String: [Int]]
    /// Violations some discretion standard gives a multiple-based statutory range (its basis is read from the facts).
    let multipleBased: Set<String>
    /// The facts bound to a case field (`source:`), in catalog order, for policy conditions.
    let sourceBound: [String: [FactSource]]

    init(catalog: Catalog, options: AuditOptions) {
        self.catalog = catalog
        self.engine = Engine(catalog: catalog, options: EngineOptions(presumptions: options.presumptions))
        self.compiled = engine.compiled()
        self.options = options
        self.policies = PolicyResolver(catalog.policies, regions: catalog.regionTable)
        self.evaluator = PolicyConditionEvaluator(catalog: catalog)
        self.calendar = catalog.workingDays
        self.counting = PeriodCounting(calendar: catalog.workingDays)
        var items: [String: Shared<ListItem>] = [:]
        for list in catalog.lists {
            for item in list.items where items[item.id] == nil { items[item.id] = Shared(item) }
        }
        self.itemsByID = items
        self.firstOffenceItems = Set(items.values.map(\.value).filter { item in
            item.conditions.contains { $0.expression.factNames.contains(firstOffenceFactName) }
        }.map(\.id))
        var violations: [String: Shared<Violation>] = [:]
        for v in catalog.violations where violations[v.code] == nil { violations[v.code] = Shared(v) }
        self.violationsByCode = violations
        self.layout = compiled.layout
        var versions: [String: [LeniencyList]] = [:]
        for list in catalog.lists { versions[list.id, default: []].append(list) }
        self.listVersions = versions
        self.listScopes = versions.compactMapValues { lists in
            let scopes = lists.compactMap { $0.info.region.flatMap(catalog.regionTable.index(of:)) }
            return scopes.count == lists.count ? scopes : nil
        }
        var multiple = Set<String>()
        for standard in catalog.standards {
            if case .multiples = standard.statutory { multiple.formUnion(standard.violations) }
        }
        self.multipleBased = multiple
        var bound: [String: [FactSource]] = [:]
        for fact in catalog.facts { if let source = fact.source { bound[fact.name, default: []].append(source) } }
        self.sourceBound = bound
    }

    func audit(_ record: CaseRecord) -> CaseAuditResult {
        var compact = CompactCase()
        var scratch = CaseAuditScratch()
        return audit(record, compact: &compact, scratch: &scratch)
    }

    /// Audits one case; `compact` and `scratch` are the calling thread's buffers for the compiled fast path. With
    /// `scanned`, `compact` already holds the case (the JSON Lines scanner read it there) and is not filled again, and
    /// `record` has no `facts` (`CompactCase.caseRecord(facts: false)`): they are read from the slots, and the record's
    /// dictionary is built only for the explaining engine.
    func audit(_ record: CaseRecord, compact: inout CompactCase, scanned: Bool = false, scratch: inout CaseAuditScratch) -> CaseAuditResult {
        var record = record
        var factsMissing = scanned
        let violation = violationsByCode[record.violation]
        let history = HistoryEntry(party: record.party.identityKey, violation: record.violation, category: violation?.value.category,
                                   date: record.dates.act, caseID: record.id)
        var result = CaseAuditResult(history: history)
        let referenceDate = record.dates.decided ?? record.dates.act
        result.actFine = actFine(record, date: referenceDate)
        guard options.inPeriod(referenceDate) else { return result }

        // The checks read outcomes, items and citations: the compiled fast path gives them without a trace. A conflict, a
        // time-barred case (A407 cites the limitation period's trace) and an exemption the facts do not support (A102
        // names the exclusion that held) take the explaining engine, without the prose notes.
        // The decision goes to the context's `consuming` initialiser (with the follow-ups' citations when A408 needs
        // them) and is read from there only; mutated on the way in, it was copied and the original released.
        var context: CaseContext
        let missingFollowUps: [FollowUp.Duty]
        let slotted = scanned || compact.fill(from: record, layout: layout)
        if slotted, let fast = compiled.decide(compact, scratch: &scratch.compiled), !fast.conflict,
           !(record.decision?.outcome == .noPenalty && fast.outcome != .noPenalty && fast.outcome != .undetermined) {
            let decided = compiled.decision(fast, caseID: record.id, violation: record.violation, scratch: scratch.compiled,
                                            followUpBasis: false, presumedAndDerived: false, basisCache: &scratch.basis,
                                            violationID: Int(compact.violation))
            // The citations of the follow-ups are read only by A408, for a follow-up the file leaves out.
            missingFollowUps = Self.missingFollowUps(record, decided)
            if missingFollowUps.isEmpty {
                context = CaseContext(record: record, decision: decided, violation: violation, date: referenceDate)
            } else {
                var withBasis = decided
                withBasis.followUpBasis = compiled.followUpBasis(fast, scratch: scratch.compiled)
                context = CaseContext(record: record, decision: withBasis, violation: violation, date: referenceDate)
            }
        } else {
            if factsMissing { record.facts = compact.facts(layout: layout); factsMissing = false }
            context = CaseContext(record: record, decision: engine.decide(record, on: nil, explain: false), violation: violation,
                                  date: referenceDate)
            missingFollowUps = Self.missingFollowUps(record, context.decision)
        }
        // Only the fine of a penalised case and a recorded 减轻 are held against the statutory range (A301, A302, fine
        // samples, the mitigated amount); finding the reference standard cost a twentieth of a case's audit, and most
        // exemptions record a fine of 0. A multiple-based range reads its basis from the facts.
        if let recorded = record.decision, recorded.outcome == .mitigated || (context.penalised && recorded.fine != nil) {
            if multipleBased.contains(record.violation), factsMissing {
                record.facts = compact.facts(layout: layout)
                factsMissing = false
                context = CaseContext(record: record, decision: context.decision, violation: violation, date: referenceDate)
            }
            context.statutory = engine.statutoryRange(for: record, decision: context.decision)
        }
        context.missingFollowUps = missingFollowUps
        if factsMissing { context.slots = (compact.slots, compact.text) }
        context.regionIndex = scratch.regionIndex(record.region, policies: policies)
        context.policies = policies.layers(regionIndex: context.regionIndex, on: referenceDate)

        checkLeniency(context)
        checkDiscretion(context)
        checkProcedure(context)
        checkPenaltyProcedure(context)
        checkCoercion(context)
        checkPayment(context)
        result.findings = context.findings
        result.claim = firstOffenceClaim(context)
        result.fineSample = fineSample(context)
        result.tally = CaseTally(engineOutcome: context.decision.outcome,
                                 recordedOutcome: record.decision?.outcome,
                                 agency: record.agency,
                                 leniency: leniencyFigures(context, withoutLeniency: { auditor in
                                     // The compiled program answers from the slots when it can (the explaining engine's
                                     // answer cost a third of an exempted case's audit).
                                     if slotted, let answer = auditor.compiled.fineWithoutLeniency(compact, decisionFine: context.decision.fine, scratch: &scratch.compiled) {
                                         return answer
                                     }
                                     if factsMissing { record.facts = compact.facts(layout: auditor.layout); factsMissing = false }
                                     return auditor.engine.fineWithoutLeniency(for: record, decision: context.decision)
                                 }),
                                 region: record.region ?? "",
                                 date: referenceDate,
                                 notRecorded: Self.notRecorded(record, context.notRecorded))
        return result
    }

    static func month(_ date: CivilDate) -> String {
        String(date.description.prefix(7))
    }

    /// The groups of procedure fields a case file leaves out: unknown, never a fault (`AuditStatistics.notRecorded`).
    /// As bits of `CaseTally.notRecordedGroups`; `found` are the groups the checks added (`CaseContext.notRecorded`).
    static func notRecorded(_ record: CaseRecord, _ found: [String]) -> UInt16 {
        var missing: UInt16 = 0
        let p = record.procedure
        if p?.kind == nil { missing |= 1 }
        if p?.notified == nil { missing |= 1 << 1 }
        if p?.legalReview == nil { missing |= 1 << 2 }
        if p?.investigations == nil { missing |= 1 << 3 }
        if record.coerciveMeasures == nil { missing |= 1 << 4 }
        if record.decision?.coercion == nil { missing |= 1 << 5 }
        if record.payment == nil { missing |= 1 << 6 }
        if record.actID == nil { missing |= 1 << 7 }
        for group in found {
            if let bit = CaseTally.notRecordedGroups.firstIndex(of: group) { missing |= 1 << UInt16(bit) }
        }
        return missing
    }
}

/// Everything the checks of one case share, and the findings they add.
///
/// A class: the checks take it one after another, and as a struct passed `inout` it was copied with the record and
/// the decision it holds (about 2,500 instructions a case in copies and their releases).
final class CaseContext {
    let record: CaseRecord
    /// The engine's decision. A `let`: the checks read it in place (reading a `var` of a class copied it).
    let decision: Decision
    /// The case's violation (`violation` reads it).
    let violationRef: Shared<Violation>?
    /// Decision date, else act date.
    let date: CivilDate
    /// The statutory range of the case's violation (the engine's `statutoryRange`).
    var statutory: StatutoryBounds?
    /// The `RegionTable` index of the case's region; nil without a region or for an undeclared one.
    var regionIndex: Int?
    /// The policies that govern the case, most specific first.
    var policies = GoverningPolicies(layers: [])
    var findings: [AuditFinding] = []
    /// "Not recorded" groups a check found it could not judge (`AuditStatistics.notRecorded` keys).
    var notRecorded: [String] = []
    /// The engine's outcome as a recorded outcome (`DecisionOutcome.outcome` parses its spelling on every call).
    let engineOutcome: Outcome?
    /// The follow-ups owed and not on file (`CaseAuditor.missingFollowUps`), for A408.
    var missingFollowUps: [FollowUp.Duty] = []
    /// A scanned case's slots and text when `record.facts` was left empty (`CaseAuditor.policyValue(_:record:slots:)` reads them).
    var slots: (values: [SlotValue], text: [UInt8])?

    init(record: CaseRecord, decision: consuming Decision, violation: Shared<Violation>?, date: CivilDate) {
        self.record = record
        self.engineOutcome = Self.catalogOutcome(decision.outcome)
        self.decision = decision
        self.violationRef = violation
        self.date = date
    }

    /// The catalog outcome of each `DecisionOutcome`, by `allCases` position (`DecisionOutcome.outcome` parses its
    /// spelling on every call).
    static let catalogOutcomes: [Outcome?] = DecisionOutcome.allCases.map(\.outcome)

    /// `outcome.outcome`, from `catalogOutcomes`.
    static func catalogOutcome(_ outcome: DecisionOutcome) -> Outcome? {
        DecisionOutcome.allCases.firstIndex(of: outcome).flatMap { catalogOutcomes[$0] }
    }

    /// The case's violation, if the catalog declares it.
    var violation: Violation? { violationRef?.value }

    /// Whether the recorded decision imposed a penalty: by its outcome, else by a fine or penalty kind.
    var penalised: Bool {
        guard let recorded = record.decision else { return false }
        if let outcome = recorded.outcome { return outcome != .noPenalty }
        return (recorded.fine ?? .zero) > .zero || !recorded.penaltyKinds.isEmpty
    }

    /// True when `codes` already fired for this case.
    func fired(_ codes: AuditCode...) -> Bool { findings.contains { codes.contains($0.code) } }

    func add(_ code: AuditCode, _ message: Message, evidence: [Evidence], basis: [String]) {
        findings.append(AuditFinding(code: code, subject: .case(record.id), location: record.location, message: message,
                                     evidence: evidence, basis: Self.unique(basis), agency: record.agency,
                                     officers: record.officers.map(\.name), date: date))
    }

    /// The violation's 处罚依据.
    var penaltyBasis: [String] { violationRef?.value.penaltyBasis.map(\.text) ?? [] }

    /// A rule of the governing policies: its value, the policy that gives it, and the citations of `key` there.
    func rule<T>(_ key: String, _ value: (SupervisionPolicy) -> T?) -> PolicyRule<T>? {
        guard let found = policies.ruleIndex(value) else { return nil }
        return PolicyRule(value: found.value, policies: policies, index: found.index, key: key)
    }

    static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}

/// A catalog value (a violation, a list item) behind a reference, so that handing it to a case's checks is one retain
/// rather than a copy of its strings and arrays.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}

/// A rule read from the governing policies. Its citations are looked up only when a finding cites them: most cases
/// meet every rule, and the look-up cost more than the check.
struct PolicyRule<T> {
    let value: T
    /// The layers the rule was read from and the position of its policy there (the policy is copied only for a finding).
    let policies: GoverningPolicies
    let index: Int
    let key: String

    /// The policy that gives the rule.
    var policy: SupervisionPolicy { policies.layers[index] }

    /// The citations of the rule in its policy (`GoverningPolicies.basis`).
    var basis: [String] { GoverningPolicies.basis(key, of: policy) }
}
