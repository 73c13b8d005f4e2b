import Testing
import LeniencyCore
import LeniencyLint

@Suite("Semantic lint checks")
struct SemanticChecksTests {
    @Test("the fixtures are clean, so every other test sees only its own mistake")
    func fixturesAreClean() {
        #expect(Fixtures.lint("list.yaml", Fixtures.list).isEmpty)
        #expect(Fixtures.lint("standard.yaml", Fixtures.standard).isEmpty)
    }

    // MARK: D002

    static let twoVersions = """
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例清单（2021年版）
    issuer: 示例局
    document: 示例〔2021〕1号
    effective: 2021-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    items:
      - id: demo-2021-01
        title: 轻微并改正
        violation: TAX-1
        conditions: [harm_minor, corrected]
    ---
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 示例清单（2022年版）
    issuer: 示例局
    document: 示例〔2022〕1号
    effective: 2022-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    items:
      - id: demo-2022-01
        title: 轻微并改正
        violation: TAX-1
        conditions: [harm_minor, corrected]
    """

    @Test("D002: an older version without `expires` is still in force when the newer one starts")
    func overlappingVersions() throws {
        let diagnostics = Fixtures.lint("list.yaml", Self.twoVersions)
        #expect(diagnostics.map(\.codeAndPosition) == ["D002@15:1"])
        let d002 = try #require(diagnostics.first)
        #expect(d002.severity == .error)
        #expect(d002.message.contains("2022-01-01"))
        #expect(d002.hint.contains("expires: 2021-12-31"))
        #expect(d002.notes.map(\.location.start) == [SourcePosition(line: 1, column: 1)])
    }

    @Test("D002: `expires` on the day the next version starts still overlaps by that day")
    func expiryOnTheNewEffectiveDateOverlaps() {
        let text = Self.twoVersions.replacing(exactly: "effective: 2021-01-01\n", with: "effective: 2021-01-01\nexpires: 2022-01-01\n")
        #expect(Fixtures.lint("list.yaml", text).map(\.codeAndPosition) == ["D002@16:1"])
    }

    @Test("D002: `expires` the day before the next version starts is the correct hand-over")
    func consecutiveVersionsAreClean() {
        let text = Self.twoVersions.replacing(exactly: "effective: 2021-01-01\n", with: "effective: 2021-01-01\nexpires: 2021-12-31\n")
        #expect(Fixtures.lint("list.yaml", text).isEmpty)
    }

    // MARK: B001–B003

    @Test("B001: a heavier band above the statutory maximum")
    func bandAboveStatutoryMaximum() throws {
        let text = Fixtures.standard.replacing(exactly: "{min: 1400, max: 2000}", with: "{min: 1400, max: 2500}")
        let diagnostics = Fixtures.lint("standard.yaml", text)
        #expect(diagnostics.map(\.codeAndPosition) == ["B001@19:5"])
        #expect(try #require(diagnostics.first).message.contains("¥2,500.00"))
    }

    @Test("B001: a share band beyond 100% of the range")
    func fractionBandBeyondFullRange() {
        let text = Fixtures.standard.replacing(exactly: "{min: 1400, max: 2000}", with: "{from: 70%, to: 120%}")
        #expect(Fixtures.lint("standard.yaml", text).map(\.codeAndPosition) == ["B001@19:5"])
    }

    @Test("B002: the standard tier starts at 700 yuan, leaving 600–700 uncovered")
    func gapBetweenTiers() throws {
        let text = Fixtures.standard.replacing(exactly: "{min: 600, max: 1400}", with: "{min: 700, max: 1400}")
        let diagnostics = Fixtures.lint("standard.yaml", text)
        #expect(diagnostics.map(\.codeAndPosition) == ["B002@17:5"])
        #expect(try #require(diagnostics.first).notes.map(\.location.start) == [SourcePosition(line: 14, column: 5)])
    }

    @Test("B003: the standard tier starts at 500 yuan, inside the lighter band")
    func overlappingTiers() {
        let text = Fixtures.standard.replacing(exactly: "{min: 600, max: 1400}", with: "{min: 500, max: 1400}")
        #expect(Fixtures.lint("standard.yaml", text).map(\.codeAndPosition) == ["B003@17:5"])
    }

    @Test("a shared endpoint is the published form under lower-inclusive too")
    func sharedEndpointUnderLowerInclusive() {
        let text = Fixtures.standard.replacing(exactly: "boundary: inclusive", with: "boundary: lower-inclusive")
        #expect(Fixtures.lint("standard.yaml", text).isEmpty)
    }

