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

/// Few distinct strings (violation codes, agencies, officer teams, files) stored once and referred to by number.
typealias StringTable = InternTable<Spelling>

/// A string compared and hashed by its UTF-8 bytes: `String` hashes and compares Chinese text through Unicode
/// normalisation, which cost the audit more than the checks themselves; a table of names keeps their spelling.
struct Spelling: Hashable, Sendable {
    let text: String

    static func == (a: Spelling, b: Spelling) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in
                guard let left = p.baseAddress, let right = q.baseAddress else { return p.count == q.count }
                return memcmp(left, right, p.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension InternTable where Value == Spelling {
    mutating func number(_ text: String) -> UInt32 { number(Spelling(text: text)) }
    func string(_ n: UInt32) -> String { strings[Int(n)].text }
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
    var partyHash: Int
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
