import Foundation

/// Reads a file in fixed-size chunks and hands out lines (or CSV records) without loading the whole file.
struct ChunkedByteReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private let chunkSize: Int
    /// 1-based line number of the next byte to be handed out.
    private(set) var line = 1
    /// True after the first read, once a UTF-8 BOM (if any) was skipped.
    private var started = false

    /// Opens the file; nil when it cannot be opened.
    init?(path: String, chunkSize: Int = 1 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.init(handle: handle, chunkSize: chunkSize)
    }

    /// Reads from an open handle (standard input).
    init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next bytes without consuming them: at least `count` of them unless the input ends first, or fewer when
    /// `enough` is satisfied by the bytes buffered so far (checked after each chunk).
    mutating func peek(upTo count: Int, enough: (ArraySlice<UInt8>) -> Bool = { _ in false }) -> ArraySlice<UInt8> {
        _ = fill()
        while buffer.count - position < count, !exhausted, !enough(buffer[position...]) {
            let data = (try? handle.read(upToCount: chunkSize)) ?? nil
            guard let data, !data.isEmpty else {
                exhausted = true
                try? handle.close()
                break
            }
            buffer = Array(buffer[position...]) + data
            position = 0
        }
        return buffer[position..<min(buffer.count, position + count)]
    }

    /// Everything left, at most `limit` bytes plus one (so that the caller can tell the input was longer).
    mutating func rest(limit: Int) -> [UInt8] {
        var out: [UInt8] = []
        while out.count <= limit, fill() {
            let take = min(buffer.count - position, limit + 1 - out.count)
            out.append(contentsOf: buffer[position..<(position + take)])
            position += take
        }
        return out
    }

    /// Fills the buffer so that at least one more byte is available; false at the end of the file.
    private mutating func fill() -> Bool {
        if position < buffer.count { return true }
        guard !exhausted else { return false }
        // Straight into the array with read(2): `FileHandle.read` gave a `Data` that was then copied into the array a
        // byte at a time (about 1,800 instructions a case, on the thread every other one waits for).
        let fd = handle.fileDescriptor
        let size = chunkSize
        let fresh = [UInt8](unsafeUninitializedCapacity: size) { bytes, count in
            count = 0
            guard let base = bytes.baseAddress else { return }
            while true {
                let n = read(fd, base, size)
                if n < 0, errno == EINTR { continue }
                count = max(0, n)
                return
            }
        }
        guard !fresh.isEmpty else {
            exhausted = true
            try? handle.close()
            return false
        }
        buffer = fresh
        position = 0
        if !started {
            started = true
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        }
        return true
    }

    /// The next line without its terminator (`\n` or `\r\n`), its 1-based number and its length in bytes; nil at the end.
    ///
    /// A line longer than `limit` bytes comes back with no bytes (only its length): its bytes are skipped as they
    /// are read, so an endless line costs one chunk of memory, not its size.
    mutating func nextLine(limit: Int = .max) -> (line: Int, bytes: [UInt8], length: Int)? {
        var out: [UInt8] = []
        var length = 0
        var sawAny = false
        while fill() {
            sawAny = true
            // memchr: a generic search over the slice cost about as much as scanning the case's JSON.
            let start = position
            let newline: Int? = buffer.withUnsafeBufferPointer { p in
                guard start < p.count, let base = p.baseAddress, let hit = memchr(base + start, 0x0A, p.count - start) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            let end = newline ?? buffer.count
            length += end - position
            if length <= limit {
                out.append(contentsOf: buffer[position..<end])
            } else if !out.isEmpty {
                out = []
            }
            position = newline.map { $0 + 1 } ?? buffer.count
            if newline != nil { return finish(out, length: length, limit: limit) }
        }
        return sawAny && length > 0 ? finish(out, length: length, limit: limit) : nil
    }

    /// The next CSV record: bytes up to a newline that lies outside double quotes (quoted fields may span lines).
    ///
    /// Safe for GB18030 too: its multi-byte sequences never contain `"` or `\n`.
    mutating func nextCSVRecord() -> (line: Int, bytes: [UInt8])? {
        var out: [UInt8] = []
        var inQuotes = false
        var newlines = 0
        var sawAny = false
        while fill() {
            sawAny = true
            var i = position
            let end = buffer.count
            while i < end {
                let b = buffer[i]
                if b == 0x22 {
                    inQuotes.toggle()
                } else if b == 0x0A {
                    if !inQuotes {
                        out.append(contentsOf: buffer[position..<i])
                        position = i + 1
                        let start = line
                        line += newlines + 1
                        return (start, Self.trimCR(out))
                    }
                    newlines += 1
                }
                i += 1
            }
            out.append(contentsOf: buffer[position..<end])
            position = end
        }
        guard sawAny, !out.isEmpty else { return nil }
        let start = line
        line += newlines + 1
        return (start, Self.trimCR(out))
    }

    private mutating func finish(_ bytes: [UInt8], length: Int, limit: Int) -> (line: Int, bytes: [UInt8], length: Int) {
        let number = line
        line += 1
        guard length <= limit else { return (number, [], length) }
        let trimmed = Self.trimCR(bytes)
        return (number, trimmed, trimmed.count)
    }

    private static func trimCR(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.last == 0x0D else { return bytes }
        return Array(bytes.dropLast())
    }
}
