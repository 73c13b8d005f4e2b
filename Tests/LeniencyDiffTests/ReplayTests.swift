import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff
import Testing

/// `Replayer`: past cases decided under both versions, counted by kind of change, with the Art. 37 note where the law
/// gives it (从旧兼从轻: the act predates the new version and the new result is more lenient).
@Suite struct ReplayTests {
    typealias F = DiffFixture

    /// A 2.0 version of demo-list in force from 2026-01-01 whose item demo-2 allows 60 days instead of 30.
    static let secondVersion = """
    ---
    kind: list
    id: demo-list
    list_kind: no-penalty
    title: 测试清单（2.0版）
    issuer: 某局
    document: 某发〔2025〕9号
    effective: 2026-01-01
    implements: ["《中华人民共和国行政处罚法》第三十三条第一款"]
    hit_policy: unique
    mandatory: true
    follow_up: {education: true}
    items:
      - id: demo-2
        title: 第二项
        violation: V-2
        conditions:
          - duration_days <= 60
          - corrected
    """

    static func caseLine(_ id: String, act: String, decided: String, days: Int) -> String {
        """
        {"id":"\(id)","agency":"某局","party":{"name":"某公司","type":"enterprise"},"violation":"V-2",\
        "dates":{"act":"\(act)","discovered":"\(act)","decided":"\(decided)"},"facts":{"duration_days":\(days),"corrected":true},\
        "prior_violations":[]}
        """
    }

    @Test func changedCasesAreCountedAndTheArticle37NoteFollowsTheLaw() throws {
        var files = F.base
        files["list.yaml"] = (files["list.yaml"] ?? "") + Self.secondVersion + "\n"
        let old = F.catalog(F.base), new = F.catalog(files)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            // 45 days, acted under 1.0 (30 days: does not qualify), decided under 2.0 (60 days: qualifies): 从旧兼从轻.
            Self.caseLine("A", act: "2025-06-01", decided: "2026-02-01", days: 45),
            // 45 days, acted and decided under 2.0: more lenient, but the act does not predate the version: no note.
            Self.caseLine("B", act: "2026-03-01", decided: "2026-03-20", days: 45),
            // 20 days qualifies under both versions: no change.
            Self.caseLine("C", act: "2024-06-01", decided: "2024-07-01", days: 20),
            // 90 days qualifies under neither.
            Self.caseLine("D", act: "2026-03-01", decided: "2026-03-20", days: 90),
        ]
        let file = folder.appendingPathComponent("cases.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)

        let changed = ReplayCollector()
        let summary = Replayer(old: old, new: new).run(paths: [file.path]) { changed.add($0) }
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics.map(\.message))")
        #expect(summary.cases == 4)
        #expect(summary.changed == 2)
        #expect(summary.moreLenient == 2 && summary.harsher == 0)
        #expect(summary.byKind[.outcome] == 2)
        #expect(summary.art37 == 1)
        let cases = changed.cases
        #expect(cases.map(\.caseID) == ["A", "B"], "in input order")
        let a = try #require(cases.first)
        #expect(a.art37Since == F.date("2026-01-01"))
        #expect(a.new.outcome == .noPenalty && a.new.decidedBy?.list.effective == F.date("2026-01-01"))
        #expect(a.old.outcome != .noPenalty)
        #expect(cases.last?.art37Since == nil)
    }
}

/// Collects the changed cases a replay reports (the callback runs under the replay's lock, in input order).
final class ReplayCollector: @unchecked Sendable {
    // @unchecked: `Replayer.run` calls `add` one case at a time, in order, while holding its own lock.
    private(set) var cases: [ReplayedCase] = []

    func add(_ replayed: ReplayedCase) { cases.append(replayed) }
}
