/// UTF-8 validation that reports where the first bad byte is, which libyaml's reader cannot do usefully.
enum UTF8Validation {
    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil when all is valid.
    ///
    /// Same rules as Swift's own decoder (no overlongs, no surrogates, nothing above U+10FFFF).
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The standard library's validator is fast even in debug builds; walk bytes only to locate a failure.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return firstInvalidOffsetByteByByte(in: bytes)
    }

    /// The byte walk that locates the failure; the test suite checks it agrees with Swift's decoder.
    static func firstInvalidOffsetByteByByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var offset = 0
        while offset < count {
            let lead = bytes[offset]
            if lead < 0x80 {
                offset += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return offset
            }
            guard offset + length <= count else { return offset }
            let second = bytes[offset + 1]
            guard second >= low, second <= high else { return offset }
            var index = offset + 2
            while index < offset + length {
                guard bytes[index] & 0xC0 == 0x80 else { return offset }
                index += 1
            }
            offset += length
        }
        return nil
    }
}
