import LeniencyCore
public import LeniencyRuleTests
import Foundation

/// Output formats of `leniency test`.
public enum RuleTestFormat: String, Sendable, CaseIterable {
    case text, json, junit, tap
}

/// Renders a rule-test run for people (text) and for CI systems (JSON, JUnit XML, TAP).
public enum RuleTestReport {
    /// Renders a run; `explain` renders a decision's explanation for text failures.
    public static func render(_ run: RuleTestRun, format: RuleTestFormat, explain: (RuleTestResult) -> String) -> String {
        switch format {
        case .text: text(run, beforeSummary: "", color: false, explain: explain)
        case .json: json(run)
        case .junit: junit(run, explain: explain)
        case .tap: tap(run)
        }
    }

    /// One line per failed expectation: `key: expected X, actual Y`.
    static func failureLines(_ result: RuleTestResult) -> [String] {
        result.failures.map { f in
            "\(f.expectation.key.rawValue): expected \(f.expectation.expected), actual \(f.actual)"
        }
    }

    /// Failures first (expected against actual, then the actual result's explanation), then `beforeSummary` (the
    /// test-file diagnostics and coverage), then the summary line, so the verdict is always the last line.
    public static func text(_ run: RuleTestRun, beforeSummary: String = "", color: Bool = false,
                            explain: (RuleTestResult) -> String) -> String {
        let style = TerminalStyle(enabled: color)
        var out = ""
        for result in run.results where !result.passed {
            let at = result.test.location
            out += "\(style.red("FAIL")) \(style.bold("\(at.file):\(at.start.line):\(at.start.column):")) \(result.test.name)\n"
            for failure in result.failures {
                let v = failure.expectation.valueNode.location
                out += "  \(v.file):\(v.start.line):\(v.start.column): \(failure.expectation.key.rawValue)\n"
                out += "    expected: \(failure.expectation.expected)\n"
                out += "    actual:   \(failure.actual)\n"
            }
            var explanation = explain(result)
            while explanation.last?.isWhitespace == true { explanation.removeLast() }
            if !explanation.isEmpty {
                out += "  explanation of the actual result:\n"
                // Blank lines stay blank: no trailing spaces for editors and `git diff --check` to flag.
                out += explanation.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.allSatisfy(\.isWhitespace) ? "" : "    " + $0 }.joined(separator: "\n")
                out += "\n"
            }
            out += "\n"
        }
        out += beforeSummary
        let summary = summaryLine(run)
        out += (run.failedCount > 0 || run.diagnostics.contains { $0.severity == .error } ? style.red(summary) : style.green(summary)) + "\n"
        return out
    }

    /// `N tests in N files: N passed, N failed` — the closing line CI systems read; errors in test files (whose tests
    /// did not run) are counted before the colon.
    public static func summaryLine(_ run: RuleTestRun) -> String {
        var line = "\(plural(run.results.count, "test")) in \(plural(run.files.count, "file"))"
        let errors = run.diagnostics.count { $0.severity == .error }
        if errors > 0 { line += ", \(plural(errors, "error")) in test files" }
        return line + ": \(run.passedCount) passed, \(run.failedCount) failed"
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    static func json(_ run: RuleTestRun) -> String {
        let tests: [[String: Any]] = run.results.map { r in
            [
                "name": r.test.name,
                "file": r.test.file,
                "line": r.test.location.start.line,
                "passed": r.passed,
                "outcome": r.decision.outcome.rawValue,
                "failures": r.failures.map { f in
                    ["key": f.expectation.key.rawValue, "expected": f.expectation.expected.description,
                     "actual": f.actual.description, "line": f.expectation.valueNode.location.start.line,
                     "column": f.expectation.valueNode.location.start.column] as [String: Any]
                },
            ]
        }
        let object: [String: Any] = [
            "passed": run.passedCount,
            "failed": run.failedCount,
            "tests": tests,
            "coverage": run.coverage.jsonObject,
            "diagnostics": run.diagnostics.map { d in
                ["code": d.code.rawValue, "severity": d.severity.rawValue, "file": d.location.file,
                 "line": d.location.start.line, "column": d.location.start.column, "message": d.message, "hint": d.hint] as [String: Any]
            },
        ]
        return RuleTestJSONText.serialize(object)
    }

    /// JUnit XML: a suite per test file with times; a failure carries every expected/actual pair and the explanation of
    /// the actual result; each error in a test file is a test case with an error.
    static func junit(_ run: RuleTestRun, explain: (RuleTestResult) -> String = { _ in "" }) -> String {
        var byFile: [(String, [RuleTestResult])] = []
        for r in run.results {
            if let i = byFile.firstIndex(where: { $0.0 == r.test.file }) { byFile[i].1.append(r) } else { byFile.append((r.test.file, [r])) }
        }
        let errorsByFile = Dictionary(grouping: run.diagnostics.filter { $0.severity == .error }, by: \.location.file)
        for file in errorsByFile.keys.sorted() where !byFile.contains(where: { $0.0 == file }) { byFile.append((file, [])) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let totalErrors = errorsByFile.values.reduce(0) { $0 + $1.count }
        let total = run.results.reduce(0) { $0 + $1.seconds }
        out += "<testsuites name=\"leniency test\" tests=\"\(run.results.count + totalErrors)\" failures=\"\(run.failedCount)\" errors=\"\(totalErrors)\" time=\"\(seconds(total))\">\n"
        for (file, results) in byFile {
            let errors = errorsByFile[file] ?? []
            let time = seconds(results.reduce(0) { $0 + $1.seconds })
            out += "  <testsuite name=\"\(xml(file))\" tests=\"\(results.count + errors.count)\" failures=\"\(results.filter { !$0.passed }.count)\" errors=\"\(errors.count)\" time=\"\(time)\">\n"
            for r in results {
                out += "    <testcase classname=\"\(xml(file))\" name=\"\(xml(r.test.name))\" file=\"\(xml(file))\" line=\"\(r.test.location.start.line)\" time=\"\(seconds(r.seconds))\""
                if r.passed {
                    out += "/>\n"
                } else {
                    out += ">\n"
                    let lines = failureLines(r)
                    var body = r.failures.map { f in
                        let v = f.expectation.valueNode.location
                        return "\(v.file):\(v.start.line):\(v.start.column): \(f.expectation.key.rawValue)\n  expected: \(f.expectation.expected)\n  actual:   \(f.actual)"
                    }.joined(separator: "\n")
                    let explanation = explain(r).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !explanation.isEmpty { body += "\n\nexplanation of the actual result:\n" + explanation }
                    out += "      <failure message=\"\(xml(lines.joined(separator: "; ")))\" type=\"ExpectationFailed\">\(xml(body))</failure>\n"
                    out += "    </testcase>\n"
                }
            }
            for d in errors {
                out += "    <testcase classname=\"\(xml(file))\" name=\"\(xml("\(d.code.rawValue) at line \(d.location.start.line)"))\" file=\"\(xml(file))\" line=\"\(d.location.start.line)\" time=\"0.000\">\n"
                out += "      <error message=\"\(xml(d.message))\" type=\"\(d.code.rawValue)\">\(xml("\(d.location): \(d.message)\nhint: \(d.hint)"))</error>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Seconds with millisecond precision, as JUnit readers expect (`0.004`).
    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// TAP 13: one point per test, then one `not ok` per error in a test file (its tests did not run).
    static func tap(_ run: RuleTestRun) -> String {
        let errors = run.diagnostics.filter { $0.severity == .error }
        var out = "TAP version 13\n1..\(run.results.count + errors.count)\n"
        for (i, r) in run.results.enumerated() {
            out += "\(r.passed ? "ok" : "not ok") \(i + 1) - \(tapEscape(r.test.name))\n"
            if !r.passed {
                out += "  ---\n  file: \(RuleTestYAMLQuote.quote(r.test.file))\n  line: \(r.test.location.start.line)\n  failures:\n"
                for line in failureLines(r) { out += "    - \(RuleTestYAMLQuote.quote(line))\n" }
                out += "  ...\n"
            }
        }
        for (i, d) in errors.enumerated() {
            out += "not ok \(run.results.count + i + 1) - \(tapEscape("\(d.location.file): \(d.code.rawValue) \(d.message)"))\n"
            out += "  ---\n  file: \(RuleTestYAMLQuote.quote(d.location.file))\n  line: \(d.location.start.line)\n"
            out += "  column: \(d.location.start.column)\n  code: \(d.code.rawValue)\n  hint: \(RuleTestYAMLQuote.quote(d.hint))\n  ...\n"
        }
        out += "# \(summaryLine(run))\n"
        return out
    }

    /// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += "&#\(scalar.value);"
            default:
                let v = scalar.value
                if v >= 0x20 && !(0xD800...0xDFFF).contains(v) && v != 0xFFFE && v != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func tapEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
            .replacingOccurrences(of: "\n", with: " ")
    }
}

/// Double-quoted YAML scalars for TAP diagnostics blocks.
enum RuleTestYAMLQuote {
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

/// Deterministic JSON text from Foundation property-list values.
enum RuleTestJSONText {
    static func serialize(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return JSONText.collapsingEmptyContainers(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
