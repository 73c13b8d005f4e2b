import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("Decoding: diagnostics point at the mistake")
struct DecodeDiagnosticTests {
    private func only(_ code: DiagnosticCode, in result: CatalogLoadResult,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        let found = result.diagnostics(code)
        #expect(found.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }

    @Test func unknownKeySuggestsTheNearestKnownKey() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                titel: 事项
                violation: TAX-ZG-62
            """))
        let d = try only(.unknownKey, in: result)
        #expect(d.location.file == "rules/test.yaml")
        #expect(d.location.start == DecodeFixtures.at(10, 5))
        #expect(d.message.contains("titel"))
        #expect(d.hint.contains("`title`"))
    }

    @Test func missingRequiredFieldPointsAtTheMapping() throws {
        let result = DecodeFixtures.load("""
            kind: facts
            facts:
              - name: undeclared_label
                type: boolean
            """)
        let d = try only(.missingField, in: result)
        #expect(d.location.start == DecodeFixtures.at(3, 5))
        #expect(d.message.contains("`label`"))
    }

    @Test func wrongTypeRejectsYAML11Booleans() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                mandatory: yes
            """))
        let d = try only(.wrongType, in: result)
        #expect(d.location.start == DecodeFixtures.at(12, 16))
    }

    @Test func invalidIDSpellingsAreS004() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(id: "CN_Tax", items: ""))
        let d = try only(.invalidValue, in: result)
        #expect(d.location.start == DecodeFixtures.at(2, 5))
        #expect(d.message.contains("[a-z0-9][a-z0-9-]*"))
    }

    @Test func invalidViolationCodeAndFactNameAreS004() throws {
        let result = DecodeFixtures.load("""
            kind: facts
            facts:
              - {name: Harm, type: boolean, label: 危害}
            ---
            kind: violations
            violations:
              - {code: tax-1, title: 违法}
            """)
        let found = result.diagnostics(.invalidValue)
        #expect(found.map(\.location.start) == [DecodeFixtures.at(3, 12), DecodeFixtures.at(7, 12)])
    }

    @Test func unknownKindSuggestsAKnownKind() throws {
        let result = DecodeFixtures.load("kind: lists\nid: x\n")
        let d = try only(.unknownDocumentKind, in: result)
        #expect(d.location.start == DecodeFixtures.at(1, 7))
        #expect(d.hint.contains("`list`"))
        #expect(result.diagnostics.count == 1)
    }

    @Test func ruleTestReadAsRulesPointsAtLeniencyTest() throws {
        let result = DecodeFixtures.load("kind: test\ntests: []\n")
        let d = try only(.unknownDocumentKind, in: result)
        #expect(d.location.start == DecodeFixtures.at(1, 7))
        #expect(d.message.contains("rule test"))
        #expect(d.hint.contains("leniency test"))
        #expect(!d.hint.contains("`list`"))
    }

    @Test func missingKindPointsAtTheDocument() throws {
        let result = DecodeFixtures.load("\nid: x\n")
        let d = try only(.unknownDocumentKind, in: result)
        #expect(d.location.start == DecodeFixtures.at(2, 1))
    }

    @Test func unknownFactIsReportedInsideAnUnquotedScalar() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions:
                  - corrected and harm_minr
            """))
        let d = try only(.unknownFact, in: result)
        // "      - " is 8 columns, so the scalar starts at column 9; `harm_minr` is 14 scalars into it.
        #expect(d.location.start == DecodeFixtures.at(13, 23))
        #expect(d.location.end == DecodeFixtures.at(13, 32))
        #expect(d.hint.contains("harm_minor"))
    }

    @Test func expressionErrorColumnCountsTheOpeningQuote() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions:
                  - "corrected and harm_minr"
                  - when: 'corrected and harm_minr'
                    label: 改正
            """))
        let found = result.diagnostics(.unknownFact)
        #expect(found.map(\.location.start) == [DecodeFixtures.at(13, 24), DecodeFixtures.at(14, 30)])
    }

    @Test func expressionErrorInABlockScalarPointsInsideIt() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions:
                  - >-
                    corrected and
                    harm_minr
            """))
        let d = try only(.unknownFact, in: result)
        // The block's second line, 8 spaces in: `harm_minr` is at 15:9 and ends before 15:18.
        #expect(d.location.start == DecodeFixtures.at(15, 9))
        #expect(d.location.end == DecodeFixtures.at(15, 18))
    }

    @Test func expressionErrorColumnsSkipEscapesAndFoldedLines() throws {
        // A raw string: the YAML below holds the backslashes exactly as written.
        let result = DecodeFixtures.load(DecodeFixtures.list(items: #"""
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions:
                  - 'area == ''x'' or harm_minr'
                  - "corrected and \"x\" == harm_minr"
                  - corrected and
                    harm_minr
                  - |
                    corrected
                    and harm_minr
                  - {when: "corrected and \u0020\
                      harm_minr"}
            """#))
        let found = result.diagnostics(.unknownFact).map(\.location.start)
        // Read off the source: the opening quote is column 9, so `harm_minr` is at 13:27 ('' is two columns, not one) and
        // 14:33 (\" is two); the folded plain scalar continues at 16:9; the literal block's last line `and harm_minr` at
        // 19:13; after the escaped line break the flow value continues at 21:11.
        #expect(found.contains(DecodeFixtures.at(13, 27)))
        #expect(found.contains(DecodeFixtures.at(14, 33)))
        #expect(found.contains(DecodeFixtures.at(16, 9)))
        #expect(found.contains(DecodeFixtures.at(19, 13)))
        #expect(found.contains(DecodeFixtures.at(21, 11)))
        #expect(found.count == 5, "\(found)")
    }

    @Test func expressionErrorColumnsHoldWithCRLFLineEnds() throws {
        let text = DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions:
                  - corrected and
                    harm_minr
            """).replacingOccurrences(of: "\n", with: "\r\n")
        let d = try only(.unknownFact, in: DecodeFixtures.load(text))
        #expect(d.location.start == DecodeFixtures.at(14, 9))
    }

    @Test func unknownEnumValueIsR002InsideTheExpression() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-62
                conditions: [area == sensitiv]
            """))
        let d = try only(.unknownEnumValue, in: result)
        // `conditions: [` puts the scalar at column 18; `sensitiv` is 8 scalars in.
        #expect(d.location.start == DecodeFixtures.at(12, 26))
    }

    @Test func unknownViolationCodeIsR003() throws {
        let result = DecodeFixtures.load(DecodeFixtures.list(items: """
              - id: l1-01
                title: 事项
                violation: TAX-ZG-61
            """))
        let d = try only(.unknownViolation, in: result)
        #expect(d.location.start == DecodeFixtures.at(11, 16))
        #expect(d.hint.contains("TAX-ZG-62"))
    }

    @Test func duplicateListVersionNotesTheFirstFile() throws {
        let first = DecodeFixtures.list(items: "  - {id: l1-01, title: 事项, violation: TAX-ZG-62}\n")
        let second = DecodeFixtures.list(items: "  - {id: l1-02, title: 事项, violation: TAX-ZG-62}\n")
        let result = CatalogLoader.load(texts: [("a/vocabulary.yaml", DecodeFixtures.vocabulary),
                                                ("a/first.yaml", first), ("b/second.yaml", second)])
        let d = try only(.duplicateID, in: result)
        #expect(d.location.file == "b/second.yaml")
        #expect(d.location.start == DecodeFixtures.at(2, 5))
        #expect(d.notes.map(\.location) == [SourceLocation(file: "a/first.yaml", start: DecodeFixtures.at(2, 5),
                                                           end: DecodeFixtures.at(2, 7))])
    }

    @Test func versionsWithDifferentEffectiveDatesMayShareListAndItemIDs() {
        let items = "  - {id: l1-01, title: 事项, violation: TAX-ZG-62}\n"
        let result = CatalogLoader.load(texts: [
            ("vocabulary.yaml", DecodeFixtures.vocabulary),
            ("v1.yaml", DecodeFixtures.list(effective: "2021-01-01", items: items)),
            ("v2.yaml", DecodeFixtures.list(effective: "2024-01-01", items: items)),
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.catalog.lists.count == 2)
    }

    @Test func duplicateItemFactAndCodeAreR004() throws {
        let result = DecodeFixtures.load("""
            kind: facts
            facts:
              - {name: harm_minor, type: boolean, label: 重复}
            ---
            kind: violations
            violations:
              - {code: TAX-ZG-62, title: 重复}
            ---
            kind: list
            id: l2
            list_kind: lighter
            title: 清单
            issuer: 某局
            document: 某发
            effective: 2024-01-01
            items:
              - {id: l2-01, title: 甲, violation: TAX-ZG-62}
              - {id: l2-01, title: 乙, violation: TAX-ZG-62}
              - {id: l2, title: 丙, violation: TAX-ZG-62}
            """)
        let found = result.diagnostics(.duplicateID)
        #expect(found.map(\.location.start) == [DecodeFixtures.at(3, 12), DecodeFixtures.at(7, 12),
                                                DecodeFixtures.at(18, 10), DecodeFixtures.at(19, 10)])
        #expect(found.map { $0.notes.first?.location.file } == ["rules/vocabulary.yaml", "rules/vocabulary.yaml",
                                                                 "rules/test.yaml", "rules/test.yaml"])
        #expect(found.map { $0.notes.first?.location.start.line } == [3, 35, 17, 10])
    }

    @Test func unknownReferencesAreR005() throws {
        let result = DecodeFixtures.load("""
            kind: facts
            facts:
              - name: zone
                type: enum
                values: [low, high]
                value_labels: {low: 低, hihg: 高}
                label: 区域
              - name: birth_age
                type: text
                label: 年龄
                source: party.age
              - name: filed_on
                type: date
                label: 立案日期
                source: case.filed_date
            ---
            kind: limitation
            id: apl-36
            effective: 2021-07-15
            periods:
              - {id: apl-36-general, years: 2}
              - {id: tax-86, years: 5, replaces: apl-36-genral}
            """)
        let found = result.diagnostics(.unknownReference)
        #expect(found.map(\.location.start) == [DecodeFixtures.at(6, 28), DecodeFixtures.at(11, 13),
                                                DecodeFixtures.at(15, 13), DecodeFixtures.at(22, 38)])
        #expect(found[2].hint.contains("`case.filing_date`"))
        #expect(found[3].hint.contains("`apl-36-general`"))
    }

    @Test func calendarConflictAndDateOutsideTheYear() throws {
        let result = DecodeFixtures.load("""
            kind: calendar
            year: 2026
            holidays:
              - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
              - {name: 春节, from: 2025-02-15, to: 2026-02-23}
            workdays: [2026-01-02]
            """)
        let k001 = try only(.calendarConflict, in: result)
        #expect(k001.location.start == DecodeFixtures.at(6, 12))
        #expect(k001.notes.first?.location.start == DecodeFixtures.at(4, 5))
        let k002 = try only(.calendarDateOutsideYear, in: result)
        #expect(k002.location.start == DecodeFixtures.at(5, 22))
    }

    @Test func expiryBeforeEffectiveIsD001() throws {
        let text = DecodeFixtures.list(items: "").replacingOccurrences(of: "effective: 2024-01-01",
                                                                     with: "effective: 2024-01-01\nexpires: 2023-12-31")
        let result = DecodeFixtures.load(text)
        let d = try only(.expiryBeforeEffective, in: result)
        #expect(d.location.start == DecodeFixtures.at(8, 10))
    }

    @Test func statutoryMinimumAboveMaximumIsB004() throws {
        let result = DecodeFixtures.load("""
            kind: standard
            id: std-x
            title: 基准
            issuer: 某局
            document: 某发
            effective: 2024-01-01
            violations: [TAX-ZG-62]
            statutory: {min: 2000, max: 500}
            model: bands
            tiers: [{tier: lighter}]
            """)
        let d = try only(.invalidStatutoryRange, in: result)
        #expect(d.location.start == DecodeFixtures.at(8, 29))
    }

    @Test func customTierNameNeedsARank() throws {
        let result = DecodeFixtures.load("""
            kind: standard
            id: std-x
            title: 基准
            issuer: 某局
            document: 某发
            effective: 2024-01-01
            violations: [TAX-ZG-62]
            statutory: {max: 2000}
            model: max-only
            tiers:
              - tier: 较轻
            """)
        let d = try only(.missingField, in: result)
        #expect(d.location.start == DecodeFixtures.at(11, 11))
        #expect(d.message.contains("rank"))
    }

    @Test func severalMistakesInOneFileAreAllReported() throws {
        let result = DecodeFixtures.load("""
            kind: list
            id: L1
            list_kind: no-penalty
            title: 清单
            issuer: 某局
            document: 某发
            effective: 2024-01-01
            expires: 2020-01-01
            hit_policy: uniqe
            items:
              - id: l1-01
                title: 事项
                violation: NOPE
                conditons: [harm_minor]
              - id: l1-02
                title: 事项
                violation: TAX-ZG-62
                conditions: [harm_minor and nonsense]
            """)
        let summary = result.diagnostics.map { "\($0.code.rawValue)@\($0.location.start)" }
        #expect(summary == ["S004@2:5", "D001@8:10", "S004@9:13", "R003@13:16", "S001@14:5", "R001@18:33"])
    }

    @Test func policyReferencesAreCheckedAgainstThePolicy() throws {
        let result = DecodeFixtures.load("""
            kind: policy
            id: p1
            title: 监督规则
            issuer: 某司法厅
            document: 某发
            effective: 2022-01-01
            quiet_days:
              from_day: 1
              to_day: 20
              exception_reasons: [complaint]
              reason_labels: {complaint: 投诉举报, referal: 转办交办}
            legal_review_when: fine >= 5万元 and major
            basis:
              decision_day: ["《中华人民共和国行政处罚法》第六十条"]
            """)
        let r005 = result.diagnostics(.unknownReference)
        #expect(r005.map(\.location.start) == [DecodeFixtures.at(11, 36), DecodeFixtures.at(14, 3)])
        #expect(r005[1].hint.contains("`decision_days`"))
        let r001 = try only(.unknownFact, in: result)
        #expect(r001.location.start == DecodeFixtures.at(12, 36))
    }
}
