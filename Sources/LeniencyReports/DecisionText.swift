public import LeniencyEngine
public import LeniencyCatalog
public import LeniencyCore

/// Renders a decision as text for a person, from the message catalogue.
///
/// The short answer holds what an officer acts on: the outcome with shall/may, the deciding list version and item, the
/// basis, the fine range, follow-up duties, the presumptions and derivations used, the facts still to find out (as
/// questions, with the vocabulary's labels), conflict, coercion, the limitation period when it is not plainly within,
/// the version choice and remarks. `explain` adds the full trace: every candidate item, limitation period and tier with
/// its conditions, the values it saw and its citations.
public enum DecisionText {
    /// The report for one decision in `language`; `vocabulary` (the catalog) turns enum values and missing facts into
    /// their labels.
    public static func render(_ decision: Decision, language: Language, explain: Bool = true, vocabulary: Catalog? = nil) -> String {
        let words = Words(language: language, vocabulary: vocabulary)
        func line(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
        }
        var lines: [String] = []
        lines.append(line(.decisionHeadlineLine, decision.caseID, headlineMessage(decision)))
        if let item = decision.decidedBy, decision.timeBarred != true {
            lines.append(line(.decisionListLine, item.list.effective, item.list.title, item.list.listID))
        }
        if !decision.basis.isEmpty { lines.append(line(.decisionBasisLine, words.joined(decision.basis))) }
        if let fine = decision.fine { lines.append(line(.decisionFineLine, fineMessage(fine))) }
        if let weights = decision.weights { lines.append(weightsMessage(weights, language: language).rendered(language)) }
        let duties = followUpMessages(decision.followUp)
        if !duties.isEmpty { lines.append(line(.decisionFollowUpLine, Message.joined(duties, by: .hintJoin))) }
        if explain {
            if !decision.presumed.isEmpty { lines.append(line(.decisionPresumedLine, Message.joined(decision.presumed.map { words.presumed($0) }, by: .hintJoin))) }
            if !decision.derived.isEmpty { lines.append(line(.decisionDerivedLine, Message.joined(decision.derived.map { words.derived($0) }, by: .hintJoin))) }
        } else {
            // What the answer took for granted, one line per value, without reasons (--explain gives them).
            var values: [String] = []
            var facts: [String: [String]] = [:]
            for p in decision.presumed {
                let value = words.value(p.value, fact: p.fact).rendered(language)
                if facts[value] == nil { values.append(value) }
                // The officer reads the fact's label (危害后果轻微), not its identifier; --explain gives both.
                facts[value, default: []].append(words.label(p.fact, in: decision) ?? p.fact)
            }
            for value in values { lines.append(line(.decisionPresumedShortLine, facts[value] ?? [], value)) }
            if !decision.derived.isEmpty { lines.append(line(.decisionDerivedHeading)) }
            for f in decision.derived { lines.append("  - " + words.derived(f).rendered(language)) }
        }
        if !decision.alsoAllows.isEmpty {
            lines.append(line(.decisionAlsoAllowsLine, decision.alsoAllows.map { outcomeMessage(DecisionOutcome($0)) }))
        }
        if !decision.missing.isEmpty {
            if explain {
                lines.append(line(.decisionMissingLine, decision.missing.map { words.factName($0, in: decision) }))
            } else {
                lines.append(line(.decisionQuestionsHeading))
                for (index, name) in decision.missing.enumerated() {
                    lines.append("  \(index + 1). " + words.question(name, in: decision).rendered(language))
                }
            }
        }
        if let conflict = decision.conflict {
            lines.append(line(.decisionConflictLine, language == .zh ? conflict.messageZh : conflict.message))
        }
        if let coercion = decision.coercion { lines.append(line(.decisionCoercionLine, words.coercion(coercion, in: decision))) }
        switch decision.timeBarred {
        case true?: lines.append(line(.decisionTimeBarredYes))
        case false?: if explain { lines.append(line(.decisionTimeBarredNo)) }
        // No violation: there is no act whose limitation could run.
        case nil: if decision.outcome != .noViolation { lines.append(line(.decisionTimeBarredUnknown)) }
        }
        if let choice = language == .zh ? decision.versionChoiceZh : decision.versionChoice { lines.append(line(.decisionVersionsLine, choice)) }
        for note in language == .zh ? decision.notesZh : decision.notes { lines.append(line(.decisionNoteLine, note)) }
        if explain {
            lines.append("")
            lines.append(line(.decisionExplanationHeading))
            for entry in decision.trace { lines.append(contentsOf: words.traceLines(entry)) }
        } else {
            lines.append(line(.decisionExplainHint))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The full report (with the explanation), in Chinese or English.
    public static func render(_ decision: Decision, chinese: Bool) -> String {
        render(decision, language: chinese ? .zh : .en, explain: true)
    }

    /// The first line: outcome, shall/may, and the deciding item (or the discretion tier, or what is missing).
    public static func headline(_ decision: Decision, chinese: Bool) -> String {
        headlineMessage(decision).rendered(chinese ? .zh : .en)
    }

    /// The first line as a message.
    ///
    /// "Shall" and "may" are said only when an item decides: a tier chosen by the discretion standard is neither.
    public static func headlineMessage(_ decision: Decision) -> Message {
        var text: Message
        if decision.timeBarred == true, decision.outcome == .noPenalty {
            // 行政处罚法 Art. 36 says 不再给予行政处罚: the power to penalise has lapsed.
            text = Message(.decisionTimeBarredHeadline)
        } else if decision.outcome != .undetermined, decision.decidedBy != nil {
            if decision.outcome == .noPenalty {
                text = Message(decision.mandatory ? .decisionShallNoPenalty : .decisionMayNoPenalty)
            } else {
                text = Message(decision.mandatory ? .decisionShallOutcome : .decisionMayOutcome, outcomeMessage(decision.outcome))
            }
        } else {
            text = outcomeMessage(decision.outcome)
        }
        if decision.timeBarred == true, decision.outcome == .noPenalty, let basis = decision.basis.first {
            text = Message(.decisionByBasis, text, basis)
        } else if let item = decision.decidedBy {
            let document = item.list.document.isEmpty ? item.list.listID : item.list.document
            text = Message(.decisionByItem, text, document, item.itemID, item.title)
        } else if decision.outcome != .undetermined, let fine = decision.fine {
            let standard = fine.standardDocument.isEmpty ? fine.standardID : fine.standardDocument
            text = Message(.decisionByTier, text, standard, Message.tier(fine.tier))
        } else if decision.outcome == .undetermined {
            if decision.conflict != nil {
                text = Message(.decisionConflictTail, text)
            } else if !decision.missing.isEmpty {
                let shown: [MessageArgument] = decision.missing.prefix(3).map { .text($0) }
                    + (decision.missing.count > 3 ? [.text("…")] : [])
                text = Message(.decisionDependsOn, text, MessageArgument.list(shown))
            }
        }
        return text
    }

    /// The name of an outcome.
    public static func outcomeName(_ outcome: DecisionOutcome, chinese: Bool) -> String {
        outcomeMessage(outcome).rendered(chinese ? .zh : .en)
    }

    /// The name of an outcome as a message.
    public static func outcomeMessage(_ outcome: DecisionOutcome) -> Message {
        switch outcome {
        case .noPenalty: Message(.outcomeNoPenalty)
        case .mitigated: Message(.outcomeMitigated)
        case .lighter: Message(.outcomeLighter)
        case .standard: Message(.outcomeStandard)
        case .heavier: Message(.outcomeHeavier)
        case .undetermined: Message(.outcomeUndetermined)
        case .noViolation: Message(.outcomeNoViolation)
        }
    }

    /// `¥10,000.00–¥37,000.00（含本数），从轻档次，裁量基准 …`.
    public static func fineText(_ fine: FineRange, chinese: Bool) -> String {
        fineMessage(fine).rendered(chinese ? .zh : .en)
    }

    /// The fine range as a message.
    public static func fineMessage(_ fine: FineRange) -> Message {
        let document = fine.standardDocument.isEmpty ? "" : "\(fine.standardDocument) "
        if fine.maxUnbounded {
            return Message(.fineUnboundedText, fine.min, Message(fine.minInclusive ? .boundsOrMore : .boundsOrMoreExclusive),
                           Message.tier(fine.tier), document, fine.standardID, fine.standardEffective)
        }
        let bounds: MessageID = switch (fine.minInclusive, fine.maxInclusive) {
        case (true, true): .boundsBoth
        case (true, false): .boundsLower
        case (false, true): .boundsUpper
        case (false, false): .boundsNeither
        }
        var text = Message(.fineRangeText, fine.min, fine.max, Message(bounds), Message.tier(fine.tier), document, fine.standardID,
                           fine.standardEffective)
        if fine.tier == "mitigated" {
            text = Message(.concat, text, fine.max == .zero && fine.maxInclusive
                ? Message(.fineMitigatedZero) : Message(.fineMitigatedBelow, fine.max))
        } else if let note = fine.noteMessage {
            text = Message(.concat, text, Message(.fineNote, note))
        } else if let note = fine.note {
            text = Message(.concat, text, Message(.fineNote, note))
        }
        return text
    }

    /// Model D: `裁量起点 7% + 超标因子数目2个 2% + … = 27% × 法定最高罚款 ¥1,000,000.00 = ¥270,000.00`.
    public static func weightsMessage(_ w: WeightedFine, language: Language) -> Message {
        var parts = [Message(.weightsStart, w.start.percentText)]
        for f in w.factors {
            let label = language == .zh ? f.label : (f.labelEn ?? f.label)
            switch f.status {
            case .level: parts.append(Message(.weightsFactor, label, f.level ?? "", f.weight.percentText))
            case .highest: parts.append(Message(.weightsFactorHighest, label, f.level ?? "", f.weight.percentText))
            case .lowest: parts.append(Message(.weightsFactorLowest, label, f.weight.percentText))
            case .noLevel: parts.append(Message(.weightsFactorNoLevel, label, f.weight.percentText))
            }
        }
        var applied = Message(.verbatim, arguments: [.text(w.applied.percentText)])
        if w.sum != w.applied {
            applied = w.floorApplied.map { Message(.concat, Message(.verbatim, arguments: [.text(w.sum.percentText)]), Message(.weightsFloor, $0.percentText)) }
                ?? Message(.concat, Message(.verbatim, arguments: [.text(w.sum.percentText)]), Message(.weightsCapped))
            applied = Message(.concat, applied, Message(.verbatim, arguments: [.text(" → " + w.applied.percentText)]))
        }
        let base = w.base == .maximum ? Message(.weightsBaseMaximum, w.statutoryMax)
            : Message(.weightsBaseRange, w.statutoryMin, w.statutoryMax)
        let product = w.raisedToMinimum ? Message(.concat, Message(.verbatim, arguments: [.text(productText(w))]), Message(.weightsMinimum, w.statutoryMin))
            : Message(.verbatim, arguments: [.text(w.amount.displayString)])
        return Message(.decisionWeightsLine, Message.joined(parts, by: .weightsPlus), applied, base, product, Message(.verbatim, arguments: [.text("")]))
    }

    /// The product before the statutory minimum raised it.
    static func productText(_ w: WeightedFine) -> String {
        let product = w.base == .maximum ? w.statutoryMax.multiplied(by: w.applied)
            : w.statutoryMin + (w.statutoryMax - w.statutoryMin).multiplied(by: w.applied)
        return product.displayString
    }

    static func followUpMessages(_ followUp: FollowUp) -> [Message] {
        var parts: [Message] = []
        if followUp.education { parts.append(Message(.followEducation)) }
        if followUp.commitment { parts.append(Message(.followCommitment)) }
        if let days = followUp.rectifyDays {
            parts.append(Message(.followRectify, days))
        } else if followUp.rectify {
            parts.append(Message(.followRectifyOrder))
        }
        if followUp.writtenDecision { parts.append(Message(.followWrittenDecision)) }
        if followUp.guardianDiscipline { parts.append(Message(.followGuardianDiscipline)) }
        if followUp.guardianCustody { parts.append(Message(.followGuardianCustody)) }
        return parts
    }

    /// The words that need the vocabulary: fact labels, enum value labels, questions, the trace.
    struct Words {
        var language: Language
        var vocabulary: Catalog?

        func joined(_ texts: [String]) -> String { texts.joined(separator: Message(.decisionSeparator).rendered(language)) }

        /// A fact value as people read it: 是/否, the enum value's label, money with ¥.
        func value(_ value: FactValue, fact: String) -> MessageArgument {
            switch value {
            case .boolean(let b): return .boolean(b)
            case .money(let m): return .text(m.displayString)
            case .text(let t): return .text(t)
            case .enumeration(let e):
                if language == .zh, let label = vocabulary?.fact(named: fact)?.valueLabels[e] { return .text(label) }
                return .text(e)
            default: return .text(value.description)
            }
        }

        /// The fact's label in the language, if the rules or the trace give one.
        func label(_ name: String, in decision: Decision) -> String? {
            if name == regionFactName { return Message(.regionLabel).rendered(language) }
            if name == discoveryDateFactName { return Message(.cliDiscoveryDateLabel).rendered(language) }
            if let fact = vocabulary?.fact(named: name) {
                let label = language == .zh ? fact.label : (fact.labelEn ?? fact.label)
                if !label.isEmpty, label != name { return label }
            }
            for entry in decision.trace {
                for reading in (entry.conditions + entry.exclusions).flatMap(\.values) where reading.name == name {
                    let label = language == .zh ? reading.label : (reading.labelEn ?? reading.label)
                    if let label, label != name { return label }
                }
            }
            return nil
        }

        /// `harm_minor（危害后果轻微）`.
        func factName(_ name: String, in decision: Decision) -> Message {
            label(name, in: decision).map { Message(.factWithLabel, name, $0) } ?? .verbatim(name)
        }

        /// A missing fact as the question an officer answers: `是否危害后果轻微？（harm_minor）`.
        func question(_ name: String, in decision: Decision) -> Message {
            if name == firstOffenceFactName { return Message(.questionFirstOffence, name) }
            if name == discoveryDateFactName { return Message(.questionDiscovery, name) }
            if name == regionFactName { return Message(.questionRegion, name) }
            let label = self.label(name, in: decision) ?? name
            switch vocabulary?.fact(named: name)?.type {
            case .boolean?, nil where vocabulary?.fact(named: name) != nil:
                return Message(.questionBoolean, label, name)
            case .integer?, .decimal?, .duration?: return Message(.questionNumber, label, name)
            case .money?: return Message(.questionMoney, label, name)
            case .date?: return Message(.questionDate, label, name)
            case .enumeration(let values)?:
                let labels = values.map { value -> String in
                    language == .zh ? (vocabulary?.fact(named: name)?.valueLabels[value] ?? value) : value
                }
                return Message(.questionChoice, label, name, labels)
            case .text?: return Message(.questionText, label, name)
            case nil:
                if name == "illegal_gains" || name == "goods_value" { return Message(.questionMoney, label, name) }
                return Message(.questionBoolean, label, name)
            }
        }

        func presumed(_ p: PresumedFact) -> Message {
            let label = language == .zh ? p.label : (p.labelEn ?? p.label)
            return Message(.presumedItem, p.fact, value(p.value, fact: p.fact), label, p.basis)
        }

        func derived(_ f: DerivedFact) -> Message {
            let source = [f.document, f.rule].filter { !$0.isEmpty }.joined(separator: " ")
            var why = Message(.derivedBy, source)
            if let label = f.label { why = Message(.derivedLabel, why, label) }
            if let replaced = f.replaced { why = Message(.derivedReplaced, why, value(replaced, fact: f.fact)) }
            return Message(.derivedItem, f.fact, value(f.value, fact: f.fact), why)
        }

        func coercion(_ coercion: CoercionDecision, in decision: Decision) -> Message {
            switch coercion.status {
            case .noCoercion:
                let how = Message(coercion.mandatory ? .coercionShallNot : .coercionMayNot)
                guard let item = coercion.item else { return how }
                return Message(.coercionItem, how, item.list.document.isEmpty ? item.list.listID : item.list.document, item.itemID)
            case .undetermined:
                return Message(.coercionUndetermined, coercion.missing.map { factName($0, in: decision) })
            case .notExcluded:
                return Message(.coercionNotExcluded)
            }
        }

        func traceLines(_ entry: TraceEntry) -> [String] {
            let kind: MessageID = switch entry.kind {
            case .item: .traceKindItem
            case .limitation: .traceKindLimitation
            case .tier: .traceKindTier
            case .derivation: .traceKindDerivation
            }
            let item: Message = entry.kind == .tier ? Message.tier(entry.itemID) : .verbatim(entry.itemID)
            let title = language == .en ? entry.titleEn ?? entry.title : entry.title
            var head = Message(.traceHead, status(entry.status), Message(kind), entry.listID, entry.listEffective, item, title)
            if let outcome = entry.outcome, entry.kind != .limitation {
                head = Message(entry.mandatory ? .traceOutcomeShall : .traceOutcomeMay, head, outcomeMessage(DecisionOutcome(outcome)))
            }
            if entry.coercion { head = Message(.traceNoCoercion, head) }
            if entry.unverified { head = Message(.traceUnverified, head) }
            var lines = [head.rendered(language)]
            func add(_ message: Message) { lines.append("    " + message.rendered(language)) }
            if let region = entry.region { add(condition(region, exclusion: false)) }
            for c in entry.conditions { add(condition(c, exclusion: false)) }
            for c in entry.exclusions { add(condition(c, exclusion: true)) }
            if !entry.deciding.isEmpty { add(Message(.traceNeeds, entry.deciding)) }
            for note in language == .zh ? entry.notesZh : entry.notes { add(Message(.traceNote, note)) }
            if !entry.citations.isEmpty { add(Message(.traceCites, joined(entry.citations))) }
            return lines
        }

        func condition(_ condition: ConditionResult, exclusion: Bool) -> Message {
            let mark = switch condition.truth {
            case .yes: "✓"
            case .no: "✗"
            case .unknown: "?"
            }
            var text: Message = condition.label.map { Message(.traceLabelledCondition, $0, condition.source) }
                ?? Message(.traceExpression, condition.source)
            let values = condition.values.map { reading -> Message in
                var pair = Message(.traceValue, reading.name, reading.value.map { value($0, fact: reading.name) } ?? .message(Message(.traceUnknown)))
                switch reading.origin {
                case nil: break
                case .presumed?: pair = Message(.originPresumed, pair)
                case .derived(let rule)?: pair = Message(.originDerived, pair, rule)
                case .notApplicable?: pair = Message(.originNotApplicable, pair)
                }
                return pair
            }
            if !values.isEmpty { text = Message(.traceValues, text, values) }
            return Message(.traceConditionLine, mark, Message(exclusion ? .traceExclusion : .traceCondition), text)
        }

        func status(_ status: TraceStatus) -> Message {
            switch status {
            case .applied: Message(.traceStatusApplied)
            case .notApplicable: Message(.traceStatusNotApplicable)
            case .excluded: Message(.traceStatusExcluded)
            case .undetermined: Message(.traceStatusUndetermined)
            case .notInForce: Message(.traceStatusNotInForce)
            case .superseded: Message(.traceStatusSuperseded)
            }
        }
    }
}
