import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("Decoding: one document of each kind")
struct DecodeDocumentTests {
    @Test func factsDecodeTypesValuesLabelsAndSources() throws {
        let result = DecodeFixtures.load("")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let facts = result.catalog.facts
        #expect(facts.map(\.name) == ["harm_minor", "corrected", "area", "age", "serious", "loss"])
        let area = try #require(result.catalog.fact(named: "area"))
        #expect(area.type == .enumeration(["general", "sensitive"]))
        #expect(area.valueLabels == ["general": "一般区域", "sensitive": "生态环境敏感区"])
        #expect(area.location.file == "rules/vocabulary.yaml")
        #expect(area.location.start == DecodeFixtures.at(9, 5))
        let age = try #require(result.catalog.fact(named: "age"))
        #expect(age.type == .integer)
        #expect(age.source == .partyAge)
        #expect(age.label == "行为时年龄（周岁）")
        #expect(age.labelEn == "age at the act")
        #expect(result.catalog.fact(named: "loss")?.type == .money)
    }

    @Test func violationsDecodeCitationsWithTheirPositions() throws {
        let result = DecodeFixtures.load("")
        let violation = try #require(result.catalog.violation(code: "TAX-ZG-60-1-4"))
        #expect(violation.category == "tax-registration")
        #expect(violation.sector == "tax")
        #expect(violation.violates.map(\.text) == ["《中华人民共和国税收征收管理法》第六十条第一款第四项"])
        #expect(violation.violates.first?.location.start == DecodeFixtures.at(32, 16))
        #expect(violation.penaltyBasis.map(\.text) == ["《中华人民共和国税收征收管理法》第六十条第一款"])
        #expect(violation.statutoryPenalty == "可以处二千元以下的罚款")
        #expect(!violation.unverified)
        let other = try #require(result.catalog.violation(code: "TAX-ZG-62"))
        #expect(other.unverified)
        #expect(other.note == "条文待核")
    }

