public import LeniencyCore

/// One group of similar cases (same violation, same engine tier) and how its fines spread.
public struct FineGroupSummary: Sendable, Hashable {
    /// Violation code.
    public var violation: String
    /// Engine tier.
    public var tier: String
    /// Number of fines compared.
    public var count: Int
    /// Median fine (exact; may end in half a fen, shown rounded down to the fen).
    public var median: Money
    /// Median absolute deviation (exact, rounded down to the fen for display).
    public var mad: Money
    /// How many fines were flagged.
    public var flagged: Int
    /// `mad` (scaled MAD rule), `relative` (MAD is zero, 50% of the median is used) or `small` (a group of 3–4 cases,
    /// compared by the relative rule).
    public var rule: String
}

/// A601 (类案不同罚): fines of similar cases that lie far from the group median.
///
/// Robust rule: flag |fine − median| > 3 × 1.4826 × MAD, for groups of at least 5 cases. When MAD is 0 (most fines
/// identical) the threshold is 50% of the median instead. Groups of 3–4 cases are too small for a spread estimate
/// (one outlier moves the MAD itself), so they use the relative rule: |fine − median| > 50% × median. Two cases
/// cannot say which of them is the odd one, so they are not compared. All arithmetic is exact integers: medians are
/// kept doubled (half-fen) and MAD quadrupled, so no rounding can move a case across the threshold.
enum FineDispersionCheck {
    static let minimumGroup = 5
    /// The smallest group compared at all (by the relative rule below `minimumGroup`).
    static let smallGroup = 3

    static func findings(samples compact: [CompactFineSample], expand: (CompactFineSample) -> FineSample)
        -> (findings: [AuditFinding], groups: [FineGroupSummary]) {
        var findings: [AuditFinding] = []
        var summaries: [(key: String, summary: FineGroupSummary)] = []
        // Only the flagged samples are expanded back into strings: a group may hold most of a million cases.
        for (_, group) in Dictionary(grouping: compact, by: \.group) {
            guard group.count >= smallGroup, let head = group.first else { continue }
            let small = group.count < minimumGroup
            let first = expand(head)
            let fines = group.map(\.fen).sorted()
            let median2 = doubledMedian(fines)                                  // 2 × median, in fen
            let deviations = fines.map { abs(2 * $0 - median2) }.sorted()       // 2 × |x − median|
            let mad4 = doubledMedian(deviations)                                // 4 × MAD, in fen
            var flagged = 0
            for member in group {
                let deviation2 = Int128(abs(2 * member.fen - median2))
                let over: Bool
                if mad4 > 0, !small {
                    // |x − m| > 3 × 1.4826 × MAD  ⇔  (dev2 / 2) × 40000 > 3 × 14826 × (mad4 / 4) × 40000.
                    over = deviation2 * 20_000 > Int128(44_478) * Int128(mad4)
                } else {
                    // |x − m| > m / 2  ⇔  dev2 / 2 > median2 / 4.
                    over = 2 * deviation2 > Int128(median2)
                }
                guard over else { continue }
                flagged += 1
                let sample = expand(member)
                findings.append(AuditFinding(
                    code: .similarCaseFineDivergence, subject: .case(sample.caseID), location: sample.location,
                    message: small
                        ? Message(.auditSmallGroupDivergence, Money(fen: sample.fen), halfFen(median2), group.count, first.violation,
                                  Message.tier(first.tier))
                        : Message(.auditFineDivergence, Money(fen: sample.fen), halfFen(median2), group.count, first.violation,
                                  Message.tier(first.tier)),
                    evidence: [Evidence("fine", Money(fen: sample.fen).yuanString), Evidence("median", halfFen(median2)),
                               Evidence("mad", quarterFen(mad4)), Evidence("group_size", String(group.count)),
                               Evidence("violation", first.violation), Evidence("tier", Message.tier(first.tier)),
                               Evidence("rule", Message(small ? .auditRuleSmallGroup : mad4 > 0 ? .auditRuleMAD : .auditRuleRelative))],
                    basis: [], agency: sample.agency, officers: sample.officers, date: sample.date))
            }
            summaries.append((first.group, FineGroupSummary(violation: first.violation, tier: first.tier, count: group.count,
                                                             median: Money(fen: median2 / 2), mad: Money(fen: mad4 / 4),
                                                             flagged: flagged, rule: small ? "small" : mad4 > 0 ? "mad" : "relative")))
        }
        return (findings, summaries.sorted { $0.key < $1.key }.map(\.summary))
    }


    /// 2 × the median of sorted values (exact for even counts).
    static func doubledMedian(_ sorted: [Int64]) -> Int64 {
        let n = sorted.count
        guard n > 0 else { return 0 }
        return n % 2 == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2]
    }

    /// A doubled fen amount as yuan, exact (`.005` when it ends in half a fen).
    static func halfFen(_ doubled: Int64) -> String {
        let base = Money(fen: doubled / 2).yuanString
        return doubled % 2 == 0 ? base : base + "5"
    }

    /// A quadrupled fen amount as yuan, exact.
    static func quarterFen(_ quadrupled: Int64) -> String {
        let base = Money(fen: quadrupled / 4).yuanString
        switch quadrupled % 4 {
        case 1: return base + "25"
        case 2: return base + "5"
        case 3: return base + "75"
        default: return base
        }
    }
}
