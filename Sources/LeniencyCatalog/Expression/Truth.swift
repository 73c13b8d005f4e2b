/// Kleene three-valued truth: a condition on a fact the case does not give is unknown, never false.
public enum Truth: Sendable, Hashable, CustomStringConvertible {
    /// Holds.
    case yes
    /// Does not hold.
    case no
    /// Cannot be decided from the facts given.
    case unknown

    /// Conjunction: no if any is no, else unknown if any is unknown, else yes (yes for no operands).
    public static func and(_ xs: [Truth]) -> Truth {
        if xs.contains(.no) { return .no }
        return xs.contains(.unknown) ? .unknown : .yes
    }

    /// Disjunction: yes if any is yes, else unknown if any is unknown, else no (no for no operands).
    public static func or(_ xs: [Truth]) -> Truth {
        if xs.contains(.yes) { return .yes }
        return xs.contains(.unknown) ? .unknown : .no
    }

    /// Negation; unknown stays unknown.
    public var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }

    /// Creates yes or no from a Boolean.
    public init(_ value: Bool) {
        self = value ? .yes : .no
    }

    /// `yes`, `no` or `unknown`.
    public var description: String {
        switch self {
        case .yes: "yes"
        case .no: "no"
        case .unknown: "unknown"
        }
    }
}
