import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff
import LeniencyEngine
import Testing

/// A small rule set in YAML and revisions of it, each made by replacing text, so a test states exactly what changed.
enum DiffFixture {
    static let vocabulary = """
    kind: facts
    facts:
      - {name: harm_minor, type: boolean, label: 危害后果轻微}
      - {name: corrected, type: boolean, label: 及时改正}
      - {name: duration_days, type: integer, label: 违法行为持续时间（日）}
      - {name: area, type: enum, values: [general, sensitive], value_labels: {general: 一般区域, sensitive: 敏感区域}, label: 所在区域}
    ---
    kind: violations
    violations:
      - {code: V-1, title: 第一种违法行为, category: c, violates: ["《某条例》第一条"], penalty_basis: ["《某条例》第十条"]}
      - {code: V-2, title: 第二种违法行为, category: c, violates: ["《某条例》第二条"], penalty_basis: ["《某条例》第十条"]}
      - {code: V-3, title: 第三种违法行为, violates: ["《某条例》第三条"], penalty_basis: ["《某条例》第十条"]}
    ---
    kind: limitation
    id: apl-36
    effective: 2021-07-15
    periods:
      - {id: apl-36-general, years: 2, basis: ["《中华人民共和国行政处罚法》第三十六条第一款"]}
    """

    static let list = """
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 测试清单
    issuer: 某局
    document: 某发〔2024〕1号
    effective: 2024-01-01
    expires: 2025-12-31
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    hit_policy: unique
    mandatory: true
    first_offence: {window: 1y, same_kind: violation}
    follow_up: {education: true}
    items:
      - id: demo-1
        title: 第一项
        violation: V-1
        conditions:
          - first_offence
          - harm_minor
        exclusions:
          - area == sensitive
      - id: demo-2
        title: 第二项
        violation: V-2
        conditions:
          - duration_days <= 30
          - corrected
    """

    static let standard = """
    kind: standard
    id: demo-std
    title: 测试裁量基准
    issuer: 某局
    document: 某发〔2024〕2号
    effective: 2024-01-01
    violations: [V-1, V-2, V-3]
    statutory: {min: 0, max: 10000}
    model: bands
    split: [30%, 40%, 30%]
    tiers:
      - tier: lighter
        when: [corrected]
      - tier: standard
    """

    /// The base rules.
    static var base: [String: String] { ["facts.yaml": vocabulary + "\n", "list.yaml": list + "\n", "standard.yaml": standard + "\n"] }

    /// The base rules with `old` replaced by `new` in `file` (the replacement must happen exactly once).
    static func revised(_ edits: [(file: String, old: String, new: String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: String] {
        var files = base
        for edit in edits {
            let text = try #require(files[edit.file], sourceLocation: sourceLocation)
            #expect(text.components(separatedBy: edit.old).count == 2, "`\(edit.old)` must occur once in \(edit.file)", sourceLocation: sourceLocation)
            files[edit.file] = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        return files
    }

    /// The catalog of a set of files; the test fails on any load error.
    static func catalog(_ files: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Catalog {
        let loaded = CatalogLoader.load(texts: files.keys.sorted().map { (file: $0, text: files[$0] ?? "") })
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location.file):\($0.location.start.line): \($0.message)" })", sourceLocation: sourceLocation)
        return loaded.catalog
    }

    /// The diff of the base rules against a revision.
    static func diff(_ new: [String: String], witnesses: Bool = true) -> CatalogDiff {
        CatalogDiffer(old: catalog(base), new: catalog(new), options: DiffOptions(witnesses: witnesses)).diff(oldLabel: "old", newLabel: "new")
    }

    /// The changes of one kind.
    static func changes(_ diff: CatalogDiff, _ kind: ChangeKind) -> [DiffChange] {
        diff.allChanges.map(\.change).filter { $0.kind == kind }
    }

    /// Decides a witness again with engines built here from the YAML, independently of the diff: the two decisions.
    static func redecide(_ witness: Witness, old: [String: String], new: [String: String]) -> (old: Decision, new: Decision) {
        (Engine(catalog: catalog(old)).decide(witness.record), Engine(catalog: catalog(new)).decide(witness.record))
    }

    static func date(_ text: String) -> CivilDate {
        guard let date = CivilDate(text) else { preconditionFailure("bad date \(text)") }
        return date
    }
}
