import LeniencyCatalog
import LeniencyCore
public import LeniencyEngine

/// Bytes appended to one growing buffer: a store or a `memcpy` per append, where `[UInt8].append` pays a
/// uniqueness and capacity check and a generic copy each time (a decision line is about 40 keys and 30 strings).
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count &+ bytes.count > capacity { grow(bytes.count) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count &+= bytes.count
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// `,"name":` (without the comma for a first member) in one capacity check.
    @inline(__always)
    func compactKey(_ name: StaticString, comma: Bool) {
        let length = name.utf8CodeUnitCount
        let needed = length + 4
        if count &+ needed > capacity { grow(needed) }
        var at = base + count
        if comma {
            at.pointee = UInt8(ascii: ",")
            at += 1
        }
        at.pointee = UInt8(ascii: "\"")
        (at + 1).update(from: name.utf8Start, count: length)
        (at + 1 + length).pointee = UInt8(ascii: "\"")
        (at + 2 + length).pointee = UInt8(ascii: ":")
        count = at + 3 + length - base
    }

    /// Two ASCII digits of `value` (0...99).
    @inline(__always)
    func twoDigits(_ value: Int) {
        append(UInt8(truncatingIfNeeded: 48 + value / 10))
        append(UInt8(truncatingIfNeeded: 48 + value % 10))
    }

    /// The decimal digits of `value`.
    func decimal(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: a UInt64 has at most 20 digits
        withUnsafeMutableBytes(of: &digits) { scratch in
            var rest = value
            var index = scratch.count
            repeat {
                index -= 1
                scratch[index] = UInt8(truncatingIfNeeded: 48 + rest % 10)
                rest /= 10
            } while rest > 0
            append(UnsafeRawBufferPointer(rebasing: scratch[index...]))
        }
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(capacity * 2, count + needed)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}

/// JSON text written straight to UTF-8 bytes, compact or pretty, byte for byte as `DecisionJSONValue` writes the same
/// value: the caller gives object keys in sorted order, so no dictionary is built, hashed or sorted.
struct JSONByteWriter {
    /// The text so far.
    let buffer: ByteBuffer
    /// Pretty-printed (two-space indentation) or compact.
    let pretty: Bool
    /// Indentation of the current container's members.
    private var indent: Int
    /// Bit n: the container open at depth n has a member (decisions nest a few levels; deeper values are written by
    /// `DecisionJSONValue`).
    private var nonEmpty: UInt64 = 0
    private var depth = 0

    init(pretty: Bool, indent: Int = 0, capacity: Int = 2048) {
        self.pretty = pretty
        self.indent = indent
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The bytes written.
    var out: [UInt8] { buffer.bytes }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the current object; `name` is a fixed key that needs no escaping.
    mutating func key(_ name: StaticString) {
        guard !pretty else {
            member()
            buffer.append(UInt8(ascii: "\""))
            buffer.append(name)
            buffer.append(UInt8(ascii: "\""))
            separator()
            return
        }
        let comma = nonEmpty & (1 << depth) != 0
        nonEmpty |= 1 << depth
        buffer.compactKey(name, comma: comma)
    }

    /// Starts the next member of the current object, named by data.
    mutating func key(text name: String) {
        member()
        string(name)
        separator()
    }

    private func separator() {
        if pretty { buffer.append(": ") } else { buffer.append(UInt8(ascii: ":")) }
    }

    /// Starts the next element of the current array.
    mutating func element() { member() }

    /// A JSON string: the bytes `DecisionJSONValue.quote` writes.
    func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var run = 0
            var index = 0
            while index < count {
                if index + 8 <= count, !DecisionJSONValue.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = base[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                buffer.append(UnsafeRawBufferPointer(start: base + run, count: index - 1 - run))
                run = index
                switch byte {
                case UInt8(ascii: "\""): buffer.append("\\\"")
                case UInt8(ascii: "\\"): buffer.append("\\\\")
                case UInt8(ascii: "\n"): buffer.append("\\n")
                case UInt8(ascii: "\r"): buffer.append("\\r")
                case UInt8(ascii: "\t"): buffer.append("\\t")
                default:
                    buffer.append("\\u00")
                    buffer.append(DecisionJSONValue.hexDigit(byte >> 4))
                    buffer.append(DecisionJSONValue.hexDigit(byte & 0xF))
                }
            }
            buffer.append(UnsafeRawBufferPointer(start: base + run, count: count - run))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    func string(_ text: String?) { if let text { string(text) } else { null() } }
    func bool(_ value: Bool) { buffer.append(value ? "true" : "false") }
    func bool(_ value: Bool?) { if let value { bool(value) } else { null() } }
    func null() { buffer.append("null") }

    /// A date as `YYYY-MM-DD` (the text of `CivilDate.description`, without building it).
    func date(_ date: CivilDate) {
        guard (0...9999).contains(date.year) else { return string(date.description) }
        buffer.append(UInt8(ascii: "\""))
        buffer.twoDigits(date.year / 100)
        buffer.twoDigits(date.year % 100)
        buffer.append(UInt8(ascii: "-"))
        buffer.twoDigits(date.month)
        buffer.append(UInt8(ascii: "-"))
        buffer.twoDigits(date.day)
        buffer.append(UInt8(ascii: "\""))
    }

    /// An amount as a yuan string with two decimals (the text of `Money.yuanString`, without building it).
    func yuan(_ money: Money) {
        buffer.append(UInt8(ascii: "\""))
        if money.fen < 0 { buffer.append(UInt8(ascii: "-")) }
        let magnitude = money.fen.magnitude
        buffer.decimal(magnitude / 100)
        buffer.append(UInt8(ascii: "."))
        buffer.twoDigits(Int(magnitude % 100))
        buffer.append(UInt8(ascii: "\""))
    }

    /// A fact's value as `DecisionJSON.fact` gives it: booleans and numbers bare, the rest as strings.
    func factValue(_ value: FactValue) {
        switch value {
        case .boolean(let b): bool(b)
        case .integer(let i), .duration(let i):
            if i < 0 { buffer.append(UInt8(ascii: "-")) }
            buffer.decimal(i.magnitude)
        case .decimal(let d): buffer.append(Array(d.description.utf8))
        case .money(let m): yuan(m)
        case .date(let d): date(d)
        case .enumeration(let e), .text(let e): string(e)
        }
    }

    /// An array of strings.
    mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts {
            element()
            string(text)
        }
        endArray()
    }

    /// A value built as a `DecisionJSONValue`, written at the current position.
    func value(_ value: DecisionJSONValue) {
        var bytes: [UInt8] = []
        if pretty { value.write(to: &bytes, indent: indent) } else { value.writeCompact(to: &bytes) }
        buffer.append(bytes)
    }

    /// Raw bytes at the current position (a line end).
    func raw(_ byte: UInt8) { buffer.append(byte) }

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSONByteWriter nests at most 63 containers")
        buffer.append(bracket)
        depth += 1
        nonEmpty &= ~(1 << depth)
        indent += 2
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        if nonEmpty & (1 << depth) != 0, pretty { newline() }
        depth -= 1
        buffer.append(bracket)
    }

    private mutating func member() {
        if nonEmpty & (1 << depth) != 0 { buffer.append(UInt8(ascii: ",")) } else { nonEmpty |= 1 << depth }
        if pretty { newline() }
    }

    private func newline() {
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { buffer.append(UInt8(ascii: " ")) }
    }
}

extension DecisionJSON {
    /// Writes `object(decision)` without building it; keys in the sorted order the tree writer gives
    /// (`DecisionJSONWriterTests` compares both on every example case).
    static func write(_ d: Decision, to w: inout JSONByteWriter) {
        w.beginObject()
        w.key("alsoAllows")
        w.beginArray()
        for outcome in d.alsoAllows {
            w.element()
            w.string(outcome.rawValue)
        }
        w.endArray()
        w.key("basis")
        w.strings(d.basis)
        w.key("case")
        w.string(d.caseID)
        w.key("coercion")
        if let c = d.coercion {
            w.beginObject()
            w.key("basis")
            w.strings(c.basis)
            w.key("item")
            w.string(c.item?.itemID)
            w.key("list")
            w.string(c.item?.list.listID)
            w.key("mandatory")
            w.bool(c.mandatory)
            w.key("missing")
            w.strings(c.missing)
            w.key("status")
            w.string(c.status.rawValue)
            w.endObject()
        } else {
            w.null()
        }
        w.key("conflict")
        if let c = d.conflict { w.value(conflict(c)) } else { w.null() }
        w.key("derived")
        w.beginArray()
        for fact in d.derived {
            w.element()
            w.beginObject()
            w.key("basis")
            w.strings(fact.basis)
            w.key("document")
            w.string(fact.document)
            w.key("fact")
            w.string(fact.fact)
            w.key("label")
            w.string(fact.label)
            w.key("replaced")
            if let replaced = fact.replaced { w.factValue(replaced) } else { w.null() }
            w.key("rule")
            w.string(fact.rule)
            w.key("value")
            w.factValue(fact.value)
            w.endObject()
        }
        w.endArray()
        w.key("factsUsed")
        if d.factsUsed.isEmpty { w.beginObject(); w.endObject() } else { w.value(.object(d.factsUsed.mapValues(fact))) }
        w.key("fine")
        if let f = d.fine {
            w.beginObject()
            w.key("document")
            w.string(f.standardDocument)
            w.key("max")
            if f.maxUnbounded { w.null() } else { w.yuan(f.max) }
            w.key("maxInclusive")
            w.bool(f.maxInclusive)
            w.key("min")
            w.yuan(f.min)
            w.key("minInclusive")
            w.bool(f.minInclusive)
            w.key("note")
            w.string(f.note)
            w.key("standard")
            w.string(f.standardID)
            w.key("standardVersion")
            w.date(f.standardEffective)
            w.key("tier")
            w.string(f.tier)
            w.endObject()
        } else {
            w.null()
        }
        w.key("followUp")
        w.beginObject()
        w.key("basis")
        w.beginObject()
        for duty in d.followUpBasis.count > 1 ? d.followUpBasis.keys.sorted() : Array(d.followUpBasis.keys) {
            w.key(text: duty)
            w.strings(d.followUpBasis[duty] ?? [])
        }
        w.endObject()
        w.key("commitment")
        w.bool(d.followUp.commitment)
        w.key("education")
        w.bool(d.followUp.education)
        w.key("guardianCustody")
        w.bool(d.followUp.guardianCustody)
        w.key("guardianDiscipline")
        w.bool(d.followUp.guardianDiscipline)
        w.key("rectify")
        w.bool(d.followUp.rectify)
        w.key("rectifyDays")
        if let days = d.followUp.rectifyDays { w.value(.number(String(days))) } else { w.null() }
        w.key("writtenDecision")
        w.bool(d.followUp.writtenDecision)
        w.endObject()
        w.key("item")
        if let ref = d.decidedBy {
            w.beginObject()
            w.key("id")
            w.string(ref.itemID)
            w.key("title")
            w.string(ref.title)
            w.endObject()
        } else {
            w.null()
        }
        w.key("list")
        if let ref = d.decidedBy {
            w.beginObject()
            w.key("document")
            w.string(ref.list.document)
            w.key("id")
            w.string(ref.list.listID)
            w.key("title")
            w.string(ref.list.title)
            w.key("version")
            w.date(ref.list.effective)
            w.endObject()
        } else {
            w.null()
        }
        w.key("mandatory")
        w.bool(d.mandatory)
        w.key("missing")
        w.strings(d.missing)
        w.key("notes")
        w.strings(d.notes)
        w.key("notesZh")
        w.strings(d.notesZh)
        w.key("outcome")
        w.string(d.outcome.rawValue)
        w.key("presumed")
        w.beginArray()
        for fact in d.presumed {
            w.element()
            w.value(presumed(fact))
        }
        w.endArray()
        w.key("timeBarred")
        w.bool(d.timeBarred)
        w.key("trace")
        w.beginArray()
        for entry in d.trace {
            w.element()
            w.value(trace(entry))
        }
        w.endArray()
        w.key("versionChoice")
        w.string(d.versionChoice)
        w.key("versionChoiceZh")
        w.string(d.versionChoiceZh)
        w.key("weights")
        if let computation = d.weights { w.value(weights(computation)) } else { w.null() }
        w.endObject()
    }
}
