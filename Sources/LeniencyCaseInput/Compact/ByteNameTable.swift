/// Names looked up by their UTF-8 bytes without building a `String` (open addressing, FNV-1a).
///
/// The JSON Lines scanner meets every key and code of a case as a slice of the line; hashing the slice in place
/// keeps the happy path free of allocations.
public struct ByteNameTable: Sendable {
    private var names: [[UInt8]] = []
    private var buckets: [Int32]
    private let mask: Int

    /// A table of `names`; a name's index is its position in `names` (a repeated name keeps its first position).
    public init(_ names: [String]) {
        var size = 16
        while size < names.count * 2 { size *= 2 }
        buckets = Array(repeating: -1, count: size)
        mask = size - 1
        for name in names {
            let bytes = Array(name.utf8)
            let found = bytes.withUnsafeBufferPointer { index(of: $0) }
            guard found == nil else { self.names.append(bytes); continue }
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while buckets[slot] >= 0 { slot = (slot + 1) & mask }
            buckets[slot] = Int32(self.names.count)
            self.names.append(bytes)
        }
    }

    /// The index of the name spelled by `bytes`, if any.
    public func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(buckets[slot])
            if entry < 0 { return nil }
            if names[entry].withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
