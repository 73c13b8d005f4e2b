public import LeniencyCaseInput
public import LeniencyCore

extension CompiledEngine {
    /// `Engine.fineWithoutLeniency` for a case whose decision carries no fine range, over the slots: the tier the
    /// discretion standard in force on the act date chooses by its own conditions, with no list applied.
    ///
    /// The outer optional is nil when the compiled program cannot answer (an incomplete program, a violation with
    /// elements, no single standard on the act date, a decision with a fine range): ask `Engine.fineWithoutLeniency`.
    /// The inner one is the engine's nil (a tier open or in conflict, or a multiple without its basis). The values are
    /// those `Engine` reads for it (the case's facts, bound fields, party scope and presumptions; no derivations), so
    /// `scratch` is refilled: read a decision's presumed and derived facts before calling this.
    public func fineWithoutLeniency(_ c: CompactCase, decisionFine: FineRange?, scratch: inout CompiledScratch) -> FineRange?? {
        let program = self.program
        guard decisionFine == nil, program.supported, Int(c.violation) < program.violations.count,
              !program.violations[Int(c.violation)].hasElements, prepare(c, scratch: &scratch) else { return nil }
        let violation = program.violationsHot[Int(c.violation)]
        var presumed = ScratchList<Int32>()
        let choice = tiers(violation: violation, on: Int(c.act), region: region(of: c), scratch: &scratch, presumed: &presumed)
        // Without one standard on the act date the engine looks at the decision date: left to it.
        guard let standard = choice.standard else { return nil }
        guard scratch.openTiers.isEmpty, choice.conflicting == 0 else { return .some(nil) }
        guard case .range(let range) = program.fine(standard: standard, outcome: choice.outcome, tier: choice.chosen, basis: {
            money(named: $0, in: c, scratch: scratch)
        }) else { return .some(nil) }
        return .some(range)
    }
}
