import LeniencyCore
import LeniencyDiff

/// The diff for a person at a terminal: per document, one line per change, witness cases indented under it, then the
/// replayed cases and the counts.
enum DiffTextRenderer {
    static func render(_ report: DiffReport, words: DiffWords) -> String {
        let diff = report.diff
        var lines: [String] = [words.say(.diffHeader, diff.oldLabel, diff.newLabel), ""]
        if diff.documents.isEmpty { lines.append(words.say(.diffNoChanges)) }
        for document in diff.documents {
            lines.append(words.heading(document))
            for change in document.changes {
                let version = change.version.map { "[\($0)] " } ?? ""
                lines.append("  \(version)\(words.sentence(change))")
                if let conditions = words.conditionLines(change) {
                    lines.append("      - \(conditions.old)")
                    lines.append("      + \(conditions.new)")
                }
                for witness in change.witnesses { lines += witnessLines(witness, words: words, indent: "      ") }
                if change.witnessSearched, change.witnesses.isEmpty {
                    lines.append("      " + words.say(.diffNoWitness))
                }
            }
            lines.append("")
        }
        let witnesses = diff.allChanges.reduce(0) { $0 + $1.change.witnesses.filter(\.verified).count }
        lines.append(words.say(.diffSummary, diff.documents.count, diff.allChanges.count, witnesses))
        if let replay = report.replay { lines += [""] + replayLines(replay, words: words) }
        lines.append(DiffTextRenderer.verdict(report, words: words))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The last word: whether decisions change, by the replayed cases when there are any, else by the witnesses.
    static func verdict(_ report: DiffReport, words: DiffWords) -> String {
        if let replay = report.replay {
            return replay.summary.changed > 0 ? words.say(.diffDecisionsChangeReplay, replay.summary.changed) : words.say(.diffDecisionsSameReplay)
        }
        return words.say(report.decisionsChange ? .diffDecisionsChange : .diffDecisionsSame)
    }

    static func witnessLines(_ witness: Witness, words: DiffWords, indent: String) -> [String] {
        [indent + words.say(.diffWitness, witness.record.id, words.witnessCase(witness)),
         indent + "  " + words.decisions(witness.old, witness.new)]
    }

    static func replayLines(_ replay: ReplayReport, words: DiffWords) -> [String] {
        let s = replay.summary
        var lines = [words.say(.replayHeader, s.cases, s.changed)]
        if s.changed > 0 {
            let counts = DecisionChangeKind.allCases.compactMap { kind in s.byKind[kind].map { "\(words.changeKind(kind)) \($0)" } }
            lines.append(words.say(.replayCounts, counts.joined(separator: words.language.listSeparator)))
            lines.append(words.say(.replayLenient, s.moreLenient, s.harsher))
            if s.art37 > 0 { lines.append(words.say(.replayArt37Count, s.art37)) }
        }
        for replayed in replay.cases {
            let place = "\(replayed.location.file):\(replayed.location.start.line)"
            lines.append("  " + words.say(.replayCase, replayed.caseID, place, words.changeKinds(replayed.changes)))
            lines.append("    " + words.decisions(replayed.old, replayed.new))
            if let since = replayed.art37Since { lines.append("    " + words.say(.replayArt37, since)) }
        }
        if replay.unlisted > 0 { lines.append("  " + words.say(.diffMore, replay.unlisted)) }
        return lines
    }
}
