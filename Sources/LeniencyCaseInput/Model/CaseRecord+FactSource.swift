public import LeniencyCatalog
import LeniencyCore

extension CaseRecord {
    /// The value a case field gives a fact bound by `source:`; nil when the case does not give it.
    ///
    /// Age counts 周岁 from the day after the birthday (法释〔2006〕1号 Art. 2), `CivilDate.age`'s default.
    public func value(of source: FactSource) -> FactValue? {
        switch source {
        case .partyAge:
            if let age = party.age { return .integer(Int64(age)) }
            return party.birthDate.map { .integer(Int64($0.age(on: dates.act))) }
        case .partyType: return .enumeration(party.type.rawValue)
        case .actDate: return .date(dates.act)
        case .discoveryDate: return dates.discovered.map(FactValue.date)
        case .filingDate: return dates.filed.map(FactValue.date)
        case .decisionDate: return dates.decided.map(FactValue.date)
        case .illegalGains: return illegalGains.map(FactValue.money)
        case .goodsValue: return goodsValue.map(FactValue.money)
        }
    }
}
