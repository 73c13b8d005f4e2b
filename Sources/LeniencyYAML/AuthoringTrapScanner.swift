import LeniencyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the authoring traps of Chinese YAML in the raw lines, whether or not libyaml accepted the text.
///
/// Both traps parse without error (or with a misleading one), so only the raw text shows them.
struct AuthoringTrapScanner {
    let source: SourceText
    let file: String
    /// Lines inside multi-line scalars: their text is content, not structure.
    let exemptLines: [ClosedRange<Int>]

    /// Returns one warning per trap found.
    func scan() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var exemptIndex = 0
        Self.spaceRun.withUnsafeBytes { spaces in
            source.forEachLine { line, range in
                while exemptIndex < exemptLines.count, exemptLines[exemptIndex].upperBound < line { exemptIndex += 1 }
                if exemptIndex < exemptLines.count, exemptLines[exemptIndex].contains(line) { return }
                scanLine(line, range, spaces: spaces, into: &found)
            }
        }
        return found
    }

    private func scanLine(_ line: Int, _ range: Range<Int>, spaces: UnsafeRawBufferPointer, into found: inout [Diagnostic]) {
        let bytes = source.bytes
        let runLength = spaces.count
        var offset = range.lowerBound
        var column = 1
        var ideographicColumn: Int?
        while offset < range.upperBound {
            // Deeply indented input is mostly spaces: skip long runs with libc, which is fast even in debug builds.
            if offset + runLength <= range.upperBound, let base = bytes.baseAddress, let run = spaces.baseAddress,
               memcmp(base + offset, run, runLength) == 0 {
                offset += runLength
                column += runLength
                continue
            }
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 {
                offset += 1
            } else if Self.isIdeographicSpace(bytes, at: offset, end: range.upperBound) {
                if ideographicColumn == nil { ideographicColumn = column }
                offset += 3
            } else {
                break
            }
            column += 1
        }
        if offset < range.upperBound, bytes[offset] == UInt8(ascii: "#") { return }
        if let ideographicColumn {
            let start = SourcePosition(line: line, column: ideographicColumn)
            found.append(Diagnostic(
                .ideographicSpaceIndent, at: SourceLocation(file: file, start: start, end: start.advanced(by: 1)),
                Message(.yamlIdeographicIndent)
            ))
        }
        if let colon = fullWidthColonAfterKeyWord(from: offset, column: column, end: range.upperBound) {
            let start = SourcePosition(line: line, column: colon.column)
            let key = source.text(offset..<colon.offset)
            let value = source.text((colon.offset + 3)..<range.upperBound).trimmingLeadingSpaces
            let suggestion = value.isEmpty ? "\(key):" : "\(key): \(value)"
            found.append(Diagnostic(
                .fullWidthColon, at: SourceLocation(file: file, start: start, end: start.advanced(by: 1)),
                Message(.yamlFullWidthColon, key, suggestion)
            ))
        }
    }

    /// The full-width colon ending a plain key-like word at `start`, if the line is `word：value`.
    private func fullWidthColonAfterKeyWord(from start: Int, column: Int, end: Int) -> (offset: Int, column: Int)? {
        let bytes = source.bytes
        guard start < end, !Self.startsNonPlainScalar(bytes[start]) else { return nil }
        var offset = start
        var column = column
        while offset < end {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "#") { return nil }
            if Self.isIdeographicSpace(bytes, at: offset, end: end) { return nil }
            if Self.isFullWidthColon(bytes, at: offset, end: end) {
                guard offset > start, !isMappingLine(from: offset + 3, end: end) else { return nil }
                return (offset, column)
            }
            offset += 1
            while offset < end, SourceText.isContinuationByte(bytes[offset]) { offset += 1 }
            column += 1
        }
        return nil
    }

    /// True when the rest of the line already makes it a mapping entry (`…: ` or a trailing `:`).
    private func isMappingLine(from start: Int, end: Int) -> Bool {
        let bytes = source.bytes
        var offset = start
        while offset < end {
            if bytes[offset] == UInt8(ascii: ":"), offset + 1 == end || bytes[offset + 1] == 0x20 || bytes[offset + 1] == 0x09 {
                return true
            }
            offset += 1
        }
        return false
    }

    /// Indicators and quotes that start something other than a plain key.
    private static func startsNonPlainScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    private static let spaceRun = [UInt8](repeating: 0x20, count: 256)

    /// U+3000 is E3 80 80 in UTF-8.
    @inline(__always)
    static func isIdeographicSpace(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
        offset + 2 < end && bytes[offset] == 0xE3 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80
    }

    /// U+FF1A is EF BC 9A in UTF-8.
    @inline(__always)
    static func isFullWidthColon(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
        offset + 2 < end && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBC && bytes[offset + 2] == 0x9A
    }
}

extension String {
    /// The string without leading ASCII spaces and tabs.
    fileprivate var trimmingLeadingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
