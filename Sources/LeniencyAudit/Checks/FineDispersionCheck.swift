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
    /// The rule its cases were judged by (policy `similar_cases`): `mad` (scaled MAD rule), `relative` (MAD is zero,
    /// `relative_share` of the median is used), `small` (fewer than `mad_min_group` cases, compared by the relative
    /// rule), or `mixed` when the cases' governing policies put them under different ones.
    public var rule: String
}

/// A601 (类案不同罚): fines of similar cases that lie far from the group median.
///
/// Each case is judged by the screening rule of its own governing policies (`similar_cases`, policy data): a case
/// whose group has fewer than `min_group` cases is not compared (two cases cannot say which of them is the odd one);
/// in a group of at least `mad_min_group` it is flagged when |fine − median| > `deviations` × 1.4826 × MAD (1.4826 turns
/// the MAD into an estimate of the standard deviation: a property of the normal distribution, not a policy figure);
/// when MAD is 0 (most fines identical), or the group is smaller (one outlier moves the MAD itself), when
/// |fine − median| > `relative_share` × median. The median and MAD are the whole group's, whichever rules its cases
/// fall under. All arithmetic is exact integers: medians are kept doubled (half-fen) and MAD quadrupled, so no
/// rounding can move a case across the threshold.
enum FineDispersionCheck {
    /// 1.4826 as 14826 / 10000: the normal distribution's MAD-to-standard-deviation factor.
    static let madScale = (numerator: Int128(14_826), denominator: Int128(10_000))

    static func findings<Samples: RandomAccessCollection<CompactFineSample>>(
        samples compact: Samples, rules: [SimilarCaseScreening], expand: (CompactFineSample) -> FineSample
    ) -> (findings: [AuditFinding], groups: [FineGroupSummary]) where Samples.Index == Int {
        var findings: [AuditFinding] = []
        var summaries: [(key: String, summary: FineGroupSummary)] = []
        // Groups hold sample positions (4 bytes each) and one group's samples are gathered at a time: a copy of all the
        // samples at once was the audit's peak of memory. Only the flagged samples are expanded back into strings.
        var members: [UInt32: [UInt32]] = [:]
        for k in compact.indices { members[compact[k].group, default: []].append(UInt32(k)) }
        for (_, positions) in members {
            let group = positions.map { compact[Int($0)] }
            let judged = group.filter { $0.rule != UInt32.max && group.count >= rules[Int($0.rule)].rule.minGroup }
            guard !judged.isEmpty, let head = group.first else { continue }
            let first = expand(head)
            let fines = group.map(\.fen).sorted()
            let median2 = doubledMedian(fines)                                  // 2 × median, in fen
            let deviations = fines.map { abs(2 * $0 - median2) }.sorted()       // 2 × |x − median|
            let mad4 = doubledMedian(deviations)                                // 4 × MAD, in fen
            var flagged = 0
            var labels = Set<String>()
            for member in judged {
                let screening = rules[Int(member.rule)]
                let rule = screening.rule
                let small = group.count < rule.madMinGroup
                let label = small ? "small" : mad4 > 0 ? "mad" : "relative"
                labels.insert(label)
                let deviation2 = Int128(abs(2 * member.fen - median2))
                let over: Bool
                if label == "mad" {
                    // |x − m| > (kn / kd) × (sn / sd) × MAD  ⇔  dev2 × 2 × kd × sd > kn × sn × mad4 (dev2 = 2|x − m|,
                    // mad4 = 4 MAD); the policy reader bounds k, so the products stay far inside Int128.
                    let k = rule.deviations
                    over = deviation2 * 2 * Int128(k.denominator) * madScale.denominator
                        > Int128(k.numerator) * madScale.numerator * Int128(mad4)
                } else {
                    // |x − m| > (rn / rd) × m  ⇔  dev2 × rd > rn × median2.
                    let r = rule.relativeShare
                    over = deviation2 * Int128(r.denominator) > Int128(r.numerator) * Int128(median2)
                }
                guard over else { continue }
                flagged += 1
                let sample = expand(member)
                let share = rule.relativeShare.description
                let ruleText = switch label {
                case "small": Message(.auditRuleSmallGroup, rule.madMinGroup, share)
                case "mad": Message(.auditRuleMAD, rule.deviations.description)
                default: Message(.auditRuleRelative, share)
                }
                findings.append(AuditFinding(
                    code: .similarCaseFineDivergence, subject: .case(sample.caseID), location: sample.location,
                    message: small
                        ? Message(.auditSmallGroupDivergence, Money(fen: sample.fen), halfFen(median2), group.count, first.violation,
                                  Message.tier(first.tier), share, rule.madMinGroup)
                        : Message(.auditFineDivergence, Money(fen: sample.fen), halfFen(median2), group.count, first.violation,
                                  Message.tier(first.tier)),
                    evidence: [Evidence("fine", Money(fen: sample.fen).yuanString), Evidence("median", halfFen(median2)),
                               Evidence("mad", quarterFen(mad4)), Evidence("group_size", String(group.count)),
                               Evidence("violation", first.violation), Evidence("tier", Message.tier(first.tier)),
                               Evidence("rule", ruleText)],
                    basis: screening.basis, agency: sample.agency, officers: sample.officers, date: sample.date))
            }
            summaries.append((first.group, FineGroupSummary(violation: first.violation, tier: first.tier, count: group.count,
                                                             median: Money(fen: median2 / 2), mad: Money(fen: mad4 / 4),
                                                             flagged: flagged, rule: labels.count == 1 ? labels.first ?? "" : "mixed")))
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
