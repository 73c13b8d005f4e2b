import Foundation
import LeniencyCore

/// Many strings packed into byte chunks: a million case numbers cost their bytes, not a million heap objects.
///
/// Chunks of at most `chunkSize` bytes (a longer string gets a chunk of its own) are never reallocated once full, so
/// the arena never holds a doubled copy of itself while it grows; a string never straddles two chunks.
struct StringArena {
    /// A string inside the arena.
    struct Ref: Sendable, Hashable {
        var chunk: UInt32
        var offset: UInt32
        var length: UInt32
    }

    static let chunkSize = 1 << 20
    private var chunks: [[UInt8]] = []

    mutating func add(_ text: String) -> Ref {
        var text = text
        return text.withUTF8 { add($0) }
    }

    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Ref {
        if chunks.isEmpty || chunks[chunks.count - 1].count + bytes.count > Self.chunkSize {
            // The first chunk grows as needed (a batch's arena holds a few kilobytes); later ones are allocated whole.
            var fresh: [UInt8] = []
            if !chunks.isEmpty || bytes.count > Self.chunkSize { fresh.reserveCapacity(max(Self.chunkSize, bytes.count)) }
            chunks.append(fresh)
        }
        let last = chunks.count - 1
        let start = chunks[last].count
        chunks[last].append(contentsOf: bytes)
        return Ref(chunk: UInt32(last), offset: UInt32(start), length: UInt32(bytes.count))
    }

    private func bytes<R>(_ ref: Ref, _ body: (ArraySlice<UInt8>) -> R) -> R {
        body(chunks[Int(ref.chunk)][Int(ref.offset)..<Int(ref.offset + ref.length)])
    }

    func string(_ ref: Ref) -> String {
        bytes(ref) { String(decoding: $0, as: UTF8.self) }
    }

    func equal(_ a: Ref, _ b: Ref) -> Bool {
        a.length == b.length && bytes(a) { x in bytes(b) { y in x.elementsEqual(y) } }
    }

    /// Copies another arena's strings in; the returned function moves its references to their new places.
    mutating func append(_ other: StringArena) -> (Ref) -> Ref {
        var starts: [(chunk: UInt32, offset: UInt32)] = []
        starts.reserveCapacity(other.chunks.count)
        for chunk in other.chunks {
            let ref = chunk.withUnsafeBufferPointer { add($0) }
            starts.append((ref.chunk, ref.offset))
        }
        return { ref in
            let start = starts[Int(ref.chunk)]
            return Ref(chunk: start.chunk, offset: start.offset + ref.offset, length: ref.length)
        }
    }

    func matches(_ ref: Ref, _ text: String) -> Bool {
        bytes(ref) { $0.elementsEqual(text.utf8) }
    }
}

