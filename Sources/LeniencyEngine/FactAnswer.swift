public import LeniencyCaseInput
public import LeniencyCatalog
import LeniencyCore

/// Reads a person's answer for a missing fact and puts it into the case, for interactive checking.
public enum FactAnswer {
    /// The type a missing fact's answer must have: the vocabulary's, `boolean` for `first_offence`, money for the case amounts.
    public static func type(of name: String, in catalog: Catalog) -> FactType {
        if let definition = catalog.fact(named: name) { return definition.type }
        switch name {
        case "illegal_gains", "goods_value": return .money
        case discoveryDateFactName: return .date
        case regionFactName: return .text
        default: return .boolean
        }
    }

    /// Parses `text` as a value of `type`; the error says what is expected.
    public static func parse(_ text: String, as type: FactType) -> Result<FactValue, FactAnswerError> {
        let raw = text.trimmingSpaces()
        switch type {
        case .boolean:
            switch raw.lowercased() {
            case "true", "yes", "y", "是", "有": return .success(.boolean(true))
            case "false", "no", "n", "否", "无": return .success(.boolean(false))
            default: return .failure(FactAnswerError("answer true or false (yes/no, 是/否)"))
            }
        case .integer:
            guard let value = Int64(raw) else { return .failure(FactAnswerError("answer a whole number, e.g. 15")) }
            return .success(.integer(value))
        case .decimal:
            guard let value = FixedPoint(parsing: raw) else { return .failure(FactAnswerError("answer a decimal number, e.g. 0.5")) }
            return .success(.decimal(value))
        case .money:
            guard let value = Money(parsing: raw) else { return .failure(FactAnswerError("answer an amount in yuan, e.g. 5000, 5000.50 or 5万元")) }
            return .success(.money(value))
        case .date:
            guard let value = CivilDate(raw) else { return .failure(FactAnswerError("answer a date as YYYY-MM-DD, e.g. 2025-03-01")) }
            return .success(.date(value))
        case .duration:
            let digits = raw.hasSuffix("d") ? String(raw.dropLast()) : raw
            guard let value = Int64(digits), value >= 0 else { return .failure(FactAnswerError("answer a number of days, e.g. 20 or 20d")) }
            return .success(.duration(value))
        case .enumeration(let values):
            guard values.contains(raw) else { return .failure(FactAnswerError("answer one of: \(values.joined(separator: ", "))")) }
            return .success(.enumeration(raw))
        case .text:
            guard !raw.isEmpty else { return .failure(FactAnswerError("answer some text")) }
            return .success(.text(raw))
        }
    }

    /// The case with `name` set to `value`: in the case field a `source:` binds it to, else in `facts:`.
    public static func applying(_ name: String, _ value: FactValue, to record: CaseRecord, catalog: Catalog) -> CaseRecord {
        var record = record
        let source = catalog.fact(named: name)?.source
        switch (source, value) {
        case (.partyAge?, .integer(let age)): record.party.age = Int(age)
        case (.discoveryDate?, .date(let d)): record.dates.discovered = d
        case (.filingDate?, .date(let d)): record.dates.filed = d
        case (.decisionDate?, .date(let d)): record.dates.decided = d
        case (.illegalGains?, .money(let m)): record.illegalGains = m
        case (.goodsValue?, .money(let m)): record.goodsValue = m
        default:
            if source == nil, name == discoveryDateFactName, case .date(let d) = value { record.dates.discovered = d }
            else if source == nil, name == regionFactName, case .text(let region) = value { record.region = region }
            else if source == nil, name == "illegal_gains", case .money(let m) = value { record.illegalGains = m }
            else if source == nil, name == "goods_value", case .money(let m) = value { record.goodsValue = m }
            else { record.facts[name] = value }
        }
        return record
    }
}

/// Why an answer was not accepted.
public struct FactAnswerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is expected instead.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
