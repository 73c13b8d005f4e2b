import Foundation
@testable import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyYAML
import Testing

/// The byte scanner against the positioned reader: whenever the scanner accepts a line, the positioned reader must
/// read the same line without a single diagnostic and produce the same `CaseRecord`.
@Suite("JSON Lines scanner agrees with the positioned reader")
struct JSONLineScannerTests {
    /// YAML nodes written as one JSON line (`asciiOnly` escapes every non-ASCII scalar, as `json.dumps` does by default).
    static func json(_ node: YAMLNode, asciiOnly: Bool = false) -> String {
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                default:
                    if scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7E) {
                        for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        switch node.content {
        case .mapping(let pairs):
            let members: [String] = pairs.map { pair in quoted(pair.key.text ?? "") + ":" + json(pair.value, asciiOnly: asciiOnly) }
            return "{" + members.joined(separator: ",") + "}"
        case .sequence(let items):
            let members: [String] = items.map { json($0, asciiOnly: asciiOnly) }
            return "[" + members.joined(separator: ",") + "]"
        case .scalar(let scalar):
            guard scalar.style == YAMLScalar.Style.plain else { return quoted(scalar.text) }
            if scalar.isNull { return "null" }
            if scalar.text == "true" || scalar.text == "false" { return scalar.text }
            if scalar.text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: String.CompareOptions.regularExpression) != nil {
                return scalar.text
            }
            return quoted(scalar.text)
        }
    }

    /// Both readers on one line; returns whether the scanner accepted it.
    @discardableResult
    static func agree(_ line: String, catalog: Catalog, decoder: CaseLineDecoder, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        var scratch = CompactCase()
        return agree(bytes: Array(line.utf8), catalog: catalog, decoder: decoder, scratch: &scratch, sourceLocation: sourceLocation)
    }

    /// `agree` on raw bytes (which need not be UTF-8), with a scratch case kept from line to line as the audit keeps it
    /// (the scanner expects each line's keys in the order of the line before).
    @discardableResult
    static func agree(bytes: [UInt8], catalog: Catalog, decoder: CaseLineDecoder, scratch: inout CompactCase,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let line = String(decoding: bytes, as: UTF8.self)
        let fast: CaseRecord? = bytes.withUnsafeBufferPointer { buffer in
            guard decoder.scanner.scan(buffer, into: &scratch) else { return nil }
            return scratch.caseRecord(layout: decoder.scanner.layout, file: "cases.jsonl", lineNumber: 7, line: buffer)
        }
        let slow = CaseLineDecoder.slow(.jsonLine(file: "cases.jsonl", line: 7, bytes: bytes), file: "cases.jsonl", catalog: catalog)
        guard let fast else { return false }
        #expect(slow.diagnostics.isEmpty, "scanner accepted a line the reader complains about: \(line)", sourceLocation: sourceLocation)
        // The scanner keeps no fact positions (a clean line reports none; see `CompactCase.caseRecord`).
        #expect(fast.factLocations.isEmpty, sourceLocation: sourceLocation)
        let read = slow.cases.map { record -> CaseRecord in
            var copy = record
            copy.factLocations = [:]
            return copy
        }
        #expect(read == [fast], "records differ for: \(line)", sourceLocation: sourceLocation)
        return true
    }

    static func node(_ yaml: String) throws -> YAMLNode {
        try #require(YAMLReader.parse(yaml, file: "case.yaml").documents.first)
    }

    @Test("The full test case, plain and \\u-escaped, is read the same both ways")
    func fullCase() throws {
        let catalog = CaseTestSupport.catalog
        let decoder = CaseLineDecoder(catalog: catalog)
        let base = try Self.node(CaseTestSupport.validCase.replacingOccurrences(of: "remark: 已补报", with: "remark: \"已补报 𠀋 \\\"ok\\\"\""))
        #expect(Self.agree(Self.json(base), catalog: catalog, decoder: decoder))
        #expect(Self.agree(Self.json(base, asciiOnly: true), catalog: catalog, decoder: decoder))
        #expect(Self.agree("  " + Self.json(base) + " \t", catalog: catalog, decoder: decoder))
        // A continuing act (行政处罚法 Art. 36 ¶2), ended or not: the scanner takes `dates.continuing` too.
        for dates in ["  act_end: 2025-03-20\n  continuing: true", "  continuing: true", "  continuing: false", "  continuing: null"] {
            let node = try Self.node(CaseTestSupport.validCase.replacingOccurrences(of: "  act_end: 2025-03-20", with: dates))
            #expect(Self.agree(Self.json(node), catalog: catalog, decoder: decoder), "not on the fast path: \(dates)")
        }
    }

    @Test("Every shipped example case is read the same both ways, and on the fast path")
    func shippedExamples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let loaded = CatalogLoader.load(paths: [root + "/rules"])
        let decoder = CaseLineDecoder(catalog: loaded.catalog)
        let folder = root + "/examples/cases"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted()
        #expect(files.count > 20)
        var accepted = 0
        for file in files {
            let set = YAMLReader.readFile(atPath: folder + "/" + file)
            for document in set.documents {
                let cases = document["cases"]?.items ?? [document]
                for node in cases where Self.agree(Self.json(node), catalog: loaded.catalog, decoder: decoder) { accepted += 1 }
            }
        }
        // Examples that carry a warning on purpose (bad check character, dates out of order) take the slow path.
        #expect(accepted >= files.count * 3 / 4, "only \(accepted) of \(files.count) examples took the fast path")
    }

    @Test("A region the rules do not declare leaves the fast path, so the reader's R006 warning is not lost (fuzz finding)")
    func undeclaredRegion() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let loaded = CatalogLoader.load(paths: [root + "/rules"])
        let decoder = CaseLineDecoder(catalog: loaded.catalog)
        let set = YAMLReader.readFile(atPath: root + "/examples/cases/tax-6-01-bank-account-first.yaml")
        let base = try #require(set.documents.first)
        let line = Self.json(base)
        let region = try #require(base["region"]?.text)
        #expect(Self.agree(line, catalog: loaded.catalog, decoder: decoder), "the example itself should take the fast path")
        // One character changed, as libFuzzer's ChangeBit did to 南昌市 → 南昌异.
        let mutated = line.replacingOccurrences(of: "\"region\":\"\(region)\"", with: "\"region\":\"\(region)异\"")
        #expect(mutated != line)
        #expect(!Self.agree(mutated, catalog: loaded.catalog, decoder: decoder), "the scanner took an undeclared region")
        let slow = CaseLineDecoder.slow(.jsonLine(file: "cases.jsonl", line: 1, bytes: Array(mutated.utf8)), file: "cases.jsonl",
                                        catalog: loaded.catalog)
        #expect(slow.diagnostics.map(\.code) == [.unknownRegion])
        #expect(slow.cases.count == 1)
    }

    @Test("String contents at every alignment of the word-at-a-time scan: valid UTF-8 is read as the reader reads it, anything else declined")
    func stringContents() throws {
        let catalog = CaseTestSupport.catalog
        let decoder = CaseLineDecoder(catalog: catalog)
        let line = Self.json(try Self.node(CaseTestSupport.validCase))
        let marker = Array("\"remark\":\"已补报\"".utf8)
        let bytes = Array(line.utf8)
        let at = try #require((0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        func with(_ content: [UInt8]) -> [UInt8] {
            Array(bytes[..<at]) + Array("\"remark\":\"".utf8) + content + [UInt8(ascii: "\"")] + Array(bytes[(at + marker.count)...])
        }
        let ascii = Array("abcdefghijklmnopqrstu".utf8)
        var valid: [[UInt8]] = [[]]
        var invalid: [[UInt8]] = []
        // Each special byte (escape, CJK, emoji, the edge leads E0/ED/F0/F4) after 0…17 plain bytes and before a few more.
        let inserts: [[UInt8]] = [Array("\\\"".utf8), Array("\\\\".utf8), Array("\\u00e9".utf8), Array("补报".utf8),
                                  Array("é".utf8), Array("😀".utf8), [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x90, 0x80, 0x80],
                                  [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF]]
        // Control bytes, stray continuations, overlong forms, surrogates, truncated and out-of-range sequences.
        let bad: [[UInt8]] = [[0x01], [0x1F], [0x09], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                              [0xE4, 0xB8], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
                              [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE8, 0xA1]]
        for before in 0...17 {
            for after in [0, 1, 7, 9] {
                let head = Array(ascii[..<before])
                let tail = Array(ascii[..<after])
                valid.append(head)
                for insert in inserts { valid.append(head + insert + tail) }
                for b in bad { invalid.append(head + b + tail) }
                // A bad byte after a run of CJK (the sequence-at-a-time loop), and a truncated sequence ending the string.
                for b in bad { invalid.append(head + Array("补报".utf8) + b + tail) }
                invalid.append(head + [0xE8, 0xA1])
            }
        }
        var scratch = CompactCase()
        for content in valid {
            #expect(Self.agree(bytes: with(content), catalog: catalog, decoder: decoder, scratch: &scratch),
                    "scanner declined a valid string: \(content)")
        }
        for content in invalid {
            let candidate = with(content)
            #expect(!Self.agree(bytes: candidate, catalog: catalog, decoder: decoder, scratch: &scratch), "scanner accepted \(content)")
            let slow = CaseLineDecoder.slow(.jsonLine(file: "cases.jsonl", line: 7, bytes: candidate), file: "cases.jsonl", catalog: catalog)
            #expect(!slow.diagnostics.isEmpty, "the reader took \(content) without a word")
        }
    }

    @Test("Thousands of mutated lines: whatever the scanner accepts, the reader reads identically without a diagnostic")
    func mutations() throws {
        try Self.mutations(of: CaseTestSupport.validCase)
    }

    @Test("Mutated lines with procedure, coercive measures and payment: the scanner and the reader agree")
    func procedureMutations() throws {
        try Self.mutations(of: CaseTestSupport.procedureCase)
    }

    /// Mutates the JSON form of `yaml` thousands of times and checks that both readers agree on every accepted line.
    static func mutations(of yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let catalog = CaseTestSupport.catalog
        let decoder = CaseLineDecoder(catalog: catalog)
        let base = Self.json(try Self.node(yaml))
        // Replacements of one value each; applied one or two at a time at random positions of the base line.
        let values = ["null", "true", "false", "0", "-1", "151", "12.5", "1e3", "\"\"", "\" x\"", "\"x \"", "\"　x\"", "[]", "{}",
                      "[null]", "[\"a\"]", "{\"name\":null}", "\"2025-02-30\"", "\"2025-2-3\"", "\"2024-12-31\"", "\"2025-13-01\"",
                      "\"5万元\"", "\"-5\"", "\"1,000\"", "\"¥300\"", "\"007\"", "\"10.005\"", "\"yes\"", "\"TRUE\"", "\"general\"",
                      "\"sensitive\"", "\"enterprise\"", "\"individual\"", "\"robot\"", "\"standard\"", "\"no-penalty\"",
                      "\"TAX-ZG-62\"", "\"TAX-XX\"", "\"91440101MA5CJQ4N59\"", "\"91440101MA5CJQ4N58\"", "\"11010519491231002X\"",
                      "\"110105194912310021\"", "\"12d\"", "\"d\"", "\"\\u00e9\\ud800\"", "\"\\ud83d\\ude00\"", "\"a\\tb\"", "\"\\x\"",
                      "\"summary\"", "\"ordinary\"", "\"seizure\"", "\"freeze\"", "\"refrain\"", "\"allowed\"", "\"false\"",
                      "[{\"date\":\"2025-03-05\"}]", "[{\"kind\":\"seizure\"}]", "\"2025-03-02\"", "\"3651\""]
        // Positions of values in the base line: right after each `":`.
        var positions: [String.Index] = []
        var index = base.startIndex
        while let range = base.range(of: "\":", range: index..<base.endIndex) {
            positions.append(range.upperBound)
            index = range.upperBound
        }
        func valueEnd(_ s: String, from start: String.Index) -> String.Index {
            var depth = 0, inString = false, escaped = false
            var k = start
            while k < s.endIndex {
                let c = s[k]
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                } else if c == "\"" { inString = true } else if c == "{" || c == "[" { depth += 1 } else if c == "}" || c == "]" {
                    if depth == 0 { return k }
                    depth -= 1
                } else if c == ",", depth == 0 { return k }
                k = s.index(after: k)
            }
            return k
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var accepted = 0, total = 0
        var scratch = CompactCase()
        for _ in 0..<4000 {
            var line = base
            for _ in 0...next(2) {
                var starts: [String.Index] = []
                var k = line.startIndex
                while let r = line.range(of: "\":", range: k..<line.endIndex) { starts.append(r.upperBound); k = r.upperBound }
                guard !starts.isEmpty else { break }
                let start = starts[next(starts.count)]
                let end = valueEnd(line, from: start)
                switch next(10) {
                case 0:
                    // Repeat the member: a duplicate key.
                    let keyStart = line[..<start].lastIndex(of: "\"").flatMap { line[..<$0].lastIndex(of: "\"") } ?? start
                    line.insert(contentsOf: "," + line[keyStart..<end], at: end)
                case 1:
                    line.insert(contentsOf: ",\"extra\":1", at: end)
                case 2:
                    // The key itself: a character more or less, or its last character escaped. The scanner expects the
                    // key of the line before here and must not take a near miss for it.
                    let close = line.index(start, offsetBy: -2)
                    guard let open = line[..<close].lastIndex(of: "\"") else { break }
                    let name = String(line[line.index(after: open)..<close])
                    let changed: String
                    switch next(3) {
                    case 0: changed = name + "x"
                    case 1: changed = String(name.dropLast())
                    default: changed = String(name.dropLast()) + (name.unicodeScalars.last.map { String(format: "\\u%04x", $0.value) } ?? "")
                    }
                    line.replaceSubrange(line.index(after: open)..<close, with: changed)
                default:
                    line.replaceSubrange(start..<end, with: values[next(values.count)])
                }
            }
            total += 1
            // One scratch for all lines: a moved, repeated or extra key meets the keys expected from the line before.
            if Self.agree(bytes: Array(line.utf8), catalog: catalog, decoder: decoder, scratch: &scratch, sourceLocation: sourceLocation) {
                accepted += 1
            }
        }
        #expect(positions.count > 40, sourceLocation: sourceLocation)
        #expect(accepted > 100, "the scanner accepted only \(accepted) of \(total) mutated lines", sourceLocation: sourceLocation)
        #expect(accepted < total, "every mutated line was accepted: the mutations test nothing", sourceLocation: sourceLocation)
    }
}