    @Test func listItemsInheritListDefaultsAndOverrideThem() throws {
        let result = DecodeFixtures.load("""
            kind: list
            id: cn-tax-2021-6
            list_kind: no-penalty
            title: 税务行政处罚"首违不罚"事项清单
            issuer: 国家税务总局
            document: 国家税务总局公告2021年第6号
            effective: 2021-04-01
            expires: 2030-12-31
            region: 全国
            implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
            hit_policy: unique
            mandatory: true
            first_offence: {window: ever, same_kind: violation}
            follow_up: {education: true, commitment: true, rectify_days: 15}
            items:
              - id: cn-tax-2021-6-01
                title: 未按规定报送银行账号
                violation: TAX-ZG-60-1-4
                conditions:
                  - first_offence
                  - harm_minor
                  - when: corrected or area == general
                    label: 及时改正
                exclusions: [serious]
                first_offence: {window: 2y}
                follow_up: {commitment: false}
              - id: cn-tax-2021-6-02
                title: 未按期申报
                violations: [TAX-ZG-62, TAX-ZG-60-1-4]
                mandatory: false
                outcome: lighter
                also_allows: [mitigated]
                basis: ["《中华人民共和国行政处罚法》第三十二条"]
                unverified: true
                note: 待核
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(result.catalog.lists.first)
        #expect(list.id == "cn-tax-2021-6")
        #expect(list.kind == .noPenalty)
        #expect(list.info.issuer == "国家税务总局")
        #expect(list.info.document == "国家税务总局公告2021年第6号")
        #expect(list.info.region == "全国")
        #expect(list.validity == Validity(effective: try #require(CivilDate("2021-04-01")), expires: CivilDate("2030-12-31")))
        #expect(list.hitPolicy == .unique)
        #expect(list.scope == .listed)
        #expect(list.implements.map(\.text) == ["《中华人民共和国行政处罚法》第三十三条第一款"])
        #expect(list.items.count == 2)

        let first = list.items[0]
        #expect(first.violations == ["TAX-ZG-60-1-4"])
        #expect(first.mandatory)                                   // inherited
        #expect(first.outcome == .noPenalty)                       // the list kind's outcome
        #expect(first.firstOffence == FirstOffenceRule(window: .twoYears, sameKind: .violation))  // window overridden, same_kind inherited
        #expect(first.followUp == FollowUp(education: true, commitment: false, rectifyDays: 15))
        #expect(first.conditions.map(\.source) == ["first_offence", "harm_minor", "corrected or area == general"])
        #expect(first.conditions[2].label == "及时改正")
        #expect(first.conditions[0].expression.factNames == ["first_offence"])
        #expect(first.conditions[2].location.start == DecodeFixtures.at(22, 15))
        #expect(first.exclusions.map(\.source) == ["serious"])
        #expect(first.location.start == DecodeFixtures.at(16, 5))

        let second = list.items[1]
        #expect(second.violations == ["TAX-ZG-62", "TAX-ZG-60-1-4"])
        #expect(!second.mandatory)
        #expect(second.outcome == .lighter)
        #expect(second.alsoAllows == [.mitigated])
        #expect(second.firstOffence == FirstOffenceRule(window: .ever, sameKind: .violation))
        #expect(second.followUp == FollowUp(education: true, commitment: true, rectifyDays: 15))
        #expect(second.basis.map(\.text) == ["《中华人民共和国行政处罚法》第三十二条"])
        #expect(second.unverified)
        #expect(second.note == "待核")
    }

    @Test func listDefaultsWhenLeftOut() throws {
        let result = DecodeFixtures.load("""
            kind: list
            id: apl-general
            list_kind: mitigated
            title: 行政处罚法总则
            issuer: 全国人民代表大会常务委员会
            document: 主席令第七十号
            effective: 2021-07-15
            scope: all
            items:
              - id: apl-32-1
                title: 主动消除或者减轻违法行为危害后果
                conditions: corrected
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(result.catalog.lists.first)
        #expect(list.scope == .all)
        #expect(list.hitPolicy == .collect)
        let item = try #require(list.items.first)
        #expect(item.violations.isEmpty)
        #expect(!item.mandatory)
        #expect(item.outcome == .mitigated)
        #expect(item.firstOffence == .default)
        #expect(item.followUp == FollowUp())
        #expect(item.conditions.map(\.source) == ["corrected"])
    }

    @Test func standardDerivesMissingBandsFromTheModel() throws {
        let result = DecodeFixtures.load("""
            kind: standard
            id: std-tax-zg-60-1
            title: 未按规定报送银行账号等 罚款裁量基准
            issuer: 某省税务局
            document: 某税发〔2023〕1号
            effective: 2023-01-01
            violations: [TAX-ZG-60-1-4]
            boundary: lower-inclusive
            statutory:
              min: 0
              max: 2000
            model: bands
            split: [20%, 50%, 30%]
            tiers:
              - tier: lighter
                when: [harm_minor]
              - tier: 一般
                rank: standard
              - tier: heavier
                when: serious
                band: {from: 70%, to: 100%}
              - tier: 顶格
                rank: heavier
                band: {min: 1800, max: 2000}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let standard = try #require(result.catalog.standards.first)
        #expect(standard.violations == ["TAX-ZG-60-1-4"])
        #expect(standard.boundary == .lowerInclusive)
        #expect(standard.statutory == .amounts(min: .zero, max: Money(yuan: 2000)))
        #expect(standard.model == .bands)
        #expect(standard.split == [Ratio(1, 5), Ratio(1, 2), Ratio(3, 10)])
        #expect(standard.tiers.map(\.name) == ["lighter", "一般", "heavier", "顶格"])
        #expect(standard.tiers.map(\.outcome) == [.lighter, .standard, .heavier, .heavier])
        #expect(standard.tiers[0].band == .fraction(from: .zero, to: Ratio(1, 5)))
        #expect(standard.tiers[1].band == .fraction(from: Ratio(1, 5), to: Ratio(7, 10)))
        #expect(standard.tiers[2].band == .fraction(from: Ratio(7, 10), to: .one))
        #expect(standard.tiers[3].band == .amounts(min: Money(yuan: 1800), max: Money(yuan: 2000)))
        #expect(standard.tiers[2].conditions.map(\.source) == ["serious"])
        #expect(standard.tiers[1].conditions.isEmpty)
    }

    @Test func statutoryMultiplesOfAMoneyFact() throws {
        let result = DecodeFixtures.load("""
            kind: standard
            id: std-gains
            title: 违法所得倍数
            issuer: 某局
            document: 某发〔2024〕2号
            effective: 2024-01-01
            violations: TAX-ZG-62
            statutory: {basis: illegal_gains, min_multiple: 1, max_multiple: 5}
            model: midpoint
            tiers:
              - {tier: lighter}
              - {tier: standard}
              - {tier: heavier}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let standard = try #require(result.catalog.standards.first)
        #expect(standard.boundary == .inclusive)
        #expect(standard.statutory == .multiples(basis: "illegal_gains", min: .one, max: Ratio(5)))
        let half = Ratio(1, 2)
        #expect(standard.tiers.map(\.band) == [.fraction(from: .zero, to: half), .fraction(from: half, to: half),
                                                .fraction(from: half, to: .one)])
    }

