public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore

/// Where a work slot's value came from (`CaseValues.origins`).
enum SlotOrigin {
    static let caseFile: UInt8 = 0
    static let presumed: UInt8 = 1
    static let derived: UInt8 = 2
    static let notApplicable: UInt8 = 3
}

/// Buffers one thread reuses from case to case, so the fast path allocates nothing once they have grown.
public struct CompiledScratch {
    var reader = SlotReader()
    /// A view of `reader`'s values while a case is decided (`work`): conditions read it without a closure.
    var view: SlotView?
    /// The work slots while a case is decided, moved out of `reader.values` (which is then empty): derivations write here.
    var work: UnsafeMutableBufferPointer<SlotValue>?
    var origins: [UInt8] = []
    /// Some work slot holds a presumption (`SlotOrigin.presumed`, set only by `prepare`): otherwise no step has presumed
    /// facts to note.
    var anyPresumed = false
    var anyNotApplicable = false
    /// Per slot: the facts that decide a fact a derivation left open (nil = the fact itself).
    var derivedInputs: [[Int32]?] = []
    var touched = ScratchList<Int>()
    var fired = ScratchList<(slot: Int, value: SlotValue, derivation: Int)>()
    var replaced = ScratchList<(slot: Int, value: SlotValue)>()
    /// Derivations applied, in order.
    var derived = ScratchList<Int>()
    var derivationPresumed = ScratchList<Int32>()
    var names = ScratchList<Int32>()
    var raw: [Int32] = []
    /// The current evaluation's item results (penalty items that do not apply are left out, see `evaluateItem`).
    var items = ScratchList<ItemResult>()
    var pool = ScratchList<Int32>()
    var contributions = ScratchList<Int32>()
    var conflictMasks = ScratchList<UInt8>()
    var openTiers = ScratchList<(tier: Int, deciding: Range<Int>)>()
    var limitationDeciding = ScratchList<Int32>()
    /// The presumed facts of each evaluation (act date, later date).
    var presumedAtAct = ScratchList<Int32>()
    var presumedLater = ScratchList<Int32>()
    /// The deciding items of each evaluation (0 act date, 1 later date), for the citations of their follow-ups.
    var winnersAtAct = ScratchList<Int32>()
    var winnersLater = ScratchList<Int32>()
    /// Presumed slots the chosen evaluation read, in first-use order.
    var presumed = ScratchList<Int32>()
    var firstOffence: [Bool?] = []
    var firstOffenceKnown: [Bool] = []

    /// Empty buffers.
    public init() {}
}

/// A list the scratch keeps from case to case: `storage[0..<endIndex]`, emptied by resetting its end. Emptying an
/// `Array` with `removeAll(keepingCapacity:)` costs a call into its replace path (about 50 instructions) for every
/// list of every case; the slots past the end are stale and are overwritten before they are read. Elements are plain
/// values (a stale one holds no reference worth freeing).
struct ScratchList<Element>: RandomAccessCollection {
    private var storage: [Element] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(position: Int) -> Element { storage[position] }

    /// Appends `element`, reusing a stale slot when there is one (no growth path).
    @inline(__always)
    mutating func append(_ element: Element) {
        if endIndex < storage.count {
            storage[endIndex] = element
        } else {
            storage.append(element)
        }
        endIndex += 1
    }

    mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    mutating func insert(_ element: Element, at index: Int) {
        append(element)
        var k = endIndex - 1
        while k > index {
            storage[k] = storage[k - 1]
            k -= 1
        }
        storage[index] = element
    }

    /// Keeps the elements `shouldBeRemoved` rejects, in order.
    mutating func removeAll(where shouldBeRemoved: (Element) -> Bool) {
        var kept = 0
        for k in 0..<endIndex where !shouldBeRemoved(storage[k]) {
            storage[kept] = storage[k]
            kept += 1
        }
        endIndex = kept
    }

    /// Empties the list, keeping its storage.
    @inline(__always)
    mutating func clearKeepingCapacity() { endIndex = 0 }
}

/// One item's result in the current evaluation: program id, status, the facts that would decide it (`pool[deciding]`).
struct ItemResult {
    var id: Int32
    var status: TraceStatus
    var deciding: Range<Int>
}

extension Array {
    /// `removeAll(keepingCapacity: true)`, skipped when already empty (most scratch lists stay empty).
    @inline(__always)
    mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}

