import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A301–A304: the fine against the statutory range and the tier band, 减轻 without ground, and the recorded tier.
    func checkDiscretion(_ c: CaseContext) {
        guard let recorded = c.record.decision else { return }
        let d = c.decision
        // Built only for a finding (formatting the amounts cost more than the check).
        func statutoryEvidence() -> [Evidence] {
            c.statutory.map {
                [Evidence("statutory_min", $0.min.yuanString), Evidence("statutory_max", $0.max?.yuanString ?? "—")]
            } ?? []
        }

        if c.penalised, let fine = recorded.fine, let statutoryMax = c.statutory?.max, fine > statutoryMax {
            c.add(.fineOutsideStatutoryRange,
                  Message(.auditFineAboveStatutory, fine, statutoryMax),
                  evidence: [Evidence("fine", fine.yuanString)] + statutoryEvidence(),
                  basis: c.penaltyBasis)
        }

        let belowMinimum = recorded.fine.flatMap { fine in c.statutory.map { fine < $0.min } } ?? false
        let mitigates = recorded.outcome == .mitigated || (c.penalised && belowMinimum)
        let ground = d.outcome == .noPenalty || d.outcome == .mitigated
            || d.alsoAllows.contains(.mitigated) || d.alsoAllows.contains(.noPenalty)
        if mitigates, d.outcome != .undetermined, !ground {
            c.add(.mitigationWithoutGround,
                  Message(.auditMitigationWithoutGround,
                          Message(recorded.outcome == .mitigated ? .auditMitigationOutcome : .auditMitigationBelowMinimum),
                          Message.outcome(d.outcome.rawValue)),
                  evidence: [Evidence("engine_outcome", Message.outcome(d.outcome.rawValue)),
                             Evidence("recorded_outcome", recorded.outcome.map { Message.outcome($0.rawValue) } ?? Message(.wordNotRecorded)),
                             Evidence("fine", recorded.fine?.yuanString ?? "")] + statutoryEvidence(),
                  basis: c.penaltyBasis)
        }

        if let taken = recorded.outcome, let implied = c.engineOutcome, taken != implied, !d.alsoAllows.contains(taken), d.timeBarred != true,
           !c.fired(.leniencyDenied, .leniencyWithoutGround, .mitigationWithoutGround, .discretionaryLeniencyUnused) {
            // Declining a 可以 (may) item is the officer's discretion; only A104 questions it, and only when policy says so.
            let declinedDiscretion = taken > implied && !d.mandatory && d.decidedBy != nil
            if !declinedDiscretion {
                c.add(.tierInconsistent,
                      Message(.auditTierInconsistent, Message.outcome(taken.rawValue), Message.outcome(implied.rawValue)),
                      evidence: [Evidence("engine_outcome", Message.outcome(implied.rawValue)),
                                 Evidence("recorded_outcome", Message.outcome(taken.rawValue)),
                                 Evidence("tier", d.fine.map { Message.tier($0.tier) } ?? .verbatim(""))],
                      basis: d.basis + c.penaltyBasis)
            }
        }

        if c.penalised, let fine = recorded.fine, let range = d.fine,
           recorded.outcome == nil || recorded.outcome == c.engineOutcome, !range.contains(fine),
           !c.fired(.fineOutsideStatutoryRange, .mitigationWithoutGround, .tierInconsistent) {
            let lower = range.minInclusive ? "[" : "("
            let upper = range.maxInclusive ? "]" : ")"
            let band = range.maxUnbounded ? "\(lower)\(range.min.yuanString), ∞)" : "\(lower)\(range.min.yuanString), \(range.max.yuanString)\(upper)"
            c.add(.fineOutsideTierBand,
                  Message(.auditFineOutsideBand, fine, Message.tier(range.tier), band, range.standardID),
                  evidence: [Evidence("fine", fine.yuanString), Evidence("tier", Message.tier(range.tier)), Evidence("band", band),
                             Evidence("standard", "\(range.standardID)@\(range.standardEffective)")],
                  basis: d.basis + c.penaltyBasis)
        }
    }
}
