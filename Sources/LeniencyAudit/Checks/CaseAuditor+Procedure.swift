import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A401–A407: officers and certificates (on the decision date and on every investigation date), decision and
    /// publicity deadlines, 法制审核, education, limitation.
    func checkProcedure(_ c: CaseContext) {
        let r = c.record
        let recorded = r.decision
        if let minimum = c.rule("officers_min", \.officersMin) {
            if r.officers.count < minimum.value {
                c.add(.tooFewOfficers,
                      Message(.auditTooFewOfficers, r.officers.count, minimum.policy.id, minimum.value),
                      evidence: [Evidence("officers", String(r.officers.count)), Evidence("minimum", String(minimum.value)),
                                 Evidence("names", r.officers.map(\.name).joined(separator: "、"))],
                      basis: minimum.basis)
            }
            // An investigation that names no officer does not record who was there: unknown, not a fault.
            for investigation in r.procedure?.investigations ?? [] where !investigation.officers.isEmpty && investigation.officers.count < minimum.value {
                c.add(.tooFewOfficers, Message(.auditInvestigationTooFewOfficers, investigation.officers.count, investigation.date, minimum.value),
                      evidence: [Evidence("stage", "investigation"), Evidence("date", investigation.date.description),
                                 Evidence("officers", String(investigation.officers.count)), Evidence("minimum", String(minimum.value)),
                                 Evidence("names", investigation.officers.map(\.name).joined(separator: "、"))],
                      basis: minimum.basis)
            }
        }
        // The deadline is at least `limit` calendar days after filing (a rest day only moves it later), so looking up
        // holidays for it is needed only past that day (two set look-ups a day cost about 800 instructions a case).
        if let limit = c.rule("decision_days", \.decisionDays), let filed = r.dates.filed, let decided = r.dates.decided,
           decided > filed.adding(days: limit.value) {
            let deadline = counting.calendarDeadline(limit.value, after: filed)
            if decided > deadline {
                var evidence = [Evidence("filed", filed.description), Evidence("decided", decided.description),
                                Evidence("days", String(filed.days(until: decided))), Evidence("limit_days", String(limit.value)),
                                Evidence("deadline", deadline.description)]
                evidence += counting.coverage(from: filed, to: decided)
                c.add(.decisionLate, Message(.auditDecisionLate, filed.days(until: decided), filed, limit.value),
                      evidence: evidence, basis: limit.basis)
            }
        }
        // Working days after the decision are at most its calendar days: counting them is needed only past the limit.
        if let limit = c.rule("publicity_working_days", \.publicityWorkingDays), let decided = r.dates.decided, let published = recorded?.published,
           decided.days(until: published) > limit.value {
            let taken = calendar.workingDays(from: decided, to: published)
            if taken > limit.value {
                var evidence = [Evidence("decided", decided.description), Evidence("published", published.description),
                                Evidence("working_days", String(taken)), Evidence("limit_working_days", String(limit.value)),
                                Evidence("deadline", counting.workingDeadline(limit.value, after: decided).description)]
                evidence += counting.coverage(from: decided, to: published)
                c.add(.publicityLate, Message(.auditPublicityLate, taken, limit.value), evidence: evidence, basis: limit.basis)
            }
        }
        if let condition = c.rule("legal_review_when", \.legalReviewWhen), let recorded, recorded.legalReview != true,
           r.procedure?.legalReview == nil, evaluator.truth(condition.value.expression, { [slots = c.slots] in policyValue($0, record: r, slots: slots) }) == true {
            c.add(.legalReviewMissing,
                  Message(.auditLegalReviewMissing, condition.value.label ?? condition.value.source),
                  evidence: [Evidence("condition", condition.value.source), Evidence("fine", recorded.fine?.yuanString ?? ""),
                             Evidence("legal_review", recorded.legalReview.map { MessageArgument.boolean($0) } ?? .message(Message(.wordNotRecorded)))],
                  basis: condition.basis)
        }
        if let rule = c.rule("education_required_for_no_penalty", { $0.educationRequiredForNoPenalty ? true : nil }),
           let recorded, recorded.outcome == .noPenalty, recorded.education != true,
           recorded.followUps?.contains(FollowUp.Duty.education.rawValue) != true {
            c.add(.educationMissing,
                  Message(.auditEducationMissing),
                  evidence: [Evidence("recorded_outcome", Message.outcome(Outcome.noPenalty.rawValue)),
                             Evidence("education", recorded.education.map { MessageArgument.boolean($0) } ?? .message(Message(.wordNotRecorded)))],
                  basis: rule.basis)
        }

        checkFollowUps(c)

        if let registry = options.certificates {
            let basis = c.rule("officers_min", \.officersMin)?.basis ?? []
            let date = r.dates.decided ?? r.dates.filed ?? r.dates.act
            for officer in r.officers {
                guard let problem = registry.problem(for: officer, on: date) else { continue }
                let message: Message
                switch problem {
                case .noNumber: message = Message(.auditOfficerNoNumber, officer.name, date)
                case .unknown(let number): message = Message(.auditOfficerUnknownCertificate, officer.name, number, date)
                case .otherHolder(let number, let holder): message = Message(.auditOfficerOtherHolder, officer.name, number, holder, date)
                case .notValid(let number, let from, let to): message = Message(.auditOfficerNotValid, officer.name, number, from, to, date)
                }
                c.add(.officerWithoutCertificate, message,
                      evidence: [Evidence("officer", officer.name), Evidence("certificate", officer.certificate ?? ""),
                                 Evidence("date", date.description)],
                      basis: basis)
            }
            // Certificates are also checked on the day of every investigation, for the officers present then.
            for investigation in r.procedure?.investigations ?? [] {
                for officer in investigation.officers {
                    guard let problem = registry.problem(for: officer, on: investigation.date) else { continue }
                    let why: Message
                    switch problem {
                    case .noNumber: why = Message(.auditCertificateNoNumber)
                    case .unknown(let number): why = Message(.auditCertificateUnknown, number)
                    case .otherHolder(let number, let holder): why = Message(.auditCertificateOtherHolder, number, holder)
                    case .notValid(let number, let from, let to): why = Message(.auditCertificateNotValid, number, from, to)
                    }
                    c.add(.officerWithoutCertificate, Message(.auditOfficerCertificateInvestigation, officer.name, why, investigation.date),
                          evidence: [Evidence("officer", officer.name), Evidence("certificate", officer.certificate ?? ""),
                                     Evidence("date", investigation.date.description), Evidence("stage", "investigation")],
                          basis: basis)
                }
            }
        }

        if c.decision.timeBarred == true, c.penalised {
            let limitation = c.decision.trace.filter { $0.kind == .limitation && $0.status == .applied }
            c.add(.timeBarredPenalty,
                  Message(.auditTimeBarredPenalty),
                  evidence: [Evidence("act", r.dates.act.description), Evidence("act_end", r.dates.actEnd?.description ?? ""),
                             Evidence("discovered", r.dates.discovered?.description ?? ""),
                             Evidence("period", limitation.map(\.itemID).joined(separator: ", "))],
                  basis: limitation.flatMap(\.citations) + c.decision.basis)
        }
    }

    /// A408: a follow-up the law or the deciding list requires is not on record (`decision.follow_ups`).
    ///
    /// The written 不予行政处罚决定 and the orders to a guardian are documents a file holds when they were made, so their
    /// absence from `follow_ups` is a finding — checked when the recorded outcome is the one that requires them (a
    /// penalty instead of the exemption is A101's finding). 责令改正 is owed for every decision on the merits, but
    /// registers seldom record the order, so it is a finding only where the file lists its follow-ups and leaves it
    /// out. Education has its own check (A406).
    func checkFollowUps(_ c: CaseContext) {
        guard let recorded = c.record.decision, let outcome = c.engineOutcome else { return }
        for duty in c.missingFollowUps {
            c.add(.followUpMissing,
                  Message(.auditFollowUpMissing, duty.rawValue, Self.dutyTitle(duty)),
                  evidence: [Evidence("duty", duty.rawValue), Evidence("engine_outcome", Message.outcome(outcome.rawValue)),
                             Evidence("recorded_follow_ups", recorded.followUps.map { MessageArgument.text($0.joined(separator: ", ")) } ?? .message(Message(.wordNotRecorded))),
                             Evidence("item", c.decision.decidedBy.map { "\($0.list.listID)/\($0.itemID)" } ?? "")],
                  basis: c.decision.followUpBasis[duty.rawValue] ?? c.decision.basis)
        }
    }

    /// The follow-ups owed (see `checkFollowUps`) that the file does not list, in A408's order.
    static func missingFollowUps(_ record: CaseRecord, _ decision: Decision) -> [FollowUp.Duty] {
        guard let recorded = record.decision, let outcome = CaseContext.catalogOutcome(decision.outcome), decision.timeBarred != true else { return [] }
        var owed: [FollowUp.Duty] = []
        if recorded.outcome == nil || recorded.outcome == outcome {
            for duty in Self.outcomeDuties where decision.followUp[duty] { owed.append(duty) }
        }
        if recorded.followUps != nil, decision.followUp.rectify { owed.append(.rectify) }
        guard !owed.isEmpty else { return [] }
        let done = recorded.followUps ?? []
        return owed.filter { !done.contains($0.rawValue) }
    }

    /// The follow-ups owed for the outcome itself, in A408's order (a literal array here was allocated on every case).
    static let outcomeDuties: [FollowUp.Duty] = [.writtenDecision, .guardianDiscipline, .guardianCustody]

    static func dutyTitle(_ duty: FollowUp.Duty) -> Message {
        switch duty {
        case .writtenDecision: Message(.dutyWrittenDecision)
        case .guardianDiscipline: Message(.dutyGuardianDiscipline)
        case .guardianCustody: Message(.dutyGuardianCustody)
        case .rectify: Message(.dutyRectify)
        case .education: Message(.dutyEducation)
        case .commitment: Message(.dutyCommitment)
        }
    }

    /// A value a policy condition reads: `fine` (the recorded fine), else the case field a fact is bound to, else the
    /// case's fact (from the scanned slots when the record carries none).
    /// (`slots`: `CaseContext.slots`; the closure that asks must not capture the whole context, which it would copy.)
    func policyValue(_ name: String, record: CaseRecord, slots: (values: [SlotValue], text: [UInt8])?) -> FactValue? {
        if name == "fine", let fine = record.decision?.fine { return .money(fine) }
        // A case field bound by `source:` wins over `facts:`, as in the engine (docs/LEGAL-CHOICES.md); of two
        // declarations of one name the later one's field wins.
        if let sources = sourceBound[name] {
            for source in sources.reversed() {
                if let value = record.value(of: source) { return value }
            }
        }
        if let slots {
            guard let slot = layout.slot(named: name) else { return nil }
            return CompactCase.factValue(slots.values[slot], slot: slot, text: slots.text, layout: layout)
        }
        return record.facts[name]
    }

    /// The first-offence claim of a case, if it makes one (A201 is checked once the whole corpus is read).
    func firstOffenceClaim(_ c: CaseContext) -> FirstOffenceClaim? {
        guard let recorded = c.record.decision else { return nil }
        // Only a claimed first offence or an exemption can make a claim: the item look-ups below are skipped for the
        // rest (most penalised cases).
        guard recorded.firstOffenceClaimed == true || recorded.outcome == .noPenalty else { return nil }
        let relied = recorded.item.flatMap { itemsByID[$0] } ?? c.decision.decidedBy.flatMap { itemsByID[$0.itemID] }
        let usesTest = relied.map { firstOffenceItems.contains($0.value.id) } ?? false
        let claimed = recorded.firstOffenceClaimed == true || (recorded.outcome == .noPenalty && usesTest)
        guard claimed else { return nil }
        let rule = relied?.value.firstOffence ?? .default
        guard rule.window != .none else { return nil }
        var basis = relied?.value.basis.map(\.text) ?? []
        if basis.isEmpty { basis = c.decision.basis }
        return FirstOffenceClaim(
            entry: HistoryEntry(party: c.record.party.identityKey, violation: c.record.violation, category: c.violationRef?.value.category,
                                date: c.record.dates.act, caseID: c.record.id),
            window: rule.window.rawValue, sameKind: rule.sameKind.rawValue, item: relied?.value.id,
            location: c.record.location, agency: c.record.agency, officers: c.record.officers.map(\.name),
            basis: basis, decided: c.record.dates.decided)
    }

    /// The fine of a penalised case for the 类案不同罚 comparison, grouped by violation and engine tier.
    ///
    /// Only cases whose recorded tier agrees with the facts (or is not recorded) and whose fine lies inside the statutory
    /// range are compared: the others are already findings of their own (A101–A304, A407) and would distort the median.
    func fineSample(_ c: CaseContext) -> FineSample? {
        guard c.penalised, let fine = c.record.decision?.fine, let implied = c.engineOutcome,
              c.record.decision?.outcome.map({ $0 == implied }) ?? true, c.decision.timeBarred != true else { return nil }
        if let statutory = c.statutory, fine < statutory.min || statutory.max.map({ fine > $0 }) == true { return nil }
        let tier = c.decision.fine?.tier ?? c.decision.outcome.rawValue
        return FineSample(group: "\(c.record.violation)|\(tier)", violation: c.record.violation, tier: tier, fen: fine.fen,
                          caseID: c.record.id, location: c.record.location, agency: c.record.agency,
                          officers: c.record.officers.map(\.name), date: c.date,
                          rule: c.policies.similarCases)
    }
}
