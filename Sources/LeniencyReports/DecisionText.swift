public import LeniencyEngine
import LeniencyCatalog
public import LeniencyCore

/// Renders a decision as text for a person: the outcome in one line, then basis, fine, duties and the explanation.
public enum DecisionText {
    /// The whole report for one decision in `language`.
    public static func render(_ decision: Decision, language: Language) -> String {
        render(decision, chinese: language == .zh)
    }

    /// The whole report for one decision, in Chinese or English.
    public static func render(_ decision: Decision, chinese: Bool) -> String {
        let words = chinese ? DecisionWords.zh : DecisionWords.en
        var lines: [String] = []
        lines.append("\(decision.caseID): \(headline(decision, chinese: chinese))")
        if !decision.basis.isEmpty { lines.append("\(words.basis): \(decision.basis.joined(separator: chinese ? "；" : "; "))") }
        if let fine = decision.fine { lines.append("\(words.fine): \(fineText(fine, chinese: chinese))") }
        let duties = followUpText(decision.followUp, chinese: chinese)
        if !duties.isEmpty { lines.append("\(words.followUp): \(duties)") }
        if !decision.presumed.isEmpty { lines.append("\(words.presumed): \(presumedText(decision.presumed, chinese: chinese))") }
        if !decision.derived.isEmpty { lines.append("\(words.derived): \(derivedText(decision.derived, chinese: chinese))") }
        if !decision.alsoAllows.isEmpty {
            lines.append("\(words.alsoAllows): \(decision.alsoAllows.map { outcomeName(DecisionOutcome($0), chinese: chinese) }.joined(separator: chinese ? "、" : ", "))")
        }
        if !decision.missing.isEmpty {
            let labels = decision.missing.map { factLabel($0, in: decision, chinese: chinese) }
            lines.append("\(words.missing): \(labels.joined(separator: chinese ? "、" : ", "))")
        }
        if let conflict = decision.conflict {
            lines.append("\(words.conflict): \(chinese ? conflict.messageZh : conflict.message)")
        }
        if let coercion = decision.coercion { lines.append("\(words.coercion): \(coercionText(coercion, in: decision, chinese: chinese))") }
        switch decision.timeBarred {
        case true?: lines.append(words.timeBarredYes)
        case false?: lines.append(words.timeBarredNo)
        case nil: lines.append(words.timeBarredUnknown)
        }
        if let choice = chinese ? decision.versionChoiceZh : decision.versionChoice { lines.append("\(words.versions): \(choice)") }
        for note in chinese ? decision.notesZh : decision.notes { lines.append("\(words.note): \(note)") }
        lines.append("")
        lines.append(words.explanation + ":")
        for entry in decision.trace { lines.append(contentsOf: traceLines(entry, chinese: chinese)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line: outcome, shall/may, and the deciding item (or the discretion tier, or what is missing).
    ///
    /// "Shall" and "may" are said only when an item decides: a tier chosen by the discretion standard is neither.
    public static func headline(_ decision: Decision, chinese: Bool) -> String {
        var text: String
        if decision.timeBarred == true, decision.outcome == .noPenalty {
            // 行政处罚法 Art. 36 says 不再给予行政处罚: the power to penalise has lapsed.
            text = chinese ? "不再给予行政处罚（超过追责时效）" : "No penalty (mandatory: time-barred, no penalty may be given any more)"
        } else if decision.outcome != .undetermined, decision.decidedBy != nil {
            if chinese {
                text = (decision.mandatory ? "应当" : "可以") + outcomeName(decision.outcome, chinese: true)
            } else if decision.outcome == .noPenalty {
                text = outcomeName(decision.outcome, chinese: false)
                    + (decision.mandatory ? " (mandatory: shall not penalise)" : " (discretionary: may not penalise)")
            } else {
                text = outcomeName(decision.outcome, chinese: false)
                    + (decision.mandatory ? " (mandatory: shall)" : " (discretionary: may)")
            }
        } else {
            text = outcomeName(decision.outcome, chinese: chinese)
        }
        if decision.timeBarred == true, decision.outcome == .noPenalty, let basis = decision.basis.first {
            text += " — \(basis)"
        } else if let item = decision.decidedBy {
            let document = item.list.document.isEmpty ? item.list.listID : item.list.document
            text += chinese ? " — \(document) \(item.itemID)（\(item.title)）" : " — \(document) item \(item.itemID) (\(item.title))"
        } else if decision.outcome != .undetermined, let fine = decision.fine {
            let standard = fine.standardDocument.isEmpty ? fine.standardID : fine.standardDocument
            text += chinese ? " — 裁量基准 \(standard) 档次 \(fine.tier)" : " — discretion standard \(standard), tier \(fine.tier)"
        } else if decision.outcome == .undetermined {
            if decision.conflict != nil {
                text += chinese ? " — 适用事项相互冲突" : " — applicable items conflict"
            } else if !decision.missing.isEmpty {
                let shown = decision.missing.prefix(3).joined(separator: chinese ? "、" : ", ") + (decision.missing.count > 3 ? "…" : "")
                text += chinese ? " — 取决于：\(shown)" : " — depends on: \(shown)"
            }
        }
        return text
    }

    /// The name of an outcome.
    public static func outcomeName(_ outcome: DecisionOutcome, chinese: Bool) -> String {
        switch outcome {
        case .noPenalty: chinese ? "不予处罚" : "No penalty"
        case .mitigated: chinese ? "减轻处罚" : "Mitigated penalty (减轻, below the statutory minimum)"
        case .lighter: chinese ? "从轻处罚" : "Lighter penalty (从轻)"
        case .standard: chinese ? "一般处罚" : "Standard penalty"
        case .heavier: chinese ? "从重处罚" : "Heavier penalty (从重)"
        case .undetermined: chinese ? "待定（缺少事实）" : "Undetermined"
        }
    }

    /// `¥10,000.00–¥37,000.00（含本数）`.
    public static func fineText(_ fine: FineRange, chinese: Bool) -> String {
        let bounds: String
        if fine.maxUnbounded {
            let lower = fine.minInclusive ? (chinese ? "以上，含本数" : "or more") : (chinese ? "以上，不含本数" : "exclusive, or more")
            var text = chinese ? "\(fine.min.displayString)\(lower)（法定最高罚款未规定）" : "\(fine.min.displayString) \(lower) (the statute sets no maximum)"
            let document = fine.standardDocument.isEmpty ? "" : "\(fine.standardDocument) "
            text += chinese ? "，档次 \(fine.tier)，裁量基准 \(document)\(fine.standardID)（\(fine.standardEffective)）"
                            : ", tier \(fine.tier), standard \(document)\(fine.standardID) (\(fine.standardEffective))"
            return text
        }
        switch (fine.minInclusive, fine.maxInclusive) {
        case (true, true): bounds = chinese ? "含本数" : "both bounds included"
        case (true, false): bounds = chinese ? "含下限，不含上限" : "lower bound included, upper bound excluded"
        case (false, true): bounds = chinese ? "不含下限，含上限" : "lower bound excluded, upper bound included"
        case (false, false): bounds = chinese ? "不含上下限" : "both bounds excluded"
        }
        var text = "\(fine.min.displayString)–\(fine.max.displayString)" + (chinese ? "（\(bounds)）" : " (\(bounds))")
        let document = fine.standardDocument.isEmpty ? "" : (chinese ? "\(fine.standardDocument) " : "\(fine.standardDocument) ")
        text += chinese ? "，档次 \(fine.tier)，裁量基准 \(document)\(fine.standardID)（\(fine.standardEffective)）"
                        : ", tier \(fine.tier), standard \(document)\(fine.standardID) (\(fine.standardEffective))"
        if chinese, fine.tier == "mitigated" {
            text += fine.max == .zero && fine.maxInclusive
                ? "；减轻：法定最低罚款为零，减轻处罚即选择更轻的处罚种类（如以警告代替罚款）"
                : "；减轻：在法定最低罚款 \(fine.max.displayString) 以下确定罚款数额（或选择更轻的处罚种类）"
        } else if let note = fine.note {
            text += chinese ? "；\(note)" : "; \(note)"
        }
        return text
    }

    static func followUpText(_ followUp: FollowUp, chinese: Bool) -> String {
        var parts: [String] = []
        if followUp.education { parts.append(chinese ? "对当事人进行教育" : "educate the party") }
        if followUp.commitment { parts.append(chinese ? "签订承诺书" : "sign a commitment letter (承诺书)") }
        if let days = followUp.rectifyDays {
            parts.append(chinese ? "责令限期\(days)日内改正" : "order correction within \(days) days")
        } else if followUp.rectify {
            parts.append(chinese ? "责令改正或者限期改正违法行为" : "order the party to correct the violation (责令改正)")
        }
        if followUp.writtenDecision {
            parts.append(chinese ? "作出书面不予行政处罚决定" : "issue a written decision not to penalise (不予行政处罚决定书)")
        }
        if followUp.guardianDiscipline {
            parts.append(chinese ? "责令监护人加以管教" : "order the guardian to discipline the minor (责令监护人加以管教)")
        }
        if followUp.guardianCustody {
            parts.append(chinese ? "责令监护人严加看管和治疗" : "order the guardian to keep the party under strict watch and treatment (严加看管和治疗)")
        }
        return parts.joined(separator: chinese ? "；" : "; ")
    }

    /// `no_fault_proven = 否（未提出…；《…》第三十三条第二款）`, one per presumption.
    static func presumedText(_ presumed: [PresumedFact], chinese: Bool) -> String {
        presumed.map { p in
            let label = chinese ? p.label : (p.labelEn ?? p.label)
            let basis = p.basis.joined(separator: chinese ? "、" : ", ")
            return chinese ? "\(p.fact) = \(FactText.value(p.value, chinese: true))（\(label)；\(basis)）"
                           : "\(p.fact) = \(FactText.value(p.value, chinese: false)) (\(label); \(basis))"
        }.joined(separator: chinese ? "；" : "; ")
    }

    /// `harm_minor = 否（依 文号 规则id：label；案卷记载为 是）`, one per derivation that fired.
    static func derivedText(_ derived: [DerivedFact], chinese: Bool) -> String {
        derived.map { f in
            let source = [f.document, f.rule].filter { !$0.isEmpty }.joined(separator: " ")
            var why = chinese ? "依 \(source)" : "by \(source)"
            if let label = f.label { why += chinese ? "：\(label)" : ": \(label)" }
            if let replaced = f.replaced {
                why += chinese ? "；案卷记载为 \(FactText.value(replaced, chinese: true))" : "; the case recorded \(FactText.value(replaced, chinese: false))"
            }
            return chinese ? "\(f.fact) = \(FactText.value(f.value, chinese: true))（\(why)）" : "\(f.fact) = \(FactText.value(f.value, chinese: false)) (\(why))"
        }.joined(separator: chinese ? "；" : "; ")
    }

    static func coercionText(_ coercion: CoercionDecision, in decision: Decision, chinese: Bool) -> String {
        switch coercion.status {
        case .noCoercion:
            let how = chinese ? (coercion.mandatory ? "不得" : "可以不") : (coercion.mandatory ? "shall not" : "may refrain from")
            let item = coercion.item.map { " — \($0.list.document.isEmpty ? $0.list.listID : $0.list.document) \($0.itemID)" } ?? ""
            return (chinese ? "\(how)实施行政强制措施" : "\(how) taking coercive measures") + item
        case .undetermined:
            let labels = coercion.missing.map { factLabel($0, in: decision, chinese: chinese) }
            return chinese ? "待定，缺少：\(labels.joined(separator: "、"))" : "undetermined, missing: \(labels.joined(separator: ", "))"
        case .notExcluded:
            return chinese ? "不予强制清单未排除行政强制措施" : "the no-coercion lists do not exclude coercive measures"
        }
    }

    static func factLabel(_ name: String, in decision: Decision, chinese: Bool) -> String {
        if name == regionFactName { return chinese ? "\(name)（案发地）" : "\(name) (where the case arose)" }
        if name == discoveryDateFactName { return chinese ? "\(name)（发现之日）" : "\(name) (date the act was discovered)" }
        for entry in decision.trace {
            for reading in (entry.conditions + entry.exclusions).flatMap(\.values) where reading.name == name {
                let label = chinese ? reading.label : (reading.labelEn ?? reading.label)
                if let label, label != name { return chinese ? "\(name)（\(label)）" : "\(name) (\(label))" }
            }
        }
        return name
    }

    static func traceLines(_ entry: TraceEntry, chinese: Bool) -> [String] {
        let status = statusName(entry.status, chinese: chinese)
        var head = "- [\(status)] "
        switch entry.kind {
        case .item: head += chinese ? "清单 " : "list "
        case .limitation: head += chinese ? "追责时效 " : "limitation "
        case .tier: head += chinese ? "裁量基准档次 " : "discretion tier "
        case .derivation: head += chinese ? "推导规则 " : "derivation "
        }
        head += "\(entry.listID) (\(entry.listEffective)) \(entry.itemID)：\(entry.title)"
        if let outcome = entry.outcome, entry.kind != .limitation {
            head += " → \(outcomeName(DecisionOutcome(outcome), chinese: chinese))"
            head += chinese ? (entry.mandatory ? "（应当）" : "（可以）") : (entry.mandatory ? " (shall)" : " (may)")
        }
        if entry.coercion { head += chinese ? "［不予强制］" : " [no-coercion]" }
        if entry.unverified { head += chinese ? "［未核实］" : " [UNVERIFIED]" }
        var lines = [head]
        if let region = entry.region { lines.append("    " + conditionLine(region, exclusion: false, chinese: chinese)) }
        for condition in entry.conditions { lines.append("    " + conditionLine(condition, exclusion: false, chinese: chinese)) }
        for condition in entry.exclusions { lines.append("    " + conditionLine(condition, exclusion: true, chinese: chinese)) }
        if !entry.deciding.isEmpty {
            lines.append("    " + (chinese ? "尚需：" : "needs: ") + entry.deciding.joined(separator: chinese ? "、" : ", "))
        }
        for note in chinese ? entry.notesZh : entry.notes { lines.append("    " + (chinese ? "说明：" : "note: ") + note) }
        if !entry.citations.isEmpty {
            lines.append("    " + (chinese ? "依据：" : "cites: ") + entry.citations.joined(separator: chinese ? "；" : "; "))
        }
        return lines
    }

    static func conditionLine(_ condition: ConditionResult, exclusion: Bool, chinese: Bool) -> String {
        let mark: String
        switch condition.truth {
        case .yes: mark = "✓"
        case .no: mark = "✗"
        case .unknown: mark = "?"
        }
        let kind = exclusion ? (chinese ? "例外" : "exclusion") : (chinese ? "条件" : "condition")
        let values = condition.values.map { reading in
            "\(reading.name) = \(reading.value.map { FactText.value($0, chinese: chinese) } ?? (chinese ? "未知" : "unknown"))"
                + originMark(reading.origin, chinese: chinese)
        }
        var line = "\(mark) \(kind): \(condition.display)"
        if condition.label != nil { line += " [\(condition.source)]" }
        if !values.isEmpty { line += " (\(values.joined(separator: ", ")))" }
        return line
    }

    /// How a value not written in the case is marked in the explanation.
    static func originMark(_ origin: FactOrigin?, chinese: Bool) -> String {
        switch origin {
        case nil: ""
        case .presumed?: chinese ? "〔推定〕" : " [presumed]"
        case .derived(let rule)?: chinese ? "〔依 \(rule) 推导〕" : " [derived by \(rule)]"
        case .notApplicable?: chinese ? "〔不适用于该当事人〕" : " [not applicable to this party]"
        }
    }

    static func statusName(_ status: TraceStatus, chinese: Bool) -> String {
        switch status {
        case .applied: chinese ? "适用" : "applied"
        case .notApplicable: chinese ? "不适用" : "not applicable"
        case .excluded: chinese ? "排除" : "excluded"
        case .undetermined: chinese ? "待定" : "undetermined"
        case .notInForce: chinese ? "未生效" : "not in force"
        case .superseded: chinese ? "已被取代" : "superseded"
        }
    }
}

/// Fact values as people read them.
enum FactText {
    static func value(_ value: FactValue, chinese: Bool = false) -> String {
        switch value {
        case .money(let m): m.displayString
        case .text(let t): t
        case .boolean(let b) where chinese: b ? "是" : "否"
        default: value.description
        }
    }
}

/// Fixed words of the text report.
struct DecisionWords {
    var basis, fine, followUp, presumed, derived, alsoAllows, missing, conflict, coercion, versions, note, explanation: String
    var timeBarredYes, timeBarredNo, timeBarredUnknown: String

    static let zh = DecisionWords(basis: "依据", fine: "罚款幅度", followUp: "后续义务", presumed: "推定", derived: "推导", alsoAllows: "亦可选择", missing: "缺少事实（按重要性排序）",
                                  conflict: "冲突", coercion: "行政强制措施", versions: "新旧规定", note: "注", explanation: "说明",
                                  timeBarredYes: "追责时效：已过时效", timeBarredNo: "追责时效：未过时效", timeBarredUnknown: "追责时效：无法判断")
    static let en = DecisionWords(basis: "Basis", fine: "Fine range", followUp: "Follow-up", presumed: "Presumed", derived: "Derived", alsoAllows: "Also allows", missing: "Missing facts (most decisive first)",
                                  conflict: "Conflict", coercion: "Coercive measures", versions: "Versions", note: "Note", explanation: "Explanation",
                                  timeBarredYes: "Limitation: time-barred", timeBarredNo: "Limitation: within the period",
                                  timeBarredUnknown: "Limitation: could not be decided")
}
