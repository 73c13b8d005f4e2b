import LeniencyCore

/// Remembers where every id, fact name, violation code and calendar year was first defined, for `R004`.
struct DefinitionRegistry {
    /// What defined a name; decides whether a second definition is a new version or a duplicate.
    enum Owner: Equatable {
        /// A list or standard version: the same id may recur with another `effective` date.
        case version(kind: String, effective: CivilDate?)
        /// An item of a list version: the same item id may recur in another version of the same list.
        case item(list: String, effective: CivilDate?)
        /// Anything else: unique.
        case unique
    }

    private struct Entry {
        var owner: Owner
        var what: String
        var location: SourceLocation
    }

    private var entries: [String: [Entry]] = [:]

    /// Records a definition and returns the earlier one it clashes with, if any.
    mutating func register(_ name: String, namespace: String, owner: Owner = .unique, what: String,
                           at location: SourceLocation) -> (what: String, location: SourceLocation)? {
        let key = namespace + "\u{0}" + name
        let clash = entries[key]?.first { !DefinitionRegistry.compatible($0.owner, owner) }
        entries[key, default: []].append(Entry(owner: owner, what: what, location: location))
        return clash.map { ($0.what, $0.location) }
    }

    /// Two definitions may share a name only as distinct versions (different, known `effective` dates).
    private static func compatible(_ a: Owner, _ b: Owner) -> Bool {
        switch (a, b) {
        case let (.version(k1, e1), .version(k2, e2)):
            return k1 == k2 && differentOrUnknown(e1, e2)
        case let (.item(l1, e1), .item(l2, e2)):
            return l1 == l2 && differentOrUnknown(e1, e2)
        default:
            return false
        }
    }

    /// A missing date was already reported as S002, so it does not add an R004 on top.
    private static func differentOrUnknown(_ a: CivilDate?, _ b: CivilDate?) -> Bool {
        guard let a, let b else { return true }
        return a != b
    }
}
