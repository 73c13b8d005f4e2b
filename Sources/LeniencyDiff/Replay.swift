public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore
public import LeniencyEngine
import Synchronization

/// One case of a replayed corpus that the two versions decide differently.
public struct ReplayedCase: Sendable {
    /// The case number.
    public var caseID: String
    /// Where the case starts in its file.
    public var location: SourceLocation
    /// The act date.
    public var act: CivilDate
    /// The decision date, if the file records one.
    public var decided: CivilDate?
    /// The decision under the old rules.
    public var old: DecisionSummary
    /// The decision under the new rules.
    public var new: DecisionSummary
    /// What differs.
    public var changes: [DecisionChangeKind]
    /// True when the new result is more lenient (处罚较轻, 行政处罚法 Art. 37).
    public var moreLenient: Bool
    /// True when the old result is more lenient.
    public var harsher: Bool
    /// The first day of the new version the new result rests on, when the act predates it and the new result is more
    /// lenient: 从旧兼从轻 makes that version apply if the case is not decided before it takes effect.
    public var art37Since: CivilDate?
}

/// Counts of a replay.
public struct ReplaySummary: Sendable {
    /// Cases read without errors and decided under both versions.
    public var cases = 0
    /// Cases decided differently.
    public var changed = 0
    /// Changed cases per kind of change (a case may count under several).
    public var byKind: [DecisionChangeKind: Int] = [:]
    /// Changed cases whose new result is more lenient.
    public var moreLenient = 0
    /// Changed cases whose old result was more lenient.
    public var harsher = 0
    /// Changed cases with the Art. 37 note.
    public var art37 = 0
    /// Problems of the input (invalid records, unreadable files), in input order.
    public var diagnostics: [Diagnostic] = []

    /// An empty summary.
    public init() {}

    mutating func add(_ other: ReplaySummary) {
        cases += other.cases
        changed += other.changed
        for (kind, count) in other.byKind { byKind[kind, default: 0] += count }
        moreLenient += other.moreLenient
        harsher += other.harsher
        art37 += other.art37
        diagnostics += other.diagnostics
    }
}

/// Re-decides a corpus of past cases under the old and the new rules and reports every case decided differently.
///
/// Cases are read by the same machinery as `check` and `audit` (files, folders, JSON Lines, CSV; `CaseBatches`),
/// decoded once against the union of both fact vocabularies, and decided through the engine's public API a batch at a
/// time on all cores; changed cases reach the caller in input order.
public struct Replayer: Sendable {
    let oldEngine: Engine
    let newEngine: Engine
    let decoder: CaseLineDecoder
    let date: CivilDate?

    /// Prepares a replay; `date` decides as of that date instead of each case's decision date (like `check --on`).
    public init(old: Catalog, new: Catalog, options: EngineOptions = .standard, on date: CivilDate? = nil) {
        oldEngine = Engine(catalog: old, options: options)
        newEngine = Engine(catalog: new, options: options)
        decoder = CaseLineDecoder(catalog: Self.vocabulary(old, new))
        self.date = date
    }

    /// A catalog holding the facts and violations of both versions (the new declaration wins), to read cases by.
    static func vocabulary(_ old: Catalog, _ new: Catalog) -> Catalog {
        let facts = new.facts + old.facts.filter { new.fact(named: $0.name) == nil }
        let violations = new.violations + old.violations.filter { new.violation(code: $0.code) == nil }
        return Catalog(facts: facts, violations: violations)
    }

    /// Replays the cases under `paths`; `changed` is called for each changed case, in input order.
    public func run(paths: [String], batchSize: Int = 1024, changed: @Sendable (ReplayedCase) -> Void) -> ReplaySummary {
        let expanded = InputFiles.expand(paths)
        let total = Mutex(ReplaySummary())
        total.withLock { $0.diagnostics = expanded.diagnostics }
        let problems = CaseBatches.process(files: expanded.files, batchSize: batchSize, work: { batch in
            replay(batch)
        }, merge: { result in
            for replayed in result.cases { changed(replayed) }
            total.withLock { $0.add(result.summary) }
        })
        return total.withLock { summary in
            summary.diagnostics += problems
            return summary
        }
    }

    private struct BatchResult: Sendable {
        var cases: [ReplayedCase] = []
        var summary = ReplaySummary()
    }

    private func replay(_ batch: [RawRecord]) -> BatchResult {
        var result = BatchResult()
        var scratch = CompactCase()
        for raw in batch {
            let loaded = decoder.decode(raw, scratch: &scratch)
            result.summary.diagnostics += loaded.diagnostics
            for record in loaded.cases {
                result.summary.cases += 1
                guard let replayed = replay(record) else { continue }
                result.summary.changed += 1
                for kind in replayed.changes { result.summary.byKind[kind, default: 0] += 1 }
                if replayed.moreLenient { result.summary.moreLenient += 1 }
                if replayed.harsher { result.summary.harsher += 1 }
                if replayed.art37Since != nil { result.summary.art37 += 1 }
                result.cases.append(replayed)
            }
        }
        return result
    }

    /// The case's two decisions when they differ; nil when both versions decide it the same way.
    public func replay(_ record: CaseRecord) -> ReplayedCase? {
        let before = oldEngine.decide(record, on: date, explain: false)
        let after = newEngine.decide(record, on: date, explain: false)
        let old = DecisionSummary(before), new = DecisionSummary(after)
        let changes = DecisionDelta.changes(old, new)
        guard !changes.isEmpty else { return nil }
        let lenient = after.isMoreLenient(than: before)
        // The new version the new result rests on: its deciding item's list version, else its discretion standard's.
        let since = [new.decidedBy?.list.effective, new.fine?.standardEffective].compactMap { $0 }.max()
        let art37 = lenient ? since.flatMap { $0 > record.dates.act ? $0 : nil } : nil
        return ReplayedCase(caseID: record.id, location: record.location, act: record.dates.act, decided: record.dates.decided,
                            old: old, new: new, changes: changes, moreLenient: lenient,
                            harsher: before.isMoreLenient(than: after), art37Since: art37)
    }
}
