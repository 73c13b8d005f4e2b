import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

extension CoerciveMeasureKind {
    /// The measure's name as a catalogue phrase.
    var message: Message {
        switch self {
        case .restriction: Message(.auditMeasureRestriction)
        case .sequestration: Message(.auditMeasureSequestration)
        case .seizure: Message(.auditMeasureSeizure)
        case .freeze: Message(.auditMeasureFreeze)
        case .other: Message(.auditMeasureOther)
        }
    }
}

extension CaseAuditor {
    /// The "not recorded" group of a measure past its period whose end the file does not give.
    static let measureEndNotRecorded = "coercive_measures.ended"

    /// A701–A704: coercive measures (行政强制法) against the no-coercion decision, their periods, their decision
    /// document and the party's notification. Only measures the file records are checked.
    func checkCoercion(_ c: CaseContext) {
        guard let measures = c.record.coerciveMeasures, !measures.isEmpty else { return }
        checkRefrained(c, measures)
        for measure in measures {
            checkPeriod(c, measure)
            if let formalities = c.rule("coercion_formalities", \.procedure.coercionFormalities), formalities.value {
                let evidence = [Evidence("measure", measure.kind.rawValue), Evidence("executed", measure.executed?.description ?? "")]
                if measure.decided == .notTaken {
                    c.add(.coercionWithoutDecision, Message(.auditCoercionNoDecision, measure.kind.message),
                          evidence: evidence + [Evidence("decided", "false")], basis: formalities.basis)
                }
                if measure.notified == false {
                    c.add(.coercionPartyNotNotified, Message(.auditCoercionNotNotified, measure.kind.message),
                          evidence: evidence + [Evidence("notified", "false")], basis: formalities.basis)
                }
            }
        }
    }

    /// A701: measures taken although the file records the decision to refrain, or a mandatory (应当) no-coercion item
    /// applies. A discretionary (可以) item leaves the measure to the agency (行政强制法 Art. 16 ¶2), so it is no finding.
    private func checkRefrained(_ c: CaseContext, _ measures: [CoerciveMeasure]) {
        guard let rule = c.rule("no_coercion_decisions", \.procedure.noCoercionDecisions), rule.value else { return }
        let kinds = measures.map(\.kind.message)
        let executed = measures.compactMap(\.executed).map(\.description).joined(separator: ", ")
        if c.record.decision?.coercion == .refrain {
            c.add(.coercionDespiteRefrain, Message(.auditCoercionDespiteRefrain, kinds),
                  evidence: [Evidence("coercion", CoercionChoice.refrain.rawValue),
                             Evidence("measures", measures.map(\.kind.rawValue).joined(separator: ", ")), Evidence("executed", executed)],
                  basis: rule.basis)
        } else if let list = c.decision.coercion, list.status == .noCoercion, list.mandatory, let item = list.item {
            let name = "\(item.list.listID)/\(item.itemID)"
            c.add(.coercionDespiteRefrain, Message(.auditCoercionDespiteList, kinds, name),
                  evidence: [Evidence("item", name), Evidence("measures", measures.map(\.kind.rawValue).joined(separator: ", ")),
                             Evidence("executed", executed)],
                  basis: list.basis + rule.basis)
        }
    }

    /// A702: a measure that ended after its period (plus an extension decided within the period, up to the rules'
    /// maximum). Calendar days from the day after the measure was carried out; a last day on a rest day moves to the
    /// next working day (民法典 Art. 201, 203).
    ///
    /// A measure whose end the file does not record cannot be shown to have outlasted its period (it may have been
    /// lifted in time), so it is no finding; when the decision date (else the end of the audited period) is already
    /// past the last day, the case is counted under `coercive_measures.ended` in "not recorded"
    /// (docs/LEGAL-CHOICES.md).
    private func checkPeriod(_ c: CaseContext, _ m: CoerciveMeasure) {
        guard let rule = c.rule("coercive_measure_periods", \.procedure.coercivePeriods),
              let period = rule.value.first(where: { $0.kinds.contains(m.kind) }),
              let executed = m.executed else { return }
        let base = counting.calendarDeadline(period.days, after: executed)
        var last = base
        var why = Message(.auditPeriodBase, period.days)
        var evidence = [Evidence("measure", m.kind.rawValue), Evidence("executed", executed.description),
                        Evidence("ended", m.ended?.description ?? ""),
                        Evidence("days", m.ended.map { String(executed.days(until: $0)) } ?? ""),
                        Evidence("period_days", String(period.days))]
        if m.extended != nil || m.extensionDays != nil {
            if let extended = m.extended, extended > base {
                why = Message(.auditPeriodExtensionLate, period.days, extended, base)
                evidence.append(Evidence("extended", extended.description))
            } else {
                // An extension whose length the file does not give is taken at the most the rules allow.
                let recorded = m.extensionDays ?? period.extensionDays
                let granted = min(recorded, period.extensionDays)
                last = counting.calendarDeadline(period.days + granted, after: executed)
                why = recorded > period.extensionDays
                    ? Message(.auditPeriodExtensionCapped, period.days, recorded, period.extensionDays)
                    : Message(.auditPeriodExtended, period.days, granted)
                evidence += [Evidence("extended", m.extended?.description ?? ""), Evidence("extension_days", String(recorded)),
                             Evidence("max_extension_days", String(period.extensionDays))]
            }
        }
        guard let ended = m.ended else {
            if let reference = c.record.dates.decided ?? options.to, reference > last,
               !c.notRecorded.contains(Self.measureEndNotRecorded) {
                c.notRecorded.append(Self.measureEndNotRecorded)
            }
            return
        }
        guard ended > last else { return }
        evidence.append(Evidence("last_day", last.description))
        evidence += counting.coverage(from: executed, to: last)
        c.add(.coercionPeriodExceeded, Message(.auditCoercionOverPeriod, m.kind.message, executed, ended, last, why),
              evidence: evidence, basis: rule.basis)
    }
}
