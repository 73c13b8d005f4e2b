public import LeniencyCore
import LeniencyCaseInput
public import LeniencyCatalog
import LeniencyEngine
public import LeniencyYAML
import Foundation

/// Turns `kind: test` documents into rule tests, with positioned diagnostics for every mistake.
public enum RuleTestDecoder {
    /// Decodes every test in one parsed test file.
    public static func decode(documents: [YAMLNode], file: String, catalog: Catalog) -> (tests: [RuleTest], diagnostics: [Diagnostic]) {
        let reader = SchemaReader()
        var tests: [RuleTest] = []
        var names: [String: YAMLNode] = [:]
        var caseDiagnostics: [Diagnostic] = []
        for document in documents {
            guard let fields = reader.mapping(document, "test file", required: ["kind", "tests"],
                                              optional: ["description", "case_defaults"]) else { continue }
            // Case keys every inline case of the file gets unless it gives its own (e.g. the region of a local list).
            var caseDefaults: [YAMLPair] = []
            if let node = fields["case_defaults"] {
                if let pairs = node.pairs { caseDefaults = pairs } else {
                    reader.emit(.invalidTest, at: node, "`case_defaults` must be a mapping of case keys, found \(node.kindDescription)",
                                hint: "write e.g. `case_defaults: {region: 江门市}`")
                }
            }
            if let kind = reader.string(fields["kind"], "kind"), kind != "test", let node = fields["kind"] {
                reader.emit(.invalidTest, at: node, Message(.testKindMustBeTest, kind), hint: Message(.testKindMustBeTestHint))
                continue
            }
            for testNode in reader.list(fields["tests"], "tests") {
                guard let test = fieldsOfTest(testNode, reader: reader) else { continue }
                guard let name = reader.string(test["name"], "test name") else { continue }
                if let first = names[name], let nameNode = test["name"] {
                    reader.emit(.invalidTest, at: nameNode, Message(.testNameTwice, name), hint: Message(.testNameUnique),
                                notes: [.init(location: first.location, Message(.testFirstWithName))])
                }
                if let nameNode = test["name"] { names[name] = names[name] ?? nameNode }
                let today = test["today"].flatMap { reader.date($0, "today") }
                let caseResult = decodeCase(test: test, testNode: testNode, name: name, file: file, catalog: catalog, reader: reader,
                                            defaults: caseDefaults)
                caseDiagnostics.append(contentsOf: caseResult.diagnostics)
                let expectations = test["expect"].map { decodeExpectations($0, catalog: catalog, reader: reader) } ?? []
                if test["expect"] == nil {
                    reader.emit(.invalidTest, at: testNode, Message(.testNoExpect, name), hint: Message(.testNoExpectHint))
                }
                guard let record = caseResult.cases.first, !caseResult.diagnostics.contains(where: { $0.severity == .error }) else { continue }
                var ruleTest = RuleTest(name: name, file: file, location: testNode.location, caseRecord: record,
                                        today: today, expectations: expectations, expectNode: test["expect"])
                ruleTest.presumptions = reader.bool(test["presumptions"], "`presumptions`")
                tests.append(ruleTest)
            }
        }
        return (tests, reader.bag.diagnostics + caseDiagnostics)
    }

    private static func fieldsOfTest(_ node: YAMLNode, reader: SchemaReader) -> Fields? {
        reader.mapping(node, "test", required: ["name"], optional: ["case", "case_file", "today", "presumptions", "expect", "note"])
    }

