public import LeniencyCatalog
public import LeniencyCore

/// Picks the supervision policies that govern a record from its region and date, on the same region hierarchy the
/// engine uses for lists and standards (`RegionTable`).
///
/// A policy governs a record when it is in force on the date and its region covers the record's region (a policy for
/// 江西省 covers 九江市 and 浔阳区); a policy without region, or for 全国, covers every record. Among those the most
/// specific region wins (a 九江市 policy before the 江西省 one), then the latest version. A record without a region, or
/// with a region the rules do not declare, is governed only by nationwide policies: a regional policy cannot be shown
/// to apply to it.
///
/// The governing policies form layers (`layers`): a rule is read from the most specific policy that gives it, so the
/// national policies (the statutes' own periods and ceilings, `rules/policies/national.yaml`) hold beneath a province
/// that does not restate them.
public struct PolicyResolver: Sendable {
    private let policies: [SupervisionPolicy]
    private let regions: RegionTable
    /// Per declared region (by `RegionTable` index): the governing layers by date. Worked out once: the audit asks for
    /// every case, and building the layers (copying every policy) cost more than the checks that read them.
    private let covering: [PolicySegments]
    /// The same for a record without a region or with an undeclared one: the nationwide policies only.
    private let nationwide: PolicySegments

    /// Creates a resolver over the catalog's policies and regions.
    public init(_ policies: [SupervisionPolicy], regions: RegionTable = RegionTable([])) {
        let policies = policies.sorted { $0.validity.effective > $1.validity.effective }
        self.policies = policies
        self.regions = regions
        /// How specific a policy covering the region at `region` is (0 = nationwide); nil when it does not cover it.
        func depth(of policy: SupervisionPolicy, for region: Int?) -> Int? {
            guard let scope = policy.info.region, !scope.isEmpty, !regions.isNational(scope) else { return 0 }
            guard let region, let index = regions.index(of: scope), regions.covers(index, region) else { return nil }
            return regions.depth(of: index)
        }
        func ordered(_ region: Int?) -> [Int] {
            let found = policies.indices.compactMap { k in depth(of: policies[k], for: region).map { (policy: k, depth: $0) } }
            // Stable: among equal depths the latest version (the input order) stays first.
            return found.sorted { ($0.depth, -$0.policy) > ($1.depth, -$1.policy) }.map(\.policy)
        }
        var screenings: [SimilarCaseScreening: Int] = [:]
        covering = regions.regions.indices.map { PolicySegments(policies, candidates: ordered($0), screenings: &screenings) }
        nationwide = PolicySegments(policies, candidates: ordered(nil), screenings: &screenings)
    }

    /// The governing policy, or nil when no policy applies. `agency` is kept for callers; the region decides.
    public func policy(region: String?, agency: String, on date: CivilDate) -> SupervisionPolicy? {
        layers(region: region, agency: agency, on: date).primary
    }

    /// Every policy that governs the record, most specific region first, then the latest version first.
    public func layers(region: String?, agency: String, on date: CivilDate) -> GoverningPolicies {
        let segments = region.flatMap(regions.index(of:)).map { covering[$0] } ?? nationwide
        return segments.layers(on: date.dayNumber)
    }

    /// The `RegionTable` index of a record's region; nil without a region or for an undeclared one.
    func regionIndex(_ region: String?) -> Int? { region.flatMap(regions.index(of:)) }

    /// `layers(region:agency:on:)` for a region already looked up (`regionIndex`).
    func layers(regionIndex: Int?, on date: CivilDate) -> GoverningPolicies {
        (regionIndex.map { covering[$0] } ?? nationwide).layers(on: date.dayNumber)
    }
}

/// The layers of one candidate list (policies covering a region, most specific first) between the days on which one
/// of them comes into force or expires: a few segments, each with its layers built once.
private struct PolicySegments: Sendable {
    /// First day of each segment, ascending; the first segment starts at `Int.min`.
    let starts: [Int]
    let layers: [GoverningPolicies]

