import LeniencyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Line and column arithmetic over the raw UTF-8 bytes of one input, counting line breaks the way libyaml does.
///
/// Only the rare paths (errors, the trap scan) use it, so it walks bytes instead of keeping a line table.
struct SourceText {
    /// The input after any BOM; valid only while the caller keeps the buffer alive.
    let bytes: UnsafeBufferPointer<UInt8>
    /// True when every line break is `\n` or `\r\n`, so lines can be split with `memchr`.
    private let hasOnlyLineFeedBreaks: Bool

    /// Wraps a buffer the caller keeps alive.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.hasOnlyLineFeedBreaks = Self.hasOnlyLineFeedBreaks(bytes)
    }

    /// libc's searches stay fast in debug builds too, which the limit tests rely on.
    private static func hasOnlyLineFeedBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        // NEL is C2 85; LS and PS are E2 80 A8 and E2 80 A9.
        for lead: Int32 in [0xC2, 0xE2] {
            var offset = 0
            while offset < count, let hit = memchr(base + offset, lead, count - offset) {
                let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if index + 1 < count, bytes[index + 1] == 0x85, lead == 0xC2 { return false }
                if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9, lead == 0xE2 {
                    return false
                }
                offset = index + 1
            }
        }
        var offset = 0
        while offset < count, let hit = memchr(base + offset, 0x0D, count - offset) {
            let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            guard index + 1 < count, bytes[index + 1] == 0x0A else { return false }
            offset = index + 2
        }
        return true
    }

    /// The length of the line break starting at `offset`, or 0 when there is none.
    ///
    /// libyaml (YAML 1.1) also breaks lines at NEL, LS and PS, so marks count them; so must we.
    @inline(__always)
    func lineBreakLength(at offset: Int) -> Int {
        let byte = bytes[offset]
        switch byte {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// The offset where the line after the one holding `offset` starts, or nil on the last line.
    ///
    /// With only `\n` / `\r\n` breaks this is one `memchr`, so skipping long lines costs almost nothing.
    func nextLineStart(after offset: Int) -> Int? {
        let count = bytes.count
        guard offset < count else { return nil }
        if hasOnlyLineFeedBreaks, let base = bytes.baseAddress {
            guard let hit = memchr(base + offset, 0x0A, count - offset) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
        }
        var at = offset
        while at < count {
            let byte = bytes[at]
            if byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 {
                let length = lineBreakLength(at: at)
                if length > 0 { return at + length }
            }
            at += 1
        }
        return nil
    }

    /// Calls `body` with each line's 1-based number and its byte range (without the break).
    func forEachLine(_ body: (_ line: Int, _ range: Range<Int>) -> Void) {
        guard hasOnlyLineFeedBreaks, let base = bytes.baseAddress else {
            forEachLineByteByByte(body)
            return
        }
        var line = 1
        var start = 0
        let count = bytes.count
        while start < count {
            guard let hit = memchr(base + start, 0x0A, count - start) else {
                body(line, start..<count)
                return
            }
            let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
            body(line, start..<end)
            line += 1
            start = index + 1
        }
    }

    private func forEachLineByteByByte(_ body: (_ line: Int, _ range: Range<Int>) -> Void) {
        var line = 1
        var start = 0
        var offset = 0
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            // Every break starts with one of these bytes; skipping the rest keeps the loop cheap.
            if byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 {
                let length = lineBreakLength(at: offset)
                if length > 0 {
                    body(line, start..<offset)
                    line += 1
                    offset += length
                    start = offset
                    continue
                }
            }
            offset += 1
        }
        if start < count { body(line, start..<count) }
    }

    /// The byte range of a 1-based line, if the input has it.
    func range(ofLine wanted: Int) -> Range<Int>? {
        var found: Range<Int>?
        var lastLine = 0
        forEachLine { line, range in
            lastLine = line
            if line == wanted { found = range }
        }
        // An input ending in a break has an empty last line that forEachLine does not report.
        if found == nil, wanted == lastLine + 1 { return bytes.count..<bytes.count }
        return found
    }

    /// The 1-based position of a byte offset; columns count Unicode scalars.
    func position(ofOffset target: Int) -> SourcePosition {
        var line = 1
        var column = 1
        var offset = 0
        let end = min(target, bytes.count)
        while offset < end {
            let length = lineBreakLength(at: offset)
            if length > 0 {
                line += 1
                column = 1
                offset += length
                continue
            }
            if !Self.isContinuationByte(bytes[offset]) { column += 1 }
            offset += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The 1-based column of a byte offset within a line that starts at `lineStart`.
    func column(ofOffset target: Int, lineStart: Int) -> Int {
        var column = 1
        var offset = lineStart
        while offset < target {
            if !Self.isContinuationByte(bytes[offset]) { column += 1 }
            offset += 1
        }
        return column
    }

    /// The byte offset of a 1-based column within a line's range (the range's end if the line is shorter).
    func offset(ofColumn wanted: Int, in range: Range<Int>) -> Int {
        var column = 1
        var offset = range.lowerBound
        while offset < range.upperBound, column < wanted {
            offset += 1
            while offset < range.upperBound, Self.isContinuationByte(bytes[offset]) { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The text of a byte range, for messages.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    @inline(__always)
    static func isContinuationByte(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
