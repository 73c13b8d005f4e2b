import Testing
import LeniencyCore
import LeniencyCatalog

private typealias V = ExpressionTestVocabulary

/// `ConstraintAnalysis.compare`: the search `leniency diff` runs on two versions of a condition set.
@Suite("Constraint comparison of two condition sets")
struct ConstraintComparisonTests {
    private func compare(_ old: [String], _ new: [String]) throws -> ConstraintAnalysis.Comparison {
        ConstraintAnalysis.compare(try old.map { try V.expression($0) }, try new.map { try V.expression($0) }, facts: V.facts)
    }

    /// A witness of one direction makes every expression of its side true and the other side's conjunction false.
    private func check(_ result: ConstraintAnalysis.SearchResult, holds: [String], fails: [String]) throws {
        guard case .witness(let w) = result else {
            Issue.record("expected a witness, got \(result)")
            return
        }
        for source in holds { #expect(try V.truth(source, w) == .yes, "\(source) under \(w)") }
        let others = try fails.map { try V.truth($0, w) }
        #expect(others.contains(.no), "some of \(fails) must fail under \(w)")
    }

    @Test("rewritten but equal conditions are equivalent", arguments: [
        (["harm_minor and corrected"], ["corrected", "harm_minor"]),
        (["duration_days <= 30"], ["not (duration_days > 30)"]),
        (["duration_days between 5 and 10"], ["duration_days >= 5", "duration_days <= 10"]),
        (["area in [sensitive, protected]"], ["area != general"]),
        (["fine < 5000"], ["fine <= 4999.99"]),
    ])
    func equivalent(old: [String], new: [String]) throws {
        let result = try compare(old, new)
        #expect(result.isEquivalent, "\(result)")
    }

    @Test("a threshold raised from 0.1 to 0.2 widens: only the new version holds at 0.2")
    func widened() throws {
        let result = try compare(["ratio <= 0.1"], ["ratio <= 0.2"])
        #expect(result.onlyFirst == .exhausted)
        try check(result.onlySecond, holds: ["ratio <= 0.2"], fails: ["ratio <= 0.1"])
    }

    @Test("an added condition narrows: only the old version holds without it")
    func narrowed() throws {
        let result = try compare(["harm_minor"], ["harm_minor", "corrected"])
        try check(result.onlyFirst, holds: ["harm_minor"], fails: ["harm_minor", "corrected"])
        #expect(result.onlySecond == .exhausted)
    }

    @Test("different enum values: witnesses both ways")
    func changedBothWays() throws {
        let result = try compare(["area == sensitive"], ["area == protected"])
        try check(result.onlyFirst, holds: ["area == sensitive"], fails: ["area == protected"])
        try check(result.onlySecond, holds: ["area == protected"], fails: ["area == sensitive"])
    }

    @Test("an empty condition set always holds")
    func emptyAlwaysHolds() throws {
        let result = try compare([], ["harm_minor"])
        try check(result.onlyFirst, holds: [], fails: ["harm_minor"])
        #expect(result.onlySecond == .exhausted)
    }

    @Test("money and dates: a moved boundary is found on the boundary itself")
    func boundaries() throws {
        let money = try compare(["fine < 5000"], ["fine <= 5000"])
        guard case .witness(let w) = money.onlySecond else { Issue.record("\(money)"); return }
        #expect(w["fine"] == .money(Money(fen: 500_000)))
        let dates = try compare(["act_date >= 2024-01-01"], ["act_date > 2024-01-01"])
        guard case .witness(let d) = dates.onlyFirst else { Issue.record("\(dates)"); return }
        #expect(d["act_date"] == .date(CivilDate(year: 2024, month: 1, day: 1)!))
    }

    @Test("substituting first_offence by a value")
    func substitution() throws {
        let e = try V.expression("first_offence and harm_minor")
        #expect(e.substituting(firstOffenceFactName, with: .boolean(false)).rendered == "false and harm_minor")
        #expect(ExpressionEvaluator.evaluate(e.substituting(firstOffenceFactName, with: .boolean(true)),
                                             lookup: { $0 == "harm_minor" ? .boolean(true) : nil }) == .yes)
    }

    @Test("witnesses never give negative money or durations (a case cannot)")
    func nonNegative() throws {
        let result = try compare(["fine < 1000"], ["fine < 500", "period < 3d"])
        guard case .witness(let w) = result.onlyFirst else { Issue.record("\(result)"); return }
        if case .money(let m)? = w["fine"] { #expect(m.fen >= 0) }
        if case .duration(let d)? = w["period"] { #expect(d >= 0) }
    }
}
