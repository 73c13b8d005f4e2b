import LeniencyCore

extension FactValue {
    /// The value as an exact number when it is one: integers, decimals, money (in yuan) and durations (in days).
    private var exactNumber: Ratio? {
        switch self {
        case .integer(let i): Ratio(i)
        case .decimal(let d): d.ratio
        case .money(let m): Ratio(m.fen, 100)
        case .duration(let d): Ratio(d)
        default: nil
        }
    }

    /// -1, 0 or 1 when the two values are ordered with respect to each other, nil when they cannot be ordered.
    public static func order(_ a: FactValue, _ b: FactValue) -> Int? {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (y < x ? 1 : 0) }
        switch (a, b) {
        case (.money(let x), .money(let y)): return sign(x.fen, y.fen)
        case (.date(let x), .date(let y)): return sign(x, y)
        case (.duration(let x), .duration(let y)): return sign(x, y)
        case (.integer(let x), .integer(let y)): return sign(x, y)
        case (.date, _), (_, .date), (.boolean, _), (_, .boolean), (.text, _), (_, .text),
             (.enumeration, _), (_, .enumeration):
            return nil
        default:
            // Mixed numeric kinds (a case that gives an integer where a decimal was declared) compare exactly.
            guard let x = a.exactNumber, let y = b.exactNumber else { return nil }
            return sign(x, y)
        }
    }

    /// Whether the two values are equal, or nil when they are of incomparable kinds.
    public static func equal(_ a: FactValue, _ b: FactValue) -> Bool? {
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.text(let x), .text(let y)), (.enumeration(let x), .enumeration(let y)),
             (.text(let x), .enumeration(let y)), (.enumeration(let x), .text(let y)):
            return x == y
        default:
            return order(a, b).map { $0 == 0 }
        }
    }
}
