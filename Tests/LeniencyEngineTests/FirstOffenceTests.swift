import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

@Suite("First offence")
struct FirstOffenceTests {
    let index = EngineIndex(Fixture.catalog())

    func value(_ rule: FirstOffenceRule, priors: [PriorViolation]?, violation: String = "TAX-1", fact: Bool? = nil) -> FirstOffenceResult {
        var extra: [String: FactValue] = [:]
        if let fact { extra[firstOffenceFactName] = .boolean(fact) }
        let record = Fixture.record(violation: violation, act: "2024-03-01", priors: priors, extra: extra)
        return FirstOffence.evaluate(rule, record: record, index: index)
    }

    @Test("1y window: a prior on the same calendar day a year earlier counts, one day earlier does not")
    func oneYearBoundary() {
        let rule = FirstOffenceRule(window: .oneYear, sameKind: .violation)
        #expect(value(rule, priors: [Fixture.prior("TAX-1", "2023-03-01")]).value == false)
        #expect(value(rule, priors: [Fixture.prior("TAX-1", "2023-02-28")]).value == true)
    }

    @Test("2y window boundary")
    func twoYearBoundary() {
        let rule = FirstOffenceRule(window: .twoYears, sameKind: .violation)
        #expect(value(rule, priors: [Fixture.prior("TAX-1", "2022-03-01")]).value == false)
        #expect(value(rule, priors: [Fixture.prior("TAX-1", "2022-02-28")]).value == true)
    }

    @Test("ever counts any earlier prior; none always holds; priors on or after the act do not count")
    func everAndNone() {
        #expect(value(FirstOffenceRule(window: .ever, sameKind: .violation), priors: [Fixture.prior("TAX-1", "2001-01-01")]).value == false)
        #expect(value(FirstOffenceRule(window: .none, sameKind: .violation), priors: [Fixture.prior("TAX-1", "2024-01-01")]).value == true)
        #expect(value(.default, priors: [Fixture.prior("TAX-1", "2024-03-01"), Fixture.prior("TAX-1", "2024-05-01")]).value == true)
    }

    @Test("same kind: violation, category, any")
    func sameKind() {
        let priors = [Fixture.prior("TAX-2", "2023-06-01")]
        #expect(value(FirstOffenceRule(window: .ever, sameKind: .violation), priors: priors).value == true)
        #expect(value(FirstOffenceRule(window: .ever, sameKind: .category), priors: priors).value == false)
        #expect(value(FirstOffenceRule(window: .ever, sameKind: .category), priors: [Fixture.prior("ENV-1", "2023-06-01")]).value == true)
        #expect(value(FirstOffenceRule(window: .ever, sameKind: .any), priors: [Fixture.prior("ENV-1", "2023-06-01")]).value == false)
    }

    @Test("unknown history: unknown, or the first_offence fact; history wins over the fact and the disagreement is noted")
    func unknownHistory() {
        #expect(value(.default, priors: nil).value == nil)
        #expect(value(.default, priors: nil, fact: true).value == true)
        let overridden = value(.default, priors: [Fixture.prior("TAX-1", "2020-01-01")], fact: true)
        #expect(overridden.value == false)
        #expect(overridden.note?.contains("history decides") == true)
        #expect(value(.default, priors: []).value == true)
    }
}
