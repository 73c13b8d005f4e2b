import LeniencyCore

/// Many strings packed into one byte buffer: a million case numbers cost their bytes, not a million heap objects.
struct StringArena {
    /// A string inside the arena.
    struct Ref: Sendable, Hashable {
        var offset: UInt32
        var length: UInt32
    }

    private var bytes: [UInt8] = []

    mutating func add(_ text: String) -> Ref {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        return Ref(offset: UInt32(start), length: UInt32(bytes.count - start))
    }

    func string(_ ref: Ref) -> String {
        String(decoding: bytes[Int(ref.offset)..<Int(ref.offset + ref.length)], as: UTF8.self)
    }

    func equal(_ a: Ref, _ b: Ref) -> Bool {
        a.length == b.length
            && bytes[Int(a.offset)..<Int(a.offset + a.length)].elementsEqual(bytes[Int(b.offset)..<Int(b.offset + b.length)])
    }

    /// Appends another arena's bytes; its references move by the returned offset.
    mutating func append(_ other: StringArena) -> UInt32 {
        let shift = UInt32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        return shift
    }

    func matches(_ ref: Ref, _ text: String) -> Bool {
        bytes[Int(ref.offset)..<Int(ref.offset + ref.length)].elementsEqual(text.utf8)
    }
}

/// Few distinct strings (violation codes, agencies, officer teams, files) stored once and referred to by number.
typealias StringTable = InternTable<String>

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

    func string(_ n: UInt32) -> Value { strings[Int(n)] }

    /// This table's number for each of `other`'s values, adding the new ones.
    mutating func numbers(of other: Self) -> [UInt32] { other.strings.map { number($0) } }
}

/// One case of the corpus as the first-offence check keeps it: 40 bytes, no heap object.
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
