public import LeniencyCatalog
public import LeniencyCore

/// Picks the supervision policy that governs a record from its region and date, on the same region hierarchy the
/// engine uses for lists and standards (`RegionTable`).
///
/// A policy governs a record when it is in force on the date and its region covers the record's region (a policy for
/// 江西省 covers 九江市 and 浔阳区); a policy without region, or for 全国, covers every record. Among those the most
/// specific region wins (a 九江市 policy before the 江西省 one), then the latest version. A record without a region, or
/// with a region the rules do not declare, is governed only by nationwide policies: a regional policy cannot be shown
/// to apply to it.
public struct PolicyResolver: Sendable {
    private let policies: [SupervisionPolicy]
    private let regions: RegionTable

    /// Creates a resolver over the catalog's policies and regions.
    public init(_ policies: [SupervisionPolicy], regions: RegionTable = RegionTable([])) {
        self.policies = policies.sorted { $0.validity.effective > $1.validity.effective }
        self.regions = regions
    }

    /// The governing policy, or nil when no policy applies. `agency` is kept for callers; the region decides.
    public func policy(region: String?, agency: String, on date: CivilDate) -> SupervisionPolicy? {
        var best: (policy: SupervisionPolicy, depth: Int)?
        for policy in policies where policy.validity.contains(date) {
            guard let depth = depth(of: policy, for: region) else { continue }
            // Latest version first (sorted), so a later candidate replaces the best only when strictly more specific.
            if best == nil || depth > best!.depth { best = (policy, depth) }
        }
        return best?.policy
    }

    /// How specific a policy covering `region` is (0 = nationwide); nil when it does not cover it.
    private func depth(of policy: SupervisionPolicy, for region: String?) -> Int? {
        guard let scope = policy.info.region, !scope.isEmpty, !regions.isNational(scope) else { return 0 }
        guard let region, regions.covers(scope, region) == true, let index = regions.index(of: scope) else { return nil }
        return regions.depth(of: index)
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
