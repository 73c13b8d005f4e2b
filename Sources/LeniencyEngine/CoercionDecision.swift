/// What the no-coercion lists (不予实施行政强制措施清单) say about coercive measures for the case.
public struct CoercionDecision: Sendable, Hashable {
    /// The three answers a no-coercion list can give.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// An item applies: coercive measures are not to be taken.
        case noCoercion = "no-coercion"
        /// An item could apply, but facts are missing.
        case undetermined
        /// Lists cover the violation, but no item applies: the lists do not exclude coercion.
        case notExcluded = "not-excluded"
    }

    /// The answer.
    public var status: Status
    /// 应当 (true) or 可以 (false) for `noCoercion`.
    public var mandatory: Bool
    /// The item that decided, for `noCoercion`.
    public var item: ItemReference?
    /// Its citations.
    public var basis: [String]
    /// Facts that would decide, for `undetermined`.
    public var missing: [String]

    /// Creates a coercion decision.
    public init(status: Status, mandatory: Bool, item: ItemReference?, basis: [String], missing: [String]) {
        self.status = status
        self.mandatory = mandatory
        self.item = item
        self.basis = basis
        self.missing = missing
    }
}
