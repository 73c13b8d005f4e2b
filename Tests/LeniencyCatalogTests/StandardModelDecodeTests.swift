import LeniencyCatalog
import LeniencyCore
import Testing

/// `statutory` with only a minimum and the `steps` model (law-and-policy.md §2.3, models B and C).
@Suite struct StandardModelDecodeTests {
    func standard(statutory: String, model: String, extra: String = "") -> String {
        """
        kind: standard
        id: std-x
        title: 某罚款裁量基准
        issuer: 某厅
        document: 某发〔2024〕1号
        effective: 2024-01-01
        violations: [TAX-ZG-60-1-4]
        statutory: \(statutory)
        model: \(model)
        \(extra)
        tiers:
          - tier: standard
        """
    }

    @Test func aStatuteWithOnlyAMinimumIsValidForTheMidpointModel() throws {
        let result = DecodeFixtures.load(standard(statutory: "{min: 5000}", model: "midpoint"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let decoded = try #require(result.catalog.standards.first)
        #expect(decoded.statutory == .minimumOnly(min: Money(yuan: 5000)))
        #expect(decoded.bandFor(tierOutcome: .heavier) == .minimumMultiples(from: Ratio(5), to: nil))
    }

    @Test func aStatuteWithOnlyAMinimumCannotBeSplitIntoBands() {
        let result = DecodeFixtures.load(standard(statutory: "{min: 5000}", model: "bands"))
        #expect(result.diagnostics.map(\.code) == [.invalidValue])
    }

    @Test func neitherMaximumNorMinimumIsAnError() {
        let result = DecodeFixtures.load(standard(statutory: "{min: 0}", model: "midpoint"))
        #expect(result.diagnostics.map(\.code) == [.missingField])
    }

    @Test func stepsCountsThe阶次() throws {
        let result = DecodeFixtures.load(standard(statutory: "{min: 10000, max: 100000}", model: "steps", extra: "steps: 5"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let decoded = try #require(result.catalog.standards.first)
        #expect(decoded.steps == 5)
        #expect(decoded.tiers.first?.band == .fraction(from: Ratio(2, 5), to: Ratio(3, 5)))
    }

    @Test func stepMultiplesSplitTheRangeByMultiplesOfTheMinimum() throws {
        let result = DecodeFixtures.load(standard(statutory: "{min: 10000, max: 100000}", model: "steps", extra: "step_multiples: [2, 5]"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let decoded = try #require(result.catalog.standards.first)
        #expect(decoded.stepMultiples == [Ratio(2), Ratio(5)])
        #expect(decoded.tiers.first?.band == .minimumMultiples(from: Ratio(2), to: Ratio(5)))
        for (statutory, model, extra) in [("{min: 10000, max: 100000}", "bands", "step_multiples: [2, 5]"),     // another model
                                          ("{min: 0, max: 100000}", "steps", "step_multiples: [2, 5]"),         // no minimum
                                          ("{min: 10000, max: 100000}", "steps", "step_multiples: [5, 2]"),     // not ascending
                                          ("{min: 10000, max: 100000}", "steps", "step_multiples: [2]"),        // one edge: two 阶次
                                          ("{min: 10000, max: 100000}", "steps", "step_multiples: [2, 10]"),    // not below max/min
                                          ("{min: 10000, max: 100000}", "steps", "step_multiples: [1.5, 5]"),   // not a whole multiple
                                          ("{min: 10000, max: 100000}", "steps", "steps: 3\nstep_multiples: [2, 5]")] {
            let bad = DecodeFixtures.load(standard(statutory: statutory, model: model, extra: extra))
            #expect(bad.diagnostics.map(\.code) == [.invalidValue], "\(extra) on \(model) \(statutory)")
        }
    }

    @Test func fewerThanThree阶次OrStepsOnAnotherModelAreErrors() {
        let two = DecodeFixtures.load(standard(statutory: "{min: 10000, max: 100000}", model: "steps", extra: "steps: 2"))
        #expect(two.diagnostics.map(\.code) == [.invalidValue])
        let bands = DecodeFixtures.load(standard(statutory: "{min: 10000, max: 100000}", model: "bands", extra: "steps: 3"))
        #expect(bands.diagnostics.map(\.code) == [.invalidValue])
    }
}

/// `reduction:` on a list item (model E, 粤环发〔2021〕7号 Art. 14).
@Suite struct ItemReductionDecodeTests {
    func item(_ reduction: String) -> String {
        DecodeFixtures.list(items: """
              - id: r-1
                title: 公开道歉承诺
                violation: TAX-ZG-60-1-4
                conditions: [harm_minor]
                reduction: \(reduction)
            """)
    }

    @Test func sharesAreRead() throws {
        let result = DecodeFixtures.load(item("{from: 30%, to: 50%}"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let decoded = try #require(result.catalog.lists.first?.items.first)
        #expect(decoded.reduction == FineReduction(from: Ratio(3, 10), to: Ratio(1, 2)))
    }

    @Test func invertedOrWholeSharesAreErrors() {
        #expect(DecodeFixtures.load(item("{from: 50%, to: 30%}")).diagnostics.map(\.code) == [.invalidValue])
        #expect(DecodeFixtures.load(item("{from: 30%, to: 100%}")).diagnostics.map(\.code) == [.invalidValue])
    }
}

/// `model: weights` and its `weights:` table (model D, 粤环发〔2021〕7号 Art. 6).
@Suite struct WeightTableDecodeTests {
    func standard(model: String = "weights", weights: String?, tiers: Bool = false) -> String {
        """
        kind: standard
        id: std-w
        title: 某罚款裁量表
        issuer: 某厅
        document: 某发〔2024〕1号
        effective: 2024-01-01
        violations: [TAX-ZG-60-1-4]
        statutory: {min: 10000, max: 100000}
        model: \(model)
        \(weights.map { "weights:\n" + $0 } ?? "")
        \(tiers ? "tiers:\n  - tier: standard" : "")
        """
    }

    static let table = """
          start: 10%
          floor: 20%
          factors:
            - factor: area
              label: 所在区域
              fact: area
              levels:
                - {value: general, weight: 0%, label: 一般区域}
                - {value: sensitive, weight: 15%}
            - factor: harm
              label: 危害后果
              levels:
                - {when: harm_minor, weight: 0%}
                - {when: not harm_minor, weight: 20%}
        """

    @Test func aWeightTableNeedsNoTiers() throws {
        let result = DecodeFixtures.load(standard(weights: Self.table))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let table = try #require(result.catalog.standards.first?.weights)
        #expect(table.start == Ratio(1, 10) && table.base == .maximum && table.floor == Ratio(1, 5))
        #expect(table.factors.map(\.id) == ["area", "harm"])
        #expect(table.factors[0].levels[1].condition.source == "area == sensitive")
        #expect(table.highestSum == Ratio(45, 100))
    }

    @Test func modelWeightsWithoutATableAndATableOnAnotherModelAreErrors() {
        #expect(DecodeFixtures.load(standard(weights: nil)).diagnostics.map(\.code) == [.missingField])
        #expect(DecodeFixtures.load(standard(model: "bands", weights: Self.table, tiers: true)).diagnostics.map(\.code) == [.invalidValue])
        #expect(DecodeFixtures.load(standard(model: "bands", weights: nil)).diagnostics.map(\.code) == [.missingField])
    }

    @Test func countsHistoryNeedsAnIntegerFactOnItsFactor() {
        let noFact = Self.table.replacingOccurrences(of: "      label: 危害后果\n", with: "      label: 危害后果\n      counts_history: {window: 2y}\n")
        #expect(DecodeFixtures.load(standard(weights: noFact)).diagnostics.map(\.code) == [.invalidValue])
        let enumFact = Self.table.replacingOccurrences(of: "      fact: area\n", with: "      fact: area\n      counts_history: {window: 2y}\n")
        #expect(DecodeFixtures.load(standard(weights: enumFact)).diagnostics.map(\.code) == [.invalidValue])
    }

    @Test func aWeightAbove100PercentAValueWithoutFactAndAnUnknownValueAreErrors() {
        let over = Self.table.replacingOccurrences(of: "weight: 20%", with: "weight: 120%")
        #expect(DecodeFixtures.load(standard(weights: over)).diagnostics.map(\.code) == [.invalidValue])
        let noFact = Self.table.replacingOccurrences(of: "      fact: area\n", with: "")
        #expect(DecodeFixtures.load(standard(weights: noFact)).diagnostics.map(\.code) == [.missingField, .missingField])
        let badValue = Self.table.replacingOccurrences(of: "value: sensitive", with: "value: sensitve")
        #expect(DecodeFixtures.load(standard(weights: badValue)).diagnostics.map(\.code) == [.unknownEnumValue])
    }
}
