/// Switches that change how the engine reads a case, chosen by the caller (check, test, audit, the service).
public struct EngineOptions: Sendable, Hashable {
    /// Apply the legal presumptions of the fact vocabulary (`presumed:`); false gives the strict three-valued result,
    /// where a fact the case does not give is unknown even when the law presumes it.
    public var presumptions: Bool

    /// Creates options; the defaults are what an officer's `leniency check` uses.
    public init(presumptions: Bool = true) {
        self.presumptions = presumptions
    }

    /// Presumptions applied.
    public static let standard = EngineOptions()
}
