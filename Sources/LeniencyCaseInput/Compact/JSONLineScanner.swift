import LeniencyCatalog
import LeniencyCore
public import LeniencyYAML

/// Reads one JSON Lines case straight from its UTF-8 bytes into a `CompactCase`, in one pass, without Foundation.
///
/// The scanner keeps no positions and builds no messages: it accepts only a case that `CaseDecoder` would read without
/// any diagnostic (no unknown key, no warning, no error) and answers `false` for anything else. The caller then
/// re-reads that line with the positioned reader (`JSONLineParser` + `CaseDecoder`), which explains the problem at
/// file:line:column exactly as before; so diagnostics stay identical and the common clean line costs no `String`,
/// `Dictionary` or node tree. `JSONLineScannerTests` check that both readers agree.
public struct JSONLineScanner: Sendable {
    /// Slots and ids of the catalog.
    public let layout: CaseSlotLayout
    /// Longest string accepted (longer strings go to the positioned reader, which reports Y006).
    public let maxStringBytes: Int

    /// A scanner for a catalog's layout.
    public init(layout: CaseSlotLayout, limits: YAMLLimits = .standard) {
        self.layout = layout
        self.maxStringBytes = limits.maxScalarBytes
    }

    /// Scans `line` into `output`; false when the line needs the positioned reader (a problem, or a rare spelling).
    public func scan(_ line: UnsafeBufferPointer<UInt8>, into output: inout CompactCase) -> Bool {
        output.reset(slotCount: layout.count)
        // The expected keys move into the cursor and back (the case's closures hold `output` while the cursor reads);
        // swapped, not copied, so that the cursor's array stays unique and a changed key does not copy it.
        var cursor = Cursor(bytes: line, maxString: maxStringBytes, order: [])
        swap(&cursor.order, &output.keyOrder)
        let size = KeyRegion.facts + layout.count + 1
        if cursor.order.count != size { cursor.order = Array(repeating: -1, count: size) }
        let ok = cursor.caseObject(into: &output, layout: layout)
        swap(&cursor.order, &output.keyOrder)
        return ok
    }
}

/// The top-level and nested keys of the case format, numbered for the scanner.
private enum Keys {
    static let top = ByteNameTable(["id", "agency", "region", "officers", "party", "violation", "dates", "facts",
                                    "illegal_gains", "goods_value", "prior_violations", "decision",
                                    "act_id", "procedure", "coercive_measures", "payment"])
    static let party = ByteNameTable(["name", "type", "credit_code", "id_number", "birth_date", "age"])
    static let dates = ByteNameTable(["act", "act_end", "discovered", "filed", "decided", "continuing"])
    static let officer = ByteNameTable(["name", "certificate"])
    static let prior = ByteNameTable(["violation", "date", "case"])
    static let decision = ByteNameTable(["outcome", "fine", "penalty_kinds", "education", "commitment", "legal_review",
                                         "first_offence_claimed", "list", "item", "published", "coercion", "follow_ups"])
    static let procedure = ByteNameTable(CaseReading.procedureKeys)
    static let investigation = ByteNameTable(["date", "officers"])
    static let measure = ByteNameTable(CaseReading.measureKeys)
    static let payment = ByteNameTable(CaseReading.paymentKeys)
    static let procedureKinds = ByteNameTable(ProcedureKind.allCases.map(\.rawValue))
    static let measureKinds = ByteNameTable(CoerciveMeasureKind.allCases.map(\.rawValue))
    static let coercionChoices = ByteNameTable(CoercionChoice.allCases.map(\.rawValue))
    static let partyTypes = ByteNameTable(PartyType.allCases.map(\.rawValue))
    static let outcomes = ByteNameTable(Outcome.allCases.map(\.rawValue))
    static let duties = ByteNameTable(FollowUp.Duty.allCases.map(\.rawValue))
}

/// Where each object's expected keys start in `CompactCase.keyOrder`: per table, one entry for the first key and one
/// after each key (by the key's index, below 64 for an object's table).
private enum KeyRegion {
    static let stride = 65
    static let top = 0, party = stride, dates = 2 * stride, officer = 3 * stride, prior = 4 * stride, decision = 5 * stride
    static let procedure = 6 * stride, investigation = 7 * stride, measure = 8 * stride, payment = 9 * stride
    /// The facts come last: one entry per slot of the layout, plus the first.
    static let facts = 10 * stride
}

/// A scalar as the case format reads it: every JSON scalar but `null` is text (numbers and `true`/`false` by their
/// spelling), exactly as `JSONLineParser` hands them to `SchemaReader`.
private enum Scalar {
    case null
    case text(TextRef)
}