    /// The case of a test: inline (with defaults for the administrative fields a rule test does not care about) or from a file.
    private static func decodeCase(test: Fields, testNode: YAMLNode, name: String, file: String, catalog: Catalog,
                                   reader: SchemaReader, defaults: [YAMLPair] = []) -> CaseLoadResult {
        if let pathNode = test["case_file"], let relative = reader.string(pathNode, "case_file") {
            let base = (file as NSString).deletingLastPathComponent
            let path = relative.hasPrefix("/") ? relative : (base as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: path) else {
                reader.emit(.invalidTest, at: pathNode, Message(.testCaseFileMissing, relative), hint: Message(.testCaseFileRelative))
                return CaseLoadResult(cases: [], diagnostics: [])
            }
            return CaseDecoder.load(path: path, catalog: catalog)
        }
        guard let caseNode = test["case"], let pairs = caseNode.pairs else {
            reader.emit(.invalidTest, at: test["case"] ?? testNode, Message(.testNeedsCase, name), hint: Message(.testNeedsCaseHint))
            return CaseLoadResult(cases: [], diagnostics: [])
        }
        var filled = pairs
        func addDefault(_ key: String, _ value: YAMLNode.Content) {
            guard !pairs.contains(where: { $0.key.text == key }) else { return }
            let at = caseNode.location
            filled.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: key, style: .plain)), at: at), value: YAMLNode(value, at: at)))
        }
        func scalar(_ text: String) -> YAMLNode.Content { .scalar(YAMLScalar(text: text, style: .plain)) }
        for pair in defaults where !pairs.contains(where: { $0.key.text == pair.key.text }) { filled.append(pair) }
        addDefault("id", scalar(name))
        addDefault("agency", scalar("rule test"))
        if !pairs.contains(where: { $0.key.text == "party" }) {
            let at = caseNode.location
            let party: [YAMLPair] = [
                YAMLPair(key: YAMLNode(scalar("name"), at: at), value: YAMLNode(scalar("rule test party"), at: at)),
                YAMLPair(key: YAMLNode(scalar("type"), at: at), value: YAMLNode(scalar("enterprise"), at: at)),
            ]
            addDefault("party", .mapping(party))
        }
        return CaseDecoder.decode(documents: [YAMLNode(.mapping(filled), at: caseNode.location)], file: file, catalog: catalog)
    }

    private static func decodeExpectations(_ node: YAMLNode, catalog: Catalog, reader: SchemaReader) -> [Expectation] {
        guard let fields = reader.mapping(node, "expect", optional: Expectation.Key.allCases.map(\.rawValue)) else { return [] }
        var result: [Expectation] = []
        for key in Expectation.Key.allCases {
            guard let pair = fields.pairs[key.rawValue] else { continue }
            let value = pair.value
            if let expected = expectedValue(key, value, catalog: catalog, reader: reader) {
                result.append(Expectation(key: key, expected: expected, valueNode: value))
            }
        }
        return result
    }

    private static func expectedValue(_ key: Expectation.Key, _ node: YAMLNode, catalog: Catalog, reader: SchemaReader) -> ExpectedValue? {
        switch key {
        case .outcome:
            guard let text = reader.string(node, "expect.outcome") else { return nil }
            let allowed = ["no-penalty", "mitigated", "lighter", "standard", "heavier", "undetermined"]
            guard allowed.contains(text) else {
                reader.emit(.invalidTest, at: node, Message(.testUnknownOutcome, text),
                            hint: Message.didYouMean(SchemaReader.closest(to: text, among: allowed).map { [$0] } ?? [])
                                ?? Message(.schemaUseOneOf, allowed.map { "`\($0)`" }))
                return nil
            }
            return .text(text)
        case .coercion:
            if node.isNull { return .null }
            guard let text = reader.string(node, "expect.coercion") else { return nil }
            let allowed = ["no-coercion", "undetermined", "not-excluded"]
            guard allowed.contains(text) else {
                reader.emit(.invalidTest, at: node, "unknown coercion status `\(text)`",
                            hint: SchemaReader.closest(to: text, among: allowed).map { "did you mean `\($0)`?" } ?? "use one of \(allowed.joined(separator: ", ")) or null")
                return nil
            }
            return .text(text)
        case .mandatory, .conflict:
            return reader.bool(node, "expect.\(key.rawValue)").map(ExpectedValue.bool)
        case .list:
            if node.isNull { return .null }
            guard let id = reader.string(node, "expect.list") else { return nil }
            // A time-barred case is decided by the limitation rules, which the decision names like a list.
            let lists = Array(Set(catalog.lists.map(\.id) + catalog.limitations.map(\.id))).sorted()
            if !lists.contains(id) {
                reader.emit(.invalidTest, at: node, Message(.testUnknownList, id),
                            hint: Message.didYouMean(SchemaReader.closest(to: id, among: lists).map { [$0] } ?? []) ?? Message(.checkTheListID))
                return nil
            }
            return .text(id)
        case .item:
            if node.isNull { return .null }
            guard let id = reader.string(node, "expect.item") else { return nil }
            let items = Array(Set(catalog.lists.flatMap { $0.items.map(\.id) } + catalog.limitations.flatMap { $0.periods.map(\.id) })).sorted()
            if !items.contains(id) {
                reader.emit(.invalidTest, at: node, Message(.testUnknownItem, id),
                            hint: Message.didYouMean(SchemaReader.closest(to: id, among: items).map { [$0] } ?? []) ?? Message(.checkTheItemID))
                return nil
            }
            return .text(id)
        case .fine:
            if node.isNull { return .null }
            guard let fields = reader.mapping(node, "expect.fine", required: ["min", "max"]) else { return nil }
            guard let min = reader.money(fields["min"], "expect.fine.min"), let max = reader.money(fields["max"], "expect.fine.max") else { return nil }
            return .record([("min", min.yuanString), ("max", max.yuanString)])
        case .followUp:
            let flags = FollowUp.Duty.allCases.map(\.rawValue)
            guard let fields = reader.mapping(node, "expect.follow_up", optional: flags + ["rectify_days"]) else { return nil }
            var pairs: [(String, String)] = []
            for key in flags where fields[key] != nil {
                if let b = reader.bool(fields[key], "expect.follow_up.\(key)") { pairs.append((key, b ? "true" : "false")) }
            }
            if let days = fields["rectify_days"] {
                if let d = reader.integer(days, "expect.follow_up.rectify_days") { pairs.append(("rectify_days", String(d))) }
            }
            return .record(pairs)
        case .missing, .citations, .presumed, .derived:
            let values = reader.strings(node, "expect.\(key.rawValue)")
            if key == .missing || key == .presumed || key == .derived {
                let known = Set(catalog.facts.map(\.name) + [firstOffenceFactName, regionFactName, discoveryDateFactName,
                                                              "illegal_gains", "goods_value"])
                for item in reader.list(node, "expect.missing") {
                    if let name = item.text, !known.contains(name) {
                        reader.emit(.invalidTest, at: item, Message(.testUnknownFact, name),
                                    hint: Message.didYouMean(SchemaReader.closest(to: name, among: known.sorted()).map { [$0] } ?? [])
                                        ?? Message(.testDeclareFact))
                    }
                }
            }
            // Presumptions are a set: compared in name order, whatever order the test writes them in.
            return .list(key == .presumed || key == .derived ? values.sorted() : values)
        }
    }
}
