public import LeniencyCatalog
import LeniencyCore

extension CompactCase {
    /// Fills this case from a `CaseRecord` (a YAML case, a register row, a service request), reusing its arrays.
    ///
    /// Returns false when the record cannot be held in slots: a fact the layout does not number, an enumeration value
    /// the fact does not declare, or a violation the catalog does not declare. The caller then decides the record
    /// through `Engine.decide`, which reads it as it is. The recorded decision, officers and positions are not copied:
    /// the compiled decision does not read them.
    public mutating func fill(from record: CaseRecord, layout: CaseSlotLayout) -> Bool {
        reset(slotCount: layout.count)
        guard let violation = layout.violation(code: record.violation) else { return false }
        self.violation = Int32(violation)
        func add(_ string: String) -> TextRef {
            let offset = UInt32(text.count)
            text.append(contentsOf: string.utf8)
            return TextRef(offset: offset, length: UInt32(text.count) - offset)
        }
        for (name, value) in record.facts {
            guard let slot = layout.slot(named: name) else { return false }
            switch value {
            case .boolean(let b): slots[slot] = SlotValue(tag: .boolean, payload: b ? 1 : 0)
            case .integer(let i): slots[slot] = SlotValue(tag: .integer, payload: i)
            case .decimal(let d): slots[slot] = SlotValue(tag: .decimal, payload: d.mantissa, extra: Int32(d.scale))
            case .money(let m): slots[slot] = SlotValue(tag: .money, payload: m.fen)
            case .date(let d): slots[slot] = SlotValue(tag: .date, payload: Int64(d.dayNumber))
            case .duration(let d): slots[slot] = SlotValue(tag: .duration, payload: d)
            case .enumeration(let e):
                guard let index = layout.enumerationIndex(slot: slot, value: e) else { return false }
                slots[slot] = SlotValue(tag: .enumeration, payload: Int64(index))
            case .text(let t):
                let ref = add(t)
                slots[slot] = SlotValue(tag: .text, payload: Int64(ref.offset), extra: Int32(ref.length))
            }
        }
        id = add(record.id)
        agency = add(record.agency)
        region = record.region.map(add)
        partyName = add(record.party.name)
        partyType = record.party.type
        creditCode = record.party.creditCode.map(add)
        idNumber = record.party.idNumber.map(add)
        birthDay = record.party.birthDate.map { Int32($0.dayNumber) }
        if let given = record.party.age {
            guard let small = Int16(exactly: given) else { return false }
            age = small
        }
        act = Int32(record.dates.act.dayNumber)
        actEnd = record.dates.actEnd.map { Int32($0.dayNumber) }
        continuing = record.dates.continuing
        discovered = record.dates.discovered.map { Int32($0.dayNumber) }
        filed = record.dates.filed.map { Int32($0.dayNumber) }
        decided = record.dates.decided.map { Int32($0.dayNumber) }
        illegalGains = record.illegalGains?.fen
        goodsValue = record.goodsValue?.fen
        if let history = record.priorViolations {
            priorsKnown = true
            for prior in history {
                priors.append(Prior(violation: add(prior.violation), day: Int32(prior.date.dayNumber), caseID: prior.caseID.map(add)))
            }
        }
        return true
    }
}
