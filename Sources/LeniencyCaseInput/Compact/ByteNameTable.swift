import Foundation

/// Names looked up by their UTF-8 bytes without building a `String` (open addressing, FNV-1a).
///
/// The JSON Lines scanner meets every key and code of a case as a slice of the line; hashing the slice in place
/// keeps the happy path free of allocations. The names live back to back in one byte buffer and are compared with
/// `memcmp` (a generic `elementsEqual` over buffer slices cost about ten times as many instructions per key).
public struct ByteNameTable: Sendable {
    /// All names' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Per name: offset and length in `bytes`.
    private var spans: [(offset: Int32, length: Int32)] = []
    /// Per name: no quote, backslash or control byte (a raw JSON key can spell it; `quotedLength`).
    private var plain: [Bool] = []
    private var buckets: [Int32]
    private let mask: Int

    /// A table of `names`; a name's index is its position in `names` (a repeated name keeps its first position).
    public init(_ names: [String]) {
        var size = 16
        while size < names.count * 2 { size *= 2 }
        buckets = Array(repeating: -1, count: size)
        mask = size - 1
        for name in names {
            let nameBytes = Array(name.utf8)
            let found = nameBytes.withUnsafeBufferPointer { index(of: $0) }
            spans.append((Int32(bytes.count), Int32(nameBytes.count)))
            plain.append(!nameBytes.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 })
            bytes.append(contentsOf: nameBytes)
            guard found == nil else { continue }
            var slot = nameBytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while buckets[slot] >= 0 { slot = (slot + 1) & mask }
            buckets[slot] = Int32(spans.count - 1)
        }
    }

    /// The length of the name at `index` when the bytes at `p` spell it and a `"` follows (`available` bytes may be
    /// read); nil otherwise, and always for a name with a quote, backslash or control byte, which no raw JSON key equals.
    public func quotedLength(of index: Int, at p: UnsafePointer<UInt8>, available: Int) -> Int? {
        let span = spans[index]
        let length = Int(span.length)
        guard plain[index], length < available, p[length] == UInt8(ascii: "\"") else { return nil }
        return bytes.withUnsafeBufferPointer { names -> Int? in
            guard let start = names.baseAddress else { return length == 0 ? 0 : nil }
            let name = UnsafeRawPointer(start + Int(span.offset))
            let key = UnsafeRawPointer(p)
            var k = 0
            // Eight bytes at a time: keys are mostly longer than a word.
            while k + 8 <= length {
                guard name.loadUnaligned(fromByteOffset: k, as: UInt64.self) == key.loadUnaligned(fromByteOffset: k, as: UInt64.self) else {
                    return nil
                }
                k += 8
            }
            while k < length {
                guard name.load(fromByteOffset: k, as: UInt8.self) == p[k] else { return nil }
                k += 1
            }
            return length
        }
    }

    /// The index of the name spelled by `bytes`, if any.
    public func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(key) & mask
        return buckets.withUnsafeBufferPointer { buckets in
            spans.withUnsafeBufferPointer { spans in
                bytes.withUnsafeBufferPointer { bytes in
                    while true {
                        let entry = Int(buckets[slot])
                        if entry < 0 { return nil }
                        let span = spans[entry]
                        if Int(span.length) == key.count {
                            if key.isEmpty { return entry }
                            if let a = bytes.baseAddress, let b = key.baseAddress, memcmp(a + Int(span.offset), b, key.count) == 0 {
                                return entry
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The first and last eight bytes and the length, mixed (every key of a line is hashed, so a byte loop cost more
    /// than the look-up); shorter names byte by byte. Equal hashes are told apart by `memcmp`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64
        if bytes.count >= 8, let p = bytes.baseAddress {
            let first = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
            let last = UnsafeRawPointer(p + bytes.count - 8).loadUnaligned(as: UInt64.self)
            h = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
        } else {
            h = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29) ^ (h >> 47))
    }
}
