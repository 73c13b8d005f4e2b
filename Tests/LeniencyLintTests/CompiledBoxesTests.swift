import LeniencyCatalog
import LeniencyCore
@testable import LeniencyLint
import Testing

/// The dense box test the overlap search runs on every pair must answer exactly as the box itself
/// (`ConditionBox.mayMeet`), which is the readable reference.
@Suite("Lint: compiled condition boxes")
struct CompiledBoxesTests {
    private static let facts: [String: FactDefinition] = {
        let here = SourceLocation(file: "facts.yaml", start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2))
        return [
            "days": FactDefinition(name: "days", type: .duration, label: "天数", location: here),
            "amount": FactDefinition(name: "amount", type: .money, label: "金额", location: here),
            "minor": FactDefinition(name: "minor", type: .boolean, label: "轻微", location: here),
            "kind": FactDefinition(name: "kind", type: .enumeration(["a", "b", "c", "d"]), label: "类别", location: here),
        ]
    }()

    /// One random condition on one of the facts, over few values so that bounds coincide often.
    private static func condition(_ random: inout SplitMix) -> String {
        let ops = ["<", "<=", ">", ">=", "==", "!="]
        let n = random.next(6)
        switch random.next(5) {
        case 0: return "days \(ops[random.next(6)]) \(n)"
        case 1: return "days between \(n) and \(n + random.next(3))"
        case 2: return "amount \(ops[random.next(6)]) \(n * 50)元"
        case 3: return random.next(2) == 0 ? "minor" : "not minor"
        default:
            let values = ["a", "b", "c", "d"]
            return random.next(2) == 0 ? "kind == \(values[random.next(4)])" : "kind in [\(values[random.next(4)]), \(values[random.next(4)])]"
        }
    }

    @Test("2,000 random boxes: every pair's compiled test equals the box's own")
    func agreesWithTheBoxOnRandomConditions() throws {
        var random = SplitMix(seed: 20261203)
        var boxes: [ConditionBox] = []
        for _ in 0..<2_000 {
            let expressions = try (0..<(1 + random.next(3))).map { _ in
                try ExpressionCompiler.compile(Self.condition(&random), facts: Self.facts, builtins: [:]).get()
            }
            boxes.append(ConditionBox(expressions))
        }
        let compiled = CompiledBoxes(boxes)
        var disagreements: [String] = []
        var disjointPairs = 0
        for a in 0..<200 {
            for b in 0..<boxes.count where !boxes[a].isEmpty && !boxes[b].isEmpty {
                let expected = boxes[a].mayMeet(boxes[b])
                if !expected { disjointPairs += 1 }
                if compiled.mayMeet(a, b) != expected { disagreements.append("\(a)–\(b)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(disjointPairs > 10_000, "the random conditions must exercise the disjoint answer too")
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
