import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
import LeniencyEngine

/// Violation elements (构成要件) on the shipped MKT-FBZ-22: 最高奖的金额超过五万元 (反不正当竞争法 Art. 10 (三)).
@Suite struct ViolationElementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let engine = Engine(catalog: CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog)

    func decide(topPrize: FactValue?) -> Decision {
        var facts: [String: FactValue] = ["duration_under_one_month": .boolean(false), "prize_paid_out": .boolean(true),
                                          "no_harm": .boolean(false), "harm_minor": .boolean(false), "corrected_in_time": .boolean(false),
                                          "corrected_before_discovery": .boolean(false), "corrected_within_deadline": .boolean(false),
                                          "minor_violation": .boolean(false)]
        facts["top_prize"] = topPrize
        let record = CaseRecord(id: "案-1", agency: "某局", region: "南昌市", party: Party(name: "某公司", type: .enterprise),
                                violation: "MKT-FBZ-22",
                                dates: CaseDates(act: Fixture.date("2024-06-01"), discovered: Fixture.date("2024-06-05"),
                                                 decided: Fixture.date("2024-07-01")),
                                facts: facts, priorViolations: [], location: Fixture.here)
        return Self.engine.decide(record)
    }

    @Test("50,000 is not 超过五万元: no violation, no fine, no follow-up")
    func atTheCeiling() {
        let decision = decide(topPrize: .money(Money(yuan: 50_000)))
        #expect(decision.outcome == .noViolation)
        #expect(decision.fine == nil && decision.decidedBy == nil)
        #expect(!decision.followUp.rectify && !decision.followUp.education)
    }

    @Test("50,000.01 is above the ceiling: the violation is made out and decided as usual")
    func aboveTheCeiling() {
        let decision = decide(topPrize: .money(Money(fen: 5_000_001)))
        #expect(decision.outcome != .noViolation && decision.outcome != .undetermined)
    }

    @Test("an element the case leaves unknown does not stop the decision")
    func unknownElement() {
        #expect(decide(topPrize: nil).outcome != .noViolation)
    }
}