/// The fast path: decides a case held in slots with the compiled program and no trace.
///
/// Same rules as `Engine.decide` (the differential property test holds them to identical outcomes, mandatory flags,
/// fine ranges, missing facts, deciding items, presumed and derived facts, follow-ups and coercion answers). A case the
/// fast path does not take — a time-barred one (its explanation is the decision), one whose deciding item reduces the fine (model E), one of a violation that declares its elements, a program that did not compile —
/// returns nil: decide it with `Engine.decide`.
public struct CompiledEngine: Sendable {
    let program: CompiledProgram
    /// The program's hot tables as buffers.
    let tables: HotTables
    /// The explaining engine over the same catalog.
    public let engine: Engine

    /// The slot layout cases must be scanned with (`JSONLineScanner(layout:)`).
    public var layout: CaseSlotLayout { program.layout }

    init(engine: Engine, program: CompiledProgram) {
        self.engine = engine
        self.program = program
        tables = HotTables(program)
    }

    private var options: EngineOptions { engine.options }

    /// Decides `c` (scanned with `layout`), with the versions in force on the act date and on `date` (else the decision
    /// date), as `Engine.decide`; nil when the case must take the explaining path.
    public func decide(_ c: CompactCase, on date: CivilDate? = nil, scratch: inout CompiledScratch) -> CompiledDecision? {
        let program = self.program
        guard program.supported, Int(c.violation) < program.violationsHot.count, !tables.violationsHot[Int(c.violation)].hasElements else { return nil }
        guard prepare(c, copyText: false, scratch: &scratch) else { return nil }
        let violation = tables.violationsHot[Int(c.violation)]
        let act = Int(c.act)
        let later = date.map(\.dayNumber) ?? c.decided.map(Int.init)
        let caseRegion = region(of: c)
        for k in scratch.firstOffenceKnown.indices { scratch.firstOffenceKnown[k] = false }
        // From here on the work slots are read and written through one buffer: conditions read them without a closure,
        // derivations write them without a uniqueness check. The array is moved out of the scratch meanwhile, so the
        // buffer is not copied on write; it is moved back before returning.
        var values = scratch.reader.values
        scratch.reader.values = []
        // Conditions read the case's own text bytes: `prepare` did not copy them (see the end of this function).
        // The decision is a local of the innermost closure, returned from it: held outside, it was copied and destroyed
        // three times a case.
        let result: CompiledDecision? = values.withUnsafeMutableBufferPointer { v in
            c.text.withUnsafeBufferPointer { t in
                scratch.work = v
                scratch.view = SlotView(values: UnsafeBufferPointer(v), text: t, firstOffence: nil)
                defer {
                    scratch.view = nil
                    scratch.work = nil
                }
                applyDerivations(c, violation: violation, on: later ?? act, scratch: &scratch)
                var decision = CompiledDecision(outcome: .undetermined)
                guard versions(c, violation: violation, act: act, later: later, region: caseRegion, scratch: &scratch, into: &decision) else { return nil }
                return decision
            }
        }
        scratch.reader.values = values
        // `derivedFacts` reads a replaced text value back from `reader.text`: copied only then (rare; most cases replace
        // nothing, and copying every case's text cost about 230 instructions a decision).
        if scratch.replaced.contains(where: { $0.value.tag == .text }) {
            scratch.reader.text.clearKeepingCapacity()
            scratch.reader.text.append(contentsOf: c.text)
        }
        return result
    }

    /// Evaluates at the act date and, when other versions are in force then, at the later date; 从旧兼从轻. The chosen
    /// evaluation is left in `chosen`; false when the case takes the explaining path.
    private func versions(_ c: CompactCase, violation: ViolationHot, act: Int, later: Int?, region caseRegion: Int,
                          scratch: inout CompiledScratch, into chosen: inout CompiledDecision) -> Bool {
        guard evaluate(c, violation: violation, on: act, region: caseRegion, slot: 0, scratch: &scratch, into: &chosen) else { return false }
        guard let later, later != act, !sameVersions(violation, act, later) else {
            finishPresumed(0, scratch: &scratch)
            return true
        }
        var other = CompiledDecision(outcome: .undetermined)
        guard evaluate(c, violation: violation, on: later, region: caseRegion, slot: 1, scratch: &scratch, into: &other) else { return false }
        let laterWins: Bool
        switch (chosen.outcome == .undetermined, other.outcome == .undetermined) {
        case (false, false): laterWins = Self.isMoreLenient(other, than: chosen)
        case (true, false): laterWins = other.guaranteed <= chosen.bestPossible
        case (false, true): laterWins = other.bestPossible < chosen.guaranteed
        case (true, true): laterWins = other.bestPossible < chosen.bestPossible
        }
        if laterWins { swap(&chosen, &other) }
        if chosen.outcome == .undetermined {
            for name in other.missing where !chosen.missing.contains(name) { chosen.missing.append(name) }
        }
        finishPresumed(laterWins ? 1 : 0, scratch: &scratch)
        return true
    }

