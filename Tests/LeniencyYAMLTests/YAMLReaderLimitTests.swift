import LeniencyCore
@testable import LeniencyYAML
import Testing

@Suite("YAML reader: limits")
struct YAMLReaderLimitTests {
    /// 9 levels of 10 aliases each: about 10^9 nodes if expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1..<names.count {
            let previous = "*" + names[level - 1]
            let items = Array(repeating: previous, count: 10).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsStopsAtTheAliasBudget() {
        let result = YAMLReader.parse(Self.billionLaughs, file: "lol.yaml")
        #expect(result.codes == [.aliasBudgetExceeded])
        #expect(result.documents.isEmpty)
        // The 11-node list `a` is copied 10 times per `b` (110 nodes): the budget of 10,000 runs out in level d.
        #expect(result.diagnostics.first?.location.start.line == 4)
    }

    @Test func aliasBudgetCountsCopiedNodes() {
        let text = "a: &a [1, 2, 3, 4]\nb: [*a, *a]\n"
        let tight = YAMLLimits(maxInputBytes: 1000, maxScalarBytes: 100, maxDepth: 8, maxAliasExpandedNodes: 9, maxNodes: 1000)
        #expect(YAMLReader.parse(text, file: "r.yaml", limits: tight).codes == [.aliasBudgetExceeded])
        var enough = tight
        enough.maxAliasExpandedNodes = 10
        #expect(YAMLReader.parse(text, file: "r.yaml", limits: enough).diagnostics.isEmpty)
    }

    @Test func tenThousandNestedFlowSequencesFailAtDepth65() {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let result = YAMLReader.parse(text, file: "deep.yaml")
        #expect(result.codes == [.nestingTooDeep])
        #expect(result.diagnostics.first?.location.start == at(1, 65))
        #expect(result.documents.isEmpty)
    }

    @Test func tenThousandNestedBlockMappingsFailWithNestingTooDeep() {
        // Level n is `k:` indented by n spaces: about 50 MB, so the size limit is raised for this test.
        let levels = 10_000
        var bytes = [UInt8](repeating: UInt8(ascii: " "), count: levels * (levels - 1) / 2 + 3 * levels)
        var offset = 0
        for level in 0..<levels {
            offset += level
            bytes[offset] = UInt8(ascii: "k")
            bytes[offset + 1] = UInt8(ascii: ":")
            bytes[offset + 2] = UInt8(ascii: "\n")
            offset += 3
        }
        var limits = YAMLLimits.standard
        limits.maxInputBytes = 64 << 20
        let result = YAMLReader.parse(bytes: bytes, file: "deep.yaml", limits: limits)
        #expect(result.codes == [.nestingTooDeep])
        // Line n holds the n-th mapping's first key at column n; the 65th is one too many.
        #expect(result.diagnostics.first?.location.start == at(65, 65))
    }

    @Test func nestingExactlyAtTheLimitIsAccepted() {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        let result = YAMLReader.parse(text, file: "r.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 1)
    }

    @Test func hundredMegabyteInputIsRejectedBeforeParsing() {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bytes.replaceSubrange(0..<3, with: "a: ".utf8)
        let result = YAMLReader.parse(bytes: bytes, file: "big.yaml")
        #expect(result.codes == [.inputTooLarge])
        #expect(result.diagnostics.first?.location == .wholeFile("big.yaml"))
        // The limit, 8 MiB = 8,388,608 bytes, written with thousands separators.
        #expect(result.diagnostics.first?.message.contains("8,388,608 bytes") == true)
    }

    @Test func scalarOverTheScalarLimitIsRejectedAtTheScalar() {
        let prefix = Array("kind: x\nbig: ".utf8)
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: prefix.count + (2 << 20))
        bytes.replaceSubrange(0..<prefix.count, with: prefix)
        var limits = YAMLLimits.standard
        limits.maxInputBytes = 4 << 20
        let result = YAMLReader.parse(bytes: bytes, file: "big.yaml", limits: limits)
        #expect(result.codes == [.inputTooLarge])
        #expect(result.diagnostics.first?.location.start == at(2, 6))
        #expect(result.documents.isEmpty)
        // No `#` follows other text here, so the comment check never walks the 2 MiB value. (How long this input
        // takes in a release build is measured by Benchmarks/lint.sh, never by a unit test.)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(YAMLSyntaxChecks(source: SourceText(bytes: buffer), file: "big.yaml").commentCandidates.isEmpty)
        }
    }

    @Test func aCommentErrorAfterALongValueIsFoundAtItsPosition() {
        let value = String(repeating: "文", count: 300_000)
        let result = YAMLReader.parse("kind: x\nbig: \(value)\ncodes: [A]#备注\n", file: "big.yaml")
        #expect(result.diagnostics.map { "\($0.code.rawValue)@\($0.location.start.line):\($0.location.start.column)" } == ["Y001@3:11"])
    }

    @Test func documentsOverTheNodeLimitAreRejected() {
        var limits = YAMLLimits.standard
        limits.maxNodes = 5
        let result = YAMLReader.parse("[1, 2, 3, 4, 5]\n", file: "r.yaml", limits: limits)
        #expect(result.codes == [.inputTooLarge])
        #expect(result.diagnostics.first?.location.start == at(1, 14))
        #expect(YAMLReader.parse("[1, 2, 3, 4]\n", file: "r.yaml", limits: limits).diagnostics.isEmpty)
    }
}
