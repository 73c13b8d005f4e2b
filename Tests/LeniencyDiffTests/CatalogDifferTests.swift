import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff
import LeniencyEngine
import Testing

/// `CatalogDiffer` on a small rule set: each test makes one revision and states, from the rule format's semantics,
/// what the diff must report and what its witness cases must look like; every witness is decided again here.
@Suite struct CatalogDifferTests {
    typealias F = DiffFixture

    @Test func identicalRulesHaveNoChanges() {
        let diff = F.diff(F.base)
        #expect(diff.documents.isEmpty)
        #expect(!diff.decisionsChange)
    }

    @Test func aLowerThresholdNarrowsTheItemAndTheWitnessLiesBetweenTheTwo() throws {
        let new = try F.revised([("list.yaml", "duration_days <= 30", "duration_days <= 20")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .conditionsChanged).first)
        #expect(change.subject == "demo-2")
        #expect(change.verdict == .narrowed)
        let witness = try #require(change.witnesses.first)
        #expect(witness.side == .old)
        // Only 21…30 days meet the old condition and not the new one.
        guard case .integer(let days)? = witness.record.facts["duration_days"] else {
            Issue.record("the witness must give duration_days: \(witness.record.facts)")
            return
        }
        #expect((21...30).contains(days))
        #expect(witness.record.facts["corrected"] == .boolean(true), "the other condition of the item must hold")
        let decided = F.redecide(witness, old: F.base, new: new)
        #expect(decided.old.outcome == .noPenalty && decided.old.decidedBy?.itemID == "demo-2")
        #expect(decided.new.outcome != .noPenalty)
        #expect(witness.old.outcome == decided.old.outcome && witness.new.outcome == decided.new.outcome)
        #expect(diff.decisionsChange)
    }

    @Test func aRewrittenButEqualConditionIsEquivalentAndHasNoWitness() throws {
        let new = try F.revised([("list.yaml", "      - duration_days <= 30\n      - corrected", "      - corrected and not (duration_days > 30)")])
        let diff = F.diff(new)
        #expect(F.changes(diff, .conditionsChanged).isEmpty)
        let change = try #require(F.changes(diff, .conditionsReworded).first)
        #expect(change.verdict == .equivalent)
        #expect(change.witnesses.isEmpty)
        #expect(!diff.decisionsChange)
    }

