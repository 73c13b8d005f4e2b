import LeniencyCaseInput
import LeniencyCatalog
import Foundation
import LeniencyCore

/// A small catalog built in Swift, so case tests do not depend on the rule decoders or on rules/.
enum CaseTestSupport {
    static let here = SourceLocation.wholeFile("test-catalog.yaml")

    static let catalog = Catalog(
        facts: [
            FactDefinition(name: "harm_minor", type: .boolean, label: "危害后果轻微", location: here),
            FactDefinition(name: "corrected_within_deadline", type: .boolean, label: "责令期限内改正", location: here),
            FactDefinition(name: "duration_days", type: .integer, label: "持续时间（日）", location: here),
            FactDefinition(name: "exceed_ratio", type: .decimal, label: "超标倍数", location: here),
            FactDefinition(name: "loss", type: .money, label: "损失金额", location: here),
            FactDefinition(name: "rectified_on", type: .date, label: "改正日期", location: here),
            FactDefinition(name: "delay", type: .duration, label: "逾期天数", location: here),
            FactDefinition(name: "area", type: .enumeration(["general", "sensitive"]), label: "所在区域", location: here),
            FactDefinition(name: "remark", type: .text, label: "备注", location: here),
            FactDefinition(name: "age", type: .integer, label: "行为时年龄", source: .partyAge, location: here),
        ],
        violations: [
            Violation(code: "TAX-ZG-60-1-4", title: "未按照规定将全部银行账号向税务机关报送", category: "tax-registration",
                      sector: "tax", location: here),
            Violation(code: "TAX-ZG-62", title: "未按照规定的期限办理纳税申报", category: "tax-filing", sector: "tax", location: here),
        ]
    )

    /// A complete, valid case; tests replace lines of it.
    static let validCase = """
        id: 洪税罚〔2025〕0012号
        agency: 国家税务总局南昌市东湖区税务局
        region: 南昌市
        officers:
          - {name: 张三, certificate: "36010012345"}
          - 李四
        party:
          name: 南昌某商贸有限公司
          type: enterprise
          credit_code: 91440101MA5CJQ4N59
        violation: TAX-ZG-60-1-4
        dates:
          act: 2025-03-01
          act_end: 2025-03-20
          discovered: 2025-04-02
          filed: 2025-04-03
          decided: 2025-04-20
        facts:
          harm_minor: true
          corrected_within_deadline: false
          duration_days: 12
          exceed_ratio: 0.15
          loss: 5万元
          rectified_on: 2025-04-10
          delay: 20d
          area: sensitive
          remark: 已补报
        illegal_gains: 0
        goods_value: "12000.50"
        prior_violations:
          - {violation: TAX-ZG-62, date: 2023-06-01, case: 洪税罚〔2023〕0101号}
        decision:
          outcome: no-penalty
          fine: 0
          penalty_kinds: [warning]
          education: true
          commitment: true
          legal_review: false
          first_offence_claimed: true
          list: cn-tax-2021-6
          item: cn-tax-2021-6-01
          published: 2025-04-25
        """

    /// The valid case with every procedure field the case format knows (procedure, measures, payment, act identity).
    static let procedureCase = validCase.replacingOccurrences(of: "  published: 2025-04-25", with: """
          published: 2025-04-25
          coercion: allowed
        act_id: 洪违〔2025〕0007
        procedure:
          kind: ordinary
          notified: 2025-04-08
          hearing_rights: true
          statement_received: 2025-04-09
          rights_waived: false
          hearing_requested: 2025-04-09
          hearing_held: 2025-04-15
          legal_review: 2025-04-18
          legal_reviewer: 王五
          investigations:
            - {date: 2025-04-03, officers: [{name: 张三, certificate: "36010012345"}, 李四]}
            - {date: 2025-04-05}
          certificate_shown: true
          numbered_form: true
          delivered_on_spot: false
          reported: true
        coercive_measures:
          - {kind: seizure, decided: 2025-04-03, executed: 2025-04-03, extended: 2025-04-30, extension_days: 20, ended: 2025-05-20, notified: true}
          - {kind: freeze, decided: false, executed: 2025-04-04}
        payment:
          due: 2025-05-10
          paid: 2025-05-20
          surcharge: 150.50
          surcharge_from: 2025-05-11
        """)

    /// Decodes YAML text against the test catalog.
    static func decode(_ text: String, file: String = "case.yaml") -> CaseLoadResult {
        CaseDecoder.decode(text: text, file: file, catalog: catalog)
    }

    /// The valid case with one line replaced (matched by its exact text, indentation included).
    static func validCase(replacing old: String, with new: String) -> String {
        precondition(validCase.contains(old), "test fixture does not contain \(old)")
        return validCase.replacingOccurrences(of: old, with: new)
    }
}

extension CaseLoadResult {
    /// The codes of the diagnostics, in order.
    var codes: [DiagnosticCode] { diagnostics.map(\.code) }
    /// The diagnostics of one code.
    func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}