    init(_ policies: [SupervisionPolicy], candidates: [Int], screenings: inout [SimilarCaseScreening: Int]) {
        var bounds: Set<Int> = [Int.min]
        for k in candidates {
            bounds.insert(policies[k].validity.effective.dayNumber)
            if let expires = policies[k].validity.expires { bounds.insert(expires.dayNumber + 1) }
        }
        let starts = bounds.sorted()
        self.starts = starts
        self.layers = starts.map { start in
            // Validity is inclusive at both ends, so a segment's first day stands for the whole segment.
            let date = CivilDate(dayNumber: start == Int.min ? starts.count > 1 ? starts[1] - 1 : 0 : start)
            let inForce = candidates.filter { policies[$0].validity.contains(date) }.map { policies[$0] }
            return GoverningPolicies(layers: inForce, screenings: &screenings)
        }
    }

    func layers(on day: Int) -> GoverningPolicies {
        var low = 0, high = starts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= day { low = mid } else { high = mid }
        }
        return layers[low]
    }
}

/// The policies that govern one record, most specific first; each rule is read from the first policy that gives it.
public struct GoverningPolicies: Sendable {
    /// The policies, most specific first.
    public let layers: [SupervisionPolicy]
    /// The 类案不同罚 screening rule these layers give, numbered among the resolver's distinct rules (the audit interns
    /// it per fine sample, and hashing the rule with its citations cost more than the rest of the sample).
    let similarCases: SimilarCaseScreening?

    /// Creates the layers.
    public init(layers: [SupervisionPolicy]) {
        var screenings: [SimilarCaseScreening: Int] = [:]
        self.init(layers: layers, screenings: &screenings)
    }

    init(layers: [SupervisionPolicy], screenings: inout [SimilarCaseScreening: Int]) {
        self.layers = layers
        var screening: SimilarCaseScreening?
        for (k, policy) in layers.enumerated() {
            guard let rule = policy.procedure.similarCases else { continue }
            var found = SimilarCaseScreening(rule: rule, basis: Self.basis("similar_cases", of: layers[k]))
            let number = screenings[found] ?? screenings.count
            screenings[found] = number
            found.number = number
            screening = found
            break
        }
        self.similarCases = screening
    }

    /// The most specific policy.
    public var primary: SupervisionPolicy? { layers.first }

    /// The first value a policy gives for a rule, with the policy it comes from.
    public func rule<T>(_ value: (SupervisionPolicy) -> T?) -> (value: T, policy: SupervisionPolicy)? {
        guard let found = ruleIndex(value) else { return nil }
        return (found.value, layers[found.index])
    }

    /// The first value a policy gives for a rule, with the position of that policy in `layers`; no policy is copied.
    func ruleIndex<T>(_ value: (SupervisionPolicy) -> T?) -> (value: T, index: Int)? {
        layers.withUnsafeBufferPointer { buffer in
            for k in buffer.indices {
                if let found = value(buffer[k]) { return (found, k) }
            }
            return nil
        }
    }

    /// The citations of `rule` in `policy`, else the policy's title and 文号.
    public static func basis(_ rule: String, of policy: SupervisionPolicy) -> [String] {
        let cited = policy.basis[rule]?.map(\.text) ?? []
        return cited.isEmpty ? ["\(policy.info.title)（\(policy.info.document)）"] : cited
    }
}

extension QuietDays {
    /// The window for a region: the most specific override whose region covers it, else the default.
    public func window(for region: String?, regions: RegionTable) -> ClosedRange<Int> {
        guard let region else { return fromDay...toDay }
        let covering = overrides.filter { regions.covers($0.region, region) == true }
        let specific = covering.max { a, b in
            (regions.index(of: a.region).map(regions.depth) ?? 0) < (regions.index(of: b.region).map(regions.depth) ?? 0)
        }
        return specific.map { $0.fromDay...$0.toDay } ?? fromDay...toDay
    }
}