    /// As `Engine.isMoreLenient`.
    static func isMoreLenient(_ a: CompiledDecision, than b: CompiledDecision) -> Bool {
        let rankA = a.outcome.outcome?.severityRank ?? 5, rankB = b.outcome.outcome?.severityRank ?? 5
        if rankA != rankB { return rankA < rankB }
        if a.mandatory != b.mandatory { return a.mandatory }
        guard let fineA = a.fine, let fineB = b.fine else { return false }
        if fineA.max != fineB.max { return fineA.max < fineB.max }
        if fineA.maxInclusive != fineB.maxInclusive { return !fineA.maxInclusive }
        if fineA.min != fineB.min { return fineA.min < fineB.min }
        return false
    }

    // MARK: - Values

    /// Copies the case's facts into the work slots, then bound case fields, party scope and presumptions
    /// (`CaseFacts.values`).
    /// Without `copyText` the case's text is not copied to `scratch.reader.text`: the caller then points conditions at
    /// `c.text` itself.
    func prepare(_ c: CompactCase, copyText: Bool = true, scratch: inout CompiledScratch) -> Bool {
        let program = self.program
        let n = program.slotCount
        if scratch.reader.values.count != n {
            scratch.reader.values = Array(repeating: .unknown, count: n)
            scratch.origins = Array(repeating: 0, count: n)
            scratch.derivedInputs = Array(repeating: nil, count: n)
        }
        guard c.slots.count == n else { return false }
        scratch.origins.withUnsafeMutableBufferPointer { $0.update(repeating: SlotOrigin.caseFile) }
        for k in scratch.touched { scratch.derivedInputs[k] = nil }
        scratch.touched.clearKeepingCapacity()
        if copyText {
            scratch.reader.text.clearKeepingCapacity()
            scratch.reader.text.append(contentsOf: c.text)
        }
        scratch.reader.firstOffence = nil
        if scratch.firstOffence.count != program.firstOffenceRules.count {
            scratch.firstOffence = Array(repeating: nil, count: program.firstOffenceRules.count)
            scratch.firstOffenceKnown = Array(repeating: false, count: program.firstOffenceRules.count)
        }
        let partyBit = UInt8(1) << UInt8(c.partyType.index)
        let presumptions = options.presumptions
        // Noted in the scratch at the end (`anyPresumed`, `anyNotApplicable`): later steps skip their work when false.
        var anyPresumed = false, anyNotApplicable = false
        // One pass over the work slots through their buffers: no uniqueness check per write.
        let complete = scratch.reader.values.withUnsafeMutableBufferPointer { values in
            scratch.origins.withUnsafeMutableBufferPointer { origins in
                c.slots.withUnsafeBufferPointer { source in
                    guard let to = values.baseAddress, let from = source.baseAddress else { return }
                    to.update(from: from, count: n)
                }
                for (boundSlot, source, partyTypes) in program.boundHot {
                    let slot = Int(boundSlot)
                    let value: SlotValue?
                    switch source {
                    case .partyAge:
                        if let age = c.age {
                            value = SlotValue(tag: .integer, payload: Int64(age))
                        } else if let birth = c.birthDay {
                            value = SlotValue(tag: .integer, payload: Int64(CivilDate(dayNumber: Int(birth)).age(on: CivilDate(dayNumber: Int(c.act)))))
                        } else {
                            value = nil
                        }
                    case .partyType:
                        let party = c.partyType.index
                        let index = party == 0 ? partyTypes.0 : (party == 1 ? partyTypes.1 : partyTypes.2)
                        guard index >= 0 else { return false }
                        value = SlotValue(tag: .enumeration, payload: Int64(index))
                    case .actDate: value = SlotValue(tag: .date, payload: Int64(c.act))
                    case .discoveryDate: value = c.discovered.map { SlotValue(tag: .date, payload: Int64($0)) }
                    case .filingDate: value = c.filed.map { SlotValue(tag: .date, payload: Int64($0)) }
                    case .decisionDate: value = c.decided.map { SlotValue(tag: .date, payload: Int64($0)) }
                    case .illegalGains: value = c.illegalGains.map { SlotValue(tag: .money, payload: $0) }
                    case .goodsValue: value = c.goodsValue.map { SlotValue(tag: .money, payload: $0) }
                    }
                    if let value { values[slot] = value }
                }
                for entry in program.partyScoped where entry.appliesTo & partyBit == 0 && values[entry.slot].tag == .unknown {
                    if entry.boolean { values[entry.slot] = SlotValue(tag: .boolean, payload: 0) }
                    origins[entry.slot] = SlotOrigin.notApplicable
                    anyNotApplicable = true
                }
                if presumptions {
                    for entry in program.presumed where values[entry.slot].tag == .unknown && entry.appliesTo & partyBit != 0 {
                        values[entry.slot] = entry.value
                        origins[entry.slot] = SlotOrigin.presumed
                        anyPresumed = true
                    }
                }
                return true
            }
        }
        scratch.anyPresumed = anyPresumed
        scratch.anyNotApplicable = anyNotApplicable
        return complete
    }

