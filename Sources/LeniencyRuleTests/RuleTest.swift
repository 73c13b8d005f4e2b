public import LeniencyCore
public import LeniencyCaseInput
import LeniencyCatalog
public import LeniencyYAML

/// One rule test: a case, an optional fixed "today", and the expectations to check.
public struct RuleTest: Sendable {
    /// The test's name, unique within its file.
    public var name: String
    /// The test file.
    public var file: String
    /// Where the test starts.
    public var location: SourceLocation
    /// The case under test.
    public var caseRecord: CaseRecord
    /// The date the decision is made on (`today:`), if fixed.
    public var today: CivilDate?
    /// `presumptions: false` decides this test without the legal presumptions (the strict three-valued result);
    /// nil follows the run's setting.
    public var presumptions: Bool? = nil
    /// What the test expects; keys left out are not checked.
    public var expectations: [Expectation]
    /// The `expect:` mapping node, so `--update` can add keys after it.
    public var expectNode: YAMLNode?
}

/// One expected property of a decision.
public struct Expectation: Sendable {
    /// Which property.
    public enum Key: String, Sendable, CaseIterable {
        case outcome, mandatory, list, item, fine, followUp = "follow_up", missing, conflict, citations, presumed, derived, coercion
    }

    /// The property.
    public var key: Key
    /// The expected value, normalised to the same text form the actual value is rendered in.
    public var expected: ExpectedValue
    /// The value node in the test file (rewritten by `--update`).
    public var valueNode: YAMLNode
}

/// An expected value in a comparable, renderable form.
public enum ExpectedValue: Sendable, Hashable, CustomStringConvertible {
    case text(String)
    case bool(Bool)
    case null
    case list([String])
    /// Ordered key → value pairs (fine, follow_up).
    case record([(String, String)])

    public static func == (lhs: ExpectedValue, rhs: ExpectedValue) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        case (.list(let a), .list(let b)): a == b
        case (.record(let a), .record(let b)): a.map { $0.0 + "=" + $0.1 } == b.map { $0.0 + "=" + $0.1 }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// YAML flow form, used in messages and by `--update`.
    public var description: String {
        switch self {
        case .text(let t): YAMLFlow.scalar(t)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .list(let items): "[" + items.map(YAMLFlow.scalar).joined(separator: ", ") + "]"
        case .record(let pairs): "{" + pairs.map { "\($0.0): \(YAMLFlow.scalar($0.1))" }.joined(separator: ", ") + "}"
        }
    }
}

/// Writes scalars so that the strict reader reads them back as the same text.
enum YAMLFlow {
    /// Plain when safe, else double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            !":#,[]{}&*!|>'\"%@`\\\n\t".unicodeScalars.contains(scalar)
        } && !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.hasPrefix("-") && !text.hasPrefix("?")
            && !["null", "true", "false", "~"].contains(text) && Double(text) == nil
        if plainSafe { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
