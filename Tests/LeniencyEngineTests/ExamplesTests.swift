import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyYAML
import Testing
import LeniencyEngine

/// Runs the engine on every shipped example case and compares with its sibling `*.expected.yaml`.
@Suite("Shipped examples")
struct ExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var caseFiles: [String] {
        let folder = root.appendingPathComponent("examples/cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test("every example case decides as its .expected.yaml says")
    func examples() throws {
        let loaded = CatalogLoader.load(paths: [Self.root.appendingPathComponent("rules").path])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "rules have errors: \(errors.prefix(5).map { "\($0.location): \($0.message)" })")
        let files = Self.caseFiles
        #expect(!files.isEmpty, "no example cases under examples/cases")
        let engine = Engine(catalog: loaded.catalog)
        for file in files {
            let cases = CaseDecoder.load(path: file, catalog: loaded.catalog)
            #expect(!cases.diagnostics.contains { $0.severity == .error }, "\(file): \(cases.diagnostics.map(\.message))")
            let expectedPath = String(file.dropLast(".yaml".count)) + ".expected.yaml"
            let expected = try Self.expectations(expectedPath)
            for record in cases.cases {
                let decision = engine.decide(record)
                Self.compare(decision, expected, file: file)
            }
        }
    }

    /// The top-level scalar and sequence values of an expected file, as text.
    static func expectations(_ path: String) throws -> [String: YAMLNode] {
        let documents = YAMLReader.readFile(atPath: path)
        let node = try #require(documents.documents.first, "missing or empty \(path)")
        var result: [String: YAMLNode] = [:]
        for pair in node.pairs ?? [] { if let key = pair.key.text { result[key] = pair.value } }
        return result
    }

    static func compare(_ d: Decision, _ expected: [String: YAMLNode], file: String) {
        let name = URL(fileURLWithPath: file).lastPathComponent
        if let outcome = expected["outcome"]?.text { #expect(d.outcome.rawValue == outcome, "\(name): outcome") }
        if let mandatory = expected["mandatory"]?.text { #expect(String(d.mandatory) == mandatory, "\(name): mandatory") }
        if let list = expected["list"] {
            if list.isNull { #expect(d.decidedBy == nil, "\(name): list") } else { #expect(d.decidedBy?.list.listID == list.text, "\(name): list") }
        }
        if let item = expected["item"] {
            if item.isNull { #expect(d.decidedBy == nil, "\(name): item") } else { #expect(d.decidedBy?.itemID == item.text, "\(name): item") }
        }
        if let min = expected["fine_min"] {
            if min.isNull { #expect(d.fine == nil, "\(name): fine_min") } else { #expect(d.fine?.min == min.text.flatMap(Money.init(parsing:)), "\(name): fine_min") }
        }
        if let max = expected["fine_max"] {
            if max.isNull { #expect(d.fine == nil, "\(name): fine_max") } else { #expect(d.fine?.max == max.text.flatMap(Money.init(parsing:)), "\(name): fine_max") }
        }
        if let barred = expected["time_barred"]?.text { #expect(d.timeBarred.map { String($0) } == barred, "\(name): time_barred") }
        if let inclusive = expected["fine_min_inclusive"]?.text {
            #expect(d.fine.map { String($0.minInclusive) } == inclusive, "\(name): fine_min_inclusive")
        }
        if let inclusive = expected["fine_max_inclusive"]?.text {
            #expect(d.fine.map { String($0.maxInclusive) } == inclusive, "\(name): fine_max_inclusive")
        }
        if let missing = expected["missing"] {
            let names = (missing.items ?? []).compactMap(\.text)
            #expect(d.missing == names, "\(name): missing")
        }
        if let first = expected["missing_first"]?.text { #expect(d.missing.first == first, "\(name): missing_first") }
        for pair in expected["follow_up"]?.pairs ?? [] {
            guard let key = pair.key.text, let duty = FollowUp.Duty(rawValue: key), let want = pair.value.text else { continue }
            #expect(String(d.followUp[duty]) == want, "\(name): follow_up.\(key)")
        }
        if let derived = expected["derived"] {
            #expect(Set(d.derived.map(\.fact)) == Set((derived.items ?? []).compactMap(\.text)), "\(name): derived")
        }
        if let presumed = expected["presumed"] {
            #expect(Set(d.presumed.map(\.fact)) == Set((presumed.items ?? []).compactMap(\.text)), "\(name): presumed")
        }
    }
}