    @Test func bandForFollowsEachModel() {
        let here = SourceLocation.wholeFile("x.yaml")
        var standard = DiscretionStandard(
            id: "s", info: DocumentInfo(title: "", issuer: "", document: ""),
            validity: Validity(effective: CivilDate(dayNumber: 0)), violations: [], boundary: .inclusive,
            statutory: .amounts(min: .zero, max: Money(yuan: 2000)), model: .maxOnly, split: [], tiers: [], location: here)
        // RULE-FORMAT.md "Models": max-only — lighter up to 20% of the maximum, standard 20%–60%, heavier 60%–100%.
        #expect(standard.bandFor(tierOutcome: .lighter) == .fraction(from: .zero, to: Ratio(1, 5)))
        #expect(standard.bandFor(tierOutcome: .standard) == .fraction(from: Ratio(1, 5), to: Ratio(3, 5)))
        #expect(standard.bandFor(tierOutcome: .heavier) == .fraction(from: Ratio(3, 5), to: .one))
        #expect(standard.bandFor(tierOutcome: .mitigated) == nil)
        standard.model = .bands
        // bands: 30/40/30 by default.
        #expect(standard.bandFor(tierOutcome: .standard) == .fraction(from: Ratio(3, 10), to: Ratio(7, 10)))
        standard.model = .explicit
        #expect(standard.bandFor(tierOutcome: .lighter) == nil)
    }

