public import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff

/// A case record written back as a YAML case file (docs/CASE-FORMAT.md): the witness cases of `leniency diff`, ready
/// for `leniency check`. Strings are double-quoted with JSON escapes, which YAML reads the same way.
public enum CaseFileText {
    /// The case file.
    public static func yaml(_ record: CaseRecord) -> String {
        var lines: [String] = []
        lines.append("id: \(quoted(record.id))")
        lines.append("agency: \(quoted(record.agency))")
        if let region = record.region { lines.append("region: \(quoted(region))") }
        var party = "party: {name: \(quoted(record.party.name)), type: \(record.party.type.rawValue)"
        if let age = record.party.age { party += ", age: \(age)" }
        lines.append(party + "}")
        lines.append("violation: \(quoted(record.violation))")
        var dates = "dates: {act: \(record.dates.act)"
        if let end = record.dates.actEnd { dates += ", act_end: \(end)" }
        if let discovered = record.dates.discovered { dates += ", discovered: \(discovered)" }
        if let filed = record.dates.filed { dates += ", filed: \(filed)" }
        if let decided = record.dates.decided { dates += ", decided: \(decided)" }
        lines.append(dates + "}")
        if record.facts.isEmpty {
            lines.append("facts: {}")
        } else {
            lines.append("facts:")
            for name in record.facts.keys.sorted() {
                if let value = record.facts[name] { lines.append("  \(name): \(scalar(value))") }
            }
        }
        if let gains = record.illegalGains { lines.append("illegal_gains: \(gains.yuanString)") }
        if let goods = record.goodsValue { lines.append("goods_value: \(goods.yuanString)") }
        if let priors = record.priorViolations {
            if priors.isEmpty {
                lines.append("prior_violations: []")
            } else {
                lines.append("prior_violations:")
                for prior in priors { lines.append("  - {violation: \(quoted(prior.violation)), date: \(prior.date)}") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fact value as the case format writes it, text escaped.
    static func scalar(_ value: FactValue) -> String {
        if case .text(let t) = value { return quoted(t) }
        return WitnessCase.scalar(value)
    }

    private static func quoted(_ text: String) -> String {
        var out = ""
        DecisionJSONValue.quote(text, into: &out)
        return out
    }
}
