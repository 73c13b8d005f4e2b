public import LeniencyCatalog
public import LeniencyCore

/// What `leniency diff` found between two versions of the rules: per document, what changed and, for changes that can
/// change decisions, witness cases the two versions decide differently.
public struct CatalogDiff: Sendable {
    /// How the old rules were named on the command line (`rules-2023/`, `main:rules`).
    public var oldLabel: String
    /// How the new rules were named.
    public var newLabel: String
    /// The documents that changed, in a stable order (kind, then id).
    public var documents: [DocumentDiff]

    /// Creates a diff.
    public init(oldLabel: String, newLabel: String, documents: [DocumentDiff]) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.documents = documents
    }

    /// Every change, with its document.
    public var allChanges: [(document: DocumentDiff, change: DiffChange)] {
        documents.flatMap { document in document.changes.map { (document, $0) } }
    }

    /// True when some witness case is decided differently by the two versions.
    public var decisionsChange: Bool { allChanges.contains { $0.change.witnesses.contains(where: \.verified) } }
}

/// The kinds of rule document a diff reports on.
public enum DiffDocumentKind: String, Sendable, Hashable, CaseIterable {
    case list
    case standard
    case limitation
    case policy
    case facts
    case violations
    case derivations
    case regions
    case calendar
}

/// One rule document (all versions of a list, standard, policy, …, or the fact vocabulary) and what changed in it.
public struct DocumentDiff: Sendable {
    /// What kind of document.
    public var kind: DiffDocumentKind
    /// Its id (a list or standard id, a calendar year; `facts` / `violations` for the vocabularies).
    public var id: String
    /// Its title in the new rules, else in the old.
    public var title: String
    /// Its 文号 in the new rules, else in the old (empty when it has none).
    public var document: String
    /// What changed, in document order.
    public var changes: [DiffChange]

    /// Creates a document diff.
    public init(kind: DiffDocumentKind, id: String, title: String, document: String = "", changes: [DiffChange]) {
        self.kind = kind
        self.id = id
        self.title = title
        self.document = document
        self.changes = changes
    }
}

/// What one change is about. Raw values are stable: they are the `kind` of JSON output.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    // Whole documents and versions.
    case documentAdded = "document-added"
    case documentRemoved = "document-removed"
    case versionAdded = "version-added"
    case versionRemoved = "version-removed"
    case effectiveChanged = "effective-changed"
    case expiryChanged = "expiry-changed"
    // Document information (wording; decisions cite it).
    case titleChanged = "title-changed"
    case issuerChanged = "issuer-changed"
    case documentNumberChanged = "document-number-changed"
    case regionChanged = "region-changed"
    case implementsChanged = "implements-changed"
    // Lists.
    case listKindChanged = "list-kind-changed"
    case hitPolicyChanged = "hit-policy-changed"
    case scopeChanged = "scope-changed"
    case itemAdded = "item-added"
    case itemRemoved = "item-removed"
    case itemRetitled = "item-retitled"
    case itemMoved = "item-moved"
    case itemViolationsChanged = "item-violations-changed"
    case conditionsChanged = "conditions-changed"
    case conditionsReworded = "conditions-reworded"
    case firstOffenceChanged = "first-offence-changed"
    case mandatoryChanged = "mandatory-changed"
    case outcomeChanged = "outcome-changed"
    case alsoAllowsChanged = "also-allows-changed"
    case followUpChanged = "follow-up-changed"
    case basisChanged = "basis-changed"
    case unverifiedChanged = "unverified-changed"
    // Discretion standards.
    case standardViolationsChanged = "standard-violations-changed"
    case statutoryRangeChanged = "statutory-range-changed"
    case modelChanged = "model-changed"
    case splitChanged = "split-changed"
    case boundaryChanged = "boundary-changed"
    case tierAdded = "tier-added"
    case tierRemoved = "tier-removed"
    case tierConditionsChanged = "tier-conditions-changed"
    case tierConditionsReworded = "tier-conditions-reworded"
    case bandChanged = "band-changed"
    // Limitation periods.
    case periodAdded = "period-added"
    case periodRemoved = "period-removed"
    case periodChanged = "period-changed"
    // Supervision policies and calendars (they change audits, not decisions).
    case policyRuleChanged = "policy-rule-changed"
    case calendarChanged = "calendar-changed"
    // Vocabularies.
    case factAdded = "fact-added"
    case factRemoved = "fact-removed"
    case factChanged = "fact-changed"
    case presumptionChanged = "presumption-changed"
    case violationAdded = "violation-added"
    case violationRemoved = "violation-removed"
    case violationChanged = "violation-changed"
    // Derived facts and regions.
    case derivationAdded = "derivation-added"
    case derivationRemoved = "derivation-removed"
    case derivationChanged = "derivation-changed"
    case regionAdded = "region-added"
    case regionRemoved = "region-removed"
    case regionDefinitionChanged = "region-definition-changed"

    /// True for changes that can change how a case is decided (a witness is searched for them); false for wording,
    /// citations and supervision rules.
    public var canChangeDecisions: Bool {
        switch self {
        case .titleChanged, .issuerChanged, .documentNumberChanged, .regionChanged, .implementsChanged, .itemRetitled,
             .conditionsReworded, .tierConditionsReworded, .basisChanged, .unverifiedChanged, .policyRuleChanged,
             .calendarChanged, .violationAdded, .factAdded, .itemMoved, .regionAdded:
            false
        default:
            true
        }
    }
}