private struct Cursor {
    let b: UnsafeBufferPointer<UInt8>
    let maxString: Int
    var i = 0
    /// Per key of each object (`KeyRegion`): the index of the key that followed it on the last line, else -1.
    var order: [Int32]

    init(bytes: UnsafeBufferPointer<UInt8>, maxString: Int, order: [Int32]) {
        self.b = bytes
        self.maxString = maxString
        self.order = order
    }

    // MARK: - Structure

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
    }

    /// Consumes `byte` after optional space.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < b.count, b[i] == byte else { return false }
        i += 1
        return true
    }

    /// Whether the next value is JSON `null` (consumed if so).
    mutating func takeNull() -> Bool {
        skipSpace()
        guard i + 4 <= b.count, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"),
              b[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    /// Iterates the members of an object whose `{` is next; `body` gets each key's index in `table` and reads the
    /// value. False on a syntax problem, an unknown, escaped or repeated key, or when `body` says false.
    mutating func object(_ table: ByteNameTable, _ region: Int, _ body: (inout Cursor, Int) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var seen: UInt64 = 0
        var expected = region
        repeat {
            guard let index = key(table, expected: expected), index < 64 else { return false }
            guard seen & (1 << index) == 0 else { return false }
            seen |= 1 << index
            expected = region + 1 + index
            guard take(UInt8(ascii: ":")), body(&self, index) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Iterates the items of an array whose `[` is next.
    mutating func array(_ body: (inout Cursor) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard body(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// The index in `table` of the key at the cursor (consumed with its closing quote); nil for a key the table does not
    /// hold, an escaped key or no key. `order[expected]` names the key that came here on the last line: exports write
    /// their keys in one order, so that name is compared in place first, and only a different key is scanned for its
    /// end and hashed (which cost about 200 instructions a key, a third of the scan).
    mutating func key(_ table: ByteNameTable, expected: Int) -> Int? {
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "\""), let base = b.baseAddress else { return nil }
        let guess = Int(order[expected])
        if guess >= 0, let length = table.quotedLength(of: guess, at: base + i + 1, available: b.count - i - 1) {
            i += length + 2
            return guess
        }
        guard let raw = rawKey(), let index = table.index(of: raw) else { return nil }
        order[expected] = Int32(truncatingIfNeeded: index)
        return index
    }

    /// A key's bytes, in place; nil for an escaped key (rare; the positioned reader handles it).
    mutating func rawKey() -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var k = start
        // Eight bytes at a time up to the first quote, backslash or control byte (keys are short ASCII words; a byte
        // loop cost a fifth of the scan).
        if let base = b.baseAddress {
            while k + 8 <= b.count {
                let special = Self.specialBytes(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
                if special != 0 {
                    k += special.trailingZeroBitCount >> 3
                    break
                }
                k += 8
            }
        }
        while k < b.count, b[k] != UInt8(ascii: "\"") {
            if b[k] == UInt8(ascii: "\\") || b[k] < 0x20 { return nil }
            k += 1
        }
        guard k < b.count else { return nil }
        i = k + 1
        return UnsafeBufferPointer(rebasing: b[start..<k])
    }

    /// The high bit of each byte of `w` (little-endian) that is `"`, `\` or below 0x20; the lowest set bit marks the
    /// first such byte exactly (a borrow only runs upwards from a byte that is itself marked).
    @inline(__always)
    static func specialBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (w &- ones &* 0x20) & ~w
        return (zeroQuote | zeroBackslash | control) & highs
    }

    // MARK: - Scalars

    /// A scalar value copied into `text`; nil for an object, an array or a syntax problem.
    mutating func scalar(_ text: inout [UInt8]) -> Scalar? {
        skipSpace()
        guard i < b.count else { return nil }
        let start = i
        switch b[i] {
        case UInt8(ascii: "\""):
            return string(&text).map(Scalar.text)
        case UInt8(ascii: "n"):
            return takeNull() ? .null : nil
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let word: StaticString = b[i] == UInt8(ascii: "t") ? "true" : "false"
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count else { return nil }
            for k in 0..<n where b[i + k] != word.utf8Start[k] { return nil }
            i += n
            return .text(copy(start..<i, into: &text))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard number() else { return nil }
            return .text(copy(start..<i, into: &text))
        default:
            return nil
        }
    }

    /// A bare `true` or `false` at the cursor, consumed; nil (cursor unmoved) for anything else.
    mutating func bareBoolean() -> Bool? {
        if i + 4 <= b.count, b[i] == UInt8(ascii: "t"), b[i + 1] == UInt8(ascii: "r"), b[i + 2] == UInt8(ascii: "u"),
           b[i + 3] == UInt8(ascii: "e") {
            i += 4
            return true
        }
        if i + 5 <= b.count, b[i] == UInt8(ascii: "f"), b[i + 1] == UInt8(ascii: "a"), b[i + 2] == UInt8(ascii: "l"),
           b[i + 3] == UInt8(ascii: "s"), b[i + 4] == UInt8(ascii: "e") {
            i += 5
            return false
        }
        return nil
    }

    /// A non-null scalar's text.
    mutating func text(_ text: inout [UInt8]) -> TextRef? {
        guard case .text(let ref)? = scalar(&text) else { return nil }
        return ref
    }

    /// A scalar's text, nil for `null`; `.none` (outer nil) on anything else.
    mutating func optionalText(_ text: inout [UInt8]) -> TextRef?? {
        switch scalar(&text) {
        case .null?: return .some(nil)
        case .text(let ref)?: return .some(ref)
        case nil: return .none
        }
    }

    private func copy(_ range: Range<Int>, into text: inout [UInt8]) -> TextRef {
        let offset = text.count
        text.append(contentsOf: UnsafeBufferPointer(rebasing: b[range]))
        return TextRef(offset: UInt32(offset), length: UInt32(range.count))
    }

    /// JSON number grammar (the bytes are kept as written).
    mutating func number() -> Bool {
        if b[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let n = digits()
        guard n > 0, n == 1 || b[intStart] != UInt8(ascii: "0") else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return true
    }

    private mutating func digits() -> Int {
        let s = i
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        return i - s
    }

    /// A string with its escapes resolved and its UTF-8 checked, appended to `text`.
    ///
    /// Plain ASCII is skipped a word at a time (`stopBytes`), and runs of non-ASCII a sequence at a time with the
    /// common three-byte (CJK) form checked in place: the byte loop with a UTF-8 check per character was most of the
    /// scan's cost on a case's dates, codes and Chinese names.
    mutating func string(_ text: inout [UInt8]) -> TextRef? {
        i += 1
        let offset = text.count
        var run = i
        guard let base = b.baseAddress else { return nil }
        let count = b.count
        while true {
            while i + 8 <= count {
                let stop = Self.stopBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if stop != 0 {
                    i += stop.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < count else { return nil }
            let c = base[i]
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { return nil }
            if c < 0x80 {
                if c == UInt8(ascii: "\\") {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                    guard escape(&text) else { return nil }
                    run = i
                    continue
                }
                // Only within the line's last eight bytes: the word loop stops at nothing else that is ASCII.
                i += 1
                continue
            }
            repeat {
                let lead = base[i]
                // E1–EC and EE–EF take any two continuation bytes (E0, ED and the rest go through `utf8Length`).
                if lead >= 0xE1, lead <= 0xEF, lead != 0xED, i + 2 < count, base[i + 1] & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80 {
                    i += 3
                } else {
                    guard let n = Self.utf8Length(b, at: i) else { return nil }
                    i += n
                }
            } while i < count && base[i] >= 0x80
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
        i += 1
        let length = text.count - offset
        guard length <= maxString else { return nil }
        return TextRef(offset: UInt32(offset), length: UInt32(length))
    }

    /// The high bit of each byte of `w` that ends a plain ASCII run inside a string: `"`, `\`, a control byte or a
    /// non-ASCII byte; the lowest set bit marks the first such byte exactly (see `specialBytes`; a byte of 0x80 or more
    /// starts no borrow).
    @inline(__always)
    static func stopBytes(_ w: UInt64) -> UInt64 {
        specialBytes(w) | (w & 0x8080_8080_8080_8080)
    }

    /// One escape after `\`, appended as UTF-8.
    private mutating func escape(_ text: inout [UInt8]) -> Bool {
        guard i + 1 < b.count else { return false }
        let e = b[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            guard var code = hex4() else { return false }
            if (0xD800...0xDBFF).contains(code) {
                guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return false }
                i += 2
                guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code), let encoded = UTF8.encode(scalar) else { return false }
            text.append(contentsOf: encoded)
        default:
            return false
        }
        return true
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        i += 4
        return value
    }

    /// The length of the well-formed UTF-8 sequence starting with a non-ASCII byte at `k`, else nil.
    static func utf8Length(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        let c = b[k]
        func cont(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            j < b.count && b[j] >= low && b[j] <= high
        }
        switch c {
        case 0xC2...0xDF: return cont(k + 1) ? 2 : nil
        case 0xE0: return cont(k + 1, 0xA0) && cont(k + 2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return cont(k + 1) && cont(k + 2) ? 3 : nil
        case 0xED: return cont(k + 1, 0x80, 0x9F) && cont(k + 2) ? 3 : nil
        case 0xF0: return cont(k + 1, 0x90) && cont(k + 2) && cont(k + 3) ? 4 : nil
        case 0xF1...0xF3: return cont(k + 1) && cont(k + 2) && cont(k + 3) ? 4 : nil
        case 0xF4: return cont(k + 1, 0x80, 0x8F) && cont(k + 2) && cont(k + 3) ? 4 : nil
        default: return nil
        }
    }
}

// MARK: - Reading text as typed values (exactly as SchemaReader and CaseFactReader do)

// On the case's text bytes rather than on `CompactCase`: the scanner's closures hold the case `inout`, and calling a
// method of the whole case from there copied it (a tenth of the scan's instructions).
private extension Array where Element == UInt8 {
    /// Calls `body` with the bytes of `ref` (valid only inside `body`).
    func withBytes<R>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(ref.offset)..<Int(ref.offset + ref.length)])) }
    }

    /// `SchemaReader.parseDate`: the exact ten-byte shape here, anything else through the same function.
    func day(_ ref: TextRef) -> Int32? {
        let date: CivilDate? = withBytes(ref) { b in
            func digits(_ from: Int, _ to: Int) -> Int? {
                var value = 0
                for k in from..<to {
                    let d = Int(b[k]) &- 48
                    guard d >= 0, d <= 9 else { return nil }
                    value = value * 10 + d
                }
                return value
            }
            if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
               let year = digits(0, 4), let month = digits(5, 7), let day = digits(8, 10),
               let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
            return SchemaReader.parseDate(String(decoding: b, as: UTF8.self))
        }
        return date.map { Int32($0.dayNumber) }
    }

    /// `Money(parsing:)` in fen: plain `123` / `123.4` / `123.45` here, other spellings through the same initialiser.
    func fen(_ ref: TextRef) -> Int64? {
        withBytes(ref) { b in
            var k = 0
            var whole: Int64 = 0
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39, k < 15 { whole = whole * 10 + Int64(b[k] - 0x30); k += 1 }
            let plain = k > 0 && (k == 1 || b[0] != 0x30)
            if plain, k == b.count { return whole * 100 }
            if plain, b[k] == UInt8(ascii: "."), (2...3).contains(b.count - k) {
                var fraction: Int64 = 0
                for j in (k + 1)..<b.count {
                    guard b[j] >= 0x30, b[j] <= 0x39 else { return Money(parsing: String(decoding: b, as: UTF8.self))?.fen }
                    fraction = fraction * 10 + Int64(b[j] - 0x30)
                }
                return whole * 100 + (b.count - k == 2 ? fraction * 10 : fraction)
            }
            return Money(parsing: String(decoding: b, as: UTF8.self))?.fen
        }
    }

    /// `SchemaReader.integer`: an optional `-` and decimal digits that fit an `Int`.
    func integer(_ ref: TextRef) -> Int64? {
        withBytes(ref) { b in
            var k = 0
            let negative = b.first == UInt8(ascii: "-")
            if negative { k = 1 }
            guard k < b.count, b.count - k <= 18 else { return nil }
            var value: Int64 = 0
            while k < b.count {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                value = value * 10 + Int64(b[k] - 0x30)
                k += 1
            }
            return negative ? -value : value
        }
    }

    /// `true` / `false` spelled exactly.
    func boolean(_ ref: TextRef) -> Bool? {
        withBytes(ref) { b in
            if b.elementsEqual("true".utf8) { return true }
            if b.elementsEqual("false".utf8) { return false }
            return nil
        }
    }

    /// Whether the text would be changed by `trimmingSpaces` (then the positioned reader takes the line).
    func needsTrimming(_ ref: TextRef) -> Bool {
        withBytes(ref) { b in
            guard let first = b.first, let last = b.last else { return false }
            func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
            if space(first) || space(last) { return true }
            // U+3000 is E3 80 80.
            if b.count >= 3, b[0] == 0xE3, b[1] == 0x80, b[2] == 0x80 { return true }
            if b.count >= 3, b[b.count - 3] == 0xE3, b[b.count - 2] == 0x80, b[b.count - 1] == 0x80 { return true }
            return false
        }
    }
}

// MARK: - The case format

private extension Cursor {
    mutating func caseObject(into c: inout CompactCase, layout: CaseSlotLayout) -> Bool {
        skipSpace()
        c.startOffset = Int32(i)
        var required = 0
        let ok = object(Keys.top, KeyRegion.top) { cursor, key in
            switch key {
            case 0: guard let v = cursor.text(&c.text) else { return false }; c.id = v; required |= 1
            case 1: guard let v = cursor.text(&c.text) else { return false }; c.agency = v; required |= 2
            case 2:
                guard let v = cursor.optionalText(&c.text) else { return false }
                // An undeclared region earns a warning (R006) only the positioned reader gives: decline the line.
                if let v, let names = layout.regionNames, c.text.withBytes(v, { names.index(of: $0) }) == nil { return false }
                c.region = v
            case 3: return cursor.officers(&c)
            case 4: guard cursor.party(&c) else { return false }; required |= 4
            case 5:
                guard let v = cursor.text(&c.text), let id = c.text.withBytes(v, { layout.violationTable.index(of: $0) }) else { return false }
                c.violation = Int32(id); required |= 8
            case 6: guard cursor.dates(&c) else { return false }; required |= 16
            case 7: return cursor.facts(&c, layout: layout)
            case 8: return cursor.amount(&c, into: \.illegalGains)
            case 9: return cursor.amount(&c, into: \.goodsValue)
            case 10: return cursor.priors(&c, layout: layout)
            case 11: return cursor.decision(&c, layout: layout)
            case 12: guard let v = cursor.optionalText(&c.text) else { return false }; c.actID = v
            case 13: return cursor.procedure(&c)
            case 14: return cursor.measures(&c)
            case 15: return cursor.payment(&c)
            default: return false
            }
            return true
        }
        skipSpace()
        guard ok, required == 31, i == b.count else { return false }
        return c.consistent(layout: layout)
    }

    mutating func officers(_ c: inout CompactCase) -> Bool {
        if takeNull() { return true }
        return array { cursor in
            guard let officer = cursor.officer(&c.text) else { return false }
            c.officers.append(officer)
            return true
        }
    }

    /// One officer: `{name, certificate}` or a bare name.
    mutating func officer(_ text: inout [UInt8]) -> CompactCase.Officer? {
        skipSpace()
        guard i < b.count else { return nil }
        if b[i] != UInt8(ascii: "{") {
            guard let name = self.text(&text) else { return nil }
            return .init(name: name, certificate: nil)
        }
        var name: TextRef?
        var certificate: TextRef?
        guard object(Keys.officer, KeyRegion.officer, { cursor, key in
            if key == 0 { name = cursor.text(&text); return name != nil }
            guard let v = cursor.optionalText(&text) else { return false }
            certificate = v
            return true
        }), let name else { return nil }
        return .init(name: name, certificate: certificate)
    }

    mutating func party(_ c: inout CompactCase) -> Bool {
        var required = 0
        var birth: Int32?
        guard object(Keys.party, KeyRegion.party, { cursor, key in
            switch key {
            case 0: guard let v = cursor.text(&c.text) else { return false }; c.partyName = v; required |= 1
            case 1:
                guard let v = cursor.text(&c.text), let t = c.text.withBytes(v, { Keys.partyTypes.index(of: $0) }) else { return false }
                c.partyType = PartyType.allCases[t]; required |= 2
            case 2:
                guard let v = cursor.optionalText(&c.text) else { return false }
                if let v { guard c.text.withBytes(v, IdentifierChecks.isValidCreditCode(bytes:)) else { return false } }
                c.creditCode = v
            case 3: guard let v = cursor.optionalText(&c.text) else { return false }; c.idNumber = v
            case 4:
                guard let v = cursor.optionalText(&c.text) else { return false }
                if let v { guard let day = c.text.day(v) else { return false }; birth = day }
            case 5:
                guard let v = cursor.optionalText(&c.text) else { return false }
                if let v { guard let age = c.text.integer(v), (0...150).contains(age) else { return false }; c.age = Int16(age) }
            default: return false
            }
            return true
        }), required == 3 else { return false }
        if let number = c.idNumber {
            guard let derived = c.text.withBytes(number, IdentifierChecks.birthDate(fromIDNumber:)) else { return false }
            let day = Int32(derived.dayNumber)
            if let birth, birth != day { return false }
            birth = day
        }
        c.birthDay = birth
        return true
    }

    mutating func dates(_ c: inout CompactCase) -> Bool {
        var act: Int32?
        guard object(Keys.dates, KeyRegion.dates, { cursor, key in
            if key == 5 {
                guard let x = cursor.optionalBool(&c) else { return false }
                c.continuing = x
                return true
            }
            guard let v = cursor.optionalText(&c.text) else { return false }
            guard let v else { return true }
            guard let day = c.text.day(v) else { return false }
            switch key {
            case 0: act = day
            case 1: c.actEnd = day
            case 2: c.discovered = day
            case 3: c.filed = day
            case 4: c.decided = day
            default: return false
            }
            return true
        }), let act else { return false }
        c.act = act
        return true
    }

    mutating func facts(_ c: inout CompactCase, layout: CaseSlotLayout) -> Bool {
        if takeNull() { return true }
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var expected = KeyRegion.facts
        repeat {
            guard let slot = key(layout.factTable, expected: expected), c.factOffsets[slot] < 0,
                  take(UInt8(ascii: ":")) else { return false }
            expected = KeyRegion.facts + 1 + slot
            skipSpace()
            c.factOffsets[slot] = Int32(i)
            // Most facts are booleans written bare: read in place (the general path copies and re-reads the word).
            if layout.booleanSlots[slot], let literal = bareBoolean() {
                c.slots[slot] = SlotValue(tag: .boolean, payload: literal ? 1 : 0)
                continue
            }
            guard let scalar = scalar(&c.text) else { return false }
            guard case .text(let ref) = scalar else { continue }
            guard !c.text.needsTrimming(ref), let value = c.text.slotValue(ref, type: layout.types[slot], values: layout.enumValues[slot]) else { return false }
            c.slots[slot] = value
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    mutating func amount(_ c: inout CompactCase, into field: WritableKeyPath<CompactCase, Int64?>) -> Bool {
        guard let v = optionalText(&c.text) else { return false }
        guard let v else { return true }
        guard let fen = c.text.fen(v), fen >= 0 else { return false }
        c[keyPath: field] = fen
        return true
    }

    mutating func priors(_ c: inout CompactCase, layout: CaseSlotLayout) -> Bool {
        if takeNull() { return true }
        c.priorsKnown = true
        return array { cursor in
            var code: TextRef?
            var day: Int32?
            var caseID: TextRef?
            guard cursor.object(Keys.prior, KeyRegion.prior, { cursor, key in
                switch key {
                case 0:
                    // An undeclared code is a warning (a typo would make every first-offence test true).
                    guard let v = cursor.text(&c.text), c.text.withBytes(v, { layout.violationTable.index(of: $0) }) != nil else { return false }
                    code = v
                case 1: guard let v = cursor.text(&c.text), let d = c.text.day(v) else { return false }; day = d
                default: guard let v = cursor.optionalText(&c.text) else { return false }; caseID = v
                }
                return true
            }), let code, let day else { return false }
            c.priors.append(.init(violation: code, day: day, caseID: caseID))
            return true
        }
    }

    mutating func decision(_ c: inout CompactCase, layout: CaseSlotLayout) -> Bool {
        if takeNull() { return true }
        c.hasDecision = true
        return object(Keys.decision, KeyRegion.decision) { cursor, key in
            if key == 2 {
                if cursor.takeNull() { return true }
                return cursor.array { cursor in
                    guard let v = cursor.optionalText(&c.text) else { return false }
                    if let v { c.penaltyKinds.append(v) }
                    return true
                }
            }
            if key == 11 {
                if cursor.takeNull() { return true }
                c.followUpsKnown = true
                return cursor.array { cursor in
                    guard let v = cursor.optionalText(&c.text), let v else { return false }
                    // An unknown duty name goes to the positioned reader, which reports it.
                    guard c.text.withBytes(v, { Keys.duties.index(of: $0) }) != nil else { return false }
                    c.followUps.append(v)
                    return true
                }
            }
            guard let v = cursor.optionalText(&c.text) else { return false }
            guard let v else { return true }
            switch key {
            case 0:
                guard let o = c.text.withBytes(v, { Keys.outcomes.index(of: $0) }) else { return false }
                c.outcome = Outcome.allCases[o]
            case 1: guard let fen = c.text.fen(v), fen >= 0 else { return false }; c.fine = fen
            case 3: guard let x = c.text.boolean(v) else { return false }; c.education = x
            case 4: guard let x = c.text.boolean(v) else { return false }; c.commitment = x
            case 5: guard let x = c.text.boolean(v) else { return false }; c.legalReview = x
            case 6: guard let x = c.text.boolean(v) else { return false }; c.firstOffenceClaimed = x
            case 7: c.decisionList = v
            case 8: c.decisionItem = v
            case 9: guard let d = c.text.day(v) else { return false }; c.published = d
            default:
                guard let x = c.text.withBytes(v, { Keys.coercionChoices.index(of: $0) }) else { return false }
                c.coercion = CoercionChoice.allCases[x]
            }
            return true
        }
    }
}

// MARK: - Procedure, coercive measures, payment

private extension Cursor {
    /// A date, or `false` for a step recorded as not taken (`CaseReading.step`).
    mutating func step(_ c: inout CompactCase) -> CompactStep?? {
        guard let v = optionalText(&c.text) else { return .none }
        guard let v else { return .some(nil) }
        if c.text.withBytes(v, { $0.elementsEqual("false".utf8) }) { return .some(CompactStep.notTaken) }
        guard let day = c.text.day(v) else { return .none }
        return .some(.on(day))
    }

    /// A date or null; `.none` (outer nil) on anything else.
    mutating func optionalDay(_ c: inout CompactCase) -> Int32?? {
        guard let v = optionalText(&c.text) else { return .none }
        guard let v else { return .some(nil) }
        guard let day = c.text.day(v) else { return .none }
        return .some(day)
    }

    /// `true`, `false` or null.
    mutating func optionalBool(_ c: inout CompactCase) -> Bool?? {
        guard let v = optionalText(&c.text) else { return .none }
        guard let v else { return .some(nil) }
        guard let x = c.text.boolean(v) else { return .none }
        return .some(x)
    }

    mutating func procedure(_ c: inout CompactCase) -> Bool {
        if takeNull() { return true }
        var p = CompactProcedure()
        guard object(Keys.procedure, KeyRegion.procedure, { cursor, key in
            switch key {
            case 0:
                guard let v = cursor.optionalText(&c.text) else { return false }
                guard let v else { return true }
                guard let k = c.text.withBytes(v, { Keys.procedureKinds.index(of: $0) }) else { return false }
                p.kind = ProcedureKind.allCases[k]
            case 1: guard let x = cursor.step(&c) else { return false }; p.notified = x
            case 2: guard let x = cursor.optionalBool(&c) else { return false }; p.hearingRights = x
            case 3: guard let x = cursor.optionalDay(&c) else { return false }; p.statementReceived = x
            case 4: guard let x = cursor.optionalBool(&c) else { return false }; p.rightsWaived = x
            case 5: guard let x = cursor.optionalDay(&c) else { return false }; p.hearingRequested = x
            case 6: guard let x = cursor.optionalDay(&c) else { return false }; p.hearingHeld = x
            case 7: guard let x = cursor.optionalDay(&c) else { return false }; p.legalReview = x
            case 8: guard let v = cursor.optionalText(&c.text) else { return false }; p.legalReviewer = v
            case 9: return cursor.investigations(&c, into: &p)
            case 10: guard let x = cursor.optionalBool(&c) else { return false }; p.certificateShown = x
            case 11: guard let x = cursor.optionalBool(&c) else { return false }; p.numberedForm = x
            case 12: guard let x = cursor.optionalBool(&c) else { return false }; p.deliveredOnSpot = x
            case 13: guard let x = cursor.optionalBool(&c) else { return false }; p.reported = x
            default: return false
            }
            return true
        }) else { return false }
        c.procedure = p
        return true
    }

    mutating func investigations(_ c: inout CompactCase, into p: inout CompactProcedure) -> Bool {
        if takeNull() { return true }
        p.investigationsKnown = true
        return array { cursor in
            var day: Int32?
            let first = c.investigationOfficers.count
            guard cursor.object(Keys.investigation, KeyRegion.investigation, { cursor, key in
                if key == 0 {
                    guard let v = cursor.text(&c.text), let d = c.text.day(v) else { return false }
                    day = d
                    return true
                }
                if cursor.takeNull() { return true }
                return cursor.array { cursor in
                    guard let officer = cursor.officer(&c.text) else { return false }
                    c.investigationOfficers.append(officer)
                    return true
                }
            }), let day else { return false }
            c.investigations.append(CompactInvestigation(day: day, officers: first..<c.investigationOfficers.count))
            return true
        }
    }

    mutating func measures(_ c: inout CompactCase) -> Bool {
        if takeNull() { return true }
        c.measuresKnown = true
        return array { cursor in
            var m = CompactMeasure()
            var kind: CoerciveMeasureKind?
            guard cursor.object(Keys.measure, KeyRegion.measure, { cursor, key in
                switch key {
                case 0:
                    guard let v = cursor.text(&c.text), let k = c.text.withBytes(v, { Keys.measureKinds.index(of: $0) }) else { return false }
                    kind = CoerciveMeasureKind.allCases[k]
                case 1: guard let x = cursor.step(&c) else { return false }; m.decided = x
                case 2: guard let x = cursor.optionalDay(&c) else { return false }; m.executed = x
                case 3: guard let x = cursor.optionalDay(&c) else { return false }; m.extended = x
                case 4:
                    guard let v = cursor.optionalText(&c.text) else { return false }
                    guard let v else { return true }
                    guard let n = c.text.integer(v), (0...3650).contains(n) else { return false }
                    m.extensionDays = Int32(n)
                case 5: guard let x = cursor.optionalDay(&c) else { return false }; m.ended = x
                case 6: guard let x = cursor.optionalBool(&c) else { return false }; m.notified = x
                default: return false
                }
                return true
            }), let kind else { return false }
            m.kind = kind
            c.measures.append(m)
            return true
        }
    }

    mutating func payment(_ c: inout CompactCase) -> Bool {
        if takeNull() { return true }
        var p = CompactPayment()
        guard object(Keys.payment, KeyRegion.payment, { cursor, key in
            switch key {
            case 0: guard let x = cursor.optionalDay(&c) else { return false }; p.due = x
            case 1: guard let x = cursor.optionalDay(&c) else { return false }; p.paid = x
            case 2:
                guard let v = cursor.optionalText(&c.text) else { return false }
                guard let v else { return true }
                guard let fen = c.text.fen(v), fen >= 0 else { return false }
                p.surcharge = fen
            default: guard let x = cursor.optionalDay(&c) else { return false }; p.surchargeFrom = x
            }
            return true
        }) else { return false }
        c.payment = p
        return true
    }
}

private extension Array where Element == UInt8 {
    /// A fact value by its declared type (`CaseFactReader.value`); nil where that reader would complain.
    func slotValue(_ ref: TextRef, type: FactType, values: ByteNameTable?) -> SlotValue? {
        switch type {
        case .boolean: return boolean(ref).map { SlotValue(tag: .boolean, payload: $0 ? 1 : 0) }
        case .integer: return integer(ref).map { SlotValue(tag: .integer, payload: $0) }
        case .decimal:
            guard let value = FixedPoint(parsing: withBytes(ref, { String(decoding: $0, as: UTF8.self) })) else { return nil }
            return SlotValue(tag: .decimal, payload: value.mantissa, extra: Int32(value.scale))
        case .money:
            guard let fen = fen(ref), fen >= 0 else { return nil }
            return SlotValue(tag: .money, payload: fen)
        case .date: return day(ref).map { SlotValue(tag: .date, payload: Int64($0)) }
        case .duration:
            return withBytes(ref) { b in
                let end = b.last == UInt8(ascii: "d") ? b.count - 1 : b.count
                guard end > 0, end <= 18 else { return nil }
                var days: Int64 = 0
                for k in 0..<end {
                    guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                    days = days * 10 + Int64(b[k] - 0x30)
                }
                return SlotValue(tag: .duration, payload: days)
            }
        case .enumeration:
            guard let index = withBytes(ref, { values?.index(of: $0) }) else { return nil }
            return SlotValue(tag: .enumeration, payload: Int64(index))
        case .text:
            return SlotValue(tag: .text, payload: Int64(ref.offset), extra: Int32(ref.length))
        }
    }
}

private extension CompactCase {
    /// The cross-field checks of `CaseReading` that give warnings: any of them sends the line to the positioned reader.
    func consistent(layout: CaseSlotLayout) -> Bool {
        if let actEnd, actEnd < act { return false }
        if let discovered, discovered < act { return false }
        if let filed, filed < act { return false }
        if let filed, let discovered, filed < discovered { return false }
        if let decided, let filed, decided < filed { return false }
        if filed == nil, let decided, decided < act { return false }
        if let birthDay, birthDay > act { return false }
        for prior in priors where prior.day > act { return false }
        if let published, let decided, published < decided { return false }
        if let p = procedure, let requested = p.hearingRequested, let held = p.hearingHeld, held < requested { return false }
        for m in measures {
            guard let executed = m.executed else { continue }
            if let extended = m.extended, extended < executed { return false }
            if let ended = m.ended, ended < executed { return false }
        }
        if layout.hasLists, let list = decisionList {
            guard let items = layout.listItems[string(list)] else { return false }
            if let item = decisionItem, !items.contains(string(item)) { return false }
        }
        return true
    }
}
