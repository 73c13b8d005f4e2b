import LeniencyCatalog
import LeniencyCore

/// Rule texts shared by the decoding tests; every expected value is read off these texts, not off output.
enum DecodeFixtures {
    /// A facts document and a violations document (lines matter: tests point into them).
    static let vocabulary = """
        kind: facts
        facts:
          - name: harm_minor
            type: boolean
            label: 危害后果轻微
          - name: corrected
            type: boolean
            label: 及时改正
          - name: area
            type: enum
            values: [general, sensitive]
            value_labels: {general: 一般区域, sensitive: 生态环境敏感区}
            label: 所在区域
          - name: age
            type: integer
            label: 行为时年龄（周岁）
            label_en: age at the act
            source: party.age
          - name: serious
            type: boolean
            label: 情节严重
          - name: loss
            type: money
            label: 损失金额
        ---
        kind: violations
        violations:
          - code: TAX-ZG-60-1-4
            title: 纳税人未按照规定将其全部银行账号向税务机关报送
            category: tax-registration
            sector: tax
            violates: ["《中华人民共和国税收征收管理法》第六十条第一款第四项"]
            penalty_basis: ["《中华人民共和国税收征收管理法》第六十条第一款"]
            statutory_penalty: 可以处二千元以下的罚款
          - code: TAX-ZG-62
            title: 未按照规定的期限办理纳税申报
            unverified: true
            note: 条文待核
        ---
        kind: regions
        regions:
          - {name: 全国}
          - {name: 江西省, code: "360000", parent: 全国}
          - {name: 九江市, code: "360400", parent: 江西省}
          - {name: 景德镇市, code: "360200", parent: 江西省}
          - {name: 浮梁县, code: "360222", parent: 景德镇市}
        """

    /// Loads the vocabulary plus `text` (in `rules/test.yaml`).
    static func load(_ text: String, file: String = "rules/test.yaml") -> CatalogLoadResult {
        CatalogLoader.load(texts: [("rules/vocabulary.yaml", vocabulary), (file, text)])
    }

    /// A list document whose `items:` key is on line 8, so the first item starts on line 9.
    static func list(id: String = "l1", effective: String = "2024-01-01", items: String) -> String {
        """
        kind: list
        id: \(id)
        list_kind: no-penalty
        title: 清单
        issuer: 某局
        document: 某发〔2024〕1号
        effective: \(effective)
        items:

        """ + items
    }

    /// A 1-based position.
    static func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }
}

extension CatalogLoadResult {
    /// Diagnostics with a code.
    func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}
