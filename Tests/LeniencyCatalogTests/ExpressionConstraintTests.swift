import Testing
import LeniencyCore
import LeniencyCatalog

private typealias V = ExpressionTestVocabulary

@Suite("Expression constraint analysis")
struct ExpressionConstraintTests {
    private func search(_ sources: [String]) throws -> ConstraintAnalysis.SearchResult {
        ConstraintAnalysis.search(satisfyingAll: try sources.map { try V.expression($0) }, facts: V.facts)
    }

    /// Checks that a claimed witness really makes every expression true.
    private func verify(_ sources: [String], _ witness: [String: FactValue]) throws {
        for source in sources {
            #expect(try V.truth(source, witness) == .yes, "\(source) under \(witness)")
        }
    }

    @Test("witnesses for overlapping conditions", arguments: [
        ["duration_days < 30", "duration_days >= 20"],
        ["harm_minor and not corrected", "corrected or harm_minor"],
        ["fine <= 5000", "fine > 4999.99"],
        ["ratio > 0.1", "ratio < 0.101"],
        ["area >= sensitive", "area != protected"],
        ["act_date between 2024-01-01 and 2024-12-31", "act_date > 2024-12-30"],
        ["period < 30", "period > 28d", "note == 'x' or harm_minor"],
        ["first_offence", "not harm_minor"],
        ["duration_days > ratio", "ratio > 5"],
    ])
    func overlapping(sources: [String]) throws {
        guard case .witness(let w) = try search(sources) else {
            Issue.record("no witness for \(sources)"); return
        }
        try verify(sources, w)
        #expect(ConstraintAnalysis.witness(satisfyingAll: try sources.map { try V.expression($0) }, facts: V.facts) == w)
    }

    @Test("contradictions have no witness", arguments: [
        ["duration_days < 10 and duration_days > 20"],
        ["area == general and area == sensitive"],
        ["area == general", "area == sensitive"],
        ["harm_minor", "not harm_minor"],
        ["fine <= 5000", "fine > 5000"],
        ["duration_days > 5", "duration_days < 6"],
        ["area > sensitive", "area in [general, sensitive]"],
        ["act_date < 2024-01-01", "act_date > 2023-12-31"],
        ["harm_minor == false and harm_minor"],
    ])
    func contradictory(sources: [String]) throws {
        #expect(try search(sources) == .exhausted)
        #expect(ConstraintAnalysis.witness(satisfyingAll: try sources.map { try V.expression($0) }, facts: V.facts) == nil)
    }

    @Test("facts that do not matter stay unknown")
    func minimalWitness() throws {
        guard case .witness(let w) = try search(["harm_minor or corrected"]) else {
            Issue.record("no witness"); return
        }
        #expect(w == ["harm_minor": .boolean(true)])
        #expect(try search([]) == .witness([:]))
    }

    @Test("the search gives up when the budget runs out instead of claiming a contradiction")
    func budget() throws {
        let names = (0..<20).map { "b\($0)" }
        var facts: [String: FactDefinition] = [:]
        for n in names + ["c"] { facts[n] = FactDefinition(name: n, type: .boolean, label: n, location: V.location) }
        // True only when every b is false; `c and not c` stays unknown until its fact, searched last, is set.
        let source = "(" + names.joined(separator: " or ") + ") == (c and not c)"
        let e = try #require(try? ExpressionCompiler.compile(source, facts: facts, builtins: [:]).get())
        #expect(ConstraintAnalysis.search(satisfyingAll: [e], facts: facts, evaluationLimit: 1_000) == .gaveUp)
        #expect(ConstraintAnalysis.witness(satisfyingAll: [e], facts: facts) == nil)

        let small = "(b0 or b1 or b2) == (c and not c)"
        let f = try #require(try? ExpressionCompiler.compile(small, facts: facts, builtins: [:]).get())
        let w = try #require(ConstraintAnalysis.witness(satisfyingAll: [f], facts: facts))
        #expect(w["b0"] == .boolean(false) && w["b1"] == .boolean(false) && w["b2"] == .boolean(false))
        #expect(ExpressionEvaluator.evaluate(f, lookup: { w[$0] }) == .yes)
    }
}
