/// The explicit bounds the strict YAML reader enforces, so hostile input fails fast with a clear error.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// Largest single scalar, in bytes.
    public var maxScalarBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes that alias expansion may add to one document (billion-laughs guard).
    public var maxAliasExpandedNodes: Int
    /// Most nodes in one document, counting expansions.
    public var maxNodes: Int

    /// Creates limits.
    public init(maxInputBytes: Int, maxScalarBytes: Int, maxDepth: Int, maxAliasExpandedNodes: Int, maxNodes: Int) {
        self.maxInputBytes = maxInputBytes
        self.maxScalarBytes = maxScalarBytes
        self.maxDepth = maxDepth
        self.maxAliasExpandedNodes = maxAliasExpandedNodes
        self.maxNodes = maxNodes
    }

    /// Limits for rule files and case files: 8 MiB per file, 1 MiB per scalar, depth 64,
    /// 10,000 nodes added by aliases, 2,000,000 nodes per document.
    public static let standard = YAMLLimits(
        maxInputBytes: 8 << 20, maxScalarBytes: 1 << 20, maxDepth: 64,
        maxAliasExpandedNodes: 10_000, maxNodes: 2_000_000
    )
}
