/// Shared by the case targets.
extension Fuzz {
    /// One decoder for the shipped catalog, built once.
    public static let lineDecoder = CaseLineDecoder(catalog: catalog)
}

/// Loads the shipped rules before fuzzing starts, so that the one-time load is not counted against the first input
/// (libFuzzer's leak check would otherwise see the catalog, which a global keeps, as memory the input left behind).
public func loadRulesBeforeFuzzing() -> CInt {
    _ = Fuzz.lineDecoder
    return 0
}
