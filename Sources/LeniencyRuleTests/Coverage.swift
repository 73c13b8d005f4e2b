import Foundation
public import LeniencyCatalog
public import LeniencyEngine

/// Which items, conditions and exclusions the tests made decide both ways.
public struct Coverage: Sendable {
    /// One thing that can decide: an item, or one condition or exclusion of an item.
    public struct Point: Sendable, Hashable {
        /// What kind of point.
        public enum Kind: String, Sendable, Hashable { case item, condition, exclusion }

        /// Kind.
        public var kind: Kind
        /// The list the item belongs to.
        public var listID: String
        /// The item.
        public var itemID: String
        /// Index of the condition or exclusion within the item (0 for items).
        public var index: Int
        /// The item title or the condition's label/source.
        public var label: String
        /// A test saw it hold (item applied; condition or exclusion true).
        public var sawTrue: Bool
        /// A test saw it fail (item not applied; condition or exclusion false).
        public var sawFalse: Bool

        /// Covered when some test saw each way.
        public var covered: Bool { sawTrue && sawFalse }
    }

    /// Every point of the catalog's list items, in catalog order.
    public var points: [Point]

    /// Points no test made decide both ways.
    public var uncovered: [Point] { points.filter { !$0.covered } }

    /// Share of covered points, 0–100 (100 when there is nothing to cover).
    public var percent: Double {
        points.isEmpty ? 100 : Double(points.filter(\.covered).count) * 100 / Double(points.count)
    }

    /// Measures coverage of the catalog's items by the decisions' traces; with `paths`, only of the lists whose rule
    /// files lie under them (a folder: the files inside it; `x.test.yaml`: its `x.yaml`; a rule file: itself).
    public static func measure(catalog: Catalog, decisions: [Decision], within paths: [String] = []) -> Coverage {
        var points: [Point] = []
        var index: [String: Int] = [:]
        func key(_ kind: Point.Kind, _ list: String, _ item: String, _ i: Int) -> String { "\(kind.rawValue)|\(list)|\(item)|\(i)" }
        let scope = paths.map(scopeTarget)
        for list in catalog.lists where scope.isEmpty || scope.contains(where: { covers($0, list.location.file) }) {
            for item in list.items {
                let itemKey = key(.item, list.id, item.id, 0)
                guard index[itemKey] == nil else { continue }  // versions of one list share items by id
                index[itemKey] = points.count
                points.append(Point(kind: .item, listID: list.id, itemID: item.id, index: 0, label: item.title, sawTrue: false, sawFalse: false))
                for (i, c) in item.conditions.enumerated() {
                    index[key(.condition, list.id, item.id, i)] = points.count
                    points.append(Point(kind: .condition, listID: list.id, itemID: item.id, index: i, label: c.label ?? c.source, sawTrue: false, sawFalse: false))
                }
                for (i, c) in item.exclusions.enumerated() {
                    index[key(.exclusion, list.id, item.id, i)] = points.count
                    points.append(Point(kind: .exclusion, listID: list.id, itemID: item.id, index: i, label: c.label ?? c.source, sawTrue: false, sawFalse: false))
                }
            }
        }
        func mark(_ k: String, _ truth: ConditionTruth) {
            guard let at = index[k] else { return }
            if truth == .yes { points[at].sawTrue = true }
            if truth == .no { points[at].sawFalse = true }
        }
        for decision in decisions {
            for entry in decision.trace where entry.kind == .item {
                switch entry.status {
                case .applied: mark(key(.item, entry.listID, entry.itemID, 0), .yes)
                case .notApplicable, .excluded: mark(key(.item, entry.listID, entry.itemID, 0), .no)
                default: break
                }
                for (i, c) in entry.conditions.enumerated() { mark(key(.condition, entry.listID, entry.itemID, i), c.truth) }
                for (i, c) in entry.exclusions.enumerated() { mark(key(.exclusion, entry.listID, entry.itemID, i), c.truth) }
            }
        }
        return Coverage(points: points)
    }

    /// A JSON-ready summary.
    public var jsonObject: [String: any Sendable] {
        [
            "percent": (percent * 10).rounded() / 10,
            "points": points.count,
            "covered": points.filter(\.covered).count,
            "uncovered": uncovered.map { p in
                ["kind": p.kind.rawValue, "list": p.listID, "item": p.itemID, "index": p.index, "label": p.label,
                 "sawTrue": p.sawTrue, "sawFalse": p.sawFalse] as [String: any Sendable]
            },
        ]
    }
}

extension Coverage {
    /// What a scope path covers: a folder (its files, recursively); a rule file; a test file `x.test.yaml` stands
    /// for `x.yaml` beside it, or, when there is none, for the rule files directly in its folder.
    static func scopeTarget(_ path: String) -> (path: String, folder: Bool, recursive: Bool) {
        let target = absolute(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue { return (target, true, true) }
        for suffix in [".test.yaml", ".test.yml"] where target.hasSuffix(suffix) {
            let rule = String(target.dropLast(suffix.count)) + ".yaml"
            if FileManager.default.fileExists(atPath: rule) { return (rule, false, false) }
            return ((target as NSString).deletingLastPathComponent, true, false)
        }
        return (target, false, false)
    }

    static func covers(_ target: (path: String, folder: Bool, recursive: Bool), _ file: String) -> Bool {
        let file = absolute(file)
        guard target.folder else { return file == target.path }
        let prefix = target.path.hasSuffix("/") ? target.path : target.path + "/"
        guard file.hasPrefix(prefix) else { return false }
        return target.recursive || !file.dropFirst(prefix.count).contains("/")
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension Decision {
    /// Every citation the decision and its explanation mention, without duplicates, in order.
    public var allCitations: [String] {
        var seen: [String] = []
        for c in basis + trace.flatMap(\.citations) where !seen.contains(c) { seen.append(c) }
        return seen
    }

}
