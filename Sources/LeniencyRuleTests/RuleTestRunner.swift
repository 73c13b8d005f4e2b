public import LeniencyCore
public import LeniencyCatalog
public import LeniencyEngine
import LeniencyYAML

/// One expectation that did not hold.
public struct ExpectationFailure: Sendable {
    /// The expectation.
    public var expectation: Expectation
    /// What the engine produced, in the same form.
    public var actual: ExpectedValue
}

/// The result of one rule test.
public struct RuleTestResult: Sendable {
    /// The test.
    public var test: RuleTest
    /// The engine's decision.
    public var decision: Decision
    /// The expectations that failed (empty = passed).
    public var failures: [ExpectationFailure]
    /// Wall-clock seconds the decision took (JUnit `time`; never asserted on).
    public var seconds: Double = 0

    /// True when every expectation held.
    public var passed: Bool { failures.isEmpty }
}

/// Everything one `leniency test` run produced.
public struct RuleTestRun: Sendable {
    /// Results in file and test order.
    public var results: [RuleTestResult]
    /// Problems in rule files and test files.
    public var diagnostics: [Diagnostic]
    /// Test files found.
    public var files: [String]
    /// Coverage of the catalog by the tests.
    public var coverage: Coverage

    /// Tests that passed.
    public var passedCount: Int { results.filter(\.passed).count }
    /// Tests that failed.
    public var failedCount: Int { results.count - passedCount }
}

/// Discovers, decodes and runs rule tests.
public enum RuleTestRunner {
    /// True for file names the runner treats as rule tests.
    public static func isTestFile(_ path: String) -> Bool {
        path.hasSuffix(".test.yaml") || path.hasSuffix(".test.yml")
    }

    /// Runs every test under `testPaths` against `catalog`; `filter` keeps tests whose name or file contains it.
    ///
    /// `options` is the run's default (`--no-presumptions`); a test's own `presumptions:` overrides it.
    /// Coverage counts the lists under `coverageScope` (all lists when empty).
    public static func run(catalog: Catalog, testFiles: [String], filter: String? = nil,
                           options: EngineOptions = .standard, coverageScope: [String] = []) -> RuleTestRun {
        let engine = Engine(catalog: catalog, options: options)
        var strict = options
        strict.presumptions.toggle()
        let other = Engine(catalog: catalog, options: strict)
        var diagnostics: [Diagnostic] = []
        var results: [RuleTestResult] = []
        for file in testFiles {
            let parsed = YAMLReader.readFile(atPath: file)
            diagnostics.append(contentsOf: parsed.diagnostics)
            let decoded = RuleTestDecoder.decode(documents: parsed.documents, file: file, catalog: catalog)
            diagnostics.append(contentsOf: decoded.diagnostics)
            for test in decoded.tests {
                if let filter, !filter.isEmpty, !test.name.contains(filter), !test.file.contains(filter) { continue }
                let chosen = test.presumptions.map { $0 == options.presumptions ? engine : other } ?? engine
                let clock = ContinuousClock()
                let start = clock.now
                let decision = chosen.decide(test.caseRecord, on: test.today)
                let failures = compare(test.expectations, decision)
                let elapsed = (clock.now - start).components
                results.append(RuleTestResult(test: test, decision: decision, failures: failures,
                                              seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
            }
        }
        return RuleTestRun(results: results, diagnostics: diagnostics.sorted(), files: testFiles,
                           coverage: Coverage.measure(catalog: catalog, decisions: results.map(\.decision), within: coverageScope))
    }

    /// The failed expectations of a decision.
    public static func compare(_ expectations: [Expectation], _ decision: Decision) -> [ExpectationFailure] {
        expectations.compactMap { expectation in
            let actual = actualValue(expectation.key, decision, expected: expectation.expected)
            return actual == expectation.expected ? nil : ExpectationFailure(expectation: expectation, actual: actual)
        }
    }

    /// The decision's value for a key, in the form expectations use.
    ///
    /// `follow_up` compares only the duties the expectation names; `citations` passes when each expected
    /// citation appears in the decision's basis or trace, and otherwise shows the citations found.
    public static func actualValue(_ key: Expectation.Key, _ decision: Decision, expected: ExpectedValue? = nil) -> ExpectedValue {
        switch key {
        case .outcome:
            return .text(decision.outcome.rawValue)
        case .mandatory:
            return .bool(decision.mandatory)
        case .conflict:
            return .bool(decision.conflict != nil)
        case .list:
            return decision.decidedBy.map { .text($0.list.listID) } ?? .null
        case .item:
            return decision.decidedBy.map { .text($0.itemID) } ?? .null
        case .fine:
            guard let fine = decision.fine else { return .null }
            return .record([("min", fine.min.yuanString), ("max", fine.max.yuanString)])
        case .followUp:
            let all: [(String, String)] = FollowUp.Duty.allCases.map { ($0.rawValue, decision.followUp[$0] ? "true" : "false") }
                + (decision.followUp.rectifyDays.map { [("rectify_days", String($0))] } ?? [])
            guard case .record(let wanted)? = expected else { return .record(all) }
            let keys = wanted.map(\.0)
            return .record(keys.map { key in (key, all.first { $0.0 == key }?.1 ?? "null") })
        case .missing:
            return .list(decision.missing)
        case .coercion:
            return decision.coercion.map { .text($0.status.rawValue) } ?? .null
        case .presumed:
            return .list(decision.presumed.map(\.fact).sorted())
        case .derived:
            return .list(Array(Set(decision.derived.map(\.fact))).sorted())
        case .citations:
            let found = decision.allCitations
            guard case .list(let wanted)? = expected else { return .list(found) }
            return wanted.allSatisfy { w in found.contains { $0.contains(w) } } ? .list(wanted) : .list(found)
        }
    }
}