    /// The case's region index: -1 when not given, -2 when not a declared region.
    func region(of c: CompactCase) -> Int {
        guard let ref = c.region else { return -1 }
        let start = Int(ref.offset), end = start + Int(ref.length)
        return c.text.withUnsafeBufferPointer { buffer in
            program.region(UnsafeBufferPointer(rebasing: buffer[start..<end])) ?? -2
        }
    }

    /// A condition's truth with the party-scope rule (`PartyScope.truth`): open only on facts that do not concern the
    /// party means false.
    @inline(__always)
    func conditionTruth(_ root: Int32, scratch: inout CompiledScratch) -> Truth {
        let code = program.code
        let truth: Truth
        if var view = scratch.view {
            view.firstOffence = scratch.reader.firstOffence
            truth = code.truth(root, view)
        } else {
            truth = scratch.reader.withView { code.truth(root, $0) }
        }
        guard truth == .unknown, scratch.anyNotApplicable else { return truth }
        return partyScopedTruth(root, truth, scratch: &scratch)
    }

    /// `conditionTruth` of an open condition when some facts do not concern the party.
    func partyScopedTruth(_ root: Int32, _ truth: Truth, scratch: inout CompiledScratch) -> Truth {
        let program = self.program
        scratch.raw.clearKeepingCapacity()
        var raw = scratch.raw
        scratch.raw = []
        if var view = scratch.view {
            view.firstOffence = scratch.reader.firstOffence
            program.code.deciding(root, view, firstOffenceID: Int32(program.firstOffenceSlot), into: &raw)
        } else {
            scratch.reader.withView { program.code.deciding(root, $0, firstOffenceID: Int32(program.firstOffenceSlot), into: &raw) }
        }
        scratch.raw = raw
        guard !scratch.raw.isEmpty else { return truth }
        for slot in scratch.raw where scratch.origins[Int(slot)] != SlotOrigin.notApplicable { return truth }
        return .no
    }

    /// Appends the facts that would decide an open condition to `scratch.names` (`Engine.decidingFacts`).
    func decidingFacts(_ root: Int32, scratch: inout CompiledScratch) {
        let program = self.program
        scratch.raw.clearKeepingCapacity()
        var raw = scratch.raw
        scratch.raw = []
        if var view = scratch.view {
            view.firstOffence = scratch.reader.firstOffence
            program.code.deciding(root, view, firstOffenceID: Int32(program.firstOffenceSlot), into: &raw)
        } else {
            scratch.reader.withView { program.code.deciding(root, $0, firstOffenceID: Int32(program.firstOffenceSlot), into: &raw) }
        }
        scratch.raw = raw
        for slot in scratch.raw where scratch.origins[Int(slot)] != SlotOrigin.notApplicable {
            if let inputs = scratch.derivedInputs[Int(slot)] {
                for needed in inputs where !scratch.names.contains(needed) { scratch.names.append(needed) }
            } else if !scratch.names.contains(slot) {
                scratch.names.append(slot)
            }
        }
    }

    /// The presumed slots among `presumableSlots[range]`, appended in first-use order.
    func notePresumed(_ range: Range<Int32>, into list: inout ScratchList<Int32>, origins: [UInt8]) {
        guard !range.isEmpty else { return }
        for k in Int(range.lowerBound)..<Int(range.upperBound) {
            let slot = tables.presumableSlots[k]
            if origins[Int(slot)] == SlotOrigin.presumed && !list.contains(slot) { list.append(slot) }
        }
    }

