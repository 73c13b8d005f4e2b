public import LeniencyCatalog
import LeniencyCore

/// One fact value in a slot: a tag and an integer payload, no heap object.
///
/// Payloads: boolean 0/1; integer; decimal mantissa (scale in `extra`); money in fen; date as day number; duration in
/// days; enumeration as the index of the value among the fact's declared values; text as an offset into the case's
/// text bytes (length in `extra`).
public struct SlotValue: Sendable, Hashable {
    /// What a slot holds.
    public enum Tag: UInt8, Sendable {
        case unknown, boolean, integer, decimal, money, date, duration, enumeration, text
    }

    // Stored widest first: 8 + 4 + 1 bytes make a stride of 16 (24 with the tag first), so a case's slots are a
    // third smaller to copy (`CompiledEngine.prepare` copies them all per decision) and to read.
    /// The value (see the type's summary).
    public var payload: Int64
    /// Decimal scale, or text length.
    public var extra: Int32
    /// The kind of value; `.unknown` when the case does not give the fact.
    public var tag: Tag

    /// A slot the case does not fill.
    public static let unknown = SlotValue(tag: .unknown, payload: 0, extra: 0)

    /// Creates a slot value.
    public init(tag: Tag, payload: Int64, extra: Int32 = 0) {
        self.tag = tag
        self.payload = payload
        self.extra = extra
    }
}

/// A run of bytes inside a `CompactCase`'s text.
public struct TextRef: Sendable, Hashable {
    /// Byte offset.
    public var offset: UInt32
    /// Byte length.
    public var length: UInt32

    /// Creates a reference.
    public init(offset: UInt32, length: UInt32) {
        self.offset = offset
        self.length = length
    }
}

/// A case decoded straight from bytes into slots: fixed fields as plain values, facts by slot, strings as byte runs.
///
/// Dates are day numbers (`CivilDate.dayNumber`), money is fen. One `CompactCase` is reused from line to line, so
/// decoding allocates nothing once its arrays have grown to the largest case seen. `caseRecord` converts it to the
/// `CaseRecord` today's engine reads.
public struct CompactCase: Sendable {
    /// One officer.
    public struct Officer: Sendable, Hashable {
        /// Name.
        public var name: TextRef
        /// Certificate number, if given.
        public var certificate: TextRef?
    }

    /// One prior violation.
    public struct Prior: Sendable, Hashable {
        /// Violation code as written (priors may name codes of other sectors).
        public var violation: TextRef
        /// Day number of the prior act.
        public var day: Int32
        /// Case number, if given.
        public var caseID: TextRef?
    }

    /// All strings of the case, UTF-8, back to back.
    public var text: [UInt8] = []
    /// Fact value per slot of the layout.
    public var slots: [SlotValue] = []
    /// Byte offset in the line of each given fact value (-1 when not given), for `CaseRecord.factLocations`.
    public var factOffsets: [Int32] = []

    public var id = TextRef(offset: 0, length: 0)
    public var agency = TextRef(offset: 0, length: 0)
    public var region: TextRef?
    public var officers: [Officer] = []
    /// Violation id in the layout.
    public var violation: Int32 = 0
    public var partyName = TextRef(offset: 0, length: 0)
    public var partyType: PartyType = .other
    public var creditCode: TextRef?
    public var idNumber: TextRef?
    /// Day number of the birth date, given or taken from the id number.
    public var birthDay: Int32?
    public var age: Int16?
    public var act: Int32 = 0
    public var actEnd: Int32?
    /// `dates.continuing` (行政处罚法 Art. 36 ¶2); nil when not given.
    public var continuing: Bool?
    public var discovered: Int32?
    public var filed: Int32?
    public var decided: Int32?
    /// 违法所得 in fen.
    public var illegalGains: Int64?
    /// 货值金额 in fen.
    public var goodsValue: Int64?
    /// Nil when the history is unknown.
    public var priorsKnown = false
    public var priors: [Prior] = []
    public var hasDecision = false
    public var outcome: Outcome?
    public var fine: Int64?
    public var penaltyKinds: [TextRef] = []
    public var education: Bool?
    public var commitment: Bool?
    public var legalReview: Bool?
    public var firstOffenceClaimed: Bool?
    public var decisionList: TextRef?
    public var decisionItem: TextRef?
    public var published: Int32?
    /// The no-coercion decision the file records.
    public var coercion: CoercionChoice?
    /// The act's identity across agencies.
    public var actID: TextRef?
    /// `procedure:`, nil when absent.
    public var procedure: CompactProcedure?
    /// Investigations of `procedure.investigations`, in order.
    public var investigations: [CompactInvestigation] = []
    /// Officers of all investigations, back to back.
    public var investigationOfficers: [Officer] = []
    /// False when `coercive_measures` is absent (not recorded).
    public var measuresKnown = false
    public var measures: [CompactMeasure] = []
    /// `payment:`, nil when absent.
    public var payment: CompactPayment?
    /// `decision.follow_ups` given (possibly empty), and its entries.
    public var followUpsKnown = false
    public var followUps: [TextRef] = []
    /// Byte offset of the case object's `{` in its line.
    public var startOffset: Int32 = 0
    /// The scanner's expected keys, kept from line to line (`JSONLineScanner`); not part of the case.
    var keyOrder: [Int32] = []

