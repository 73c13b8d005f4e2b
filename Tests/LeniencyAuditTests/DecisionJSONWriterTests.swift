import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyReports
import Testing

/// `check`'s JSON and JSON Lines are written straight to bytes; the value tree of `DecisionJSON.object` (what the
/// service and the diff report print) is the reference they must match byte for byte.
@Suite struct DecisionJSONWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every example case decided with and without its explanation, at the decision date and at an earlier one.
    static let decisions: [Decision] = {
        let catalog = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path]).catalog
        let engine = Engine(catalog: catalog)
        let folder = root.appendingPathComponent("examples/cases")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var decisions: [Decision] = []
        for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".json") {
            for record in CaseDecoder.load(path: folder.appendingPathComponent(file).path, catalog: catalog).cases {
                decisions.append(engine.decide(record))
                decisions.append(engine.decide(record, on: nil, explain: false))
                decisions.append(engine.decide(record, on: CivilDate("2021-07-01"), explain: true))
            }
        }
        // What the examples do not show, set by hand on real decisions: a conflict, an open fine maximum, a
        // rectification period, a decision without trace, text that needs escaping.
        for var decision in decisions.filter({ $0.decidedBy != nil && $0.fine != nil }).prefix(3) {
            decision.conflict = DecisionConflict(items: [decision.decidedBy!, decision.decidedBy!], message: "two \"items\"\tdisagree",
                                                 messageZh: "两项\n冲突")
            decision.fine?.maxUnbounded = true
            decision.followUp.rectifyDays = 15
            decision.trace = []
            decision.factsUsed = [:]
            decision.caseID = "赣\\罚\u{1}〔2025〕"
            decision.notes = ["a \"quoted\"\tnote\r\n", "\u{1F}\u{0}", "long text without escapes, then one: \\"]
            decision.fine?.min = Money(fen: 123_456_789_012)
            decision.derived = [
                DerivedFact(fact: "a", value: .integer(-42), rule: "r1", document: "文\"号", basis: ["b"], label: nil, replaced: .boolean(false)),
                DerivedFact(fact: "b", value: .decimal(FixedPoint(mantissa: -15, scale: 1)), rule: "r2", document: "d", basis: [], label: "标签",
                            replaced: .money(Money(fen: 1_005))),
                DerivedFact(fact: "c", value: .date(CivilDate(year: 987, month: 1, day: 2) ?? CivilDate(dayNumber: 0)), rule: "r3", document: "d",
                            basis: [], label: nil, replaced: .duration(Int64.min)),
                DerivedFact(fact: "d", value: .text("t\n"), rule: "r4", document: "d", basis: [], label: nil, replaced: .enumeration("e")),
            ]
            decisions.append(decision)
            decision.fine?.min = Money(fen: -7)
            decision.fine?.max = Money(fen: 0)
            decision.fine?.maxUnbounded = false
            decisions.append(decision)
        }
        return decisions
    }()

    @Test func theExamplesCoverEveryPartOfADecision() {
        let d = Self.decisions
        #expect(d.count >= 200)
        #expect(d.contains { $0.conflict != nil })
        #expect(d.contains { !$0.derived.isEmpty })
        #expect(d.contains { !$0.presumed.isEmpty })
        #expect(d.contains { $0.coercion != nil })
        #expect(d.contains { $0.fine?.note != nil })
        #expect(d.contains { $0.fine?.maxUnbounded == true })
        #expect(d.contains { $0.followUp.rectifyDays != nil })
        #expect(d.contains { !$0.followUpBasis.isEmpty })
        #expect(d.contains { $0.versionChoice != nil })
        #expect(d.contains { $0.weights != nil })
        #expect(d.contains { $0.trace.contains { $0.titleEn != nil } })
        #expect(d.contains { $0.timeBarred == nil } && d.contains { $0.timeBarred != nil })
        #expect(d.contains { !$0.trace.isEmpty } && d.contains { $0.trace.isEmpty })
    }

    @Test func linesMatchTheCompactTree() {
        for decision in Self.decisions {
            var expected = ""
            DecisionJSON.object(decision).writeCompact(to: &expected)
            #expect(DecisionJSON.line(decision) == expected + "\n", "case \(decision.caseID)")
        }
    }

    @Test func objectsAndArraysMatchThePrettyTree() {
        for decision in Self.decisions {
            var object = ""
            DecisionJSON.object(decision).write(to: &object, indent: 0)
            #expect(DecisionJSON.render([decision], asArray: false) == object + "\n", "case \(decision.caseID)")
            var item = ""
            DecisionJSON.object(decision).write(to: &item, indent: 2)
            #expect(DecisionJSON.arrayItem(decision) == item, "case \(decision.caseID)")
        }
        let some = Array(Self.decisions.prefix(7))
        var array = ""
        DecisionJSONValue.array(some.map(DecisionJSON.object)).write(to: &array, indent: 0)
        #expect(DecisionJSON.render(some) == array + "\n")
        #expect(DecisionJSON.render([], asArray: true) == "[]\n")
    }
}
