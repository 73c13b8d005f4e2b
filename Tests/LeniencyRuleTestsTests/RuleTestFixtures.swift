import Foundation
import LeniencyCatalog
import LeniencyRuleTests

/// A tiny rules folder with one no-penalty list and one discretion standard, written to a temporary directory.
enum RuleTestFixtures {
    static let facts = """
    kind: facts
    facts:
      - {name: harm_minor, type: boolean, label: 危害后果轻微}
      - {name: corrected, type: boolean, label: 及时改正}
      - {name: duration_days, type: integer, label: 持续时间（日）}
    """

    static let violations = """
    kind: violations
    violations:
      - code: DEMO-1
        title: 示例违法行为
        violates: ["《中华人民共和国示例法》第十条"]
        penalty_basis: ["《中华人民共和国示例法》第二十条"]
    """

    static let list = """
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例不予处罚清单
    issuer: 示例局
    document: 示例〔2024〕1号
    effective: 2024-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    hit_policy: unique
    mandatory: true
    first_offence: {window: 2y, same_kind: violation}
    follow_up: {education: true}
    items:
      - id: demo-list-01
        title: 首次、轻微、及时改正
        violation: DEMO-1
        conditions:
          - first_offence
          - harm_minor
          - corrected
          - duration_days < 30
    """

    static let standard = """
    kind: standard
    id: demo-standard
    title: 示例裁量基准
    issuer: 示例局
    document: 示例〔2024〕2号
    effective: 2024-01-01
    violations: [DEMO-1]
    boundary: inclusive
    statutory: {min: 10000, max: 100000}
    model: bands
    tiers:
      - {tier: lighter, when: [harm_minor]}
      - {tier: standard}
      - {tier: heavier, when: ["duration_days > 90"]}
    """

    /// Passing test, failing test (two wrong expectations), in one file.
    static let tests = """
    kind: test
    tests:
      - name: applies
        case:
          violation: DEMO-1
          dates: {act: 2024-06-01, discovered: 2024-06-05}
          facts: {harm_minor: true, corrected: true, duration_days: 10}
          prior_violations: []
        expect:
          outcome: no-penalty
          mandatory: true
          item: demo-list-01
      - name: wrong expectations
        case:
          violation: DEMO-1
          dates: {act: 2024-06-01, discovered: 2024-06-05}
          facts: {harm_minor: false, corrected: true, duration_days: 10}
          prior_violations: []
        expect:
          outcome: no-penalty   # keep this comment
          fine: {min: 1, max: 2}
          mandatory: false
    """

    /// Writes the rules and the given test text into a fresh folder; returns its path.
    static func folder(tests: String = tests) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-ruletests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in [("facts.yaml", facts), ("violations.yaml", violations), ("list.yaml", list),
                             ("standard.yaml", standard), ("demo.test.yaml", tests)] {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// Loads the folder's rules and runs its tests.
    static func run(_ dir: String) throws -> RuleTestRun {
        let loaded = CatalogLoader.load(paths: [dir])
        precondition(!loaded.diagnostics.contains { $0.severity == .error }, "fixture rules must be valid: \(loaded.diagnostics)")
        let files = RuleFileFinder.find(paths: [dir], includeTests: true).files.filter(RuleTestRunner.isTestFile)
        return RuleTestRunner.run(catalog: loaded.catalog, testFiles: files)
    }
}
