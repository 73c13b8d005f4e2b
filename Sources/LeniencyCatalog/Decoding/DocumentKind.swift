/// The `kind` of a rule document (docs/RULE-FORMAT.md).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case facts, violations, regions, derivations, duties, list, standard, limitation, policy, calendar

    /// Kinds whose documents other documents depend on, so they are decoded first.
    var isVocabulary: Bool { self == .facts || self == .violations || self == .regions }
}
