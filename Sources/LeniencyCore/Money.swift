/// An exact amount of money in fen (0.01 yuan); never a floating-point number.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The amount in fen.
    public var fen: Int64

    /// Creates an amount from fen.
    public init(fen: Int64) { self.fen = fen }

    /// Creates an amount from whole yuan.
    public init(yuan: Int64) { self.fen = yuan * 100 }

    /// Zero yuan.
    public static let zero = Money(fen: 0)

    /// Parses `12345`, `12345.6`, `12345.67`, optionally with `¥`/`￥` before, `元` or `万元`/`万` after,
    /// and `,` thousands separators. Returns nil for anything else (more than two decimals, signs, exponents).
    public init?(parsing raw: String) {
        var text = raw.trimmingSpaces()
        text.removeAll { $0 == "," }
        if text.hasPrefix("¥") || text.hasPrefix("￥") { text.removeFirst() }
        var multiplier: Int64 = 1
        if text.hasSuffix("万元") {
            text.removeLast(2); multiplier = 10_000
        } else if text.hasSuffix("万") {
            text.removeLast(); multiplier = 10_000
        } else if text.hasSuffix("元") {
            text.removeLast()
        }
        guard !text.hasPrefix("-"), let fixed = FixedPoint(parsing: text, maxScale: multiplier == 1 ? 2 : 6) else { return nil }
        // value = fixed.mantissa / 10^scale yuan × multiplier; in fen: × 100.
        let (scaled, overflow1) = fixed.mantissa.multipliedReportingOverflow(by: multiplier * 100)
        guard !overflow1 else { return nil }
        let divisor = FixedPoint.powerOfTen(fixed.scale)
        guard scaled % divisor == 0 else { return nil }
        self.fen = scaled / divisor
    }

    /// Decimal string in yuan with two decimals, e.g. `37000.00`.
    public var yuanString: String {
        let negative = fen < 0
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let cents = magnitude % 100
        return "\(negative ? "-" : "")\(yuan).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Human form with the yuan sign and thousands separators, e.g. `¥37,000.00`.
    public var displayString: String {
        let plain = yuanString
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".")
        var intPart = String(parts[0])
        var grouped = ""
        while intPart.count > 3 {
            grouped = "," + intPart.suffix(3) + grouped
            intPart.removeLast(3)
        }
        return "\(negative ? "-" : "")¥\(intPart)\(grouped).\(parts.count > 1 ? parts[1] : "00")"
    }

    public var description: String { yuanString }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }

    /// The amount times a ratio, rounded down to the fen (floor) or up (ceiling) as asked.
    public func multiplied(by ratio: Ratio, roundingUp: Bool = false) -> Money {
        let product = fen.multipliedFullWidth(by: ratio.numerator)
        let (q, r) = ratio.denominator.dividingFullWidth(product)
        if r != 0 && roundingUp == (r > 0) { return Money(fen: q + (roundingUp ? 1 : -1)) }
        return Money(fen: q)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let money = Money(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an amount of money: \(text)"))
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yuanString)
    }
}

/// An exact fraction, used for percentages (30% = 3/10) and multiples (违法所得 × 1.5).
public struct Ratio: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Numerator (sign carried here).
    public let numerator: Int64
    /// Denominator, always positive.
    public let denominator: Int64

    /// Creates a reduced fraction; the denominator must not be zero.
    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "Ratio denominator must not be zero")
        let sign: Int64 = denominator < 0 ? -1 : 1
        let g = Ratio.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int64(max(g, 1))
        self.denominator = sign * denominator / Int64(max(g, 1))
    }

    /// Parses `30%`, `0.3`, `1.5`, `3/10`.
    public init?(parsing raw: String) {
        let text = raw.trimmingSpaces()
        if text.hasSuffix("%") {
            guard let fixed = FixedPoint(parsing: String(text.dropLast()), maxScale: 6) else { return nil }
            self.init(fixed.mantissa, FixedPoint.powerOfTen(fixed.scale) * 100)
        } else if let slash = text.firstIndex(of: "/") {
            guard let n = Int64(text[..<slash]), let d = Int64(text[text.index(after: slash)...]), d != 0 else { return nil }
            self.init(n, d)
        } else {
            guard let fixed = FixedPoint(parsing: text, maxScale: 6) else { return nil }
            self.init(fixed.mantissa, FixedPoint.powerOfTen(fixed.scale))
        }
    }

    /// Zero.
    public static let zero = Ratio(0)
    /// One (100%).
    public static let one = Ratio(1)

    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator.multipliedFullWidth(by: rhs.denominator) < rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    }

    public static func == (lhs: Ratio, rhs: Ratio) -> Bool {
        lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
    }

    public var description: String {
        if denominator == 1 { return "\(numerator)" }
        if 100 % denominator == 0 { return "\(numerator * (100 / denominator))%" }
        return "\(numerator)/\(denominator)"
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

/// A parsed decimal literal: mantissa × 10^-scale. Shared by the money, ratio and fact-value parsers.
public struct FixedPoint: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Digits without the point.
    public var mantissa: Int64
    /// Digits after the point.
    public var scale: Int

    /// Creates a value from mantissa and scale.
    public init(mantissa: Int64, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// Parses `-12.345` (ASCII digits, at most `maxScale` decimals, optional leading minus).
    public init?(parsing text: String, maxScale: Int = 9) {
        var digits = Substring(text)
        var negative = false
        if digits.hasPrefix("-") { negative = true; digits = digits.dropFirst() }
        let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty,
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces.count == 1 || !fraction.isEmpty, fraction.count <= maxScale,
              pieces[0].count + fraction.count <= 17,
              let m = Int64(pieces[0] + fraction) else { return nil }
        self.mantissa = negative ? -m : m
        self.scale = fraction.count
    }

    /// 10^n for small n.
    public static func powerOfTen(_ n: Int) -> Int64 {
        var p: Int64 = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// The value as an exact ratio.
    public var ratio: Ratio { Ratio(mantissa, FixedPoint.powerOfTen(scale)) }

    public static func < (lhs: FixedPoint, rhs: FixedPoint) -> Bool { lhs.ratio < rhs.ratio }
    public static func == (lhs: FixedPoint, rhs: FixedPoint) -> Bool { lhs.ratio == rhs.ratio }
    public func hash(into hasher: inout Hasher) { hasher.combine(ratio) }

    public var description: String {
        guard scale > 0 else { return "\(mantissa)" }
        let negative = mantissa < 0
        var digits = String(mantissa.magnitude)
        while digits.count <= scale { digits = "0" + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -scale)
        return "\(negative ? "-" : "")\(digits[..<cut]).\(digits[cut...])"
    }
}

extension String {
    /// The string without leading and trailing ASCII and ideographic spaces.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
