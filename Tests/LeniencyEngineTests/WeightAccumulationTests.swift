import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Model D (权重累加, 粤环发〔2021〕7号 Art. 5, 6): expected amounts worked out by hand from the table's words.
@Suite struct WeightAccumulationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = Engine(catalog: CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog)

    /// Facts that rule out every list item and general ground for ENV-WATER-83-2.
    static let noLeniency: [String: FactValue] = [
        "no_harm": .boolean(false), "minor_violation": .boolean(false), "corrected_in_time": .boolean(false),
        "corrected_before_discovery": .boolean(false), "corrected_within_deadline": .boolean(false), "harm_minor": .boolean(false),
        "corrected_before_decision": .boolean(false), "public_apology_made": .boolean(false), "compliance_pledge_made": .boolean(false),
        "in_eco_sensitive_area": .boolean(false), "in_sensitive_area": .boolean(false), "large_social_impact": .boolean(false),
    ]

    func water(_ facts: [String: FactValue], engine: Engine = shipped) -> Decision {
        let record = CaseRecord(id: "案-D", agency: "广州市生态环境局", region: "广州市", party: Party(name: "某公司", type: .enterprise),
                                violation: "ENV-WATER-83-2",
                                dates: CaseDates(act: Fixture.date("2024-03-01"), discovered: Fixture.date("2024-03-05"),
                                                 decided: Fixture.date("2024-04-15")),
                                facts: Self.noLeniency.merging(facts) { $1 }, priorViolations: [], location: Fixture.here)
        return engine.decide(record)
    }

    @Test("unknown factors count at their lowest level and are not missing facts; 7% of ¥1,000,000 is raised to the minimum ¥100,000")
    func unknownFactorsAtTheLowestLevel() throws {
        let decision = water(["exceedance_pattern": .enumeration("ph_only"), "ph_value": .decimal(FixedPoint(parsing: "4")!)])
        #expect(decision.outcome == .standard)
        #expect(decision.missing.isEmpty)
        let weights = try #require(decision.weights)
        #expect(weights.factors.filter { $0.status == .lowest }.map(\.factor)
                == ["exceeding-count", "pollutant-class", "outlet-area", "daily-discharge"])
        // The file gives its (empty) history: 近二年同类违法 is this one alone, 1次 (Art. 21, 22).
        #expect(weights.factors.last?.level == "1次" && weights.factors.last?.status == .level)
        #expect(weights.factors.first { $0.factor == "outlet-area" }?.unknown == ["outlet_area"])
        #expect(weights.sum == Ratio(7, 100) && weights.raisedToMinimum)
        #expect(weights.amount == Money(yuan: 100_000))
        #expect(decision.fine?.min == Money(yuan: 100_000) && decision.fine?.max == Money(yuan: 100_000))
        // The explanation says why: a trace entry per factor, the unknown ones with the Art. 5 note.
        let outlet = try #require(decision.trace.first { $0.listID == "std-gd-env-water-83-2-weights" && $0.itemID == "outlet-area" })
        #expect(outlet.notesZh.contains { $0.contains("按最低档次计算") })
    }

    @Test("known factors: 7 + 2 + 10 + 0 + 10 + 8 + 3 = 40% of ¥1,000,000 = ¥400,000; 200 t and 3× fall in the 以上 level (Art. 23)")
    func knownFactors() throws {
        let decision = water(["exceedance_pattern": .enumeration("other"), "exceedance_multiple": .decimal(FixedPoint(parsing: "3")!),
                              "exceeding_pollutant_count": .integer(2), "water_pollutant_class": .enumeration("class_a"),
                              "outlet_area": .enumeration("general"), "daily_wastewater_tonnes": .decimal(FixedPoint(parsing: "200")!),
                              "same_kind_count_2y": .integer(2)])
        let weights = try #require(decision.weights)
        // 7 start + 2 (2个) + 10 (A类) + 0 (一般区域) + 10 (200吨以上) + 8 (3倍以上8倍以下) + 3 (2次) = 40%.
        #expect(weights.sum == Ratio(40, 100))
        #expect(weights.factors.allSatisfy { $0.status == .level })
        #expect(decision.fine?.min == Money(yuan: 400_000))
    }

    @Test("a 从轻 granted by a list lies below the table's amount, not below the statutory minimum")
    func lighterBelowTheAmount() throws {
        let decision = water(["exceedance_pattern": .enumeration("other"), "exceedance_multiple": .decimal(FixedPoint(parsing: "4.5")!),
                              "water_pollutant_class": .enumeration("class_a"), "eliminated_harm": .boolean(true)])
        #expect(decision.outcome == .lighter)
        // 7 + 10 + 8 = 25% → ¥250,000, excluded; from ¥100,000.
        let fine = try #require(decision.fine)
        #expect(fine.min == Money(yuan: 100_000) && fine.minInclusive)
        #expect(fine.max == Money(yuan: 250_000) && !fine.maxInclusive)
    }

    @Test("the compiled engine leaves a model-D case to the explaining engine")
    func compiledTakesTheExplainingPath() {
        let compiled = Self.shipped.compiled()
        var compact = CompactCase()
        var scratch = CompiledScratch()
        let record = CaseRecord(id: "案-D", agency: "某局", region: "广州市", party: Party(name: "某公司", type: .enterprise),
                                violation: "ENV-WATER-83-2",
                                dates: CaseDates(act: Fixture.date("2024-03-01"), discovered: Fixture.date("2024-03-05")),
                                facts: Self.noLeniency, priorViolations: [], location: Fixture.here)
        let filled = compact.fill(from: record, layout: compiled.layout)
        #expect(filled)
        let fast = compiled.decide(compact, scratch: &scratch)
        #expect(fast == nil)
        #expect(compiled.decide(record, compact: &compact, scratch: &scratch).weights?.amount == Money(yuan: 100_000))
    }

    // A small table of its own: the range base, the table's floor, the cap, overlapping and missing levels, rounding.
    static func engine(statutory: String, weights: String) -> Engine {
        let texts = [("rules/v.yaml", """
            kind: facts
            facts:
              - {name: level, type: integer, label: 档次}
              - {name: gains, type: money, label: 违法所得}
            ---
            kind: violations
            violations:
              - code: X-1
                title: 某违法行为
                category: x
                sector: x
                violates: ["《某条例》第一条"]
                penalty_basis: ["《某条例》第二条"]
            """), ("rules/s.yaml", """
            kind: standard
            id: std-w
            title: 某权重表
            issuer: 某厅
            document: 某发〔2024〕1号
            effective: 2024-01-01
            violations: [X-1]
            statutory: \(statutory)
            model: weights
            weights:
            \(weights)
            """)]
        let loaded = CatalogLoader.load(texts: texts)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
        return Engine(catalog: loaded.catalog)
    }

    func decide(_ engine: Engine, _ facts: [String: FactValue]) -> Decision {
        engine.decide(CaseRecord(id: "案-W", agency: "某局", party: Party(name: "某公司", type: .enterprise), violation: "X-1",
                                 dates: CaseDates(act: Fixture.date("2024-06-01"), discovered: Fixture.date("2024-06-02")),
                                 facts: facts, priorViolations: [], location: Fixture.here))
    }

    static let levels = """
          factors:
            - factor: f
              label: 因素
              levels:
                - {when: level == 1, weight: 3%}
                - {when: level >= 1, weight: 40%}
                - {when: level == 5, weight: 95%}
        """

    @Test("base `range`: min + pct × (max − min), raised to the table's floor (不足20%的按20%计算)")
    func rangeBaseAndFloor() throws {
        let engine = Self.engine(statutory: "{min: 1000, max: 10000}", weights: "  start: 5%\n  base: range\n  floor: 20%\n" + Self.levels)
        // level 0: no level fits → lowest 3%; 5 + 3 = 8% → floor 20% → 1000 + 20% × 9000 = 2800.
        let low = try #require(decide(engine, ["level": .integer(0)]).weights)
        #expect(low.factors.first?.status == .noLevel && low.sum == Ratio(8, 100) && low.floorApplied == Ratio(20, 100))
        #expect(low.amount == Money(yuan: 2800))
        // level 1: two levels hold (3%, 40%) → the higher; 5 + 40 = 45% → 1000 + 4050 = 5050.
        let both = try #require(decide(engine, ["level": .integer(1)]).weights)
        #expect(both.factors.first?.status == .highest && both.amount == Money(yuan: 5050))
        // level 5: 40% and 95% hold → 95%; 5 + 95 = 100% → the maximum.
        #expect(decide(engine, ["level": .integer(5)]).weights?.amount == Money(yuan: 10000))
    }

    @Test("the sum is capped at 100% (Art. 6: 最高不超过100%)")
    func capped() throws {
        let engine = Self.engine(statutory: "{min: 0, max: 10000}", weights: "  start: 10%\n" + Self.levels)
        let weights = try #require(decide(engine, ["level": .integer(5)]).weights)
        #expect(weights.sum == Ratio(105, 100) && weights.applied == .one && weights.amount == Money(yuan: 10000))
    }

    @Test("a multiple-based range: the product is rounded down to the fen")
    func roundedDownToTheFen() throws {
        let engine = Self.engine(statutory: "{basis: gains, min_multiple: 0, max_multiple: 5}", weights: "  start: 7%\n" + Self.levels)
        // max = 5 × ¥333.33 = ¥1,666.65; 7% + 3% (level 1 → 3% and 40% hold → 40%): 47% × 1666.65 = 783.3255 → ¥783.32.
        let weights = try #require(decide(engine, ["level": .integer(1), "gains": .money(Money(fen: 33_333))]).weights)
        #expect(weights.amount == Money(fen: 78_332))
        // Without the basis the fine cannot be given and the basis is missing, as for the other models.
        let missing = decide(engine, ["level": .integer(1)])
        #expect(missing.weights == nil && missing.missing == ["gains"])
    }
}
