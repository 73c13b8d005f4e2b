import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// A small, self-contained rule set for audit tests (independent of the shipped rules/).
///
/// T-1 (category cat-a): mandatory no-penalty item np-1 = first offence (1 year, same violation) ∧ harm_minor ∧ corrected,
/// excluded by large_impact; statutory 1000–10000 yuan, bands 30/40/30, heavier when serious.
/// T-2 (category cat-a): no list; same standard. M-1: discretionary (可以) lighter item lt-1 when confessed.
/// Policy: officers ≥ 2, decision ≤ 90 days after 立案, publicity ≤ 7 working days, 法制审核 when fine ≥ 5000 or
/// major_public_interest, education for every no-penalty decision, quiet days 1–20 (九江市 1–25), caps 2/year and
/// 1/month in 浮梁县, joint window 7 days, 较大数额 2000 / 6000 yuan, statements within 3 working days.
/// National layer (全国, from 2021-07-15): 简易程序 ≤ 200 / 3000 yuan (warning, fine), hearing requests within 5 working
/// days, revocation and suspension carry a hearing, 加处罚款 ≤ 100% of the fine, 告知 and 法制审核 before the decision,
/// one fine per act, 查封/扣押 30 + 30 days, coercion formalities, no-coercion decisions binding, no inspections by
/// third parties or auxiliary staff.
enum AuditFixtures {
    static let rules: [(file: String, text: String)] = [
        ("facts.yaml", """
        kind: facts
        facts:
          - {name: harm_minor, type: boolean, label: 危害后果轻微}
          - {name: corrected, type: boolean, label: 及时改正}
          - {name: serious, type: boolean, label: 情节严重}
          - {name: large_impact, type: boolean, label: 造成较大社会影响}
          - {name: confessed, type: boolean, label: 主动供述}
          - {name: major_public_interest, type: boolean, label: 涉及重大公共利益}
          - {name: harm_life_health, type: boolean, label: 涉及公民生命健康安全且有危害后果}
        """),
        ("violations.yaml", """
        kind: violations
        violations:
          - code: T-1
            title: 测试违法行为一
            category: cat-a
            sector: general
            violates: ["《中华人民共和国测试法》第一条"]
            penalty_basis: ["《中华人民共和国测试法》第二条"]
          - code: T-2
            title: 测试违法行为二
            category: cat-a
            violates: ["《中华人民共和国测试法》第三条"]
            penalty_basis: ["《中华人民共和国测试法》第四条"]
          - code: M-1
            title: 测试违法行为三
            category: cat-m
            violates: ["《中华人民共和国测试法》第五条"]
            penalty_basis: ["《中华人民共和国测试法》第六条"]
        """),
        ("np-list.yaml", """
        kind: list
        id: np-list
        list_kind: no-penalty
        title: 测试首违不罚清单
        issuer: 测试局
        document: 测试〔2022〕1号
        effective: 2022-01-01
        region: 测试省
        implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
        hit_policy: first
        mandatory: true
        first_offence: {window: 1y, same_kind: violation}
        follow_up: {education: true}
        items:
          - id: np-1
            title: 首次违法且危害后果轻微并及时改正
            violation: T-1
            conditions: [first_offence, harm_minor, corrected]
            exclusions: [large_impact]
            basis: ["《中华人民共和国行政处罚法》第三十三条第一款"]
        """),
        ("old-list.yaml", """
        kind: list
        id: old-list
        list_kind: no-penalty
        title: 已废止的测试清单
        issuer: 测试局
        document: 测试〔2019〕1号
        effective: 2019-01-01
        expires: 2020-12-31
        implements: ["《中华人民共和国行政处罚法》第二十七条"]
        hit_policy: first
        mandatory: true
        items:
          - id: old-1
            title: 旧清单事项
            violation: T-2
            conditions: [harm_minor]
            basis: ["《中华人民共和国行政处罚法》第二十七条"]
        """),
        ("lt-list.yaml", """
        kind: list
        id: lt-list
        list_kind: lighter
        title: 测试从轻清单
        issuer: 测试局
        document: 测试〔2022〕2号
        effective: 2022-01-01
        implements: ["《中华人民共和国行政处罚法》第三十二条"]
        hit_policy: first
        mandatory: false
        items:
          - id: lt-1
            title: 主动供述
            violation: M-1
            conditions: [confessed]
            basis: ["《中华人民共和国行政处罚法》第三十二条"]
        """),
        ("standard.yaml", """
        kind: standard
        id: std-test
        title: 测试裁量基准
        issuer: 测试局
        document: 测试〔2022〕3号
        effective: 2022-01-01
        violations: [T-1, T-2, M-1]
        boundary: inclusive
        statutory: {min: 1000, max: 10000}
        model: bands
        split: [30%, 40%, 30%]
        tiers:
          - tier: heavier
            when: [serious]
        """),
        ("limitation.yaml", """
        kind: limitation
        id: apl-36
        effective: 2021-07-15
        periods:
          - id: apl-36-general
            years: 2
            basis: ["《中华人民共和国行政处罚法》第三十六条第一款"]
        """),
        ("policy.yaml", """
        kind: policy
        id: test-policy
        title: 测试省监督规则
        issuer: 测试省司法厅
        document: 测试〔2022〕9号
        effective: 2022-01-01
        region: 测试省
        quiet_days:
          from_day: 1
          to_day: 20
          overrides:
            - {region: 九江市, from_day: 1, to_day: 25}
          exception_reasons: [complaint, referral, special_campaign, emergency, statutory]
        inspection_caps:
          - {period: year, max: 2}
          - {period: month, max: 1, region: 浮梁县}
        joint_window_days: 7
        officers_min: 2
        decision_days: 90
        publicity_working_days: 7
        legal_review_when: fine >= 5000 or major_public_interest
        education_required_for_no_penalty: true
        large_fine: {individual: 2000, organisation: 6000}
        statement_working_days: 3
        basis:
          officers_min: ["《中华人民共和国行政处罚法》第四十二条"]
          decision_days: ["《中华人民共和国行政处罚法》第六十条"]
          legal_review_when: ["《中华人民共和国行政处罚法》第五十八条"]
          education_required_for_no_penalty: ["《中华人民共和国行政处罚法》第三十三条第三款"]
        """),
        ("regions.yaml", """
        kind: regions
        regions:
          - {name: 全国}
          - {name: 测试省, parent: 全国, placeholder: true}
          - {name: 南昌市, code: "360100", parent: 测试省}
          - {name: 九江市, code: "360400", parent: 测试省}
          - {name: 浔阳区, code: "360403", parent: 九江市}
          - {name: 浮梁县, code: "360222", parent: 测试省}
          - {name: 宁波市, code: "330200", parent: 全国}
        """),
        ("national.yaml", """
        kind: policy
        id: test-national
        title: 测试全国程序规则
        issuer: 测试立法机关
        document: 测试程序法
        effective: 2021-07-15
        region: 全国
        summary_procedure: {individual: 200, organisation: 3000, penalty_kinds: [warning, fine]}
        hearing_request_working_days: 5
        hearing_penalty_kinds: [revocation, suspension]
        surcharge_cap: 100%
        notice_before_decision: true
        legal_review_before_decision: true
        single_fine_per_act: true
        coercive_measure_periods:
          - {kinds: [sequestration, seizure], days: 30, extension_days: 30}
        coercion_formalities: true
        no_coercion_decisions: true
        inspection_forbidden_performers: [third_party, auxiliary]
        similar_cases: {min_group: 3, mad_min_group: 5, deviations: 3, relative_share: 50%}
        basis:
          similar_cases: ["《中华人民共和国行政处罚法》第三十四条"]
          summary_procedure: ["《中华人民共和国行政处罚法》第五十一条"]
          hearing_request_working_days: ["《中华人民共和国行政处罚法》第六十四条第一款第一项"]
          hearing_penalty_kinds: ["《中华人民共和国行政处罚法》第六十三条第一款"]
          surcharge_cap: ["《中华人民共和国行政处罚法》第七十二条第一款第一项"]
          notice_before_decision: ["《中华人民共和国行政处罚法》第四十四条"]
          legal_review_before_decision: ["《中华人民共和国行政处罚法》第五十八条第一款"]
          single_fine_per_act: ["《中华人民共和国行政处罚法》第二十九条"]
          coercive_measure_periods: ["《中华人民共和国行政强制法》第二十五条第一款"]
          coercion_formalities: ["《中华人民共和国行政强制法》第二十四条第一款"]
          no_coercion_decisions: ["《中华人民共和国行政强制法》第十六条第二款"]
        """),
        ("calendar-2025.yaml", """
        kind: calendar
        year: 2025
        document: 国务院办公厅关于2025年部分节假日安排的通知
        holidays:
          - {name: 劳动节, from: 2025-05-01, to: 2025-05-05}
          - {name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08}
        workdays: [2025-04-27, 2025-09-28, 2025-10-11]
        """),
    ]

