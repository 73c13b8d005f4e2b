public import LeniencyCatalog
public import LeniencyCore

/// Picks the supervision policy that governs a record from its region, agency and date.
///
/// A policy governs a record when it is in force on the date and, in this order of preference: its region equals the
/// record's region; it names the record's region in a quiet-day override or an inspection cap; its region is part of the
/// record's region or agency name (`江西省` in `江西省南昌市…`); it has no region. When none of these holds but exactly one
/// policy is in force, that one governs (a rule set normally serves one jurisdiction). Among equals the latest version wins.
public struct PolicyResolver: Sendable {
    private let policies: [SupervisionPolicy]

    /// Creates a resolver over the catalog's policies.
    public init(_ policies: [SupervisionPolicy]) {
        self.policies = policies.sorted { $0.validity.effective > $1.validity.effective }
    }

    /// The governing policy, or nil when no policy applies.
    public func policy(region: String?, agency: String, on date: CivilDate) -> SupervisionPolicy? {
        let inForce = policies.filter { $0.validity.contains(date) }
        guard !inForce.isEmpty else { return nil }
        if let region {
            if let exact = inForce.first(where: { $0.info.region == region }) { return exact }
            if let named = inForce.first(where: { Self.names(region, policy: $0) }) { return named }
        }
        let context = (region ?? "") + " " + agency
        if let containing = inForce.first(where: { policy in
            guard let r = policy.info.region, !r.isEmpty else { return false }
            return context.contains(r)
        }) { return containing }
        if let general = inForce.first(where: { $0.info.region == nil || $0.info.region?.isEmpty == true }) { return general }
        return Set(inForce.map(\.id)).count == 1 ? inForce.first : nil
    }

    private static func names(_ region: String, policy: SupervisionPolicy) -> Bool {
        if policy.quietDays?.overrides.contains(where: { $0.region == region }) == true { return true }
        return policy.inspectionCaps.contains { $0.region == region }
    }
}