    /// An empty case.
    public init() {}

    /// Clears every field for the next line, keeping the arrays' capacity.
    mutating func reset(slotCount: Int) {
        text.removeAll(keepingCapacity: true)
        if slots.count != slotCount {
            slots = Array(repeating: .unknown, count: slotCount)
            factOffsets = Array(repeating: -1, count: slotCount)
        } else {
            for k in 0..<slotCount { slots[k] = .unknown; factOffsets[k] = -1 }
        }
        officers.removeAll(keepingCapacity: true)
        priors.removeAll(keepingCapacity: true)
        penaltyKinds.removeAll(keepingCapacity: true)
        followUps.removeAll(keepingCapacity: true)
        followUpsKnown = false
        region = nil; creditCode = nil; idNumber = nil; birthDay = nil; age = nil
        actEnd = nil; continuing = nil; discovered = nil; filed = nil; decided = nil
        illegalGains = nil; goodsValue = nil
        priorsKnown = false; hasDecision = false
        outcome = nil; fine = nil; education = nil; commitment = nil; legalReview = nil; firstOffenceClaimed = nil
        decisionList = nil; decisionItem = nil; published = nil
        coercion = nil; actID = nil; procedure = nil; payment = nil; measuresKnown = false
        investigations.removeAll(keepingCapacity: true)
        investigationOfficers.removeAll(keepingCapacity: true)
        measures.removeAll(keepingCapacity: true)
    }

    /// The text of a reference.
    public func string(_ ref: TextRef) -> String {
        String(decoding: text[Int(ref.offset)..<Int(ref.offset + ref.length)], as: UTF8.self)
    }

    /// The value of a slot as today's `FactValue`; nil when unknown.
    public func factValue(slot: Int, layout: CaseSlotLayout) -> FactValue? {
        Self.factValue(slots[slot], slot: slot, text: text, layout: layout)
    }

    /// The facts the case gives, by name (`CaseRecord.facts`).
    public func facts(layout: CaseSlotLayout) -> [String: FactValue] {
        var facts: [String: FactValue] = [:]
        var given = 0
        for slot in 0..<slots.count where slots[slot].tag != .unknown { given += 1 }
        guard given > 0 else { return facts }
        facts.reserveCapacity(given)
        for slot in 0..<slots.count where slots[slot].tag != .unknown {
            guard let value = factValue(slot: slot, layout: layout) else { continue }
            facts[layout.names[slot]] = value
        }
        return facts
    }

