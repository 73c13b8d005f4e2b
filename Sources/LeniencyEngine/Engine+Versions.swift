import LeniencyCatalog
import LeniencyCore

extension Engine {
    /// 从旧兼从轻 (行政处罚法 Art. 37): the act-date versions apply unless the later ones give a more lenient result.
    func chooseVersion(act: Evaluated, later: Evaluated, actSelection: VersionSelection, laterSelection: VersionSelection,
                       explain: Bool = true) -> Decision {
        let laterWins: Bool
        switch (act.decision.outcome == .undetermined, later.decision.outcome == .undetermined) {
        case (false, false):
            laterWins = isMoreLenient(later.decision, than: act.decision)
        case (true, false):
            // The later result wins only if nothing the act-date versions could still yield beats it.
            laterWins = later.guaranteed <= act.bestPossible
        case (false, true):
            laterWins = later.bestPossible < act.guaranteed
        case (true, true):
            laterWins = later.bestPossible < act.bestPossible
        }
        var chosen = laterWins ? later.decision : act.decision
        let other = laterWins ? act.decision : later.decision
        if chosen.outcome == .undetermined {
            for name in other.missing where !chosen.missing.contains(name) { chosen.missing.append(name) }
        }
        guard explain else { return chosen }
        let changes = describeChanges(actSelection, laterSelection)
        let actText = summary(act.decision), laterText = summary(later.decision)
        if laterWins {
            chosen.versionChoice = "从旧兼从轻 (行政处罚法 Art. 37): the versions in force on the act date \(actSelection.date) give \(actText); "
                + "the versions in force on \(laterSelection.date) give \(laterText), which is more lenient, so the later versions apply. Changed: \(changes.en)"
            chosen.versionChoiceZh = "从旧兼从轻（《中华人民共和国行政处罚法》第三十七条）：违法行为发生时（\(actSelection.date)）有效的版本结果为\(summaryZh(act.decision))；"
                + "\(laterSelection.date) 有效的版本结果为\(summaryZh(later.decision))，处罚较轻，适用新的规定。变化：\(changes.zh)"
        } else {
            chosen.versionChoice = "从旧兼从轻 (行政处罚法 Art. 37): the versions in force on the act date \(actSelection.date) apply (\(actText)); "
                + "the versions in force on \(laterSelection.date) would give \(laterText), which is not more lenient. Changed: \(changes.en)"
            chosen.versionChoiceZh = "从旧兼从轻（《中华人民共和国行政处罚法》第三十七条）：适用违法行为发生时（\(actSelection.date)）有效的版本（\(summaryZh(act.decision))）；"
                + "\(laterSelection.date) 有效的版本结果为\(summaryZh(later.decision))，并不更轻。变化：\(changes.zh)"
        }
        return chosen
    }

    /// 处罚较轻: `Decision.isMoreLenient(than:)`, shared with `leniency diff`.
    func isMoreLenient(_ a: Decision, than b: Decision) -> Bool { a.isMoreLenient(than: b) }

    private func summary(_ decision: Decision) -> String {
        var text = decision.outcome.rawValue
        if decision.outcome != .undetermined, decision.decidedBy != nil { text += decision.mandatory ? " (shall)" : " (may)" }
        if let fine = decision.fine { text += " \(fine.min.displayString)–\(fine.max.displayString)" }
        return text
    }

    private func summaryZh(_ decision: Decision) -> String {
        var text = decision.outcome.outcome?.chinese ?? "待定"
        if decision.outcome != .undetermined, decision.decidedBy != nil { text = (decision.mandatory ? "应当" : "可以") + text }
        if let fine = decision.fine { text += " \(fine.min.displayString)–\(fine.max.displayString)" }
        return text
    }

    private func describeChanges(_ a: VersionSelection, _ b: VersionSelection) -> (en: String, zh: String) {
        var en: [String] = [], zh: [String] = []
        func describe(_ kind: String, _ kindZh: String, _ x: [String: Int], _ y: [String: Int], _ effective: (Int) -> CivilDate) {
            for id in Set(x.keys).union(y.keys).sorted() where x[id] != y[id] {
                let from = x[id].map { effective($0).description } ?? "none"
                let to = y[id].map { effective($0).description } ?? "none"
                en.append("\(kind) \(id): \(from) → \(to)")
                zh.append("\(kindZh) \(id)：\(from == "none" ? "无" : from) → \(to == "none" ? "无" : to)")
            }
        }
        describe("list", "清单", a.lists, b.lists) { catalog.lists[$0].validity.effective }
        describe("standard", "裁量基准", a.standards, b.standards) { catalog.standards[$0].validity.effective }
        describe("limitation", "时效规则", a.limitations, b.limitations) { catalog.limitations[$0].validity.effective }
        return (en.joined(separator: "; "), zh.joined(separator: "；"))
    }
}