    /// Applies the derivations in force on `day` that cover the violation (`Engine.applyDerivations`).
    private func applyDerivations(_ c: CompactCase, violation: ViolationHot, on day: Int, scratch: inout CompiledScratch) {
        scratch.fired.clearKeepingCapacity()
        scratch.replaced.clearKeepingCapacity()
        scratch.derived.clearKeepingCapacity()
        scratch.derivationPresumed.clearKeepingCapacity()
        let program = self.program
        // Derivations are applied only inside `decide`, which sets the view (with no first-offence answer): read once.
        guard let view = scratch.view else { preconditionFailure("CompiledEngine.applyDerivations runs only inside decide") }
        let code = program.code
        let text = view.text
        for k in Int(violation.derivationsStart)..<Int(violation.derivationsEnd) {
            let index = Int(tables.violationDerivations[k])
            // Fields read in place until the derivation holds or stays open: the whole entry is copied only then.
            guard tables.derivationsHot[index].validity.covers(day) else { continue }
            let condition = tables.derivationsHot[index].condition
            var truth = code.truth(condition, view)
            if truth == .unknown, scratch.anyNotApplicable { truth = partyScopedTruth(condition, truth, scratch: &scratch) }
            if scratch.anyPresumed { notePresumed(tables.derivationsHot[index].presumed, into: &scratch.derivationPresumed, origins: scratch.origins) }
            // A derivation that does not hold changes nothing: skipped before the slot's value and origin are read (their
            // bounds checks kept the compiler from sinking those reads into the cases below).
            if truth == .no { continue }
            let d = tables.derivationsHot[index]
            let slot = Int(d.slot)
            // Read in place: passing the whole scratch by value to a helper copied it (a memcpy per derivation).
            let previous: SlotValue
            if let work = scratch.work { previous = work[slot] } else { previous = scratch.reader.values[slot] }
            let recordedByCase = scratch.origins[slot] == SlotOrigin.caseFile && previous.tag != .unknown
            switch truth {
            case .yes:
                if let earlier = scratch.fired.first(where: { $0.slot == slot }), !sameValue(earlier.value, d.value, text: text) {
                    setValue(slot, .unknown, scratch: &scratch)
                    setOrigin(slot, SlotOrigin.derived, scratch: &scratch)
                    scratch.derivedInputs[slot] = []
                    scratch.touched.append(slot)
                } else {
                    setValue(slot, d.value, scratch: &scratch)
                    setOrigin(slot, SlotOrigin.derived, scratch: &scratch)
                    if scratch.derivedInputs[slot] != nil { scratch.derivedInputs[slot] = nil }
                    scratch.fired.append((slot, d.value, index))
                    scratch.derived.append(index)
                    if recordedByCase, !sameValue(previous, d.value, text: text) {
                        if scratch.replaced.contains(where: { $0.slot == slot }) { scratch.replaced.removeAll { $0.slot == slot } }
                        scratch.replaced.append((slot, previous))
                    }
                }
            case .no:
                break
            case .unknown:
                if !recordedByCase, previous.tag == .unknown || !sameValue(previous, d.value, text: text) {
                    scratch.names.clearKeepingCapacity()
                    decidingFacts(d.condition, scratch: &scratch)
                    if !scratch.names.contains(d.slot) { scratch.names.insert(d.slot, at: 0) }
                    setValue(slot, .unknown, scratch: &scratch)
                    setOrigin(slot, SlotOrigin.derived, scratch: &scratch)
                    var inputs = scratch.derivedInputs[slot] ?? []
                    for name in scratch.names where !inputs.contains(name) { inputs.append(name) }
                    scratch.derivedInputs[slot] = inputs
                    scratch.touched.append(slot)
                }
            }
        }
    }

    /// The work slot `slot` (through `work` while a case is decided).
    func value(_ slot: Int, scratch: borrowing CompiledScratch) -> SlotValue {
        if let view = scratch.view { return view.values[slot] }
        return scratch.reader.values[slot]
    }

    private func setValue(_ slot: Int, _ value: SlotValue, scratch: inout CompiledScratch) {
        if let work = scratch.work {
            work[slot] = value
        } else {
            scratch.reader.values[slot] = value
        }
    }

