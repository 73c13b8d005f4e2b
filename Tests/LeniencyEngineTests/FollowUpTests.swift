import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// Follow-ups from rule data on the shipped rules, expectations from 行政处罚法 Art. 28, 30, 31, 33 ¶3, 36 and 33号.
@Suite("Follow-up duties from rule data")
struct FollowUpTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog
    static let engine = Engine(catalog: catalog)

    static func record(_ party: Party, violation: String = "TRN-GL-69", act: String = "2024-03-01", discovered: String = "2024-03-05",
                       facts: [String: FactValue] = [:]) -> CaseRecord {
        CaseRecord(id: "案-义务", agency: "某局", region: "南昌市", party: party, violation: violation,
                   dates: CaseDates(act: Fixture.date(act), discovered: CivilDate(discovered)), facts: facts, priorViolations: [],
                   location: .wholeFile("f.yaml"))
    }

    @Test("Art. 30: a child under 14 — no penalty, order to the guardian, education, correction; cited")
    func guardianOrder() {
        let decision = Self.engine.decide(Self.record(Party(name: "某", type: .individual, age: 12)))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.followUp.guardianDiscipline)
        #expect(!decision.followUp.guardianCustody)
        #expect(decision.followUp.education && decision.followUp.rectify)
        #expect(decision.followUpBasis["rectify"] == ["《中华人民共和国行政处罚法》第二十八条第一款"])
        #expect(decision.followUpBasis["education"]?.contains("《中华人民共和国行政处罚法》第三十三条第三款") == true)
    }

    @Test("a penalty from the standard tier owes 责令改正 only")
    func penaltyRectifyOnly() {
        let facts: [String: FactValue] = ["load_regulated": .boolean(false), "harm_minor": .boolean(false), "no_harm": .boolean(false),
                                          "minor_violation": .boolean(false), "corrected_in_time": .boolean(false),
                                          "corrected_before_discovery": .boolean(false), "large_social_impact": .boolean(false)]
        let decision = Self.engine.decide(Self.record(Party(name: "某公司", type: .enterprise), facts: facts))
        #expect(decision.outcome == .standard)
        #expect(decision.followUp.duties == [.rectify])
    }

    @Test("the tax 首违不罚 lists require a written 不予行政处罚决定 (33号)")
    func taxWrittenDecision() {
        let facts: [String: FactValue] = ["harm_minor": .boolean(true), "corrected_within_deadline": .boolean(true),
                                          "irreparable_tax_loss": .boolean(false), "large_social_impact": .boolean(false)]
        let decision = Self.engine.decide(Self.record(Party(name: "某公司", type: .enterprise), violation: "TAX-ZG-60-1-4",
                                                      act: "2025-03-01", discovered: "2025-03-10", facts: facts))
        #expect(decision.decidedBy?.itemID == "cn-tax-2021-6-01")
        #expect(decision.followUp.writtenDecision)
    }

    @Test("time-barred (Art. 36) and undetermined decisions owe nothing")
    func noDutyWithoutDecisionOnTheMerits() {
        let barred = Self.engine.decide(Self.record(Party(name: "某公司", type: .enterprise), act: "2020-01-01", discovered: "2024-03-05"))
        #expect(barred.timeBarred == true)
        #expect(barred.followUp.duties.isEmpty)
        let open = Self.engine.decide(Self.record(Party(name: "某", type: .individual)))
        #expect(open.outcome == .undetermined)
        #expect(open.followUp.duties.isEmpty)
    }
}
