import LeniencyCore
import LeniencyDiff

/// The diff as GitHub Actions workflow commands: a warning on each rule change that decides some case differently
/// (with its witness), a notice on the other changes, one warning per replayed case that changes, and a summary.
enum DiffGitHubRenderer {
    static func render(_ report: DiffReport, words: DiffWords) -> String {
        var out = ""
        for (document, change) in report.diff.allChanges {
            let verified = change.witnesses.filter(\.verified)
            var message = "\(words.heading(document)): \(words.sentence(change))"
            for witness in verified {
                message += "\n" + words.say(.diffWitness, witness.record.id, words.witnessCase(witness))
                message += "\n" + words.decisions(witness.old, witness.new)
            }
            out += command(verified.isEmpty ? "notice" : "warning", file: change.location?.file, line: change.location?.start.line,
                           title: "leniency diff \(change.kind.rawValue)", message: message)
        }
        if let replay = report.replay {
            for c in replay.cases {
                var message = words.say(.replayCase, c.caseID, "\(c.location.file):\(c.location.start.line)", words.changeKinds(c.changes))
                message += "\n" + words.decisions(c.old, c.new)
                if let since = c.art37Since { message += "\n" + words.say(.replayArt37, since) }
                out += command("warning", file: c.location.file, line: c.location.start.line, title: "leniency diff replay", message: message)
            }
            out += command(replay.summary.changed > 0 ? "warning" : "notice", file: nil, line: nil, title: "leniency diff replay",
                           message: words.say(.replayHeader, replay.summary.cases, replay.summary.changed))
        }
        let witnesses = report.diff.allChanges.reduce(0) { $0 + $1.change.witnesses.filter(\.verified).count }
        out += command("notice", file: nil, line: nil, title: "leniency diff",
                       message: words.say(.diffSummary, report.diff.documents.count, report.diff.allChanges.count, witnesses))
        return out
    }

    /// One workflow command; a file read at a git revision (`REV:path`) has no place in the pull request's files.
    static func command(_ name: String, file: String?, line: Int?, title: String, message: String) -> String {
        var properties: [String] = []
        if let file, !file.contains(":") {
            properties.append("file=\(DiagnosticGitHubRenderer.escapeProperty(file))")
            if let line { properties.append("line=\(max(1, line))") }
        }
        properties.append("title=\(DiagnosticGitHubRenderer.escapeProperty(title))")
        return "::\(name) \(properties.joined(separator: ","))::\(DiagnosticGitHubRenderer.escapeData(message))\n"
    }
}