/// An append-only list in fixed-size chunks: growing it never copies what it holds, so a million entries never sit
/// in memory twice (an `Array` reallocates to twice its size and briefly holds both).
struct ChunkedList<Element>: RandomAccessCollection {
    static var chunkCount: Int { 1 << 16 }
    private var chunks: [[Element]] = []
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get { chunks[position >> 16][position & 0xFFFF] }
        set { chunks[position >> 16][position & 0xFFFF] = newValue }
    }

    mutating func append(_ element: Element) {
        if count & 0xFFFF == 0 {
            // The first chunk grows as needed (a batch holds about a thousand entries); later ones are allocated whole.
            var fresh: [Element] = []
            if count > 0 { fresh.reserveCapacity(Self.chunkCount) }
            chunks.append(fresh)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    var isEmpty: Bool { count == 0 }
}

extension ChunkedList: Sendable where Element: Sendable {}

/// Few distinct strings (violation codes, agencies, regions, officer teams, files) stored once and referred to by number.
///
/// Looked up by their UTF-8 bytes (FNV-1a, open addressing): `String` hashes and compares Chinese text through Unicode
/// normalisation, and even a byte-wise `Hashable` wrapper through `Hasher` cost the audit about 800 instructions a
/// look-up, several per case. A table of names keeps their spelling.
struct StringTable: Sendable {
    private(set) var strings: [String] = []
    private var hashes: [UInt64] = []
    private var buckets = [Int32](repeating: -1, count: 64)

    mutating func number(_ text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { number(bytes: $0) }
    }

    /// The last few strings numbered for one field, and their numbers.
    struct Memo {
        var texts: [String] = []
        var numbers: [UInt32] = []
        /// The entry replaced next once all `Memo.size` are taken.
        var next = 0

        static let size = 4

        /// The number of a string whose bytes `same` recognises.
        mutating func find(_ same: (inout String) -> Bool) -> UInt32? {
            for k in texts.indices where same(&texts[k]) { return numbers[k] }
            return nil
        }

        mutating func remember(_ text: String, _ number: UInt32) {
            if texts.count < Self.size {
                texts.append(text)
                numbers.append(number)
            } else {
                texts[next] = text
                numbers[next] = number
                next = (next + 1) % Self.size
            }
        }
    }

    /// `number(_:)`, answered from `memo` when the field repeats one of its last strings: consecutive cases mostly
    /// share a few agencies, violations and one file, and comparing the bytes is cheaper than hashing them (FNV-1a a
    /// byte at a time, about 390 instructions a string).
    mutating func number(_ text: String, memo: inout Memo) -> UInt32 {
        var text = text
        let length = text.utf8.count
        if let n = memo.find({ known in
            known.utf8.count == length && known.withUTF8 { x in text.withUTF8 { y in Self.sameBytes(x, y) } }
        }) {
            return n
        }
        let n = text.withUTF8 { number(bytes: $0) }
        memo.remember(text, n)
        return n
    }

    private static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let p = x.baseAddress, let q = y.baseAddress else { return true }
        return memcmp(p, q, x.count) == 0
    }

    /// The number of `parts` joined by the one-byte `separator`, without building the joined string unless it is new
    /// (officer teams: joining the names for every case cost more than looking them up).
    mutating func number(joining parts: [String], separator: UInt8) -> UInt32 {
        var h: UInt64 = Self.seed
        for (k, part) in parts.enumerated() {
            if k > 0 { h = Self.step(h, separator) }
            var part = part
            part.withUTF8 { for b in $0 { h = Self.step(h, b) } }
        }
        h = Self.fold(h)
        let mask = buckets.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(buckets[slot])
            if entry < 0 { break }
            if hashes[entry] == h, Self.equal(strings[entry], parts: parts, separator: separator) { return UInt32(entry) }
            slot = (slot + 1) & mask
        }
        return number(parts.joined(separator: String(decoding: [separator], as: UTF8.self)))
    }

    private static func equal(_ a: String, parts: [String], separator: UInt8) -> Bool {
        var a = a
        return a.withUTF8 { x in
            var offset = 0
            for (k, part) in parts.enumerated() {
                if k > 0 {
                    guard offset < x.count, x[offset] == separator else { return false }
                    offset += 1
                }
                var part = part
                let same = part.withUTF8 { y in
                    guard offset + y.count <= x.count else { return false }
                    guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                    return memcmp(p + offset, q, y.count) == 0
                }
                guard same else { return false }
                offset += part.utf8.count
            }
            return offset == x.count
        }
    }

    private mutating func number(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(bytes)
        var mask = buckets.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(buckets[slot])
            if entry < 0 { break }
            if hashes[entry] == h, Self.equal(strings[entry], bytes) { return UInt32(entry) }
            slot = (slot + 1) & mask
        }
        let n = strings.count
        strings.append(String(decoding: bytes, as: UTF8.self))
        hashes.append(h)
        if strings.count * 2 > buckets.count {
            // Grow and re-insert: tables hold tens to thousands of names, so this is rare.
            buckets = [Int32](repeating: -1, count: buckets.count * 2)
            mask = buckets.count - 1
            for (k, hash) in hashes.enumerated() {
                var free = Int(truncatingIfNeeded: hash) & mask
                while buckets[free] >= 0 { free = (free + 1) & mask }
                buckets[free] = Int32(k)
            }
        } else {
            buckets[slot] = Int32(n)
        }
        return UInt32(n)
    }

    private static func equal(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var a = a
        return a.withUTF8 { x in
            guard x.count == b.count else { return false }
            guard let p = x.baseAddress, let q = b.baseAddress else { return true }
            return memcmp(p, q, x.count) == 0
        }
    }

    /// FNV-1a over the bytes, folded; also the party hash of the first-offence index.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = step(h, b) }
        return fold(h)
    }

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) private static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    @inline(__always) private static func fold(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    func string(_ n: UInt32) -> String { strings[Int(n)] }

    /// This table's number for each of `other`'s strings, adding the new ones.
    mutating func numbers(of other: Self) -> [UInt32] { other.strings.map { number($0) } }
}

/// Few distinct values stored once and referred to by number.
struct InternTable<Value: Hashable & Sendable>: Sendable {
    private var numbers: [Value: UInt32] = [:]
    private(set) var strings: [Value] = []

    mutating func number(_ value: Value) -> UInt32 {
        if let n = numbers[value] { return n }
        let n = UInt32(strings.count)
        numbers[value] = n
        strings.append(value)
        return n
    }

    func value(_ n: UInt32) -> Value { strings[Int(n)] }

    /// This table's number for each of `other`'s values, adding the new ones.
    mutating func numbers(of other: Self) -> [UInt32] { other.strings.map { number($0) } }
}

/// One case of the corpus as the first-offence check keeps it: 48 bytes, no heap object.
struct CompactHistoryEntry {
    var partyHash: UInt64
    var party: StringArena.Ref
    var violation: UInt32
    /// `UInt32.max` when the violation has no category.
    var category: UInt32
    var day: Int32
    var caseID: StringArena.Ref
}

/// One fine for the 类案不同罚 comparison, without heap objects.
struct CompactFineSample {
    var group: UInt32
    var fen: Int64
    var caseID: StringArena.Ref
    var file: UInt32
    var line: Int32
    var column: Int32
    var agency: UInt32
    var officers: UInt32
    var day: Int32
    /// The case's screening rule in `AuditAccumulator.similarRules`; `UInt32.max` when no governing policy gives one.
    var rule: UInt32
}

/// A first-offence claim without heap objects; expanded only when the corpus holds an earlier case of the same party.
struct CompactClaim {
    /// Index of the claiming case in the history.
    var entry: UInt32
    var window: UInt32
    var sameKind: UInt32
    /// `UInt32.max` when no item was relied on.
    var item: UInt32
    var file: UInt32
    var line: Int32
    var column: Int32
    var agency: UInt32
    var officers: UInt32
    var basis: UInt32
    /// `Int32.min` when there is no decision date.
    var decided: Int32
}