    private func setOrigin(_ slot: Int, _ origin: UInt8, scratch: inout CompiledScratch) {
        scratch.origins[slot] = origin
    }

    /// Structural equality of two values (`FactValue`'s `==`: an integer is not a decimal), text by bytes.
    /// `text` is the case's text bytes (`SlotView.text`).
    /// Inlined (a call per fired derivation); texts compare out of line (`sameText`).
    @inline(__always)
    private func sameValue(_ a: SlotValue, _ b: SlotValue, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.tag == b.tag else { return false }
        if a.tag == .text { return sameText(a, b, text: text) }
        return a.payload == b.payload && a.extra == b.extra
    }

    /// `sameValue` of two text values.
    @inline(never)
    private func sameText(_ a: SlotValue, _ b: SlotValue, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.extra == b.extra else { return false }
        let x = Int(a.payload), y = Int(b.payload), n = Int(a.extra)
        guard x + n <= text.count, y + n <= text.count else { return false }
        return text[x..<x + n].elementsEqual(text[y..<y + n])
    }

    // MARK: - Versions

    /// The index (in `versionsHot`) of the version of list group `group` in force on `day`: the newest that covers it.
    func listVersion(_ group: Range<Int32>, on day: Int) -> Int? {
        return Self.newest(group, on: day, position: { $0 }, validity: { tables.versionsHot[$0].validity })
    }

    /// The catalog position of the standard of group `group` in force on `day`.
    func standardVersion(_ group: Range<Int32>, on day: Int) -> Int? {
        return Self.newest(group, on: day, position: { Int(tables.standardPositions[$0]) }, validity: { tables.standardsHot[$0].validity })
    }

    /// The catalog position of the limitation rules of group `group` in force on `day`.
    func limitationVersion(_ group: Range<Int32>, on day: Int) -> Int? {
        return Self.newest(group, on: day, position: { Int(tables.limitationFlat[$0]) }, validity: { tables.limitationValidity[$0] })
    }

    /// The newest entry of a group of versions (oldest first; `position` maps an index of the group to what
    /// `validity` reads) in force on `day`.
    @inline(__always)
    private static func newest(_ group: Range<Int32>, on day: Int, position: (Int) -> Int, validity: (Int) -> DayRange) -> Int? {
        var k = Int(group.upperBound) - 1
        while k >= Int(group.lowerBound) {
            let found = position(k)
            if validity(found).covers(day) { return found }
            k -= 1
        }
        return nil
    }

    private func sameVersions(_ violation: ViolationHot, _ a: Int, _ b: Int) -> Bool {
        let low = Int32(clamping: Swift.min(a, b)), high = Int32(clamping: Swift.max(a, b))
        // The first change after `low`, by binary search (the changes are sorted; a tax violation has some twenty, and
        // walking them cost about 80 instructions a case): none up to `high` means the same versions.
        var first = Int(violation.changesStart), end = Int(violation.changesEnd)
        // Both days after the last change (most cases: the versions a violation reads last changed years ago).
        if first == end || tables.versionChanges[end - 1] <= low { return true }
        while first < end {
            let middle = (first + end) / 2
            if tables.versionChanges[middle] > low { end = middle } else { first = middle + 1 }
        }
        if first == Int(violation.changesEnd) || tables.versionChanges[first] > high { return true }
        for g in Int(violation.groupsStart)..<Int(violation.groupsEnd) where listVersion(tables.groups[g], on: a) != listVersion(tables.groups[g], on: b) {
            return false
        }
        for g in Int(violation.standardsStart)..<Int(violation.standardsEnd)
        where standardVersion(tables.standardGroups[g], on: a) != standardVersion(tables.standardGroups[g], on: b) {
            return false
        }
        for group in tables.limitationPositions where limitationVersion(group, on: a) != limitationVersion(group, on: b) { return false }
        return true
    }

    private func finishPresumed(_ evaluation: Int, scratch: inout CompiledScratch) {
        scratch.presumed.clearKeepingCapacity()
        if evaluation == 0 {
            if !scratch.presumedAtAct.isEmpty { scratch.presumed.append(contentsOf: scratch.presumedAtAct) }
        } else if !scratch.presumedLater.isEmpty {
            scratch.presumed.append(contentsOf: scratch.presumedLater)
        }
    }
}

extension PartyType {
    /// Position in `allCases` (individual, enterprise, other).
    var index: Int {
        switch self {
        case .individual: 0
        case .enterprise: 1
        case .other: 2
        }
    }
}
