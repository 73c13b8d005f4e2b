import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A101–A104: leniency denied, granted without ground, cited from a list not in force, or not used where policy expects it.
    func checkLeniency(_ c: CaseContext) {
        guard let recorded = c.record.decision else { return }
        let d = c.decision
        // Built only for a finding: interpolating them for every case cost more than the checks that need them.
        var item: String { d.decidedBy.map { "\($0.list.listID)/\($0.itemID)" } ?? "none" }
        var recordedOutcome: Message { recorded.outcome.map { Message.outcome($0.rawValue) } ?? Message(.wordNotRecorded) }

        // A106: the engine finds no violation (an element of it fails), yet the file records a penalty.
        if d.outcome == .noViolation, c.penalised {
            let failed = d.trace.filter { $0.listID == "elements" }.flatMap(\.conditions).filter { $0.truth == .no }.map(\.display)
            let elements = failed.joined(separator: "；")
            c.add(.penalisedWithoutViolation,
                  Message(.auditPenalisedWithoutViolation, recordedOutcome, c.record.violation, elements),
                  evidence: [Evidence("engine_outcome", Message.outcome(d.outcome.rawValue)), Evidence("recorded_outcome", recordedOutcome),
                             Evidence("failed_element", elements), Evidence("fine", recorded.fine?.yuanString ?? "")],
                  basis: c.violation?.violates.map(\.text) ?? [])
        }

        // A time-barred penalty is A407's finding, not a leniency item's.
        if d.outcome == .noPenalty, d.mandatory, c.penalised, d.timeBarred != true {
            c.add(.leniencyDenied,
                  Message(.auditLeniencyDenied, recordedOutcome, item),
                  evidence: [Evidence("engine_outcome", Message.outcome(d.outcome.rawValue)), Evidence("item", item),
                             Evidence("item_title", d.decidedBy?.title ?? ""), Evidence("recorded_outcome", recordedOutcome),
                             Evidence("fine", recorded.fine?.yuanString ?? "")],
                  basis: d.basis)
        }

        if recorded.outcome == .noPenalty, let engineOutcome = c.engineOutcome, engineOutcome != .noPenalty,
           !d.alsoAllows.contains(.noPenalty) {
            let excluded = d.trace.first { $0.kind == .item && !$0.coercion && $0.outcome == .noPenalty && $0.status == .excluded }
            var evidence = [Evidence("engine_outcome", Message.outcome(engineOutcome.rawValue)),
                            Evidence("cited_item", recorded.item.map(Message.verbatim) ?? Message(.wordNone))]
            let message: Message
            if let excluded {
                let exclusion = excluded.heldExclusion.map { Message.verbatim($0.display) } ?? Message(.auditAnExclusion)
                message = Message(.auditExemptedDespiteExclusion, exclusion, "\(excluded.listID)/\(excluded.itemID)")
                evidence.append(Evidence("excluded_item", "\(excluded.listID)/\(excluded.itemID)"))
                evidence.append(Evidence("exclusion", exclusion))
            } else {
                message = Message(.auditExemptedWithoutItem, Message.outcome(engineOutcome.rawValue))
            }
            c.add(.leniencyWithoutGround, message, evidence: evidence,
                  basis: (excluded?.citations ?? []) + c.penaltyBasis)
        }

        if let listID = recorded.list, let versions = listVersions[listID], !versions.isEmpty {
            // Read in place by index: iterating the lists copied each `LeniencyList`.
            let act = c.record.dates.act
            let inForceAtDecision = c.record.dates.decided.map { date in versions.indices.contains { versions[$0].validity.contains(date) } } ?? false
            if !versions.indices.contains(where: { versions[$0].validity.contains(act) }), !inForceAtDecision {
                let periods = versions.map { "\($0.validity.effective)…\($0.validity.expires?.description ?? "")" }
                c.add(.listNotInForce,
                      Message(.auditListNotInForce, listID, act),
                      evidence: [Evidence("list", listID), Evidence("act_date", act.description),
                                 Evidence("decided", c.record.dates.decided?.description ?? ""),
                                 Evidence("versions", periods.joined(separator: "; "))],
                      basis: ["\(versions[0].info.title)（\(versions[0].info.document)）"])
            }

            // A105: a list applies only inside its region (the engine's RegionScope); relying on one issued for another
            // region is relying on a rule that does not bind there. Only a region that is declared and clearly outside
            // counts: every version declares a region (`listScopes`), and none covers the case's.
            if let region = c.record.region, let caseRegion = c.regionIndex, let scopes = listScopes[listID],
               !scopes.contains(where: { catalog.regionTable.covers($0, caseRegion) }), let scope = versions[0].info.region {
                c.add(.listOutsideRegion,
                      Message(.auditListOutsideRegion, listID, scope, region),
                      evidence: [Evidence("list", listID), Evidence("list_region", scope), Evidence("case_region", region),
                                 Evidence("item", recorded.item ?? "")],
                      basis: ["\(versions[0].info.title)（\(versions[0].info.document)）"])
            }
        }

        if let expects = c.rule("expects_discretionary_leniency", { $0.expectsDiscretionaryLeniency ? true : nil }),
           let engineOutcome = c.engineOutcome, engineOutcome < .standard, !d.mandatory, d.decidedBy != nil,
           let taken = recorded.outcome, taken > engineOutcome, !d.alsoAllows.contains(taken) {
            c.add(.discretionaryLeniencyUnused,
                  Message(.auditDiscretionaryUnused, item, Message.outcome(engineOutcome.rawValue), expects.policy.id, Message.outcome(taken.rawValue)),
                  evidence: [Evidence("engine_outcome", Message.outcome(engineOutcome.rawValue)), Evidence("item", item),
                             Evidence("recorded_outcome", Message.outcome(taken.rawValue)), Evidence("policy", expects.policy.id)],
                  basis: expects.basis + d.basis)
        }
    }
}
