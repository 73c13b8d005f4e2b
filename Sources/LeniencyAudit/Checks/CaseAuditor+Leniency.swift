import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A101–A104: leniency denied, granted without ground, cited from a list not in force, or not used where policy expects it.
    func checkLeniency(_ c: inout CaseContext) {
        guard let recorded = c.record.decision else { return }
        let d = c.decision
        let item = d.decidedBy.map { "\($0.list.listID)/\($0.itemID)" } ?? "none"
        let recordedOutcome = recorded.outcome?.rawValue ?? "not recorded"

        // A time-barred penalty is A407's finding, not a leniency item's.
        if d.outcome == .noPenalty, d.mandatory, c.penalised, d.timeBarred != true {
            c.add(.leniencyDenied,
                  "penalised (\(recordedOutcome)) although the mandatory no-penalty item \(item) applies (应免未免)",
                  evidence: [Evidence("engine_outcome", d.outcome.rawValue), Evidence("item", item),
                             Evidence("item_title", d.decidedBy?.title ?? ""), Evidence("recorded_outcome", recordedOutcome),
                             Evidence("fine", recorded.fine?.yuanString ?? "")],
                  basis: d.basis)
        }

        if recorded.outcome == .noPenalty, let engineOutcome = d.outcome.outcome, engineOutcome != .noPenalty,
           !d.alsoAllows.contains(.noPenalty) {
            let excluded = d.trace.first { $0.kind == .item && !$0.coercion && $0.outcome == .noPenalty && $0.status == .excluded }
            var evidence = [Evidence("engine_outcome", engineOutcome.rawValue),
                            Evidence("cited_item", recorded.item ?? "none")]
            let message: String
            if let excluded {
                let exclusion = excluded.heldExclusion?.display ?? "an exclusion"
                message = "exempted although exclusion “\(exclusion)” of item \(excluded.listID)/\(excluded.itemID) holds (不应免而免)"
                evidence.append(Evidence("excluded_item", "\(excluded.listID)/\(excluded.itemID)"))
                evidence.append(Evidence("exclusion", exclusion))
            } else {
                message = "exempted although no no-penalty item applies; the facts imply \(engineOutcome.rawValue) (不应免而免)"
            }
            c.add(.leniencyWithoutGround, message, evidence: evidence,
                  basis: (excluded?.citations ?? []) + c.penaltyBasis)
        }

        if let listID = recorded.list {
            let versions = catalog.lists.filter { $0.id == listID }
            let act = c.record.dates.act
            let inForceAtDecision = c.record.dates.decided.map { date in versions.contains { $0.validity.contains(date) } } ?? false
            if !versions.isEmpty, !versions.contains(where: { $0.validity.contains(act) }), !inForceAtDecision {
                let periods = versions.map { "\($0.validity.effective)…\($0.validity.expires?.description ?? "")" }
                c.add(.listNotInForce,
                      "the cited list \(listID) was not in force on the act date \(act) (nor on the decision date)",
                      evidence: [Evidence("list", listID), Evidence("act_date", act.description),
                                 Evidence("decided", c.record.dates.decided?.description ?? ""),
                                 Evidence("versions", periods.joined(separator: "; "))],
                      basis: versions.first.map { ["\($0.info.title)（\($0.info.document)）"] } ?? [])
            }
        }

        // A105: a list applies only inside its region (the engine's RegionScope); relying on one issued for another
        // region is relying on a rule that does not bind there. Only a region that is declared and clearly outside counts.
        if let listID = recorded.list, let region = c.record.region {
            let versions = catalog.lists.filter { $0.id == listID }
            let outside = versions.compactMap { list in list.info.region.map { (list, catalog.regionTable.covers($0, region)) } }
            if !versions.isEmpty, outside.count == versions.count, outside.allSatisfy({ $0.1 == false }), let scope = outside.first?.0.info.region {
                c.add(.listOutsideRegion,
                      "the decision relies on list \(listID), which applies only in \(scope); the case arose in \(region)",
                      evidence: [Evidence("list", listID), Evidence("list_region", scope), Evidence("case_region", region),
                                 Evidence("item", recorded.item ?? "")],
                      basis: versions.first.map { ["\($0.info.title)（\($0.info.document)）"] } ?? [])
            }
        }

        if let policy = c.policy, policy.expectsDiscretionaryLeniency,
           let engineOutcome = d.outcome.outcome, engineOutcome < .standard, !d.mandatory, d.decidedBy != nil,
           let taken = recorded.outcome, taken > engineOutcome, !d.alsoAllows.contains(taken) {
            c.add(.discretionaryLeniencyUnused,
                  "the discretionary item \(item) allows \(engineOutcome.rawValue) and the policy \(policy.id) expects it to be used, but the decision is \(taken.rawValue)",
                  evidence: [Evidence("engine_outcome", engineOutcome.rawValue), Evidence("item", item),
                             Evidence("recorded_outcome", taken.rawValue), Evidence("policy", policy.id)],
                  basis: c.policyBasis("expects_discretionary_leniency") + d.basis)
        }
    }
}
