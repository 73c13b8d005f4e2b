import LeniencyCatalog
import Testing
@testable import LeniencyEngine

@Suite("Missing facts, most decisive first")
struct MissingFactsTests {
    @Test("a list item naming the violation comes before the general part at the same outcome and standing")
    func specificBeforeGeneral() {
        let general = OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: ["minor_violation", "no_harm"], sourceOrder: 0)
        let listItem = OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: ["irreparable_tax_loss"], sourceOrder: 5, specific: true)
        #expect(MissingFacts.rank([general, listItem]) == ["irreparable_tax_loss", "minor_violation", "no_harm"])
    }

    @Test("shall before may, and a more lenient outcome before a less lenient one")
    func leniencyAndStanding() {
        let mayNoPenalty = OpenCandidate(outcome: .noPenalty, mandatory: false, deciding: ["harm_minor"], sourceOrder: 0, specific: true)
        let shallNoPenalty = OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: ["no_fault_proven"], sourceOrder: 1)
        let shallLighter = OpenCandidate(outcome: .lighter, mandatory: true, deciding: ["coerced"], sourceOrder: 2, specific: true)
        #expect(MissingFacts.rank([shallLighter, mayNoPenalty, shallNoPenalty]) == ["no_fault_proven", "harm_minor", "coerced"])
    }

    @Test("among equals, the candidate closest to being decided comes first")
    func fewestMissing() {
        let far = OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: ["a", "b", "c"], sourceOrder: 0)
        let near = OpenCandidate(outcome: .noPenalty, mandatory: true, deciding: ["d"], sourceOrder: 1)
        #expect(MissingFacts.rank([far, near]).first == "d")
    }
}
