import LeniencyCatalog
public import LeniencyCore
public import LeniencyDiff
import LeniencyEngine

/// The sentences of a diff report in one language, shared by the text, Markdown and GitHub renderers.
public struct DiffWords: Sendable {
    /// The language.
    public let language: Language

    /// Words in `language`.
    public init(language: Language) {
        self.language = language
    }

    func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
        Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
    }

    private var chinese: Bool { language == .zh }

    /// `List jiangmen-2021-231` / `清单 jiangmen-2021-231`, with title and 文号.
    public func heading(_ document: DocumentDiff) -> String {
        let name: String
        switch document.kind {
        case .list: name = say(.diffDocumentList, document.id)
        case .standard: name = say(.diffDocumentStandard, document.id)
        case .limitation: name = say(.diffDocumentLimitation, document.id)
        case .policy: name = say(.diffDocumentPolicy, document.id)
        case .derivations: name = say(.diffDocumentDerivations, document.id)
        case .regions: return say(.diffDocumentRegions)
        case .facts: return say(.diffDocumentFacts)
        case .violations: return say(.diffDocumentViolations)
        case .calendar: return say(.diffDocumentCalendar)
        }
        let extra = [document.document, document.title == document.id ? "" : document.title].filter { !$0.isEmpty }
        guard !extra.isEmpty else { return name }
        return chinese ? "\(name)（\(extra.joined(separator: " "))）" : "\(name) (\(extra.joined(separator: " ")))"
    }

    /// One change as a sentence.
    public func sentence(_ change: DiffChange) -> String {
        let subject = change.subject ?? ""
        let old = value(change.old), new = value(change.new)
        switch change.kind {
        case .documentAdded: return change.subject.map { say(.diffCalendarAdded, $0) } ?? say(.diffDocumentAdded)
        case .documentRemoved: return change.subject.map { say(.diffCalendarRemoved, $0) } ?? say(.diffDocumentRemoved)
        case .versionAdded: return change.old == nil ? say(.diffVersionAddedFirst, new) : say(.diffVersionAdded, old, new)
        case .versionRemoved: return say(.diffVersionRemoved, old)
        case .effectiveChanged: return say(.diffEffectiveChanged, old, new)
        case .expiryChanged: return say(.diffExpiryChanged, old, new)
        case .titleChanged: return say(.diffTitleChanged, old, new)
        case .issuerChanged: return say(.diffIssuerChanged, old, new)
        case .documentNumberChanged: return say(.diffDocumentNumberChanged, old, new)
        case .regionChanged: return say(.diffRegionChanged, old, new)
        case .implementsChanged: return say(.diffImplementsChanged, old, new)
        case .listKindChanged: return say(.diffListKindChanged, keyword(change.old), keyword(change.new))
        case .hitPolicyChanged: return say(.diffHitPolicyChanged, keyword(change.old), keyword(change.new))
        case .scopeChanged: return say(.diffScopeChanged, keyword(change.old), keyword(change.new))
        case .itemAdded: return say(.diffItemAdded, subject, new)
        case .itemRemoved: return say(.diffItemRemoved, subject, old)
        case .itemRetitled: return say(.diffItemRetitled, subject, old, new)
        case .itemMoved:
            return change.field == "list" ? say(.diffItemMovedList, subject, old, new) : say(.diffItemMovedPosition, subject, old, new)
        case .itemViolationsChanged: return say(.diffItemViolationsChanged, subject, old, new)
        case .conditionsChanged: return say(.diffConditionsChanged, subject, verdict(change.verdict))
        case .conditionsReworded: return say(.diffConditionsReworded, subject, verdict(.equivalent))
        case .firstOffenceChanged:
            let text = say(.diffFirstOffenceChanged, subject, old, new)
            return change.verdict.map { text + (chinese ? "：" : ": ") + verdict($0) } ?? text
        case .mandatoryChanged: return say(.diffMandatoryChanged, subject, old, new)
        case .outcomeChanged: return say(.diffOutcomeChanged, subject, old, new)
        case .alsoAllowsChanged: return say(.diffAlsoAllowsChanged, subject, old, new)
        case .followUpChanged: return say(.diffFollowUpChanged, subject, old, new)
        case .basisChanged: return say(.diffBasisChanged, subject, old, new)
        case .unverifiedChanged: return say(.diffUnverifiedChanged, subject, boolean(change.old), boolean(change.new))
        case .standardViolationsChanged: return say(.diffStandardViolationsChanged, old, new)
        case .statutoryRangeChanged: return say(.diffStatutoryRangeChanged, old, new)
        case .modelChanged: return say(.diffModelChanged, keyword(change.old), keyword(change.new))
        case .splitChanged: return say(.diffSplitChanged, old, new)
        case .boundaryChanged: return say(.diffBoundaryChanged, keyword(change.old), keyword(change.new))
        case .tierAdded: return say(.diffTierAdded, subject, outcomeKeyword(change.new))
        case .tierRemoved: return say(.diffTierRemoved, subject, outcomeKeyword(change.old))
        case .tierConditionsChanged: return say(.diffTierConditionsChanged, subject, verdict(change.verdict))
        case .tierConditionsReworded: return say(.diffTierConditionsReworded, subject, verdict(.equivalent))
        case .bandChanged: return say(.diffBandChanged, subject, old, new)
        case .periodAdded: return say(.diffPeriodAdded, subject, new)
        case .periodRemoved: return say(.diffPeriodRemoved, subject, old)
        case .periodChanged:
            let text = say(.diffPeriodChanged, subject, "`\(change.field ?? "when")`", old, new)
            return change.verdict.map { text + (chinese ? "：" : ": ") + verdict($0) } ?? text
        case .policyRuleChanged: return say(.diffPolicyRuleChanged, "`\(subject)`", old, new)
        case .calendarChanged: return say(.diffCalendarChanged, subject, old, new)
        case .factAdded: return say(.diffFactAdded, subject, "`\(new)`")
        case .factRemoved: return say(.diffFactRemoved, subject, "`\(old)`")
        case .factChanged: return say(.diffFactChanged, subject, "`\(change.field ?? "")`", old, new)
        case .presumptionChanged: return say(.diffPresumptionChanged, subject, "`\(old)`", "`\(new)`")
        case .violationAdded: return say(.diffViolationAdded, subject, new)
        case .violationRemoved: return say(.diffViolationRemoved, subject, old)
        case .violationChanged: return say(.diffViolationChanged, subject, "`\(change.field ?? "")`", old, new)
        case .derivationAdded: return say(.diffDerivationAdded, subject, "`\(new)`")
        case .derivationRemoved: return say(.diffDerivationRemoved, subject, "`\(old)`")
        case .derivationChanged:
            let text = say(.diffDerivationChanged, subject, "`\(change.field ?? "")`", old, new)
            return change.verdict.map { text + (chinese ? "：" : ": ") + verdict($0) } ?? text
        case .regionAdded: return say(.diffRegionAdded, subject, new)
        case .regionRemoved: return say(.diffRegionRemoved, subject, old)
        case .regionDefinitionChanged: return say(.diffRegionDefinitionChanged, subject, "`\(change.field ?? "")`", old, new)
        }
    }

    /// What the constraint search proved, in words.
    public func verdict(_ verdict: ConditionVerdict?) -> String {
        switch verdict {
        case .equivalent?: say(.diffVerdictEquivalent)
        case .narrowed?: say(.diffVerdictNarrowed)
        case .widened?: say(.diffVerdictWidened)
        case .changed?: say(.diffVerdictChanged)
        case .undecided?, nil: say(.diffVerdictUndecided)
        }
    }

    /// The old and new conditions of a condition change, one line each (labels where the rules give them, else the
    /// expressions), or nil for other changes.
    public func conditionLines(_ change: DiffChange) -> (old: String, new: String)? {
        guard case .conditions(let oldAll, let oldExcept)? = change.old, case .conditions(let newAll, let newExcept)? = change.new else { return nil }
        return (conditions(oldAll, oldExcept), conditions(newAll, newExcept))
    }

    private func conditions(_ all: [ConditionText], _ except: [ConditionText]) -> String {
        func text(_ c: ConditionText) -> String {
            // The expression is what decides; the label, when it differs, is how the list words it.
            if let label = c.label, chinese { return "\(label)〔`\(c.source)`〕" }
            return "`\(c.source)`"
        }
        var out = say(.diffConditionsAll, all.isEmpty ? say(.diffNone) : all.map(text).joined(separator: chinese ? "；" : "; "))
        if !except.isEmpty { out += (chinese ? "；" : "; ") + say(.diffConditionsExcept, except.map(text).joined(separator: chinese ? "；" : "; ")) }
        return out
    }

    /// A value in words.
    public func value(_ value: DiffValue?) -> String {
        switch value {
        case nil: return say(.diffNone)
        case .text(let t)?: return t.isEmpty ? say(.diffNone) : t
        case .date(let d)?: return d?.description ?? say(.diffNone)
        case .mandatory(let m)?: return say(m ? .diffShall : .diffMay)
        case .outcome(let o)?: return o.map { DecisionText.outcomeName(DecisionOutcome($0), chinese: chinese) } ?? say(.diffNoOutcome)
        case .firstOffence(let rule)?:
            return say(.diffFirstOffenceRule, ConditionWords.windowWords(rule.window, language), ConditionWords.sameKindWords(rule.sameKind, language))
        case .followUp(let f)?:
            var parts: [String] = []
            if f.education { parts.append(say(.publishEducation)) }
            if f.commitment { parts.append(say(.publishCommitment)) }
            if let days = f.rectifyDays { parts.append(say(.diffFollowUpRectify, days)) }
            return parts.isEmpty ? say(.diffFollowUpNone) : parts.joined(separator: language.listSeparator)
        case .items(let items)?: return items.isEmpty ? say(.diffNone) : items.joined(separator: chinese ? "；" : "; ")
        case .conditions(let all, let except)?: return conditions(all, except)
        }
    }

    /// A rule-format keyword (`unique`, `bands`), quoted so that it reads as the value written in the rules.
    private func keyword(_ value: DiffValue?) -> String {
        if case .text(let t)? = value { return "`\(t)`" }
        return self.value(value)
    }

    private func outcomeKeyword(_ value: DiffValue?) -> String {
        if case .text(let t)? = value, let outcome = Outcome(rawValue: t) {
            return DecisionText.outcomeName(DecisionOutcome(outcome), chinese: chinese)
        }
        return keyword(value)
    }

    private func boolean(_ value: DiffValue?) -> String {
        if case .text(let t)? = value { return say(t == "true" ? .condYes : .condNo) }
        return self.value(value)
    }

    /// Two decisions of one case: what the coercion lists say is shown only when it differs.
    public func decisions(_ old: DecisionSummary, _ new: DecisionSummary) -> String {
        let coercion = old.coercion != new.coercion || old.coercionMandatory != new.coercionMandatory
        return say(.diffWitnessDecisions, decision(old, coercion: coercion), decision(new, coercion: coercion))
    }

    /// A decision in one line: outcome, shall/may, what decided it, the fine (and, when asked, the coercion answer).
    public func decision(_ d: DecisionSummary, coercion showCoercion: Bool = true) -> String {
        var text: String
        let outcome = DecisionText.outcomeName(d.outcome, chinese: chinese)
        if d.timeBarred == true, d.outcome == .noPenalty {
            text = say(.diffTimeBarred, d.decidedBy?.itemID ?? "")
        } else if d.outcome == .undetermined {
            text = say(.diffUndetermined, d.missing.isEmpty ? say(.diffNone) : d.missing.prefix(4).joined(separator: language.listSeparator))
        } else if let item = d.decidedBy {
            text = say(.diffDecided, outcome, say(d.mandatory ? .diffShall : .diffMay),
                       item.list.document.isEmpty ? item.list.listID : item.list.document, item.itemID)
        } else if let fine = d.fine {
            text = say(.diffDecidedStandard, outcome, say(.diffTier, tierName(fine.tier), fine.standardDocument.isEmpty ? fine.standardID : fine.standardDocument))
        } else {
            text = outcome
        }
        if let fine = d.fine { text += (chinese ? "，" : ", ") + say(.diffFineRange, fine.min.displayString, fine.max.displayString) }
        if d.followUp != FollowUp() { text += (chinese ? "，" : ", ") + value(.followUp(d.followUp)) }
        switch showCoercion ? d.coercion : nil {
        case .noCoercion?: text += (chinese ? "；" : "; ") + say(.diffCoercionNo, say(d.coercionMandatory ? .diffShall : .diffMay), d.coercionItem?.itemID ?? "")
        case .undetermined?: text += (chinese ? "；" : "; ") + say(.diffCoercionUndetermined)
        case .notExcluded?: text += (chinese ? "；" : "; ") + say(.diffCoercionNotExcluded)
        case nil: break
        }
        return text
    }

    /// A tier by its outcome's name when it is one of the three standard tiers, else its label as the rules write it.
    private func tierName(_ tier: String) -> String {
        guard let outcome = Outcome(rawValue: tier), [.lighter, .standard, .heavier].contains(outcome) else { return "`\(tier)`" }
        return DecisionText.outcomeName(DecisionOutcome(outcome), chinese: chinese)
    }

    /// The witness case in one line: violation, act date, facts, history.
    public func witnessCase(_ witness: Witness) -> String {
        let record = witness.record
        var facts = record.facts.keys.sorted().compactMap { name in record.facts[name].map { "`\(name): \(WitnessCase.scalar($0))`" } }
        if let age = record.party.age { facts.append("`party.age: \(age)`") }
        if let gains = record.illegalGains { facts.append("`illegal_gains: \(gains.yuanString)`") }
        if let goods = record.goodsValue { facts.append("`goods_value: \(goods.yuanString)`") }
        if let discovered = record.dates.discovered, discovered != record.dates.act { facts.append("`dates.discovered: \(discovered)`") }
        let priors = (record.priorViolations ?? []).map { "`\($0.violation)` \($0.date)" }
        return say(.diffWitnessCase, record.violation, record.dates.act,
                   facts.isEmpty ? say(.diffNone) : facts.joined(separator: language.listSeparator),
                   priors.isEmpty ? say(.diffNone) : priors.joined(separator: language.listSeparator))
    }

    /// The kinds of decision change in words.
    public func changeKinds(_ kinds: [DecisionChangeKind]) -> String {
        kinds.map(changeKind).joined(separator: language.listSeparator)
    }

    /// One kind of decision change in words.
    public func changeKind(_ kind: DecisionChangeKind) -> String {
        switch kind {
        case .outcome: say(.diffChangeOutcome)
        case .mandatory: say(.diffChangeMandatory)
        case .fine: say(.diffChangeFine)
        case .followUp: say(.diffChangeFollowUp)
        case .coercion: say(.diffChangeCoercion)
        }
    }
}