    @Test func limitationPeriodsDecodeWithConditionsAndReplacements() throws {
        let result = DecodeFixtures.load("""
            kind: limitation
            id: apl-36
            effective: 2021-07-15
            periods:
              - id: apl-36-general
                years: 2
                basis: ["《中华人民共和国行政处罚法》第三十六条第一款"]
              - id: apl-36-serious
                years: 5
                when: serious
                basis: ["《中华人民共和国行政处罚法》第三十六条第一款"]
              - id: tax-86
                years: 5
                sectors: [tax]
                replaces: apl-36-general
                basis: ["《中华人民共和国税收征收管理法》第八十六条"]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let rules = try #require(result.catalog.limitations.first)
        #expect(rules.id == "apl-36")
        #expect(rules.validity.effective == CivilDate("2021-07-15"))
        #expect(rules.periods.map(\.id) == ["apl-36-general", "apl-36-serious", "tax-86"])
        #expect(rules.periods.map(\.years) == [2, 5, 5])
        #expect(rules.periods[0].condition == nil)
        #expect(rules.periods[1].condition?.source == "serious")
        #expect(rules.periods[2].sectors == ["tax"])
        #expect(rules.periods[2].replaces == "apl-36-general")
        #expect(rules.periods[2].basis.map(\.text) == ["《中华人民共和国税收征收管理法》第八十六条"])
    }

    @Test func policyDecodesEveryRule() throws {
        let result = DecodeFixtures.load("""
            kind: policy
            id: jx-supervision
            title: 江西省涉企行政检查与行政处罚监督规则
            issuer: 江西省司法厅
            document: 赣司发〔2022〕1号
            effective: 2022-01-01
            region: 江西省
            quiet_days:
              from_day: 1
              to_day: 20
              overrides:
                - {region: 九江市, from_day: 1, to_day: 25}
              exception_reasons: [complaint, referral]
              reason_labels: {complaint: 投诉举报, referral: 转办交办}
            inspection_caps:
              - {period: year, max: 2}
              - {period: month, max: 1, region: 浮梁县}
            joint_window_days: 7
            officers_min: 2
            decision_days: 90
            publicity_working_days: 7
            legal_review_when: fine >= 50000 or major_decision or loss > 1万元
            large_fine: {individual: 5000, organisation: 10万元}
            education_required_for_no_penalty: true
            basis:
              decision_days: ["《中华人民共和国行政处罚法》第六十条"]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.catalog.policies.first)
        #expect(policy.info.region == "江西省")
        let quiet = try #require(policy.quietDays)
        #expect(quiet.window(for: nil) == 1...20)
        #expect(quiet.window(for: "九江市") == 1...25)
        #expect(quiet.exceptionReasons == ["complaint", "referral"])
        #expect(quiet.reasonLabels == ["complaint": "投诉举报", "referral": "转办交办"])
        #expect(policy.inspectionCaps == [InspectionCap(period: .year, max: 2, region: nil),
                                          InspectionCap(period: .month, max: 1, region: "浮梁县")])
        #expect(policy.jointWindowDays == 7)
        #expect(policy.officersMin == 2)
        #expect(policy.decisionDays == 90)
        #expect(policy.publicityWorkingDays == 7)
        #expect(policy.legalReviewWhen?.expression.factNames == ["fine", "major_decision", "loss"])
        #expect(policy.largeFine == LargeFineThreshold(individual: Money(yuan: 5000), organisation: Money(yuan: 100_000)))
        #expect(policy.educationRequiredForNoPenalty)
        #expect(policy.basis["decision_days"]?.map(\.text) == ["《中华人民共和国行政处罚法》第六十条"])
    }

    @Test func calendarDecodesHolidaysAndWorkdays() throws {
        let result = DecodeFixtures.load("""
            kind: calendar
            year: 2026
            document: 国务院办公厅关于2026年部分节假日安排的通知
            holidays:
              - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
            workdays: [2026-01-04]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let calendar = try #require(result.catalog.calendars.first)
        #expect(calendar.year == 2026)
        #expect(calendar.holidays == [HolidayCalendar.Holiday(name: "元旦", from: try #require(CivilDate("2026-01-01")),
                                                              to: try #require(CivilDate("2026-01-03")))])
        #expect(calendar.workdays == [try #require(CivilDate("2026-01-04"))])
        // 2026-01-04 is a Sunday made a working day; 2026-01-02 (Friday) is a holiday.
        let days = result.catalog.workingDays
        #expect(days.isWorkingDay(try #require(CivilDate("2026-01-04"))))
        #expect(!days.isWorkingDay(try #require(CivilDate("2026-01-02"))))
    }

    @Test func catalogRecordsTheFilesRead() {
        let result = DecodeFixtures.load("kind: calendar\nyear: 2025\nholidays: []\n")
        #expect(result.catalog.files == ["rules/vocabulary.yaml", "rules/test.yaml"])
    }
}

@Suite struct PolicyDiscretionKeyTests {
    @Test func policyCanExpectDiscretionaryLeniencyAndBeMarkedUnverified() throws {
        let result = CatalogLoader.load(texts: [("policy.yaml", """
        kind: policy
        id: p
        title: 示例
        issuer: 示例局
        document: 示例〔2024〕1号
        effective: 2024-01-01
        unverified: true
        expects_discretionary_leniency: true
        """)])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.catalog.policies.first)
        #expect(policy.expectsDiscretionaryLeniency)
        #expect(policy.info.unverified)
    }
}
