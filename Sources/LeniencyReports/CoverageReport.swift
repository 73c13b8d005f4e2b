public import LeniencyRuleTests

/// Renders rule-test coverage for people.
public enum CoverageReport {
    /// The coverage line, and with `listUncovered` every point no test made decide both ways.
    public static func text(_ coverage: Coverage, listUncovered: Bool) -> String {
        let covered = coverage.points.filter(\.covered).count
        var out = "coverage: \(formatPercent(coverage.percent))% (\(covered) of \(coverage.points.count) items, conditions and exclusions decided both ways)\n"
        if listUncovered {
            for p in coverage.uncovered {
                let seen = p.sawTrue ? "never false" : p.sawFalse ? "never true" : "never decided"
                let what = p.kind == .item ? "item" : "\(p.kind.rawValue) #\(p.index + 1)"
                out += "  not covered: \(p.listID)/\(p.itemID) \(what) (\(seen)): \(p.label)\n"
            }
        }
        return out
    }

    /// A percentage with one decimal, e.g. `87.5`.
    public static func formatPercent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
