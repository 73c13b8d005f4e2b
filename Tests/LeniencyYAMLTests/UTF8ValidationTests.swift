@testable import LeniencyYAML
import Testing

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// A small deterministic generator, so a failure can be replayed.
    private struct XorShift {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// Bytes around every boundary of the UTF-8 rules, plus ASCII.
    private static let interestingBytes: [UInt8] = [
        0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]

    @Test func byteWalkAgreesWithSwiftOnRandomSequences() {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 6) + 1
            let bytes = (0..<length).map { _ in Self.interestingBytes[Int(random.next() % UInt64(Self.interestingBytes.count))] }
            let swiftAccepts = String(validating: bytes, as: UTF8.self) != nil
            let walk = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffsetByteByByte(in: $0) }
            #expect((walk == nil) == swiftAccepts, "bytes \(bytes)")
            if !swiftAccepts, let walk {
                // Everything before the reported offset must itself be valid.
                #expect(String(validating: bytes[..<walk], as: UTF8.self) != nil, "bytes \(bytes)")
            }
        }
    }
}
