import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// 行政处罚法 Art. 30, 33 and 36 against the shipped general part (rules/general/), with expected values from the statute.
///
/// The violation is TRN-GL-69 (公路安全保护条例 Art. 69: 处5000元以下的罚款); every other ground is closed so only the
/// article under test can move the outcome.
@Suite("General part of 行政处罚法 on the shipped rules")
struct GeneralPartLawTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog
    static let engine = Engine(catalog: catalog)

    /// Every ground of Art. 31–33 and the list item closed, the limitation extension too.
    static let closed: [String: FactValue] = [
        "harm_life_health": .boolean(false), "harm_financial_security": .boolean(false), "load_regulated": .boolean(false),
        "no_harm": .boolean(false), "no_fault_proven": .boolean(false), "harm_minor": .boolean(false),
        "corrected_in_time": .boolean(false), "corrected_before_discovery": .boolean(false), "large_social_impact": .boolean(false),
        "eliminated_harm": .boolean(false), "coerced_or_induced": .boolean(false), "confessed_unknown_violation": .boolean(false),
        "meritorious_service": .boolean(false), "other_statutory_mitigation": .boolean(false), "minor_violation": .boolean(false),
        "mental_incapacity": .boolean(false), "mental_capacity_reduced": .boolean(false),
    ]

    static func record(_ type: PartyType, birth: String? = nil, age: Int? = nil, act: String = "2024-03-01",
                       discovered: String? = "2024-04-01", filed: String? = nil,
                       facts: [String: FactValue] = closed) -> CaseRecord {
        CaseRecord(id: "案-总则", agency: "某公路管理机构",
                   party: Party(name: "当事人", type: type, birthDate: birth.flatMap(CivilDate.init), age: age),
                   violation: "TRN-GL-69",
                   dates: CaseDates(act: Fixture.date(act),
                                    discovered: discovered.flatMap(CivilDate.init), filed: filed.flatMap(CivilDate.init)),
                   facts: facts, priorViolations: [], location: .wholeFile("law.yaml"))
    }

    @Test("the shipped rules load and cover TRN-GL-69 with a 0–5000 max-only standard")
    func loads() {
        let decision = Self.engine.decide(Self.record(.enterprise))
        // 二千… here 五千元以下, max-only: 一般 = 20%–60% of the maximum.
        #expect(decision.outcome == .standard)
        #expect(decision.fine?.min == Money(yuan: 1_000))
        #expect(decision.fine?.max == Money(yuan: 3_000))
    }

    @Test("Art. 30: an enterprise is never a minor — no age, no undetermined outcome, no `age` missing")
    func enterpriseNeverMinor() {
        let decision = Self.engine.decide(Self.record(.enterprise))
        #expect(decision.outcome == .standard)
        #expect(!decision.missing.contains("age"))
        let other = Self.engine.decide(Self.record(.other))
        #expect(other.outcome == .standard)
    }

    @Test("Art. 30: an individual of unknown age is undetermined, and the age decides first (it could mean no penalty)")
    func individualUnknownAge() {
        let decision = Self.engine.decide(Self.record(.individual))
        #expect(decision.outcome == .undetermined)
        #expect(decision.missing.first == "age")
        #expect(decision.mandatory == false)
        #expect(decision.fine == nil)
    }

    @Test("Art. 30 with 周岁 (法释〔2006〕1号 Art. 2): on the 14th birthday not yet 已满十四周岁 → shall not penalise, with education")
    func underFourteenOnBirthday() {
        let decision = Self.engine.decide(Self.record(.individual, birth: "2010-03-01", act: "2024-03-01"))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        #expect(decision.decidedBy?.itemID == "apl-30-under-14")
        #expect(decision.followUp.education)
        #expect(decision.basis.contains("《中华人民共和国行政处罚法》第三十条"))
    }

    @Test("Art. 30: from the day after the 14th birthday to the 18th birthday — shall 从轻, may 减轻 instead")
    func fourteenToSeventeen() {
        for (birth, act) in [("2010-03-01", "2024-03-02"), ("2006-03-01", "2024-03-01")] {
            let decision = Self.engine.decide(Self.record(.individual, birth: birth, act: act))
            #expect(decision.outcome == .lighter, "born \(birth), act \(act)")
            #expect(decision.mandatory)
            #expect(decision.alsoAllows == [.mitigated])
            // max-only 0–5000, lighter = up to 20% of the maximum.
            #expect(decision.fine?.min == .zero)
            #expect(decision.fine?.max == Money(yuan: 1_000))
        }
        let adult = Self.engine.decide(Self.record(.individual, birth: "2006-03-01", act: "2024-03-02"))
        #expect(adult.outcome == .standard)
    }

    @Test("Art. 33 ¶1: 首违 (may) alone is discretionary; with 轻微+及时改正+无危害后果 (shall) it is mandatory")
    func shallAndMay() {
        var facts = Self.closed
        facts["harm_minor"] = .boolean(true)
        facts["corrected_in_time"] = .boolean(true)
        let may = Self.engine.decide(Self.record(.enterprise, facts: facts))
        #expect(may.outcome == .noPenalty)
        #expect(may.mandatory == false)
        #expect(may.decidedBy?.itemID == "apl-33-1-first-offence")
        #expect(may.followUp.education, "Art. 33 ¶3: 依法不予行政处罚的，应当对当事人进行教育")
        facts["minor_violation"] = .boolean(true)
        facts["no_harm"] = .boolean(true)
        let shall = Self.engine.decide(Self.record(.enterprise, facts: facts))
        #expect(shall.outcome == .noPenalty)
        #expect(shall.mandatory)
        #expect(shall.decidedBy?.itemID == "apl-33-1-minor-no-harm")
    }

    @Test("Art. 33 ¶2: proven absence of fault — shall not penalise")
    func noFault() {
        var facts = Self.closed
        facts["no_fault_proven"] = .boolean(true)
        let decision = Self.engine.decide(Self.record(.enterprise, facts: facts))
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        // The ground first, then the provision violated; no penalty provision, since no penalty is given.
        #expect(decision.basis.first == "《中华人民共和国行政处罚法》第三十三条第二款")
        #expect(decision.basis.contains("《公路安全保护条例》第六十九条"))
        #expect(decision.basis.count == 2)
    }

    @Test("Art. 36: time-barred is no penalty (mandatory) but not an Art. 33 ¶3 不予处罚, so no education duty")
    func timeBarredFollowUp() {
        let decision = Self.engine.decide(Self.record(.enterprise, act: "2021-08-02", discovered: "2023-08-03"))
        #expect(decision.timeBarred == true)
        #expect(decision.outcome == .noPenalty)
        #expect(decision.mandatory)
        #expect(decision.followUp.education == false)
        #expect(decision.notesZh.contains { $0.contains("第三十三条第三款") })
        let lastDay = Self.engine.decide(Self.record(.enterprise, act: "2021-08-02", discovered: "2023-08-02"))
        #expect(lastDay.timeBarred == false)
    }

    @Test("Art. 36: without a discovery date, a filing date after the period makes the outcome undetermined, discovery first")
    func missingDiscovery() {
        let open = Self.engine.decide(Self.record(.enterprise, act: "2021-08-02", discovered: nil, filed: "2023-09-01"))
        #expect(open.timeBarred == nil)
        #expect(open.outcome == .undetermined)
        #expect(open.missing.first == discoveryDateFactName)
        let within = Self.engine.decide(Self.record(.enterprise, act: "2022-08-02", discovered: nil, filed: "2024-08-02"))
        #expect(within.timeBarred == false)
        #expect(within.outcome == .standard)
    }
}
