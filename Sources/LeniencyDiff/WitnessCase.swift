public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore

/// Building witness cases and writing them as case files.
public enum WitnessCase {
    /// The agency a witness case names (it is not a real case).
    static let agency = "leniency diff"
    /// The party a witness case names, unless its facts say it is an individual.
    static let partyName = "见证当事人"

    /// A case of `violation` acted, discovered and decided on `date` in `region`, with `facts` (facts bound to a case
    /// field by `source:` go into that field) and `priors` as its history (an empty list: no prior violation).
    static func record(id: String, violation: String, date: CivilDate, facts: [String: FactValue], priors: [PriorViolation],
                       region: String?, catalog: Catalog) -> CaseRecord {
        var record = CaseRecord(id: id, agency: agency, region: region, party: Party(name: partyName, type: .enterprise), violation: violation,
                                dates: CaseDates(act: date, discovered: date, decided: date), facts: [:], priorViolations: priors,
                                location: .wholeFile(id))
        for (name, value) in facts { set(name, value, in: &record, catalog: catalog) }
        return record
    }

    /// Sets a fact, in the case field its `source:` names when it has one.
    static func set(_ name: String, _ value: FactValue, in record: inout CaseRecord, catalog: Catalog) {
        switch (catalog.fact(named: name)?.source, value) {
        case (.partyAge?, .integer(let age)):
            record.party.type = .individual
            record.party.age = Int(clamping: age)
        case (.partyType?, .enumeration(let type)):
            record.party.type = PartyType(rawValue: type) ?? record.party.type
        case (.illegalGains?, .money(let amount)):
            record.illegalGains = amount
        case (.goodsValue?, .money(let amount)):
            record.goodsValue = amount
        case (.actDate?, .date(let date)):
            record.dates.act = date
        case (.discoveryDate?, .date(let date)):
            record.dates.discovered = date
        case (.filingDate?, .date(let date)):
            record.dates.filed = date
        case (.decisionDate?, .date(let date)):
            record.dates.decided = date
        default:
            record.facts[name] = value
        }
    }

    /// Removes a fact (or clears the case field its `source:` names).
    static func remove(_ name: String, from record: inout CaseRecord, catalog: Catalog) {
        switch catalog.fact(named: name)?.source {
        case .partyAge?: record.party.age = nil
        case .illegalGains?: record.illegalGains = nil
        case .goodsValue?: record.goodsValue = nil
        default: record.facts[name] = nil
        }
    }

    /// A fact value as the case format writes it (text shown in quotes; the case file writer escapes it).
    public static func scalar(_ value: FactValue) -> String {
        switch value {
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .decimal(let d): d.description
        case .money(let m): m.yuanString
        case .date(let d): d.description
        case .duration(let d): "\(d)d"
        case .enumeration(let e): e
        case .text(let t): "\"\(t)\""
        }
    }
}
