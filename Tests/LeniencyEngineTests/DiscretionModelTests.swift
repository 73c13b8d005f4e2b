import Foundation
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// The discretion models of law-and-policy.md §2.3: which tier each amount belongs to, with expected figures worked
/// out from the models' own words (粤环发〔2021〕7号 Art. 12, 苏市监规〔2024〕7号 Art. 3, the 阶次 rules).
@Suite("Discretion models A–C")
struct DiscretionModelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func range(_ standard: DiscretionStandard, _ outcome: Outcome, basis: Money? = nil) throws -> FineRange {
        guard case .range(let range) = FineCalculator.range(standard: standard, outcome: outcome, tier: nil, basis: { _ in basis }) else {
            Issue.record("no range for \(outcome)")
            throw CancellationError()
        }
        return range
    }

    func yuan(_ text: String) -> Money { Money(parsing: text)! }

    /// The tiers (lighter, standard, heavier) whose range holds `amount`.
    func owners(_ amount: Money, _ standard: DiscretionStandard) throws -> [Outcome] {
        try [Outcome.lighter, .standard, .heavier].filter { try range(standard, $0).contains(amount) }
    }

    @Test("model A, inclusive: 37,000 is 从轻's only; 一般 starts above it (1万–10万, 30/40/30)")
    func bandsInclusive() throws {
        let standard = Fixture.standard()
        #expect(try owners(yuan("37000"), standard) == [.lighter])
        #expect(try owners(yuan("37000.01"), standard) == [.standard])
        #expect(try owners(yuan("73000"), standard) == [.standard])
        #expect(try owners(yuan("73000.01"), standard) == [.heavier])
        #expect(try owners(yuan("10000"), standard) == [.lighter])
        #expect(try owners(yuan("100000"), standard) == [.heavier])
        #expect(try owners(yuan("9999.99"), standard).isEmpty)
    }

    @Test("model A, lower-inclusive (以上 includes, 以下 excludes): 37,000 is 一般's")
    func bandsLowerInclusive() throws {
        let standard = Fixture.standard(boundary: .lowerInclusive)
        #expect(try owners(yuan("36999.99"), standard) == [.lighter])
        #expect(try owners(yuan("37000"), standard) == [.standard])
        #expect(try owners(yuan("73000"), standard) == [.heavier])
        #expect(try owners(yuan("100000"), standard) == [.heavier])
    }

    @Test("model B: 从轻 below the midpoint, 一般 the midpoint alone, 从重 above it (1万–10万 → 55,000)")
    func midpoint() throws {
        let standard = Fixture.standard(model: .midpoint)
        #expect(try owners(yuan("54999.99"), standard) == [.lighter])
        #expect(try owners(yuan("55000"), standard) == [.standard])
        #expect(try owners(yuan("55000.01"), standard) == [.heavier])
    }

    @Test("model B, only a maximum (五万元以下): 从轻 up to 20% = 10,000, 一般 = 50% = 25,000, 从重 above; the gap is intended")
    func midpointOnlyMaximum() throws {
        let standard = Fixture.standard(statutory: .amounts(min: .zero, max: yuan("50000")), model: .midpoint)
        let lighter = try range(standard, .lighter)
        #expect(lighter.min == .zero && lighter.max == yuan("10000") && lighter.maxInclusive)
        let middle = try range(standard, .standard)
        #expect(middle.min == yuan("25000") && middle.max == yuan("25000"))
        #expect(try owners(yuan("10000.01"), standard).isEmpty)
        #expect(try owners(yuan("24999.99"), standard).isEmpty)
        #expect(try owners(yuan("25000.01"), standard) == [.heavier])
        #expect(try owners(yuan("50000"), standard) == [.heavier])
    }

    @Test("model B, only a minimum (五千元以上): 一般 = 2 × min = 10,000, 从重 from 5 × min = 25,000 with no upper end")
    func midpointOnlyMinimum() throws {
        let standard = Fixture.standard(statutory: .minimumOnly(min: yuan("5000")), model: .midpoint)
        #expect(try owners(yuan("5000"), standard) == [.lighter])
        #expect(try owners(yuan("9999.99"), standard) == [.lighter])
        #expect(try owners(yuan("10000"), standard) == [.standard])
        #expect(try owners(yuan("10000.01"), standard).isEmpty)
        #expect(try owners(yuan("24999.99"), standard).isEmpty)
        #expect(try owners(yuan("25000"), standard) == [.heavier])
        #expect(try owners(yuan("1000000"), standard) == [.heavier])
        let heavier = try range(standard, .heavier)
        #expect(heavier.maxUnbounded && heavier.min == yuan("25000"))
        #expect(try owners(yuan("4999.99"), standard).isEmpty)
    }

    @Test("model C: three equal 阶次, 一般 the middle one (1万–10万 → 40,000 / 70,000)")
    func stepsThree() throws {
        let standard = Fixture.standard(model: .steps)
        #expect(try owners(yuan("40000"), standard) == [.lighter])
        #expect(try owners(yuan("40000.01"), standard) == [.standard])
        #expect(try owners(yuan("70000"), standard) == [.standard])
        #expect(try owners(yuan("70000.01"), standard) == [.heavier])
    }

    @Test("model C with five 阶次: 一般 is the third (46,000–64,000)")
    func stepsFive() throws {
        var standard = Fixture.standard(model: .steps)
        standard.steps = 5
        let middle = try range(standard, .standard)
        #expect(middle.min == yuan("46000") && middle.max == yuan("64000"))
        #expect(try owners(yuan("46000"), standard) == [.lighter])
    }

    @Test("model C by multiples (max/min ≥ 4): [2, 5] on 1万–10万 → 从轻 1万–2万, 一般 2万–5万, 从重 5万–10万")
    func stepsByMultiples() throws {
        var standard = Fixture.standard(model: .steps)
        standard.stepMultiples = [Ratio(2), Ratio(5)]
        let lighter = try range(standard, .lighter), middle = try range(standard, .standard), heavier = try range(standard, .heavier)
        #expect(lighter.min == yuan("10000") && lighter.max == yuan("20000"))
        #expect(middle.min == yuan("20000") && middle.max == yuan("50000"))
        #expect(heavier.min == yuan("50000") && heavier.max == yuan("100000"))
        // Inclusive convention: a shared edge is the lower tier's.
        #expect(try owners(yuan("20000"), standard) == [.lighter])
        #expect(try owners(yuan("20000.01"), standard) == [.standard])
        #expect(try owners(yuan("50000"), standard) == [.standard])
        #expect(try owners(yuan("50000.01"), standard) == [.heavier])
        // Four 阶次 (edges 2×, 4×, 7×): 一般 is the middle two, 2万–7万.
        standard.stepMultiples = [Ratio(2), Ratio(4), Ratio(7)]
        let four = try range(standard, .standard)
        #expect(four.min == yuan("20000") && four.max == yuan("70000"))
    }

    @Test("model C, only a maximum (二千元以下): 从轻 ≤ 20% = 400, 一般 40%–60% = 800–1,200; 400–800 belongs to no tier")
    func stepsOnlyMaximum() throws {
        let standard = Fixture.standard(statutory: .amounts(min: .zero, max: yuan("2000")), model: .steps)
        #expect(try owners(yuan("400"), standard) == [.lighter])
        #expect(try owners(yuan("400.01"), standard).isEmpty)
        #expect(try owners(yuan("799.99"), standard).isEmpty)
        #expect(try owners(yuan("800"), standard) == [.standard])
        #expect(try owners(yuan("1200"), standard) == [.standard])
        #expect(try owners(yuan("1200.01"), standard) == [.heavier])
    }

    /// Every shipped standard: each tier edge, and one fen either side, lies in one tier at most — exactly one where
    /// the model tiles the range (bands, max-only, explicit, and midpoint or steps on a range with a minimum).
    @Test("every shipped standard: each amount at a tier edge ±1 fen belongs to exactly one tier")
    func shippedStandardsPartition() throws {
        let loaded = CatalogLoader.load(paths: [Self.root.appendingPathComponent("rules").path])
        #expect(!loaded.diagnostics.contains { $0.severity == .error })
        let basis = yuan("12345.67")  // any amount: the partition must hold for every case's 违法所得
        var checked = 0
        for standard in loaded.catalog.standards {
            let tiers = standard.tiers.filter { [.lighter, .standard, .heavier].contains($0.outcome) }
            var ranges: [FineRange] = []
            var seen: [Band?] = []
            for tier in tiers where !seen.contains(tier.band) {
                seen.append(tier.band)
                if case .range(let r) = FineCalculator.range(standard: standard, outcome: tier.outcome, tier: tier, basis: { _ in basis }) {
                    ranges.append(r)
                }
            }
            for outcome in [Outcome.lighter, .standard, .heavier] where !tiers.contains(where: { $0.outcome == outcome }) {
                if case .range(let r) = FineCalculator.range(standard: standard, outcome: outcome, tier: nil, basis: { _ in basis }) {
                    ranges.append(r)
                }
            }
            guard case .success(let statutory) = FineCalculator.statutory(standard: standard, basis: { _ in basis }) else {
                Issue.record("\(standard.id): no statutory range")
                continue
            }
            let tiles = !(standard.isMinimumOnly || ((standard.model == .midpoint || standard.model == .steps) && standard.statutory.onlyMaximum))
            let edges = ranges.flatMap { [$0.min.fen, $0.max.fen] }
            for edge in Set(edges) {
                for fen in [edge - 1, edge, edge + 1] where fen >= statutory.min.fen && fen <= (statutory.max?.fen ?? Int64.max) {
                    let count = ranges.filter { $0.contains(Money(fen: fen)) }.count
                    if tiles {
                        #expect(count == 1, "\(standard.id)@\(standard.validity.effective): \(Money(fen: fen).displayString) in \(count) tiers")
                    } else {
                        #expect(count <= 1, "\(standard.id)@\(standard.validity.effective): \(Money(fen: fen).displayString) in \(count) tiers")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }
}
