import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CaseAuditor {
    /// A802, A803: 加处罚款 above its cap, or charged for days before the fine was due (行政处罚法 Art. 72 ¶1 (一);
    /// 行政强制法 Art. 45 ¶2). Only what the file records of the payment is checked.
    func checkPayment(_ c: CaseContext) {
        guard let payment = c.record.payment, let surcharge = payment.surcharge, surcharge > .zero,
              let cap = c.rule("surcharge_cap", \.procedure.surchargeCap) else { return }
        if let fine = c.record.decision?.fine {
            let limit = fine.multiplied(by: cap.value)
            if surcharge > limit {
                c.add(.surchargeAboveCap, Message(.auditSurchargeAboveCap, surcharge, fine, Self.percent(cap.value)),
                      evidence: [Evidence("surcharge", surcharge.yuanString), Evidence("fine", fine.yuanString),
                                 Evidence("cap", Self.percent(cap.value)), Evidence("limit", limit.yuanString)],
                      basis: cap.basis)
            }
        }
        guard let due = payment.due else { return }
        if let from = payment.surchargeFrom, from <= due {
            c.add(.surchargeBeforeDue, Message(.auditSurchargeFromBeforeDue, from, due),
                  evidence: [Evidence("surcharge", surcharge.yuanString), Evidence("surcharge_from", from.description),
                             Evidence("due", due.description)],
                  basis: cap.basis)
        } else if let paid = payment.paid, paid <= due {
            c.add(.surchargeBeforeDue, Message(.auditSurchargePaidOnTime, paid, due),
                  evidence: [Evidence("surcharge", surcharge.yuanString), Evidence("paid", paid.description),
                             Evidence("due", due.description)],
                  basis: cap.basis)
        }
    }

    /// A ratio as a percentage when it is a whole one (`100%`), else as a fraction.
    static func percent(_ ratio: Ratio) -> String {
        let hundred = ratio.numerator * 100
        return hundred % ratio.denominator == 0 ? "\(hundred / ratio.denominator)%" : ratio.description
    }

    /// The case's fine under its act identity, for the cross-case A801; nil without `act_id` or without a fine.
    func actFine(_ record: CaseRecord, date: CivilDate) -> ActFine? {
        guard let act = record.actID?.trimmingSpaces(), !act.isEmpty, let fine = record.decision?.fine, fine > .zero,
              record.decision?.outcome != .noPenalty else { return nil }
        let rule = policies.layers(region: record.region, agency: record.agency, on: date)
            .rule { $0.procedure.singleFinePerAct == true ? true : nil }
        guard let rule else { return nil }
        return ActFine(act: act, party: record.party.identityKey, caseID: record.id, agency: record.agency, fen: fine.fen,
                       decided: record.dates.decided ?? record.dates.act, location: record.location,
                       officers: record.officers.map(\.name), basis: GoverningPolicies.basis("single_fine_per_act", of: rule.policy),
                       inPeriod: options.inPeriod(date))
    }

    /// The case in the province's own terms: 免予处罚 with the amount waived, 减轻 with the amount below the
    /// minimum, 从轻, 不予强制 (`LeniencyFigures` states both conventions).
    /// `withoutLeniency` gives the engine's `fineWithoutLeniency` for the case (asked only for exempted and mitigated
    /// cases); it is handed this auditor, so that it need not capture it (a closure capturing `self` copied the auditor).
    func leniencyFigures(_ c: CaseContext, withoutLeniency: (CaseAuditor) -> FineRange?) -> LeniencyFigures {
        var f = LeniencyFigures()
        guard let recorded = c.record.decision else { return f }
        if recorded.coercion == .refrain { f.noCoercion = 1 }
        let belowMinimum = recorded.fine.flatMap { fine in c.statutory.map { fine < $0.min } } ?? false
        if recorded.outcome == .noPenalty {
            f.exempted = 1
            if let reference = withoutLeniency(self) {
                f.waived = reference.min
            } else {
                f.waivedNotComputed = 1
            }
        } else if recorded.outcome == .mitigated || (c.penalised && belowMinimum) {
            f.mitigated = 1
            // A 减轻 to a lighter kind of penalty records no fine: the fine imposed is then nothing.
            let fine = recorded.fine ?? (!recorded.penaltyKinds.isEmpty && !recorded.penaltyKinds.contains("fine") ? Money.zero : nil)
            let reference: Money?
            if let statutory = c.statutory, statutory.min > .zero {
                reference = statutory.min
            } else {
                reference = withoutLeniency(self)?.min
            }
            if let fine, let reference {
                f.mitigatedAmount = reference > fine ? reference - fine : .zero
            } else {
                f.mitigatedNotComputed = 1
            }
        } else if recorded.outcome == .lighter {
            f.lightened = 1
        }
        return f
    }
}
