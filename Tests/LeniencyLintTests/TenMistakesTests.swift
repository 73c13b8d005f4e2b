import Testing
import LeniencyCore
import LeniencyLint

/// One rules file with ten different mistakes, from YAML syntax to legal semantics: one `lint` run must report
/// each of them, once, at its own line and column — no mistake may hide another.
@Suite("Ten mistakes in one file")
struct TenMistakesTests {
    static let facts = """
    kind: facts
    facts:
      - name: harm_minor
        type: boolean
        label: 危害后果轻微
      - name: corrected
        type: boolean
        label: 已改正
    """

    // Line numbers are written at the right of each mistake; columns are counted from 1 in Unicode scalars.
    static let rules = """
    kind: violations
    violations:
      - code: TAX-1
        title: 未按规定报送银行账号
        title: 重复的标题
        violates:
          - 《中华人民共和国税收征收管理法》第60条
        penalty_basis:
          - 《中华人民共和国税收征收管理法》第六十条第一款
    ---
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例清单
    issuer: 示例局
    document: 示例〔2021〕1号
    effective: 2021-01-01
    expires: 2020-12-31
    implements:
      - 《中华人民共和国行政处罚法》第三十三条第一款
    hit_policy: uniq
    items:
      - id: demo-01
        title: 危害轻微
        violation: TAX-9
        conditions:
          - harm_minr
      - id: demo-02
        title: 已改正
        violation: TAX-1
        priority: 1
        conditions:
          - harm_minor = true
    ---
    kind: standard
    id: std-demo
    title: 示例裁量基准
    document: 示例〔2023〕1号
    effective: 2023-01-01
    violations: [TAX-1]
    statutory:
      min: 0
      max: 2000
    model: explicit
    tiers:
      - tier: lighter
        band: {min: 0, max: 1000}
      - tier: heavier
        when: [harm_minor]
        band: {min: 1000, max: 3000}
    """

    @Test("each mistake is reported once, with its code, line and column")
    func tenMistakes() {
        let diagnostics = Linter.lint(texts: [(file: "facts.yaml", text: Self.facts), (file: "rules.yaml", text: Self.rules)])
        let expected = [
            "Y003@5:5",    // second `title` key in the violation
            "C002@7:9",    // 第60条: Arabic numerals
            "D001@18:10",  // expires 2020-12-31 before effective 2021-01-01
            "S004@21:13",  // hit_policy `uniq`
            "R003@25:16",  // violation TAX-9 is not declared
            "R001@27:9",   // fact `harm_minr`
            "S001@31:5",   // unknown key `priority`
            "E001@33:20",  // `=` (not an operator) at offset 11 of `harm_minor = true`
            "S002@35:1",   // standard without `issuer`
            "B001@48:5",   // heavier band up to 3000 above the statutory maximum 2000
        ]
        #expect(diagnostics.map(\.codeAndPosition) == expected)
        #expect(diagnostics.allSatisfy { $0.location.file == "rules.yaml" })
        #expect(Set(diagnostics.map(\.code)).count == 10)
        #expect(diagnostics.allSatisfy { !$0.hint.isEmpty })
    }
}
