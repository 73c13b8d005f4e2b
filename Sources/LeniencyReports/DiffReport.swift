public import LeniencyCore
public import LeniencyDiff

/// What `leniency diff` prints: the rule changes and, with `--replay`, the past cases decided differently.
public struct DiffReport: Sendable {
    /// The rule changes.
    public var diff: CatalogDiff
    /// The replay, when one was asked for.
    public var replay: ReplayReport?

    /// Creates a report.
    public init(diff: CatalogDiff, replay: ReplayReport? = nil) {
        self.diff = diff
        self.replay = replay
    }

    /// True when decisions change: some replayed case (with `--replay`), else some witness case.
    public var decisionsChange: Bool {
        if let replay { return replay.summary.changed > 0 }
        return diff.decisionsChange
    }
}

/// A replay as reported: the counts, and the changed cases listed (the first `limit` of them).
public struct ReplayReport: Sendable {
    /// All counts.
    public var summary: ReplaySummary
    /// The changed cases listed, in input order.
    public var cases: [ReplayedCase]

    /// Creates a replay report.
    public init(summary: ReplaySummary, cases: [ReplayedCase]) {
        self.summary = summary
        self.cases = cases
    }

    /// Changed cases not listed.
    public var unlisted: Int { max(0, summary.changed - cases.count) }
}

/// The output formats of `leniency diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// For a person at a terminal.
    case text
    /// For programs (docs/DIFF.md).
    case json
    /// For a pull-request comment.
    case markdown
    /// GitHub Actions workflow commands: annotations on the changed rule files and the changed cases.
    case github
}

/// Renders a diff report.
public enum DiffReportRenderer {
    /// The report in `format`; words in `language` (JSON keeps identifiers and adds no words).
    public static func render(_ report: DiffReport, format: DiffFormat, language: Language) -> String {
        switch format {
        case .text: DiffTextRenderer.render(report, words: DiffWords(language: language))
        case .json: DiffJSON.render(report)
        case .markdown: DiffMarkdownRenderer.render(report, words: DiffWords(language: language))
        case .github: DiffGitHubRenderer.render(report, words: DiffWords(language: language))
        }
    }
}
