import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

@Suite("Fine ranges, exact in fen")
struct FineRangeTests {
    func range(_ standard: DiscretionStandard, _ outcome: Outcome, basis: Money? = nil) throws -> FineRange {
        guard case .range(let range) = FineCalculator.range(standard: standard, outcome: outcome, tier: nil, basis: { _ in basis }) else {
            Issue.record("no range for \(outcome)")
            throw CancellationError()
        }
        return range
    }

    @Test("¥10,000–¥100,000 with 30/40/30 bands: lighter 10,000–37,000, standard 37,000–73,000, heavier 73,000–100,000")
    func bands() throws {
        let standard = Fixture.standard()
        let lighter = try range(standard, .lighter)
        #expect(lighter.min == Fixture.yuan(10_000) && lighter.max == Fixture.yuan(37_000))
        #expect(lighter.minInclusive && lighter.maxInclusive)
        let middle = try range(standard, .standard)
        #expect(middle.min == Fixture.yuan(37_000) && middle.max == Fixture.yuan(73_000))
        let heavier = try range(standard, .heavier)
        #expect(heavier.min == Fixture.yuan(73_000) && heavier.max == Fixture.yuan(100_000))
    }

    @Test("lower bounds round up to the fen, upper bounds round down")
    func rounding() throws {
        // Range 0.00–10,000.01 yuan = 1,000,001 fen; 30% = 300,000.3 fen.
        let standard = Fixture.standard(statutory: .amounts(min: .zero, max: Money(fen: 1_000_001)))
        #expect(try range(standard, .lighter).max == Money(fen: 300_000))
        #expect(try range(standard, .standard).min == Money(fen: 300_001))
    }

    @Test("lower-inclusive: 以下 excludes the bound except the statutory maximum")
    func lowerInclusive() throws {
        let standard = Fixture.standard(boundary: .lowerInclusive)
        #expect(try range(standard, .lighter).maxInclusive == false)
        #expect(try range(standard, .standard).maxInclusive == false)
        #expect(try range(standard, .heavier).maxInclusive == true)
    }

    @Test("midpoint: lighter below the midpoint, standard at it, heavier from it")
    func midpoint() throws {
        let standard = Fixture.standard(model: .midpoint)
        let lighter = try range(standard, .lighter)
        #expect(lighter.min == Fixture.yuan(10_000) && lighter.max == Fixture.yuan(55_000) && !lighter.maxInclusive)
        let middle = try range(standard, .standard)
        #expect(middle.min == Fixture.yuan(55_000) && middle.max == Fixture.yuan(55_000))
        #expect(try range(standard, .heavier).min == Fixture.yuan(55_000))
    }

    @Test("midpoint under lower-inclusive: 一般 = 平均值 is a single included amount; 从轻 stays below it even with a written band")
    func midpointLowerInclusive() throws {
        let explicitLighter = Tier(name: "lighter", outcome: .lighter, conditions: [],
                                   band: .fraction(from: .zero, to: Ratio(1, 2)), location: Fixture.here)
        let standardTier = Tier(name: "standard", outcome: .standard, conditions: [],
                                band: .fraction(from: Ratio(1, 2), to: Ratio(1, 2)), location: Fixture.here)
        let standard = Fixture.standard(boundary: .lowerInclusive, model: .midpoint, tiers: [explicitLighter, standardTier])
        let middle = try range(standard, .standard)
        #expect(middle.min == Fixture.yuan(55_000) && middle.max == Fixture.yuan(55_000))
        #expect(middle.minInclusive && middle.maxInclusive)
        let lighter = try range(standard, .lighter)
        #expect(lighter.max == Fixture.yuan(55_000) && !lighter.maxInclusive)
    }

    @Test("max-only (二千元以下): 20% / 60% of the maximum")
    func maxOnly() throws {
        let standard = Fixture.standard(statutory: .amounts(min: .zero, max: Fixture.yuan(2_000)), model: .maxOnly)
        #expect(try range(standard, .lighter).max == Fixture.yuan(400))
        #expect(try range(standard, .standard).min == Fixture.yuan(400))
        #expect(try range(standard, .standard).max == Fixture.yuan(1_200))
        #expect(try range(standard, .heavier).max == Fixture.yuan(2_000))
    }

    @Test("multiples of illegal gains, exact to the fen; missing basis lists the fact")
    func multiples() throws {
        let standard = Fixture.standard(statutory: .multiples(basis: "illegal_gains", min: Ratio(1), max: Ratio(5)))
        // 12,345.67 × 1–5 = 12,345.67–61,728.35; span 49,382.68; 30% = 14,814.804 → 14,814.80.
        let lighter = try range(standard, .lighter, basis: Money(fen: 1_234_567))
        #expect(lighter.min == Money(fen: 1_234_567))
        #expect(lighter.max == Money(fen: 2_716_047))
        guard case .missingBasis(let name) = FineCalculator.range(standard: standard, outcome: .lighter, tier: nil, basis: { _ in nil }) else {
            Issue.record("expected a missing basis")
            return
        }
        #expect(name == "illegal_gains")
    }

    @Test("mitigated means below the statutory minimum; with a zero minimum, a lighter kind of penalty")
    func mitigated() throws {
        let below = try range(Fixture.standard(), .mitigated)
        #expect(below.min == .zero && below.max == Fixture.yuan(10_000) && !below.maxInclusive)
        let zero = try range(Fixture.standard(statutory: .amounts(min: .zero, max: Fixture.yuan(2_000))), .mitigated)
        #expect(zero.max == .zero)
        #expect(zero.note?.contains("lighter kind") == true)
    }

    @Test("the engine reports a multiple-based fine's missing basis without making the outcome undetermined")
    func engineMissingBasis() {
        let catalog = Fixture.catalog(lists: [], standards: [Fixture.standard(statutory: .multiples(basis: "illegal_gains", min: Ratio(1), max: Ratio(5)))])
        let decision = Fixture.decide(Fixture.record(facts: ["cooperative": false, "serious": false, "harm_life_health": false]), catalog: catalog)
        #expect(decision.outcome == .standard)
        #expect(decision.fine == nil)
        #expect(decision.missing == ["illegal_gains"])
        let withGains = Fixture.decide(Fixture.record(facts: ["cooperative": false, "serious": false], illegalGains: Fixture.yuan(10_000)), catalog: catalog)
        #expect(withGains.fine?.min == Fixture.yuan(22_000))
        #expect(withGains.fine?.max == Fixture.yuan(38_000))
    }
}
