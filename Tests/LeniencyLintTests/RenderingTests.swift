import Foundation
import Testing
import LeniencyCore
import LeniencyReports

@Suite("Diagnostic rendering")
struct RenderingTests {
    static let error = Diagnostic(
        .unknownKey, at: SourceLocation(file: "rules/lists/税务, 清单.yaml", start: SourcePosition(line: 12, column: 5),
                                         end: SourcePosition(line: 12, column: 13)),
        "unknown key `priority` in list item", hint: "did you mean `mandatory`?",
        notes: [.init(location: SourceLocation(file: "rules/lists/税务, 清单.yaml", start: SourcePosition(line: 9, column: 3)),
                      message: "the item starts here")])
    static let warning = Diagnostic(
        .citationNotNormalised, at: SourceLocation(file: "./rules/violations.yaml", start: SourcePosition(line: 7, column: 9)),
        "citation `第60条` is not normalised:\n50% of readers\r\nmiss it")
    static let all = [error, warning]

    // MARK: text

    @Test("text: compiler-style lines, the hint indented, notes, and a summary")
    func text() {
        let text = DiagnosticRenderer.render(Self.all, format: .text, color: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "rules/lists/税务, 清单.yaml:12:5: error[S001]: unknown key `priority` in list item")
        #expect(lines[1] == "  hint: did you mean `mandatory`?")
        #expect(lines[2] == "rules/lists/税务, 清单.yaml:9:3: note: the item starts here")
        #expect(lines[3].hasPrefix("./rules/violations.yaml:7:9: warning[C002]: citation"))
        #expect(text.hasSuffix("1 error, 1 warning\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test("text: ANSI colour only when asked")
    func colour() {
        let coloured = DiagnosticRenderer.render(Self.all, format: .text, color: true)
        #expect(coloured.contains("\u{1B}[1;31merror[S001]:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning[C002]:\u{1B}[0m"))
    }

    @Test("text: a clean run still prints the summary")
    func emptySummary() {
        #expect(DiagnosticRenderer.render([], format: .text, color: false) == "0 errors, 0 warnings\n")
    }

    // MARK: json

    @Test("json: one object per diagnostic with every field")
    func json() throws {
        let text = DiagnosticRenderer.render(Self.all, format: .json, color: true)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let first = array[0]
        #expect(first["code"] as? String == "S001")
        #expect(first["name"] as? String == "unknown-key")
        #expect(first["severity"] as? String == "error")
        #expect(first["file"] as? String == "rules/lists/税务, 清单.yaml")
        #expect(first["line"] as? Int == 12)
        #expect(first["column"] as? Int == 5)
        #expect(first["endLine"] as? Int == 12)
        #expect(first["endColumn"] as? Int == 13)
        #expect(first["message"] as? String == "unknown key `priority` in list item")
        #expect(first["hint"] as? String == "did you mean `mandatory`?")
        let notes = try #require(first["notes"] as? [[String: Any]])
        #expect(notes.first?["line"] as? Int == 9)
        #expect(array[1]["severity"] as? String == "warning")
        #expect(array[1]["hint"] as? String == DiagnosticCode.citationNotNormalised.hint)
        #expect(!text.contains("\u{1B}["))
    }

    @Test("json: a clean run is `[]` and an empty notes list is `[]`, not Foundation's blank-line form")
    func jsonEmptyContainers() throws {
        #expect(DiagnosticRenderer.render([], format: .json, color: false) == "[]\n")
        let text = DiagnosticRenderer.render([Self.warning], format: .json, color: false)
        #expect(text.contains("\"notes\" : []"))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [[String: Any]])
    }

    // MARK: sarif

    @Test("sarif: the structure GitHub code scanning requires")
    func sarif() throws {
        let text = DiagnosticRenderer.render(Self.all, format: .sarif, color: true)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "leniency")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["C002", "S001"])
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./") && !uri.contains("\\"))
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let region = try #require(physical["region"] as? [String: Any])
            #expect(try #require(region["startLine"] as? Int) >= 1)
            #expect(try #require(region["startColumn"] as? Int) >= 1)
        }
        #expect(results[0]["ruleId"] as? String == "S001")
        #expect(results[0]["level"] as? String == "error")
        #expect(results[1]["level"] as? String == "warning")
        let firstPhysical = (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let firstURI = (firstPhysical?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(firstURI?.removingPercentEncoding == "rules/lists/税务, 清单.yaml")
        #expect((firstPhysical?["region"] as? [String: Any])?["endColumn"] as? Int == 13)
        let related = try #require(results[0]["relatedLocations"] as? [[String: Any]])
        #expect(((related.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int == 9)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test("sarif: absolute paths under the base directory become relative")
    func sarifRelativePaths() throws {
        let diagnostic = Diagnostic(.unknownKey, at: .wholeFile("/work/repo/rules/a.yaml"), "x")
        let text = DiagnosticRenderer.render([diagnostic], format: .sarif, color: false, baseDirectory: "/work/repo")
        #expect(text.contains("\"uri\" : \"rules/a.yaml\""))
    }

    @Test("sarif: a clean run is a valid log with no results")
    func sarifEmpty() throws {
        let text = DiagnosticRenderer.render([], format: .sarif, color: false)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    // MARK: github

    @Test("github: workflow commands with the toolkit's escaping")
    func github() {
        let text = DiagnosticRenderer.render(Self.all, format: .github, color: true)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == "::error file=rules/lists/税务%2C 清单.yaml,line=12,col=5,endLine=12,endColumn=13,title=S001 unknown-key::unknown key `priority` in list item (did you mean `mandatory`?)%0Anote: rules/lists/税务, 清单.yaml:9:3: the item starts here")
        #expect(lines[1].hasPrefix("::warning file=rules/violations.yaml,line=7,col=9,title=C002 citation-not-normalised::"))
        #expect(lines[1].contains("not normalised:%0A50%25 of readers%0D%0Amiss it ("))
    }

    @Test("github: property escaping covers % CR LF : and ,")
    func propertyEscaping() {
        let diagnostic = Diagnostic(.unknownKey, at: .wholeFile("a:b,c%d\ne.yaml"), "m: n, o", hint: "")
        let text = DiagnosticRenderer.render([diagnostic], format: .github, color: false)
        #expect(text == "::error file=a%3Ab%2Cc%25d%0Ae.yaml,line=1,col=1,title=S001 unknown-key::m: n, o\n")
    }
}
