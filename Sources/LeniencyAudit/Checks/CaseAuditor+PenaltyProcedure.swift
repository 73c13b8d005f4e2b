import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A410–A416: 简易程序 ceilings and formalities, 告知 before the decision, the statement and hearing-request
    /// period, the right to a hearing, and the order of 法制审核 and decision.
    ///
    /// Only what the file records is checked: a field the file leaves out is unknown and never a finding.
    func checkPenaltyProcedure(_ c: CaseContext) {
        guard let p = c.record.procedure, let recorded = c.record.decision else { return }
        if p.kind == .summary { checkSummaryProcedure(c, p, recorded) }
        if c.penalised { checkNoticeAndHearing(c, p, recorded) }
        checkLegalReviewOrder(c, p)
    }

    /// A410, A411 (行政处罚法 Art. 51, 52).
    private func checkSummaryProcedure(_ c: CaseContext, _ p: CaseProcedure, _ recorded: RecordedDecision) {
        guard let limits = c.rule("summary_procedure", \.procedure.summaryProcedure) else { return }
        let citizen = c.record.party.type == .individual
        let ceiling = citizen ? limits.value.individual : limits.value.organisation
        let party = Message(citizen ? .auditPartyIndividual : .auditPartyOrganisation)
        if c.penalised, let fine = recorded.fine, fine > ceiling {
            c.add(.summaryProcedureOverLimit, Message(.auditSummaryOverFine, fine, party, ceiling),
                  evidence: [Evidence("procedure", ProcedureKind.summary.rawValue), Evidence("fine", fine.yuanString),
                             Evidence("party_type", c.record.party.type.rawValue), Evidence("ceiling", ceiling.yuanString)],
                  basis: limits.basis)
        }
        let beyond = recorded.penaltyKinds.filter { !limits.value.penaltyKinds.contains($0) }
        if c.penalised, !beyond.isEmpty {
            c.add(.summaryProcedureOverLimit, Message(.auditSummaryOverKinds, beyond.map(Message.penaltyKind), limits.value.penaltyKinds.map(Message.penaltyKind)),
                  evidence: [Evidence("procedure", ProcedureKind.summary.rawValue), Evidence("penalty_kinds", recorded.penaltyKinds.joined(separator: ", ")),
                             Evidence("allowed", limits.value.penaltyKinds.joined(separator: ", "))],
                  basis: limits.basis)
        }
        let formalities: [(Bool?, MessageID, String)] = [
            (p.certificateShown, .auditFormalityCertificate, "certificate_shown"),
            (p.numberedForm, .auditFormalityForm, "numbered_form"),
            (p.deliveredOnSpot, .auditFormalityDelivered, "delivered_on_spot"),
            (p.reported, .auditFormalityReported, "reported"),
        ]
        let missing = formalities.filter { $0.0 == false }
        if !missing.isEmpty {
            c.add(.summaryProcedureFormalities, Message(.auditSummaryFormalities, missing.map { Message($0.1) }),
                  evidence: [Evidence("procedure", ProcedureKind.summary.rawValue)] + missing.map { Evidence($0.2, "false") },
                  basis: limits.basis)
        }
    }

    /// A412–A414 (行政处罚法 Art. 44, 62–64, 85).
    private func checkNoticeAndHearing(_ c: CaseContext, _ p: CaseProcedure, _ recorded: RecordedDecision) {
        let decided = c.record.dates.decided
        if let notice = c.rule("notice_before_decision", \.procedure.noticeBeforeDecision), notice.value {
            switch p.notified {
            case .notTaken?:
                c.add(.decisionWithoutNotice, Message(.auditNoNotice),
                      evidence: [Evidence("notified", "false"), Evidence("decided", decided?.description ?? "")], basis: notice.basis)
            case .on(let date)?:
                if let decided, date > decided {
                    c.add(.decisionWithoutNotice, Message(.auditNoticeAfterDecision, date, decided),
                          evidence: [Evidence("notified", date.description), Evidence("decided", decided.description)], basis: notice.basis)
                }
            case nil:
                break
            }
        }

        let hearing = hearingGround(c, recorded)
        // No 告知 at all is A412's finding; A414 is about a 告知 that left the hearing out.
        if let hearing, p.hearingRights == false, p.notified != .notTaken {
            c.add(.hearingRightNotGiven, Message(.auditNoHearingRight, hearing.reason),
                  evidence: hearing.evidence + [Evidence("hearing_rights", "false")], basis: hearing.basis)
        }

        guard let decided, let notified = p.notified?.date, notified <= decided, p.rightsWaived != true else { return }
        if let requested = p.hearingRequested, let held = p.hearingHeld, requested <= decided, held > decided,
           let period = c.rule("hearing_request_working_days", \.procedure.hearingRequestWorkingDays) {
            c.add(.decisionBeforeStatementPeriod, Message(.auditDecidedBeforeHearing, decided, held),
                  evidence: [Evidence("hearing_requested", requested.description), Evidence("hearing_held", held.description),
                             Evidence("decided", decided.description)],
                  basis: period.basis + (hearing?.basis ?? []))
            return
        }
        // The period that protects the party: a statement period where the rules give one, and the hearing-request
        // period wherever the party had (or should have had) the right to a hearing.
        var periods: [(days: Int, basis: [String], key: String)] = []
        if let statement = c.rule("statement_working_days", \.procedure.statementWorkingDays) {
            periods.append((statement.value, statement.basis, "statement_working_days"))
        }
        if hearing != nil || p.hearingRights == true, let request = c.rule("hearing_request_working_days", \.procedure.hearingRequestWorkingDays) {
            periods.append((request.value, request.basis, "hearing_request_working_days"))
        }
        guard let period = periods.max(by: { $0.days < $1.days }) else { return }
        // A hearing held before the decision answers the period; a statement received answers a statement period.
        if let held = p.hearingHeld, held <= decided { return }
        if period.key == "statement_working_days", let statement = p.statementReceived, statement <= decided { return }
        let last = counting.workingDeadline(period.days, after: notified)
        guard decided <= last else { return }
        var evidence = [Evidence("notified", notified.description), Evidence("decided", decided.description),
                        Evidence("working_days", String(period.days)), Evidence("last_day", last.description),
                        Evidence("period", period.key)]
        evidence += counting.coverage(from: notified, to: last)
        c.add(.decisionBeforeStatementPeriod, Message(.auditDecidedInPeriod, decided, notified, period.days, last),
              evidence: evidence, basis: period.basis)
    }

    /// Why the penalty carries the right to a hearing (行政处罚法 Art. 63): a fine from the region's 较大数额, or a penalty
    /// kind the rules list; nil when neither holds or the rules give neither.
    private func hearingGround(_ c: CaseContext, _ recorded: RecordedDecision) -> (reason: Message, evidence: [Evidence], basis: [String])? {
        if let fine = recorded.fine, let large = c.rule("large_fine", \.largeFine) {
            let threshold = c.record.party.type == .individual ? large.value.individual : large.value.organisation
            // 较大数额 is written "X元以上", which includes X (民法典 Art. 1259).
            if fine >= threshold {
                return (Message(.auditHearingByFine, fine, threshold),
                        [Evidence("fine", fine.yuanString), Evidence("large_fine", threshold.yuanString),
                         Evidence("party_type", c.record.party.type.rawValue)],
                        large.basis)
            }
        }
        if let kinds = c.rule("hearing_penalty_kinds", \.procedure.hearingPenaltyKinds) {
            let carrying = c.record.decision?.penaltyKinds.filter { kinds.value.contains($0) } ?? []
            if !carrying.isEmpty {
                return (Message(.auditHearingByKind, carrying.map(Message.penaltyKind)), [Evidence("penalty_kinds", carrying.joined(separator: ", "))], kinds.basis)
            }
        }
        return nil
    }

    /// A415, A416 (行政处罚法 Art. 58 ¶1).
    private func checkLegalReviewOrder(_ c: CaseContext, _ p: CaseProcedure) {
        guard let review = p.legalReview, let rule = c.rule("legal_review_before_decision", \.procedure.legalReviewBeforeDecision),
              rule.value else { return }
        if let decided = c.record.dates.decided, review > decided {
            c.add(.legalReviewAfterDecision, Message(.auditReviewAfterDecision, review, decided),
                  evidence: [Evidence("legal_review", review.description), Evidence("decided", decided.description),
                             Evidence("reviewer", p.legalReviewer ?? "")],
                  basis: rule.basis)
        }
        if (p.legalReviewer?.trimmingSpaces() ?? "").isEmpty {
            c.add(.legalReviewWithoutReviewer, Message(.auditReviewWithoutReviewer, review),
                  evidence: [Evidence("legal_review", review.description), Evidence("reviewer", "")],
                  basis: rule.basis)
        }
    }
}
