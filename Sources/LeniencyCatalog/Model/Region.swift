public import LeniencyCore

/// One administrative division (GB/T 2260) or a named group of divisions (`members:`, e.g. 长三角（沪苏浙皖）).
public struct Region: Sendable, Hashable {
    /// The name rules and cases use (`南昌市`).
    public var name: String
    /// The six-digit GB/T 2260 code, when the entry is a real division.
    public var code: String?
    /// The enclosing division's name; nil for the root (全国) and for groups.
    public var parent: String?
    /// For a group: the divisions it is made of.
    public var members: [String]
    /// True for a stand-in whose real division is not confirmed (e.g. a list whose issuing county is unknown).
    public var placeholder: Bool
    /// Free text.
    public var note: String?
    /// Where it was declared.
    public var location: SourceLocation

    /// Creates a region.
    public init(name: String, code: String? = nil, parent: String? = nil, members: [String] = [], placeholder: Bool = false,
                note: String? = nil, location: SourceLocation) {
        self.name = name
        self.code = code
        self.parent = parent
        self.members = members
        self.placeholder = placeholder
        self.note = note
        self.location = location
    }
}

/// The administrative hierarchy, indexed for "does this list's region cover the case's region?".
///
/// A division covers itself and everything below it (parent links); a group covers what any of its members covers;
/// the root (a division without parent that is not a group, i.e. 全国) covers every division.
public struct RegionTable: Sendable {
    /// The regions, in declaration order.
    public let regions: [Region]
    private let byName: [String: Int]
    private let byCode: [String: Int]
    /// Index of each region's parent.
    private let parentIndex: [Int?]

    /// Indexes `regions`; names and codes that do not resolve are left unlinked (the decoder reports them).
    public init(_ regions: [Region]) {
        self.regions = regions
        var names: [String: Int] = [:], codes: [String: Int] = [:]
        for (index, region) in regions.enumerated() {
            if names[region.name] == nil { names[region.name] = index }
            if let code = region.code, codes[code] == nil { codes[code] = index }
        }
        byName = names
        byCode = codes
        parentIndex = regions.map { region in region.parent.flatMap { names[$0] } }
    }

    /// True when no region is declared.
    public var isEmpty: Bool { regions.isEmpty }

    /// The region named `text`, or whose GB/T 2260 code is `text`.
    public func resolve(_ text: String) -> Region? { index(of: text).map { regions[$0] } }

    /// The position of the region named or coded `text`.
    public func index(of text: String) -> Int? { byName[text] ?? byCode[text] }

    /// True when `scope` (a list's, standard's or policy's region) covers `region` (a case's); nil when either name is
    /// not a declared region.
    public func covers(_ scope: String, _ region: String) -> Bool? {
        guard let scopeIndex = index(of: scope), let regionIndex = index(of: region) else { return nil }
        return covers(scopeIndex, regionIndex)
    }

    /// True when the division or group at `scope` covers the division at `region`.
    public func covers(_ scope: Int, _ region: Int) -> Bool {
        let scopeRegion = regions[scope]
        if !scopeRegion.members.isEmpty {
            return scopeRegion.members.contains { member in index(of: member).map { covers($0, region) } ?? false }
        }
        if isRoot(scope) { return true }
        return ancestors(of: region).contains(scope)
    }

    /// True for the root of the hierarchy (全国): a division that is neither below another nor a group.
    public func isRoot(_ index: Int) -> Bool { regions[index].parent == nil && regions[index].members.isEmpty && !regions[index].placeholder }

    /// True when `name` is the root (全国).
    public func isNational(_ name: String) -> Bool { index(of: name).map(isRoot) ?? false }

    /// `region` itself, then its parent, its parent's parent, … (a cycle, which the decoder reports, stops the walk).
    public func ancestors(of region: Int) -> [Int] {
        var chain = [region]
        var current = parentIndex[region]
        while let next = current, !chain.contains(next) {
            chain.append(next)
            current = parentIndex[next]
        }
        return chain
    }

    /// How many links separate `region` from the root: the more, the more specific (a group counts as its least
    /// specific member).
    public func depth(of region: Int) -> Int {
        let members = regions[region].members.compactMap { index(of: $0) }
        if !members.isEmpty { return members.map { depth(of: $0) }.min() ?? 0 }
        return ancestors(of: region).count - 1
    }

    /// The parent links of `region` that lead back to it (a cycle), as names; empty when there is none.
    public func cycle(through region: Int) -> [String] {
        var chain = [region]
        var current = parentIndex[region]
        while let next = current {
            if next == region { return (chain + [region]).map { regions[$0].name } }
            if chain.contains(next) { return [] }
            chain.append(next)
            current = parentIndex[next]
        }
        return []
    }
}