/// A value shown on either side of a change; the renderer puts it into words in the reader's language.
public enum DiffValue: Sendable, Hashable {
    /// Shown as it is: ids, titles, citations, 文号, expressions, numbers.
    case text(String)
    /// A date; nil = none (no expiry).
    case date(CivilDate?)
    /// 应当 (true) / 可以 (false).
    case mandatory(Bool)
    /// An outcome; nil = none (a no-coercion item).
    case outcome(Outcome?)
    /// A first-offence test.
    case firstOffence(FirstOffenceRule)
    /// Follow-up duties.
    case followUp(FollowUp)
    /// Several values (codes, citations, outcomes), each shown as it is.
    case items([String])
    /// Conditions (all must hold) and exclusions (none may hold), as written.
    case conditions(all: [ConditionText], except: [ConditionText])
}

/// A condition as the rule file writes it: the expression and the label explanations use.
public struct ConditionText: Sendable, Hashable {
    /// The expression source.
    public var source: String
    /// The label, if the rule gives one.
    public var label: String?

    /// The text of a condition.
    public init(_ condition: Condition) {
        source = condition.source
        label = condition.label
    }
}

/// How two versions of a condition set compare, as the constraint search found.
public enum ConditionVerdict: String, Sendable, Hashable, CaseIterable {
    /// Proved: no case tells the two apart (the change is wording only).
    case equivalent
    /// Some case meets the old conditions but not the new, none the other way: the item now applies to fewer cases.
    case narrowed
    /// Some case meets the new conditions but not the old, none the other way.
    case widened
    /// Cases exist each way.
    case changed
    /// The search ran out of budget before an answer.
    case undecided
}

/// One change in a document.
public struct DiffChange: Sendable {
    /// What changed.
    public var kind: ChangeKind
    /// The effective date of the version it concerns (the new one when both exist).
    public var version: CivilDate?
    /// The item, tier, period, rule, fact or violation it concerns; nil for the document itself.
    public var subject: String?
    /// The field of the subject that changed, where the kind leaves it open (`category` of a violation, `quiet_days`
    /// of a policy, `years` of a limitation period).
    public var field: String?
    /// The old value, if there is one to show.
    public var old: DiffValue?
    /// The new value.
    public var new: DiffValue?
    /// For condition changes: what the constraint search proved.
    public var verdict: ConditionVerdict?
    /// Cases decided differently by the two versions because of this change (verified by deciding them with both).
    public var witnesses: [Witness]
    /// Where the change is in the new rules (in the old rules for what was removed).
    public var location: SourceLocation?
    /// True when witness cases were searched for this change (so an empty `witnesses` means none was found).
    public var witnessSearched = false

    /// Creates a change.
    public init(kind: ChangeKind, version: CivilDate? = nil, subject: String? = nil, field: String? = nil, old: DiffValue? = nil,
                new: DiffValue? = nil, verdict: ConditionVerdict? = nil, witnesses: [Witness] = []) {
        self.kind = kind
        self.version = version
        self.subject = subject
        self.field = field
        self.old = old
        self.new = new
        self.verdict = verdict
        self.witnesses = witnesses
    }
}
