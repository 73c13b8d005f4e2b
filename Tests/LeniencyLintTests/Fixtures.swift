import Foundation
import LeniencyCore
import LeniencyLint

/// Small valid rule texts the checks' tests start from, so that each test's diagnostics come from its own mistake.
enum Fixtures {
    static let facts = """
    kind: facts
    facts:
      - name: harm_minor
        type: boolean
        label: 危害后果轻微
      - name: corrected
        type: boolean
        label: 已改正
      - name: duration_days
        type: integer
        label: 持续时间（日）
    """

    static let violations = """
    kind: violations
    violations:
      - code: TAX-1
        title: 未按规定报送银行账号
        violates: ["《中华人民共和国税收征收管理法》第六十条第一款第四项"]
        penalty_basis: ["《中华人民共和国税收征收管理法》第六十条第一款"]
      - code: TAX-2
        title: 未按规定保管发票
        violates: ["《中华人民共和国发票管理办法》第二十四条"]
        penalty_basis: ["《中华人民共和国发票管理办法》第三十五条"]
    """

    /// A clean unique list: its two items cover different violations, so they never meet in one case.
    static let list = """
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2021〕1号
    effective: 2021-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    hit_policy: unique
    items:
      - id: demo-01
        title: 轻微并改正
        violation: TAX-1
        conditions: [harm_minor, corrected]
      - id: demo-02
        title: 持续时间短
        violation: TAX-2
        conditions: [duration_days < 30]
    """

    /// A clean explicit standard: 0–600, 600–1400, 1400–2000 yuan of a 0–2000 range (含本数 at shared ends).
    static let standard = """
    kind: standard
    id: std-demo
    title: 示例裁量基准
    issuer: 示例局
    document: 示例〔2023〕1号
    effective: 2023-01-01
    violations: [TAX-1]
    boundary: inclusive
    statutory:
      min: 0
      max: 2000
    model: explicit
    tiers:
      - tier: lighter
        when: [corrected]
        band: {min: 0, max: 600}
      - tier: standard
        band: {min: 600, max: 1400}
      - tier: heavier
        when: [harm_minor]
        band: {min: 1400, max: 2000}
    """

    /// Lints the facts and violations fixtures plus one more file.
    static func lint(_ file: String, _ text: String, violations: String = Fixtures.violations) -> [Diagnostic] {
        Linter.lint(texts: [(file: "facts.yaml", text: facts), (file: "violations.yaml", text: violations), (file: file, text: text)])
    }
}

extension Diagnostic {
    /// `CODE@line:column`, compact for expectations.
    var codeAndPosition: String { "\(code.rawValue)@\(location.start.line):\(location.start.column)" }
}

extension String {
    /// The text with one exact fragment replaced; the fragment must occur (tests would otherwise pass vacuously).
    func replacing(exactly fragment: String, with replacement: String) -> String {
        precondition(contains(fragment), "fixture does not contain \(fragment)")
        return replacingOccurrences(of: fragment, with: replacement)
    }
}
