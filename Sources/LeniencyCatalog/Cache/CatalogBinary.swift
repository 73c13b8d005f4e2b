/// The compact binary form of a catalog that the catalog cache stores: integers as LEB128 varints (signed ones
/// zigzag-encoded), every string once in a table and then by index, arrays with their count first.
///
/// Hand-written rather than `Codable`: a keyed `Decoder` costs a witness-table walk per field and instantiates a
/// generic container per model type at run time (each a scan of every protocol-conformance record in the binary),
/// which would eat most of what the cache saves.
protocol CatalogBinaryCodable {
    /// Appends the value.
    func write(to writer: inout CatalogBinaryWriter)
    /// Reads a value written by `write(to:)`; throws on anything malformed.
    init(from reader: inout CatalogBinaryReader) throws(CatalogBinaryError)
}

/// The cache file does not hold what its header promises (truncated, corrupt or from another format).
struct CatalogBinaryError: Error, Sendable {}

/// Builds the binary form; strings are interned so each distinct one is written once.
struct CatalogBinaryWriter {
    private(set) var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    /// The string table followed by the body.
    var bytes: [UInt8] {
        var table = CatalogBinaryWriter()
        table.uint(UInt64(strings.count))
        for string in strings {
            let utf8 = Array(string.utf8)
            table.uint(UInt64(utf8.count))
            table.body += utf8
        }
        return table.body + body
    }

    mutating func uint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        body.append(UInt8(value))
    }

    mutating func int(_ value: Int64) { uint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }
    mutating func int(_ value: Int) { int(Int64(value)) }
    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        if let index = stringIndex[value] { return uint(UInt64(index)) }
        stringIndex[value] = strings.count
        uint(UInt64(strings.count))
        strings.append(value)
    }

    mutating func string(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        uint(UInt64(values.count))
        for value in values { string(value) }
    }

    mutating func int(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    mutating func bool(_ value: Bool?) {
        body.append(value.map { $0 ? 1 : 0 } ?? 2)
    }

    mutating func raw<T: RawRepresentable>(_ value: T) where T.RawValue == String { string(value.rawValue) }

    mutating func raw<T: RawRepresentable>(_ value: T?) where T.RawValue == String {
        bool(value != nil)
        if let value { raw(value) }
    }

    mutating func value<T: CatalogBinaryCodable>(_ value: T) { value.write(to: &self) }

    mutating func value<T: CatalogBinaryCodable>(_ value: T?) {
        bool(value != nil)
        value?.write(to: &self)
    }

    mutating func values<T: CatalogBinaryCodable>(_ values: [T]) {
        uint(UInt64(values.count))
        for value in values { value.write(to: &self) }
    }

    /// A string-keyed dictionary, keys sorted so the same catalog always gives the same bytes.
    mutating func dictionary(_ values: [String: String]) {
        uint(UInt64(values.count))
        for key in values.keys.sorted() {
            string(key)
            string(values[key] ?? "")
        }
    }
}

/// Reads the binary form, checking every length and index against the bytes it has.
struct CatalogBinaryReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private var table: [String] = []

    /// Reads the string table at `offset`; the body follows it.
    init(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) throws(CatalogBinaryError) {
        self.bytes = bytes
        self.offset = offset
        let count = try length()
        table.reserveCapacity(count)
        for _ in 0..<count {
            let size = try length()
            guard size <= bytes.count - self.offset else { throw CatalogBinaryError() }
            let start = self.offset
            self.offset += size
            // `CatalogCache.read` has matched the payload's fingerprint, so these bytes are the UTF-8 the writer took
            // from Swift strings. `String(decoding:)` still checks them (repairing, never trapping) on its fast
            // specialised path; the generic `String(validating:as:)` cost a cold `check` 2.4 million instructions.
            table.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<self.offset]), as: UTF8.self))
        }
    }

    /// True when every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    mutating func uint() throws(CatalogBinaryError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw CatalogBinaryError() }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        throw CatalogBinaryError()
    }

    mutating func int64() throws(CatalogBinaryError) -> Int64 {
        let raw = try uint()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    mutating func int() throws(CatalogBinaryError) -> Int { Int(try int64()) }

    /// A count of things still to read: at most the bytes left, so a corrupt count cannot ask for a huge allocation.
    mutating func length() throws(CatalogBinaryError) -> Int {
        let value = try uint()
        guard value <= UInt64(bytes.count - offset) else { throw CatalogBinaryError() }
        return Int(value)
    }

    mutating func byte() throws(CatalogBinaryError) -> UInt8 {
        guard offset < bytes.count else { throw CatalogBinaryError() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws(CatalogBinaryError) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw CatalogBinaryError()
        }
    }

    mutating func optionalBool() throws(CatalogBinaryError) -> Bool? {
        switch try byte() {
        case 0: false
        case 1: true
        case 2: nil
        default: throw CatalogBinaryError()
        }
    }

    mutating func string() throws(CatalogBinaryError) -> String {
        let index = try uint()
        guard index < UInt64(table.count) else { throw CatalogBinaryError() }
        return table[Int(index)]
    }

    mutating func optionalString() throws(CatalogBinaryError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(CatalogBinaryError) -> [String] {
        let count = try length()
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
    }

    mutating func optionalInt() throws(CatalogBinaryError) -> Int? {
        try bool() ? try int() : nil
    }

    mutating func raw<T: RawRepresentable>(_: T.Type = T.self) throws(CatalogBinaryError) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw CatalogBinaryError() }
        return value
    }

    mutating func optionalRaw<T: RawRepresentable>(_: T.Type = T.self) throws(CatalogBinaryError) -> T? where T.RawValue == String {
        try bool() ? try raw(T.self) : nil
    }

    mutating func value<T: CatalogBinaryCodable>(_: T.Type = T.self) throws(CatalogBinaryError) -> T { try T(from: &self) }

    mutating func optional<T: CatalogBinaryCodable>(_: T.Type = T.self) throws(CatalogBinaryError) -> T? {
        try bool() ? try T(from: &self) : nil
    }

    mutating func values<T: CatalogBinaryCodable>(_: T.Type = T.self) throws(CatalogBinaryError) -> [T] {
        let count = try length()
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try T(from: &self)) }
        return result
    }

    mutating func dictionary() throws(CatalogBinaryError) -> [String: String] {
        let count = try length()
        var result: [String: String] = [:]
        result.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            result[key] = try string()
        }
        return result
    }
}

/// A fast 128-bit fingerprint of bytes (two independent 64-bit lanes, eight bytes a step); not cryptographic: it
/// tells an edited rule file from the one the cache was built from, it does not defend against a forger who can
/// write the rule files anyway.
struct Fingerprint: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(_ bytes: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344 &+ UInt64(bytes.count)
        let words = bytes.count / 8
        for index in 0..<words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
            a ^= a >> 29
            b = (b &+ word) &* 0xC2B2_AE3D_27D4_EB4F
            b = (b << 27) | (b >> 37)
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<bytes.count { tail = (tail << 8) | UInt64(bytes[index]) }
        a = Fingerprint.mix((a ^ tail) &* 0x9E37_79B9_7F4A_7C15)
        b = Fingerprint.mix(b &+ tail &+ a)
        high = a
        low = b
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
