import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// What the cross-case first-offence check keeps of every case: small, so memory grows with the corpus index only.
struct HistoryEntry: Sendable {
    /// `Party.identityKey`.
    var party: String
    /// Violation code.
    var violation: String
    /// The violation's category, if declared.
    var category: String?
    /// Act date.
    var date: CivilDate
    /// Case number.
    var caseID: String
}

/// A case the agency treated as a first offence, to be checked against the whole corpus.
struct FirstOffenceClaim: Sendable {
    /// The case.
    var entry: HistoryEntry
    /// Window and same-kind rule of the item relied on (or the default).
    var window: String
    /// `violation`, `category` or `any`.
    var sameKind: String
    /// The item whose test was relied on, if any.
    var item: String?
    /// Where the case is.
    var location: SourceLocation
    /// Agency.
    var agency: String
    /// Officer names.
    var officers: [String]
    /// Citations of the item.
    var basis: [String]
    /// The decision date, for monthly charts.
    var decided: CivilDate?
}

/// One fine for the similar-cases (类案不同罚) comparison.
struct FineSample: Sendable {
    /// `violation|tier`.
    var group: String
    /// Violation code.
    var violation: String
    /// Engine tier.
    var tier: String
    /// Fine in fen.
    var fen: Int64
    /// Case number.
    var caseID: String
    /// Where the case is.
    var location: SourceLocation
    /// Agency.
    var agency: String
    /// Officer names.
    var officers: [String]
    /// Decision (else act) date.
    var date: CivilDate
    /// The screening rule of the case's governing policies and its citations; nil when none gives one.
    var rule: SimilarCaseScreening?
}

/// A 类案不同罚 screening rule as one case's governing policies give it, with the citations of the policy it comes from.
struct SimilarCaseScreening: Sendable, Hashable {
    var rule: SimilarCaseRule
    var basis: [String]
    /// The rule's number among the distinct rules of the resolver that gave it (`GoverningPolicies.similarCases`), so an
    /// accumulator can intern it without hashing it; -1 when not numbered. Not part of the rule's identity.
    var number = -1

    init(rule: SimilarCaseRule, basis: [String]) {
        self.rule = rule
        self.basis = basis
    }

    static func == (a: Self, b: Self) -> Bool { a.rule == b.rule && a.basis == b.basis }

    func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(basis)
    }
}