    @Test func aWiderFirstOffenceWindowGetsAWitnessWithAPriorBetweenOneAndTwoYears() throws {
        let new = try F.revised([("list.yaml", "first_offence: {window: 1y, same_kind: violation}", "first_offence: {window: 2y, same_kind: violation}")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .firstOffenceChanged).first { $0.subject == "demo-1" })
        // A prior between one and two years before the act counts under 2y only: fewer first offences.
        #expect(change.verdict == .narrowed)
        let witness = try #require(change.witnesses.first)
        let act = witness.record.dates.act
        let priors = try #require(witness.record.priorViolations)
        #expect(priors.contains { $0.violation == "V-1" && $0.date < act.adding(years: -1) && $0.date >= act.adding(years: -2) },
                "\(priors) must hold a V-1 prior between \(act.adding(years: -2)) and \(act.adding(years: -1))")
        let decided = F.redecide(witness, old: F.base, new: new)
        #expect(decided.old.decidedBy?.itemID == "demo-1")
        #expect(decided.new.decidedBy?.itemID != "demo-1")
    }

    @Test func shallToMayIsReportedWithACaseBothVersionsExempt() throws {
        let new = try F.revised([("list.yaml", "      - corrected\n", "      - corrected\n    mandatory: false\n")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .mandatoryChanged).first)
        #expect(change.old == .mandatory(true) && change.new == .mandatory(false))
        let witness = try #require(change.witnesses.first)
        #expect(witness.changes == [.mandatory])
        let decided = F.redecide(witness, old: F.base, new: new)
        #expect(decided.old.outcome == .noPenalty && decided.old.mandatory)
        #expect(decided.new.outcome == .noPenalty && !decided.new.mandatory)
    }

    @Test func addedRetitledRenamedAndMovedItems() throws {
        let new = try F.revised([
            ("list.yaml", "  - id: demo-1\n    title: 第一项", "  - id: demo-1\n    title: 第一项（修订）"),
            ("list.yaml", "      - corrected\n", "      - corrected\n  - id: demo-3\n    title: 第三项\n    violation: V-3\n    conditions:\n      - harm_minor\n"),
        ])
        let diff = F.diff(new)
        let retitled = try #require(F.changes(diff, .itemRetitled).first)
        #expect(retitled.old == .text("第一项") && retitled.new == .text("第一项（修订）"))
        #expect(!retitled.kind.canChangeDecisions)
        let item = try #require(F.changes(diff, .itemAdded).first)
        #expect(item.subject == "demo-3")
        let witness = try #require(item.witnesses.first)
        #expect(witness.record.violation == "V-3")
        #expect(witness.new.decidedBy?.itemID == "demo-3" && witness.new.outcome == .noPenalty)
        #expect(F.redecide(witness, old: F.base, new: new).old.outcome != .noPenalty)

        // A new id is a removed item and an added one, each with its witness.
        let renamed = F.diff(try F.revised([("list.yaml", "  - id: demo-1", "  - id: demo-1a")]))
        #expect(F.changes(renamed, .itemRemoved).map(\.subject) == ["demo-1"])
        #expect(F.changes(renamed, .itemAdded).map(\.subject) == ["demo-1a"])

        // demo-2 written before demo-1: one item changed place.
        let list = try #require(F.base["list.yaml"])
        let first = try #require(list.range(of: "  - id: demo-1\n")), second = try #require(list.range(of: "  - id: demo-2\n"))
        var files = F.base
        files["list.yaml"] = String(list[..<first.lowerBound]) + String(list[second.lowerBound...]) + String(list[first.lowerBound..<second.lowerBound])
        let moved = F.changes(F.diff(files), .itemMoved)
        #expect(moved.count == 1)
        #expect(moved.first?.field == "position")
    }

    @Test func aLongerValidityGetsAWitnessDecidedTheDayAfterTheOldExpiry() throws {
        let new = try F.revised([("list.yaml", "expires: 2025-12-31\n", "")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .expiryChanged).first)
        #expect(change.old == .date(F.date("2025-12-31")) && change.new == .date(nil))
        let witness = try #require(change.witnesses.first)
        #expect(witness.record.dates.act == F.date("2026-01-01"))
        #expect(witness.new.decidedBy?.list.listID == "demo-list")
        #expect(witness.old.decidedBy?.list.listID != "demo-list")
    }

    @Test func aNewSplitMovesTheLighterBand() throws {
        let new = try F.revised([("standard.yaml", "split: [30%, 40%, 30%]", "split: [20%, 50%, 30%]")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .splitChanged).first)
        #expect(change.old == .text("30%/40%/30%") && change.new == .text("20%/50%/30%"))
        let witness = try #require(change.witnesses.first)
        #expect(witness.changes.contains(.fine))
        // Bands model on 0–10000 yuan: 从轻 is the first 30% (≤ 3000) before and the first 20% (≤ 2000) after; 一般 follows.
        let bounds = [witness.old.fine?.max, witness.new.fine?.max]
        #expect(bounds.contains(Money(yuan: 3000)) || bounds.contains(Money(yuan: 7000)), "\(bounds)")
    }

    @Test func aLongerLimitationPeriodUnbarsACaseFoundInTheThirdYear() throws {
        let new = try F.revised([("facts.yaml", "years: 2", "years: 3")])
        let diff = F.diff(new)
        let change = try #require(F.changes(diff, .periodChanged).first { $0.field == "years" })
        let witness = try #require(change.witnesses.first)
        let discovered = try #require(witness.record.dates.discovered)
        // Barred after two years (the old rules), within three (the new).
        #expect(discovered > witness.record.dates.act.adding(years: 2) && discovered <= witness.record.dates.act.adding(years: 3))
        #expect(witness.old.timeBarred == true && witness.new.timeBarred == false)
    }

    @Test func withoutWitnessesTheDiffIsStructural() throws {
        let new = try F.revised([("list.yaml", "duration_days <= 30", "duration_days <= 20")])
        let diff = F.diff(new, witnesses: false)
        let change = try #require(F.changes(diff, .conditionsChanged).first)
        #expect(change.verdict == .narrowed)
        #expect(change.witnesses.isEmpty && !change.witnessSearched)
    }
}
