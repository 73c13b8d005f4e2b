public import LeniencyCatalog
public import LeniencyCore

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

extension CaseRecord {
    /// The amount a multiple-based statutory range is computed from: `illegal_gains`, `goods_value`, or a money fact.
    ///
    /// The case field bound to it (`source:`) comes first, then a value under `facts:` (docs/LEGAL-CHOICES.md,
    /// "Case fields before `facts:`"); the engine and the audit both read amounts through here.
    public func money(named name: String, catalog: Catalog) -> Money? {
        switch name {
        case "illegal_gains": if let illegalGains { return illegalGains }
        case "goods_value": if let goodsValue { return goodsValue }
        default: break
        }
        if let source = catalog.fact(named: name)?.source, case .money(let amount)? = value(of: source) { return amount }
        if case .money(let amount)? = facts[name] { return amount }
        return nil
    }
}
