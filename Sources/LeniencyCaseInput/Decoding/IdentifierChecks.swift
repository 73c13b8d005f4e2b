public import LeniencyCore

/// Check-character tests for the two identifiers case and inspection files carry.
///
/// The algorithms are fixed by national standards, not by policy, so they live in Swift rather than in rules/.
public enum IdentifierChecks {
    /// The 31 characters of a 统一社会信用代码 (GB 32100-2015): no I, O, S, V, Z, so none reads as a digit.
    static let creditCodeCharset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// True when `code` is 18 characters of the GB 32100-2015 charset and its 18th character is the check character.
    ///
    /// Weights are 3^i mod 31 for positions 1–17; the check value is (31 − Σ mod 31) mod 31.
    public static func isValidCreditCode(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 18 else { return false }
        guard let expected = expectedCreditCodeCheck(code) else { return false }
        return characters[17] == expected
    }

    /// True when `number` is an 18-character 居民身份证号码 whose birth date exists and whose check character
    /// matches ISO 7064 MOD 11-2 (GB 11643-1999); a lowercase `x` is accepted as the check character.
    public static func isValidIDNumber(_ number: String) -> Bool {
        let characters = Array(number)
        guard characters.count == 18 else { return false }
        guard let expected = expectedIDNumberCheck(number), embeddedBirthDate(characters) != nil else { return false }
        let given = characters[17] == "x" ? "X" : characters[17]
        return given == expected
    }

    /// The birth date encoded in positions 7–14 of a valid 18-character 身份证号码; nil when the number is invalid.
    public static func birthDate(fromIDNumber number: String) -> CivilDate? {
        guard isValidIDNumber(number) else { return nil }
        return embeddedBirthDate(Array(number))
    }

    /// The check character a 统一社会信用代码's first 17 characters call for; nil when they are not 17 charset characters.
    static func expectedCreditCodeCheck(_ code: String) -> Character? {
        let characters = Array(code.prefix(17))
        guard characters.count == 17 else { return nil }
        var sum = 0
        var weight = 1
        for character in characters {
            guard let value = creditCodeCharset.firstIndex(of: character) else { return nil }
            sum += value * weight
            weight = weight * 3 % 31
        }
        return creditCodeCharset[(31 - sum % 31) % 31]
    }

    /// The check character a 身份证号码's first 17 digits call for; nil when they are not 17 ASCII digits.
    static func expectedIDNumberCheck(_ number: String) -> Character? {
        let characters = Array(number.prefix(17))
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            // 2^(17−i) mod 11 for the 1-based position i.
            sum += digit * power(2, 17 - index, modulo: 11)
        }
        return Array("10X98765432")[sum % 11]
    }

    /// Positions 7–14 read as YYYYMMDD, when they form an existing date.
    static func embeddedBirthDate(_ characters: [Character]) -> CivilDate? {
        guard characters.count >= 14 else { return nil }
        let field = characters[6..<14]
        guard field.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(String(field.prefix(4))),
              let month = Int(String(field.dropFirst(4).prefix(2))),
              let day = Int(String(field.suffix(2))) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// base^exponent mod modulus for small non-negative exponents.
    private static func power(_ base: Int, _ exponent: Int, modulo modulus: Int) -> Int {
        var result = 1
        for _ in 0..<exponent { result = result * base % modulus }
        return result
    }

    /// `isValidCreditCode` over UTF-8 bytes without building a `String`: true only for a valid code (anything else,
    /// including non-ASCII text, is false, and the caller takes the slow path that explains it).
    static func isValidCreditCode(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 18 else { return false }
        var sum = 0
        var weight = 1
        for k in 0..<17 {
            guard let value = creditCodeValue[Int(bytes[k])] else { return false }
            sum += value * weight
            weight = weight * 3 % 31
        }
        return creditCodeCharsetBytes[(31 - sum % 31) % 31] == bytes[17]
    }

    /// `birthDate(fromIDNumber:)` over UTF-8 bytes: the birth date of a valid number, else nil.
    static func birthDate(fromIDNumber bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count == 18 else { return nil }
        var sum = 0
        for k in 0..<17 {
            let digit = Int(bytes[k]) - 48
            guard (0...9).contains(digit) else { return nil }
            sum += digit * power(2, 17 - k, modulo: 11)
        }
        let check = bytes[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : bytes[17]
        guard idCheckBytes[sum % 11] == check else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1]) - 48 } }
        return CivilDate(year: number(6..<10), month: number(10..<12), day: number(12..<14))
    }

    private static let creditCodeCharsetBytes = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    private static let idCheckBytes = Array("10X98765432".utf8)
    /// The charset value of each byte, nil outside the charset.
    private static let creditCodeValue: [Int?] = (0..<256).map { byte in creditCodeCharsetBytes.firstIndex(of: UInt8(byte)) }
}
