@testable import LeniencyYAML
import LeniencyCore
import Testing

/// `SourceCursor` skips whole lines with `memchr` and walks only the target line; it must land where a walk over every
/// character, counting breaks the way libyaml does (LF, CRLF, CR, NEL, LS, PS), lands.
@Suite("YAML reader: source cursor")
struct SourceCursorTests {
    /// The offset of `target` by walking every character from the start (the reference).
    private func walked(_ bytes: [UInt8], to target: SourcePosition) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let source = SourceText(bytes: buffer)
            var line = 1, column = 1, offset = 0
            while offset < buffer.count, (line, column) < (target.line, target.column) {
                let length = source.lineBreakLength(at: offset)
                if length > 0 {
                    if line == target.line { break }
                    line += 1
                    column = 1
                    offset += length
                    continue
                }
                offset += 1
                while offset < buffer.count, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
                column += 1
            }
            return offset
        }
    }

    private static let inputs: [String] = [
        "a: 1\nb: 文字\n\nc: [x,\n  y]\n",
        "a: 1\r\nb: 文字\r\n\r\nc: 2",
        "a\rb\rc",
        "甲\u{85}乙\u{2028}丙\u{2029}丁\n",
        "no break at all, 中文 and ascii",
        "\n\n\n",
        "",
        "x: \"長い値\nの続き\"\n# note\n",
    ]

    @Test("every position, visited in order and jumping back, lands where the character walk lands", arguments: inputs)
    func agreesWithTheCharacterWalk(_ text: String) {
        let bytes = Array(text.utf8)
        let targets = (1...7).flatMap { line in (1...9).map { SourcePosition(line: line, column: $0) } }
        bytes.withUnsafeBufferPointer { buffer in
            let source = SourceText(bytes: buffer)
            var sequential = SourceCursor()
            for target in targets {
                #expect(sequential.advance(to: target, in: source) == walked(bytes, to: target), "\(target) in \(text.debugDescription)")
            }
            var jumping = SourceCursor()
            for target in targets.reversed() + targets.shuffled() {
                #expect(jumping.advance(to: target, in: source) == walked(bytes, to: target), "\(target) in \(text.debugDescription)")
            }
        }
    }
}
