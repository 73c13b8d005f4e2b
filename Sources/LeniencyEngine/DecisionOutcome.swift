public import LeniencyCatalog

/// The outcome of a decision: the five penalty outcomes, or undetermined while facts are missing.
public enum DecisionOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    case noPenalty = "no-penalty"
    case mitigated
    case lighter
    case standard
    case heavier
    case undetermined
    /// The facts do not make out the violation (a violation element fails): nothing to penalise or exempt.
    case noViolation = "no-violation"

    /// The decided outcome as a catalog `Outcome`; nil while undetermined.
    public var outcome: Outcome? { Outcome(rawValue: rawValue) }

    /// The decision outcome for a catalog outcome.
    public init(_ outcome: Outcome) {
        switch outcome {
        case .noPenalty: self = .noPenalty
        case .mitigated: self = .mitigated
        case .lighter: self = .lighter
        case .standard: self = .standard
        case .heavier: self = .heavier
        }
    }
}