    @Test("600 / 600.01 yuan leaves no amount uncovered when both ends are included, but leaves 600.00 out under lower-inclusive")
    func oneFenApart() {
        let text = Fixtures.standard.replacing(exactly: "{min: 600, max: 1400}", with: "{min: 600.01, max: 1400}")
        #expect(Fixtures.lint("standard.yaml", text).isEmpty)
        let lowerInclusive = text.replacing(exactly: "boundary: inclusive", with: "boundary: lower-inclusive")
        #expect(Fixtures.lint("standard.yaml", lowerInclusive).map(\.codeAndPosition) == ["B002@17:5"])
    }

    // MARK: C001, C002

    @Test("C001: violations without 违反条款 or 处罚依据, and an item with no citation anywhere")
    func missingCitations() {
        let violations = """
        kind: violations
        violations:
          - code: TAX-1
            title: 未按规定报送银行账号
            violates: ["《中华人民共和国税收征收管理法》第六十条第一款第四项"]
          - code: TAX-2
            title: 未按规定保管发票
        """
        let list = """
        kind: list
        id: demo-list
        list_kind: no-penalty
        title: 示例清单
        issuer: 示例局
        document: 示例〔2021〕1号
        effective: 2021-01-01
        items:
          - id: demo-01
            title: 违反条款可循
            violation: TAX-1
            conditions: [harm_minor]
          - id: demo-02
            title: 无任何依据
            violation: TAX-2
            conditions: [harm_minor]
        """
        let diagnostics = Fixtures.lint("list.yaml", list, violations: violations)
        #expect(diagnostics.map { "\($0.location.file):\($0.codeAndPosition)" } == [
            "list.yaml:C001@13:5",
            "violations.yaml:C001@3:5",
            "violations.yaml:C001@6:5",
            "violations.yaml:C001@6:5",
        ])
        #expect(diagnostics.filter { $0.location.file == "violations.yaml" && $0.location.start.line == 6 }.map(\.message).allSatisfy {
            $0.contains("TAX-2")
        })
    }

    @Test("C002: Arabic numerals in a citation, with the normalised form as the hint")
    func arabicNumeralsInCitation() throws {
        let text = Fixtures.list.replacing(exactly: "第三十三条第一款", with: "第33条第1款")
        let diagnostics = Fixtures.lint("list.yaml", text)
        #expect(diagnostics.map(\.codeAndPosition) == ["C002@8:14"])
        let c002 = try #require(diagnostics.first)
        #expect(c002.severity == .warning)
        #expect(c002.hint == "write `《中华人民共和国行政处罚法》第三十三条第一款`")
    }

    // MARK: X001, X002

    static let overlappingItems = """
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
      - id: demo-short
        title: 持续时间不满三十日
        violation: TAX-1
        conditions: [duration_days < 30]
      - id: demo-minor
        title: 危害轻微
        violation: TAX-1
        conditions: [harm_minor]
    """

    @Test("X001: two items of a unique list meet in one case; the message gives that case")
    func uniqueOverlap() throws {
        let diagnostics = Fixtures.lint("list.yaml", Self.overlappingItems)
        #expect(diagnostics.map(\.codeAndPosition) == ["X001@15:5"])
        let x001 = try #require(diagnostics.first)
        #expect(x001.message.contains("harm_minor = true"))
        #expect(x001.message.contains("duration_days = "))
        #expect(x001.notes.map(\.location.start) == [SourcePosition(line: 11, column: 5)])
    }

    @Test("X001: none when the conditions exclude each other, or when the list is not unique")
    func noOverlapWhenDisjointOrNotUnique() {
        let disjoint = Self.overlappingItems.replacing(exactly: "[harm_minor]", with: "[harm_minor, duration_days >= 30]")
        #expect(Fixtures.lint("list.yaml", disjoint).isEmpty)
        let first = Self.overlappingItems.replacing(exactly: "hit_policy: unique", with: "hit_policy: first")
        #expect(Fixtures.lint("list.yaml", first).isEmpty)
    }

    @Test("X001: an exclusion that rules out the other item's cases removes the overlap")
    func exclusionSeparatesItems() {
        let text = Self.overlappingItems.replacing(
            exactly: "    conditions: [harm_minor]", with: "    conditions: [harm_minor]\n    exclusions: [duration_days < 30]")
        #expect(Fixtures.lint("list.yaml", text).isEmpty)
    }

    @Test("X002: an item whose conditions contradict each other is a warning")
    func neverApplies() throws {
        let text = Fixtures.list.replacing(exactly: "[duration_days < 30]", with: "[duration_days < 10, duration_days > 20]")
        let diagnostics = Fixtures.lint("list.yaml", text)
        #expect(diagnostics.map(\.codeAndPosition) == ["X002@15:5"])
        #expect(try #require(diagnostics.first).severity == .warning)
    }
}

