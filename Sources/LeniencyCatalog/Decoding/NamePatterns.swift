/// The spellings the rule format allows for ids, violation codes and fact names.
enum NamePattern {
    /// Document and item ids: `[a-z0-9][a-z0-9-]*`.
    case id
    /// Violation codes: `[A-Z0-9][A-Z0-9-]*`.
    case violationCode
    /// Fact names and enum value names: `[a-z][a-z0-9_]*`, not an expression keyword.
    case factName

    /// Words the expression language reserves, so a fact or enum value named after one could never be read back.
    static let expressionKeywords: Set<String> = ["and", "or", "not", "in", "between", "true", "false"]

    /// The pattern as documented, for messages.
    var description: String {
        switch self {
        case .id: "[a-z0-9][a-z0-9-]*"
        case .violationCode: "[A-Z0-9][A-Z0-9-]*"
        case .factName: "[a-z][a-z0-9_]*"
        }
    }

    /// An example that fits, for hints.
    var example: String {
        switch self {
        case .id: "cn-tax-2021-6-01"
        case .violationCode: "TAX-ZG-60-1-4"
        case .factName: "harm_minor"
        }
    }

    /// True when `text` fits the pattern.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return false }
        let lower = { (s: Unicode.Scalar) in s.value >= 0x61 && s.value <= 0x7A }
        let upper = { (s: Unicode.Scalar) in s.value >= 0x41 && s.value <= 0x5A }
        let digit = { (s: Unicode.Scalar) in s.value >= 0x30 && s.value <= 0x39 }
        switch self {
        case .id:
            return (lower(first) || digit(first)) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "-" }
        case .violationCode:
            return (upper(first) || digit(first)) && scalars.allSatisfy { upper($0) || digit($0) || $0 == "-" }
        case .factName:
            return lower(first) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
                && !NamePattern.expressionKeywords.contains(text)
        }
    }
}