    /// A slot value as `FactValue` (`text` holds the case's strings); nil when unknown.
    public static func factValue(_ value: SlotValue, slot: Int, text: [UInt8], layout: CaseSlotLayout) -> FactValue? {
        func string(_ ref: TextRef) -> String {
            String(decoding: text[Int(ref.offset)..<Int(ref.offset + ref.length)], as: UTF8.self)
        }
        switch value.tag {
        case .unknown: return nil
        case .boolean: return .boolean(value.payload != 0)
        case .integer: return .integer(value.payload)
        case .decimal: return .decimal(FixedPoint(mantissa: value.payload, scale: Int(value.extra)))
        case .money: return .money(Money(fen: value.payload))
        case .date: return .date(CivilDate(dayNumber: Int(value.payload)))
        case .duration: return .duration(value.payload)
        case .enumeration:
            guard case .enumeration(let declared) = layout.types[slot] else { return nil }
            return .enumeration(declared[Int(value.payload)])
        case .text:
            return .text(string(TextRef(offset: UInt32(value.payload), length: UInt32(value.extra))))
        }
    }

    /// The case as today's `CaseRecord`, exactly as `CaseDecoder` reads the same line.
    ///
    /// `line` holds the bytes the case was scanned from; columns (counted in Unicode scalars) are computed from it
    /// only here, so the scan itself keeps byte offsets only. `factLocations` stays empty: the scanner takes only
    /// lines without a diagnostic, and nothing reads a clean line's fact positions (building them was a tenth of the
    /// audit's instructions); a line that needs a diagnostic is re-read by the positioned reader.
    ///
    /// Without `facts` the record's `facts` stay empty: a reader that keeps this case's slots (the audit) asks for them
    /// (`facts(layout:)`) only where it reads them, and building the dictionary was a third of the record's cost.
    public func caseRecord(layout: CaseSlotLayout, file: String, lineNumber: Int, line: UnsafeBufferPointer<UInt8>,
                           facts withFacts: Bool = true) -> CaseRecord {
        func opt(_ ref: TextRef?) -> String? { ref.map { string($0) } }
        func date(_ day: Int32) -> CivilDate { CivilDate(dayNumber: Int(day)) }
        var columns = ColumnCounter(line: line)
        let location = SourceLocation(file: file, start: SourcePosition(line: lineNumber, column: columns.column(at: Int(startOffset))))
        let facts = withFacts ? facts(layout: layout) : [:]
        let party = Party(name: string(partyName), type: partyType, creditCode: opt(creditCode), idNumber: opt(idNumber),
                          birthDate: birthDay.map(date), age: age.map(Int.init))
        let dates = CaseDates(act: date(act), actEnd: actEnd.map(date), discovered: discovered.map(date),
                              filed: filed.map(date), decided: decided.map(date), continuing: continuing)
        let priorList: [PriorViolation]? = priorsKnown
            ? priors.map { PriorViolation(violation: string($0.violation), date: date($0.day), caseID: opt($0.caseID)) }
            : nil
        var recorded: RecordedDecision? = hasDecision
            ? RecordedDecision(outcome: outcome, fine: fine.map(Money.init(fen:)), penaltyKinds: penaltyKinds.map { string($0) },
                               education: education, commitment: commitment, legalReview: legalReview,
                               firstOffenceClaimed: firstOffenceClaimed, list: opt(decisionList), item: opt(decisionItem),
                               published: published.map(date), coercion: coercion)
            : nil
        let parts = procedureParts()
        if followUpsKnown { recorded?.followUps = followUps.map { string($0) } }
        return CaseRecord(
            id: string(id), agency: string(agency), region: opt(region),
            officers: officers.map { LeniencyCaseInput.Officer(name: string($0.name), certificate: opt($0.certificate)) },
            party: party, violation: layout.violationCodes[Int(violation)], dates: dates, facts: facts,
            illegalGains: illegalGains.map(Money.init(fen:)), goodsValue: goodsValue.map(Money.init(fen:)),
            priorViolations: priorList, decision: recorded, actID: opt(actID), procedure: parts.procedure,
            coerciveMeasures: parts.measures, payment: parts.payment, location: location)
    }
}

/// Turns increasing byte offsets of one line into 1-based columns in Unicode scalars, counting each byte once.
struct ColumnCounter {
    let line: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var column = 1

    init(line: UnsafeBufferPointer<UInt8>) { self.line = line }

    mutating func column(at target: Int) -> Int {
        if target < offset { offset = 0; column = 1 }
        while offset < target, offset < line.count {
            // Continuation bytes belong to the scalar already counted.
            if line[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return column
    }
}
