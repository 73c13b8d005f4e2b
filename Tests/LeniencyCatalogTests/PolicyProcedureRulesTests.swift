import LeniencyCatalog
import LeniencyCore
import Testing

/// The procedure rules of `kind: policy` (docs/RULE-FORMAT.md): every key read, and mistakes reported with a position.
@Suite struct PolicyProcedureRulesTests {
    static let header = """
        kind: policy
        id: p
        title: 示例
        issuer: 示例局
        document: 示例〔2024〕1号
        effective: 2021-07-15
        region: 全国

        """

    @Test func everyProcedureRuleIsRead() throws {
        let result = DecodeFixtures.load(Self.header + """
            summary_procedure: {individual: 200, organisation: 3000元, penalty_kinds: [warning, fine]}
            statement_working_days: 3
            hearing_request_working_days: 5
            hearing_penalty_kinds: [revocation, closure]
            coercive_measure_periods:
              - {kinds: [sequestration, seizure], days: 30, extension_days: 30}
              - {kinds: freeze, days: 30}
            surcharge_cap: 100%
            inspection_forbidden_performers: [third_party, auxiliary]
            notice_before_decision: true
            legal_review_before_decision: true
            coercion_formalities: true
            no_coercion_decisions: false
            single_fine_per_act: true
            similar_cases: {min_group: 4, mad_min_group: 6, deviations: 2.5, relative_share: 40%}
            basis:
              similar_cases: ["《中华人民共和国行政处罚法》第三十四条"]
              summary_procedure: ["《中华人民共和国行政处罚法》第五十一条"]
              coercive_measure_periods: ["《中华人民共和国行政强制法》第二十五条第一款"]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let policy = try #require(result.catalog.policies.first)
        let rules = policy.procedure
        #expect(rules.summaryProcedure == SummaryProcedureLimits(individual: Money(yuan: 200), organisation: Money(yuan: 3000), penaltyKinds: ["warning", "fine"]))
        #expect(rules.statementWorkingDays == 3)
        #expect(rules.hearingRequestWorkingDays == 5)
        #expect(rules.hearingPenaltyKinds == ["revocation", "closure"])
        #expect(rules.period(for: .seizure) == CoercivePeriod(kinds: [.sequestration, .seizure], days: 30, extensionDays: 30))
        #expect(rules.period(for: .freeze) == CoercivePeriod(kinds: [.freeze], days: 30, extensionDays: 0))
        #expect(rules.period(for: .restriction) == nil)
        #expect(rules.surchargeCap == Ratio(1))
        #expect(rules.inspectionForbiddenPerformers == ["third_party", "auxiliary"])
        #expect(rules.noticeBeforeDecision == true && rules.legalReviewBeforeDecision == true && rules.coercionFormalities == true)
        #expect(rules.noCoercionDecisions == false)
        #expect(rules.singleFinePerAct == true)
        #expect(rules.similarCases == SimilarCaseRule(minGroup: 4, madMinGroup: 6, deviations: Ratio(5, 2), relativeShare: Ratio(2, 5)))
        #expect(policy.basis["coercive_measure_periods"]?.map(\.text) == ["《中华人民共和国行政强制法》第二十五条第一款"])
    }

    @Test func absentRulesStayAbsent() throws {
        let policy = try #require(DecodeFixtures.load(Self.header).catalog.policies.first)
        #expect(policy.procedure == ProcedureRules())
        #expect(policy.procedure.summaryProcedure == nil && policy.procedure.noticeBeforeDecision == nil)
    }

    @Test(arguments: [
        ("coercive_measure_periods: [{kinds: [arrest], days: 30}]", DiagnosticCode.invalidValue, 3),
        ("coercive_measure_periods: [{kinds: [seizure], days: 0}]", .invalidValue, 3),
        ("coercive_measure_periods: [{kinds: [seizure]}]", .missingField, 3),
        ("inspection_forbidden_performers: [thirdparty]", .invalidValue, 3),
        ("summary_procedure: {individual: 200}", .missingField, 3),
        ("surcharge_cap: -10%", .invalidValue, 3),
        ("hearing_request_working_days: 0", .invalidValue, 3),
        ("notice_before_decision: yes", .wrongType, 3),
        ("similar_cases: {min_group: 2, mad_min_group: 5, deviations: 3, relative_share: 50%}", .invalidValue, 3),
        ("similar_cases: {min_group: 5, mad_min_group: 4, deviations: 3, relative_share: 50%}", .invalidValue, 3),
        ("similar_cases: {min_group: 3, mad_min_group: 5, deviations: 0, relative_share: 50%}", .invalidValue, 3),
        ("similar_cases: {min_group: 3, mad_min_group: 5, deviations: 3, relative_share: 1001}", .invalidValue, 3),
        ("similar_cases: {min_group: 3, mad_min_group: 5, deviations: 3}", .missingField, 3),
        ("basis: {notice_before_decison: [\"《中华人民共和国行政处罚法》第四十四条\"]}", .unknownReference, 3),
    ])
    func mistakesAreReported(_ line: String, _ code: DiagnosticCode, _ minimumLine: Int) {
        let result = DecodeFixtures.load(Self.header + line + "\n")
        let found = result.diagnostics(code)
        #expect(!found.isEmpty, "\(line): \(result.diagnostics.map(\.message))")
        #expect(found.allSatisfy { $0.location.start.line >= minimumLine + 5 }, "\(line) is reported where it is written")
    }
}
