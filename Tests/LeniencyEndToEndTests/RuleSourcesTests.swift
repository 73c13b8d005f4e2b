import Foundation
import Testing

/// Everything a rule file cites in the repository exists: docs/*.md files, and the sections (§3a, §4.1, …) of
/// docs/LAW-AND-POLICY.md, the legal facts the rules rest on, copied in with their sources.
@Suite struct RuleSourcesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func ruleTexts() throws -> [(String, String)] {
        let rules = root.appendingPathComponent("rules")
        let enumerator = try #require(FileManager.default.enumerator(atPath: rules.path))
        var texts: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") else { continue }
            texts.append(("rules/" + relative, try String(contentsOf: rules.appendingPathComponent(relative), encoding: .utf8)))
        }
        return texts
    }

    /// `docs/NAME.md` (not a path inside another repository, which a `cee:` or mirror source names).
    static func docReferences(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let range = rest.range(of: "docs/") {
            let before = rest[..<range.lowerBound].last
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == "/" }
            if before != "/", name.hasSuffix(".md"), !name.contains("/") { found.append("docs/" + name) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    @Test func everyCitedDocumentIsInTheRepository() throws {
        let texts = try Self.ruleTexts()
        #expect(texts.count > 20)
        var cited = 0
        for (file, text) in texts {
            #expect(!text.contains("law-and-policy.md"), "\(file) cites the legal facts outside the repository")
            #expect(!text.contains("/work/"), "\(file) cites a path on one machine")
            for reference in Self.docReferences(text) {
                cited += 1
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(reference).path), "\(file) cites \(reference)")
            }
        }
        #expect(cited > 10)
    }

    @Test func everyCitedSectionOfTheLegalFactsExists() throws {
        let facts = try String(contentsOf: Self.root.appendingPathComponent("docs/LAW-AND-POLICY.md"), encoding: .utf8)
        let headings = facts.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { $0.drop { $0 == "#" || $0 == " " } }
        var sections: [String] = []
        for (_, text) in try Self.ruleTexts() {
            var rest = text[...]
            while let range = rest.range(of: "LAW-AND-POLICY.md §") {
                var section = String(rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "." })
                while section.hasSuffix(".") { section.removeLast() }
                sections.append(section)
                rest = rest[range.upperBound...]
            }
        }
        #expect(sections.count > 10)
        for section in Set(sections) {
            // `## 3. …`, `### 3a. …`, `### 4.1 …`: the number, then a dot or a space.
            #expect(headings.contains { $0.hasPrefix(section + ".") || $0.hasPrefix(section + " ") }, "no section §\(section) in docs/LAW-AND-POLICY.md")
        }
    }
}