/// B005 and B006: model-D weight tables (粤环发〔2021〕7号 Art. 6; levels exclusive under the Art. 23 convention).
@Suite struct WeightTableLintTests {
    func standard(start: String, levels: String) -> String {
        """
        kind: standard
        id: std-w
        title: 某权重表
        issuer: 某厅
        document: 某发〔2024〕1号
        effective: 2024-01-01
        violations: [TAX-1]
        statutory: {min: 10000, max: 100000}
        model: weights
        weights:
          start: \(start)
          factors:
            - factor: duration
              label: 违法行为持续时间
              levels:
        \(levels)
        """
    }

    func lint(_ text: String) -> [Diagnostic] {
        Linter.lint(texts: [("rules/facts.yaml", Fixtures.facts), ("rules/violations.yaml", Fixtures.violations), ("rules/std.yaml", text)])
    }

    @Test func aTableWithinOneHundredPercentAndExclusiveLevelsIsClean() {
        let text = standard(start: "20%", levels: """
                    - {when: duration_days < 90, weight: 0%}
                    - {when: duration_days >= 90, weight: 80%}
            """)
        #expect(lint(text).isEmpty, "\(lint(text).map(\.message))")
    }

    @Test func weightsThatCanAddUpToMoreThan100PercentAreB005() throws {
        let text = standard(start: "30%", levels: """
                    - {when: duration_days < 90, weight: 0%}
                    - {when: duration_days >= 90, weight: 80%}
            """)
        let diagnostic = try #require(lint(text).first)
        #expect(diagnostic.code == .weightsOverLimit)
        #expect(diagnostic.message.contains("110%"))
        #expect(diagnostic.location.start.line == 11)
    }

    @Test func overlappingLevelsAreB006WithACase() throws {
        let text = standard(start: "10%", levels: """
                    - {when: duration_days <= 90, weight: 0%, label: 3个月以下}
                    - {when: duration_days >= 90, weight: 5%, label: 3个月以上}
            """)
        let diagnostic = try #require(lint(text).first)
        #expect(diagnostic.code == .weightLevelsOverlap)
        #expect(diagnostic.message.contains("duration_days = 90"))
        #expect(diagnostic.location.start.line == 17)
    }
}

/// B007: model C with max/min ≥ 4 must divide its 阶次 by multiples (按倍数额划分处罚阶次).
@Suite struct StepMultiplesLintTests {
    func standard(_ statutory: String, extra: String = "") -> String {
        """
        kind: standard
        id: std-c
        title: 某阶次基准
        issuer: 某厅
        document: 某发〔2024〕2号
        effective: 2024-01-01
        violations: [TAX-1]
        statutory: \(statutory)
        model: steps
        \(extra)
        tiers:
          - tier: standard
        """
    }

    func lint(_ text: String) -> [Diagnostic] {
        Linter.lint(texts: [("rules/facts.yaml", Fixtures.facts), ("rules/violations.yaml", Fixtures.violations), ("rules/std.yaml", text)])
    }

    @Test func aTenfoldRangeInEqual阶次IsB007() throws {
        let diagnostic = try #require(lint(standard("{min: 10000, max: 100000}")).first)
        #expect(diagnostic.code == .multiplesSplitMissing)
        #expect(diagnostic.message.contains("10"))
        #expect(diagnostic.location.start.line == 1)
    }

    @Test func exactlyFourTimesIsB007AndLessIsNot() {
        #expect(lint(standard("{min: 10000, max: 40000}")).map(\.code) == [.multiplesSplitMissing])
        #expect(lint(standard("{min: 10000, max: 39999.99}")).isEmpty)
    }

    @Test func declaredMultiplesOrOnlyAMaximumAreClean() {
        #expect(lint(standard("{min: 10000, max: 100000}", extra: "step_multiples: [2, 5]")).isEmpty)
        #expect(lint(standard("{min: 0, max: 100000}")).isEmpty)
    }
}
