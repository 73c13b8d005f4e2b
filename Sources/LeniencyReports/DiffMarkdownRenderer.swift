import LeniencyCore
import LeniencyDiff

/// The diff as a pull-request comment: the verdict first, then per document the changes with their witness cases
/// (each with its case file folded away), then the replayed cases as a table.
enum DiffMarkdownRenderer {
    static func render(_ report: DiffReport, words: DiffWords) -> String {
        let diff = report.diff
        var out = "## \(inline(words.say(.diffHeader, diff.oldLabel, diff.newLabel)))\n\n"
        let witnesses = diff.allChanges.reduce(0) { $0 + $1.change.witnesses.filter(\.verified).count }
        out += "> **\(escape(DiffTextRenderer.verdict(report, words: words)))** "
        out += escape(words.say(.diffSummary, diff.documents.count, diff.allChanges.count, witnesses)) + "\n"
        if let replay = report.replay {
            out += "> \(escape(words.say(.replayHeader, replay.summary.cases, replay.summary.changed)))\n"
        }
        out += "\n"
        if diff.documents.isEmpty { out += escape(words.say(.diffNoChanges)) + "\n\n" }
        for document in diff.documents {
            out += "### \(escape(words.heading(document)))\n\n"
            for change in document.changes {
                let version = change.version.map { "**\($0)** " } ?? ""
                out += "- \(version)\(inline(words.sentence(change)))\n"
                if let conditions = words.conditionLines(change) {
                    out += "  ```diff\n  - \(conditions.old)\n  + \(conditions.new)\n  ```\n"
                }
                for witness in change.witnesses {
                    out += "  - \(inline(words.say(.diffWitness, "`\(witness.record.id)`", words.witnessCase(witness))))\n"
                    out += "    \(inline(words.decisions(witness.old, witness.new)))\n"
                    out += "    <details><summary>\(escape(words.say(.diffCaseFile)))</summary>\n\n"
                    out += "    ```yaml\n" + CaseFileText.yaml(witness.record).split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : "    \($0)" }.joined(separator: "\n") + "    ```\n\n    </details>\n"
                }
            }
            out += "\n"
        }
        if let replay = report.replay { out += replayMarkdown(replay, words: words) }
        return out
    }

    static func replayMarkdown(_ replay: ReplayReport, words: DiffWords) -> String {
        let s = replay.summary
        var out = "### \(escape(words.say(.diffReplayHeading)))\n\n"
        out += escape(words.say(.replayHeader, s.cases, s.changed)) + "\n\n"
        guard s.changed > 0 else { return out }
        out += "| \(escape(words.say(.diffChangeOutcome))) | \(escape(words.say(.diffChangeMandatory))) | \(escape(words.say(.diffChangeFine))) | "
        out += "\(escape(words.say(.diffChangeFollowUp))) | \(escape(words.say(.diffChangeCoercion))) |\n|---:|---:|---:|---:|---:|\n| "
        out += DecisionChangeKind.allCases.map { String(s.byKind[$0] ?? 0) }.joined(separator: " | ") + " |\n\n"
        out += escape(words.say(.replayLenient, s.moreLenient, s.harsher))
        if s.art37 > 0 { out += "; " + escape(words.say(.replayArt37Count, s.art37)) }
        out += "\n\n"
        let header = [MessageID.diffColumnCase, .diffColumnFile, .diffColumnChanges, .diffColumnOld, .diffColumnNew, .diffColumnArt37].map { escape(words.say($0)) }
        out += "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
        for c in replay.cases {
            let cells = [c.caseID, "\(c.location.file):\(c.location.start.line)", words.changeKinds(c.changes), words.decision(c.old),
                         words.decision(c.new), c.art37Since.map { words.say(.replayArt37, $0) } ?? ""]
            out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        if replay.unlisted > 0 { out += "\n" + escape(words.say(.diffMore, replay.unlisted)) + "\n" }
        return out + "\n"
    }

    /// Text in Markdown with its backquoted parts kept as code.
    static func inline(_ text: String) -> String { MarkdownText.keepingCode(text) }

    /// Characters Markdown would read as formatting, escaped.
    static func escape(_ text: String) -> String { MarkdownText.escape(text) }

    /// A table cell: escaped, without line breaks.
    static func cell(_ text: String) -> String { inline(text) }
}