    /// The fixture catalog; a load error fails the calling test.
    static func catalog() throws -> Catalog {
        let loaded = CatalogLoader.load(texts: rules)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "fixture rules: \(errors.map { "\($0.location) \($0.message)" })")
        return loaded.catalog
    }

    /// The fixture catalog with the policy marking discretionary items as expected to be used (A104).
    static func catalogExpectingDiscretion() throws -> Catalog {
        var catalog = try catalog()
        for index in catalog.policies.indices {
            catalog.policies[index].expectsDiscretionaryLeniency = true
            catalog.policies[index].basis["expects_discretionary_leniency"] = [Citation("测试省关于适用可以型清单的规定", at: .wholeFile("policy.yaml"))]
        }
        return catalog
    }

    static func date(_ text: String) -> CivilDate {
        CivilDate(text) ?? CivilDate(dayNumber: 0)
    }

    static let twoOfficers = [Officer(name: "张三", certificate: "C-001"), Officer(name: "李四", certificate: "C-002")]

    /// A case of T-1 that passes every check: first offence, minor, corrected, exempted with education, on time.
    static func cleanExemption(id: String = "测罚〔2025〕1号", line: Int = 1) -> CaseRecord {
        CaseRecord(
            id: id, agency: "测试省某市市场监督管理局", region: "南昌市", officers: twoOfficers,
            party: Party(name: "某商贸有限公司", type: .enterprise, creditCode: "party-\(id)"),
            violation: "T-1",
            dates: CaseDates(act: date("2025-03-03"), discovered: date("2025-03-10"), filed: date("2025-03-11"), decided: date("2025-04-01")),
            facts: ["harm_minor": .boolean(true), "corrected": .boolean(true), "large_impact": .boolean(false), "serious": .boolean(false)],
            priorViolations: [],
            decision: RecordedDecision(outcome: .noPenalty, fine: .zero, education: true, firstOffenceClaimed: true,
                                       list: "np-list", item: "np-1", published: date("2025-04-03")),
            location: SourceLocation(file: "cases.yaml", start: SourcePosition(line: line, column: 1)))
    }

    /// A penalised T-2 case in the standard tier with a fine inside the standard band [3700, 7300] — clean.
    static func cleanPenalty(id: String = "测罚〔2025〕2号", fine: Int64 = 4000, party: String? = nil, line: Int = 1) -> CaseRecord {
        CaseRecord(
            id: id, agency: "测试省某市市场监督管理局", region: "南昌市", officers: twoOfficers,
            party: Party(name: "某公司", type: .enterprise, creditCode: party ?? "party-\(id)"),
            violation: "T-2",
            dates: CaseDates(act: date("2025-03-03"), discovered: date("2025-03-10"), filed: date("2025-03-11"), decided: date("2025-04-01")),
            facts: ["serious": .boolean(false)],
            priorViolations: [],
            decision: RecordedDecision(outcome: .standard, fine: Money(yuan: fine), penaltyKinds: ["fine"], legalReview: false,
                                       published: date("2025-04-03")),
            location: SourceLocation(file: "cases.yaml", start: SourcePosition(line: line, column: 1)))
    }

    static func inspection(_ id: String, enterprise: String = "E1", agency: String = "测试省某市市场监督管理局", region: String = "南昌市",
                           date: String, reason: String = "routine", registered: Bool? = true, joint: Bool? = nil) -> InspectionRecord {
        InspectionRecord(id: id, enterprise: enterprise, agency: agency, region: region, date: self.date(date), reason: reason,
                         registered: registered, joint: joint, officers: twoOfficers,
                         location: SourceLocation(file: "inspections.yaml", start: SourcePosition(line: 1, column: 1)))
    }

    /// The codes found for a set of cases (and inspections).
    static func codes(_ catalog: Catalog, cases: [CaseRecord], inspections: [InspectionRecord] = [],
                      options: AuditOptions = AuditOptions()) -> [String] {
        Auditor(catalog: catalog, options: options).audit(cases: cases, inspections: inspections).findings.map(\.code.rawValue)
    }

    static func report(_ catalog: Catalog, cases: [CaseRecord], inspections: [InspectionRecord] = [],
                       options: AuditOptions = AuditOptions()) -> AuditReport {
        Auditor(catalog: catalog, options: options).audit(cases: cases, inspections: inspections)
    }
}
