import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// One node of a compiled condition: plain integers, so evaluating touches no reference counts.
struct ConditionNode: Sendable {
    enum Kind: UInt8, Sendable {
        /// A fact in boolean position: yes/no when the slot holds a boolean, else unknown (`a` = slot).
        case boolSlot
        /// The item's history-based `first_offence` (list items only).
        case firstOffence
        /// A literal in boolean position (`a`: 0 no, 1 yes, 2 unknown).
        case constant
        /// Negation of node `a`.
        case not
        /// Conjunction / disjunction of the nodes `children[a..<b]`.
        case and, or
        /// Slot `a` compared (`op`) with the integer-like literal `value` of tag `tag`; other kinds take the generic path.
        case compareSlot
        /// Operand `a` compared (`op`) with operand `b` (operands: `valueSlot`, `literal`, or any boolean node).
        case compare
        /// Enumeration slot `a` in the declared indices `ints[b..<c]`; generic operand node `value` otherwise.
        case memberEnum
        /// Conjunction / disjunction whose operands are all boolean facts, some negated: the children are still
        /// `children[a..<b]` (for `deciding`), and `boolLiterals[c..<c + (b - a)]` holds each as slot << 1 | negated, so
        /// the truth is one loop over the slots instead of a recursive call per operand. A lone `not fact` is an
        /// `andBools` of one.
        case andBools, orBools
        /// Operand `a` in the literals `literals[b..<c]`.
        case member
        /// Operand `a` between `literals[b]` and `literals[c]`, inclusive.
        case between
        /// A fact as an operand (`a` = slot): its value.
        case valueSlot
        /// A literal as an operand (`a` = index in `literals`).
        case literal
    }

    var kind: Kind
    var op: ComparisonOperator = .equal
    var tag: SlotValue.Tag = .unknown
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var value: Int64 = 0
}

/// Every condition of a catalog compiled to one node array over fact slots, evaluated with the Kleene semantics of
/// `ExpressionEvaluator` (which stays the definition: the differential property test holds both to the same results).
struct ConditionProgram: Sendable {
    private(set) var nodes: [ConditionNode] = []
    private(set) var children: [Int32] = []
    private(set) var literals: [FactValue] = []
    private(set) var ints: [Int64] = []
    /// Operands of `andBools` / `orBools` nodes: slot << 1 | negated.
    private(set) var boolLiterals: [Int32] = []
    /// For each compiled root: the slots its expression reads, in first-use order (`Expression.factNames`).
    private(set) var reads: [Int32: [Int32]] = [:]
    let layout: CaseSlotLayout

    init(layout: CaseSlotLayout) { self.layout = layout }

    /// Compiles `expression`; nil when it names a fact the layout does not number. `itemContext` makes
    /// `first_offence` the item's history-based test instead of the case's fact.
    mutating func compile(_ expression: Expression, itemContext: Bool) -> Int32? {
        var names: [Int32] = []
        for name in expression.factNames {
            guard let slot = layout.slot(named: name) else { return nil }
            names.append(Int32(slot))
        }
        guard let root = node(expression, itemContext: itemContext) else { return nil }
        reads[root] = names
        return root
    }

    /// The slots a compiled root reads.
    func slotsRead(by root: Int32) -> [Int32] { reads[root] ?? [] }

    private mutating func append(_ node: ConditionNode) -> Int32 {
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    private mutating func literal(_ value: FactValue) -> Int32 {
        literals.append(value)
        return Int32(literals.count - 1)
    }

    private static func integerLike(_ value: FactValue) -> (SlotValue.Tag, Int64)? {
        switch value {
        case .integer(let i): (.integer, i)
        case .money(let m): (.money, m.fen)
        case .date(let d): (.date, Int64(d.dayNumber))
        case .duration(let d): (.duration, d)
        default: nil
        }
    }

    /// The fact and the text of `fact == literal` (either side) when the literal is an enumeration value or text.
    private static func enumerationEquality(_ left: Expression, _ right: Expression,
                                            itemContext: Bool) -> (fact: String, text: String, factSide: Expression, literalSide: Expression)? {
        func text(_ e: Expression) -> String? {
            switch e {
            case .literal(.enumeration(let s), _), .literal(.text(let s), _): s
            default: nil
            }
        }
        func fact(_ e: Expression) -> String? {
            guard case .fact(let name, _) = e, !(itemContext && name == firstOffenceFactName) else { return nil }
            return name
        }
        if let name = fact(left), let value = text(right) { return (name, value, left, right) }
        if let name = fact(right), let value = text(left) { return (name, value, right, left) }
        return nil
    }

    private static func flipped(_ op: ComparisonOperator) -> ComparisonOperator {
        switch op {
        case .equal, .notEqual: op
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }

    private mutating func node(_ expression: Expression, itemContext: Bool) -> Int32? {
        switch expression {
        case .fact(let name, _):
            if itemContext, name == firstOffenceFactName { return append(ConditionNode(kind: .firstOffence)) }
            guard let slot = layout.slot(named: name) else { return nil }
            return append(ConditionNode(kind: .boolSlot, a: Int32(slot)))
        case .literal(let value, _):
            let truth: Int32
            if case .boolean(let b) = value { truth = b ? 1 : 0 } else { truth = 2 }
            return append(ConditionNode(kind: .constant, a: truth))
        case .not(let inner, _):
            guard let child = node(inner, itemContext: itemContext) else { return nil }
            if nodes[Int(child)].kind == .boolSlot {
                let start = Int32(children.count)
                children.append(child)
                let literal = Int32(boolLiterals.count)
                boolLiterals.append(nodes[Int(child)].a << 1 | 1)
                return append(ConditionNode(kind: .andBools, a: start, b: start + 1, c: literal))
            }
            return append(ConditionNode(kind: .not, a: child))
        case .and(let operands, _), .or(let operands, _):
            var ids: [Int32] = []
            for operand in operands {
                guard let id = node(operand, itemContext: itemContext) else { return nil }
                ids.append(id)
            }
            let start = Int32(children.count)
            children.append(contentsOf: ids)
            let isAnd: Bool
            if case .and = expression { isAnd = true } else { isAnd = false }
            // Operands that are all facts or negated facts: the flat form (`andBools` / `orBools`).
            var flat: [Int32] = []
            for id in ids {
                let child = nodes[Int(id)]
                if child.kind == .boolSlot {
                    flat.append(child.a << 1)
                } else if child.kind == .andBools, child.b - child.a == 1, boolLiterals[Int(child.c)] & 1 == 1 {
                    flat.append(boolLiterals[Int(child.c)])
                } else {
                    break
                }
            }
            if flat.count == ids.count, !ids.isEmpty {
                let literal = Int32(boolLiterals.count)
                boolLiterals.append(contentsOf: flat)
                return append(ConditionNode(kind: isAnd ? .andBools : .orBools, a: start, b: Int32(children.count), c: literal))
            }
            return append(ConditionNode(kind: isAnd ? .and : .or, a: start, b: Int32(children.count)))
        case .compare(let op, let left, let right, _):
            if op == .equal || op == .notEqual, let (fact, text, factSide, literalSide) = Self.enumerationEquality(left, right, itemContext: itemContext),
               let slot = layout.slot(named: fact), case .enumeration = layout.types[slot] {
                // `party_type == individual`: an index test on the slot (`memberEnum`), as `FactValue.equal` compares the
                // declared value's text; `!=` is its Kleene negation, as `ExpressionEvaluator.compare` makes it.
                guard let subject = operand(factSide, itemContext: itemContext), let other = operand(literalSide, itemContext: itemContext) else { return nil }
                let fallback = append(ConditionNode(kind: .compare, op: .equal, a: subject, b: other))
                let from = Int32(ints.count)
                if let index = layout.enumerationIndex(slot: slot, value: text) { ints.append(Int64(index)) }
                let test = append(ConditionNode(kind: .memberEnum, a: Int32(slot), b: from, c: Int32(ints.count), value: Int64(fallback)))
                return op == .equal ? test : append(ConditionNode(kind: .not, a: test))
            }
            if case .fact(let name, _) = left, !(itemContext && name == firstOffenceFactName),
               case .literal(let value, _) = right, let (tag, payload) = Self.integerLike(value), let slot = layout.slot(named: name) {
                let fallback = operand(left, itemContext: itemContext), literalNode = operand(right, itemContext: itemContext)
                guard let fallback, let literalNode else { return nil }
                return append(ConditionNode(kind: .compareSlot, op: op, tag: tag, a: Int32(slot), b: fallback, c: literalNode, value: payload))
            }
            if case .literal(let value, _) = left, let (tag, payload) = Self.integerLike(value),
               case .fact(let name, _) = right, !(itemContext && name == firstOffenceFactName), let slot = layout.slot(named: name) {
                // `5000 < x` is `x > 5000`: the fast form always has the slot on the left.
                let fallback = operand(right, itemContext: itemContext), literalNode = operand(left, itemContext: itemContext)
                guard let fallback, let literalNode else { return nil }
                return append(ConditionNode(kind: .compareSlot, op: Self.flipped(op), tag: tag, a: Int32(slot), b: fallback, c: literalNode,
                                            value: payload))
            }
            guard let l = operand(left, itemContext: itemContext), let r = operand(right, itemContext: itemContext) else { return nil }
            return append(ConditionNode(kind: .compare, op: op, a: l, b: r))
        case .member(let subject, let values, _):
            guard let subjectNode = operand(subject, itemContext: itemContext) else { return nil }
            let start = Int32(literals.count)
            for value in values { _ = literal(value) }
            let end = Int32(literals.count)
            if case .fact(let name, _) = subject, let slot = layout.slot(named: name),
               case .enumeration = layout.types[slot], values.allSatisfy({ if case .enumeration = $0 { true } else { false } }) {
                // Values the fact does not declare can never equal one of its (enumeration) values: left out.
                let from = Int32(ints.count)
                for case .enumeration(let e) in values {
                    if let index = layout.enumerationIndex(slot: slot, value: e) { ints.append(Int64(index)) }
                }
                return append(ConditionNode(kind: .memberEnum, a: Int32(slot), b: from, c: Int32(ints.count),
                                            value: Int64(append(ConditionNode(kind: .member, a: subjectNode, b: start, c: end)))))
            }
            return append(ConditionNode(kind: .member, a: subjectNode, b: start, c: end))
        case .between(let subject, let low, let high, _):
            guard let subjectNode = operand(subject, itemContext: itemContext) else { return nil }
            let lo = literal(low), hi = literal(high)
            return append(ConditionNode(kind: .between, a: subjectNode, b: lo, c: hi))
        }
    }

    /// A one-slot test that, when it fails, makes root `root` false (`ItemRejection`): a boolean fact, a negated one,
    /// an enumeration equality with one declared value, or such an operand of a conjunction, a boolean one first
    /// (`rejection(among:)`).
    func rejection(_ root: Int32) -> (ItemRejection, Int32, Int64)? {
        let node = nodes[Int(root)]
        switch node.kind {
        case .boolSlot:
            return (.booleanFalse, node.a, 0)
        case .andBools:
            // A conjunction of facts, some negated (`slot << 1 | negated`): its first operand.
            let literal = boolLiterals[Int(node.c)]
            return (literal & 1 == 1 ? .booleanTrue : .booleanFalse, literal >> 1, 0)
        case .memberEnum where node.c - node.b == 1:
            return (.otherEnumeration, node.a, ints[Int(node.b)])
        case .and:
            return rejection(among: children[Int(node.a)..<Int(node.b)])
        default:
            return nil
        }
    }

    /// The rejection test of the first of `roots` that has one, preferring a boolean fact to an enumeration equality:
    /// in `party_type == individual and mental_incapacity` the fact fails for most cases of either party type (it is
    /// false when given, and false for a party it does not concern), the equality only for the other party types.
    func rejection(among roots: some Collection<Int32>) -> (ItemRejection, Int32, Int64)? {
        var enumeration: (ItemRejection, Int32, Int64)?
        for root in roots {
            guard let test = rejection(root) else { continue }
            if test.0 != .otherEnumeration { return test }
            if enumeration == nil { enumeration = test }
        }
        return enumeration
    }

    private mutating func operand(_ expression: Expression, itemContext: Bool) -> Int32? {
        switch expression {
        case .fact(let name, _):
            if itemContext, name == firstOffenceFactName { return append(ConditionNode(kind: .firstOffence)) }
            guard let slot = layout.slot(named: name) else { return nil }
            return append(ConditionNode(kind: .valueSlot, a: Int32(slot)))
        case .literal(let value, _):
            return append(ConditionNode(kind: .literal, a: literal(value)))
        default:
            return node(expression, itemContext: itemContext)
        }
    }
}

/// The values compiled conditions read: the work slots of one case and its text bytes.
struct SlotReader {
    /// Fact values by slot (case facts, bound case fields, presumptions, derivations).
    var values: [SlotValue]
    /// The case's text (payloads of text slots point into it).
    var text: [UInt8]
    /// The item's `first_offence` while an item's conditions are evaluated (nil = unknown).
    var firstOffence: Bool?

    init() {
        values = []
        text = []
        firstOffence = nil
    }
}

/// What compiled conditions read while one case is evaluated: pointers into the work slots and the case's text,
/// so evaluating retains nothing.
struct SlotView {
    var values: UnsafeBufferPointer<SlotValue>
    var text: UnsafeBufferPointer<UInt8>
    /// The item's `first_offence` (items only; nil = unknown).
    var firstOffence: Bool?
}

extension SlotReader {
    /// Runs `body` with a view of these values.
    func withView<R>(_ body: (SlotView) -> R) -> R {
        values.withUnsafeBufferPointer { v in text.withUnsafeBufferPointer { t in body(SlotView(values: v, text: t, firstOffence: firstOffence)) } }
    }
}

/// The compiled conditions as the hot path reads them: a final class, so evaluating passes one pointer, not the
/// builder's arrays and tables.
///
/// `@unchecked Sendable`: the four buffers of plain integers are written once in `init`, only read after, and freed in
/// `deinit`; as buffers rather than arrays, reading a node costs no bounds check and no array indirection (about ten
/// instructions a node on the hot path; a case reads some thirty).
final class ConditionCode: @unchecked Sendable {
    let nodes: UnsafeBufferPointer<ConditionNode>
    let children: UnsafeBufferPointer<Int32>
    let literals: [FactValue]
    let ints: UnsafeBufferPointer<Int64>
    let boolLiterals: UnsafeBufferPointer<Int32>
    let types: [FactType]

    init(_ program: ConditionProgram) {
        nodes = Self.buffer(program.nodes)
        children = Self.buffer(program.children)
        literals = program.literals
        ints = Self.buffer(program.ints)
        boolLiterals = Self.buffer(program.boolLiterals)
        types = program.layout.types
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: nodes).deallocate()
        UnsafeMutableBufferPointer(mutating: children).deallocate()
        UnsafeMutableBufferPointer(mutating: ints).deallocate()
        UnsafeMutableBufferPointer(mutating: boolLiterals).deallocate()
    }

    /// A buffer of its own holding `array`'s elements.
    static func buffer<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }
}

extension ConditionCode {
    /// The value of slot `slot` as a `FactValue` (nil = unknown), for the generic comparisons.
    func factValue(_ slot: Int, _ reader: SlotView) -> FactValue? {
        let value = reader.values[slot]
        switch value.tag {
        case .unknown: return nil
        case .boolean: return .boolean(value.payload != 0)
        case .integer: return .integer(value.payload)
        case .decimal: return .decimal(FixedPoint(mantissa: value.payload, scale: Int(value.extra)))
        case .money: return .money(Money(fen: value.payload))
        case .date: return .date(CivilDate(dayNumber: Int(value.payload)))
        case .duration: return .duration(value.payload)
        case .enumeration:
            guard case .enumeration(let declared) = types[slot], Int(value.payload) < declared.count else { return nil }
            return .enumeration(declared[Int(value.payload)])
        case .text:
            let start = Int(value.payload)
            return .text(String(decoding: UnsafeBufferPointer(rebasing: reader.text[start..<start + Int(value.extra)]), as: UTF8.self))
        }
    }

    /// The truth of node `id` (Kleene logic, as `ExpressionEvaluator.evaluate`).
    @inline(__always)
    func truth(_ id: Int32, _ reader: SlotView) -> Truth {
        let node = nodes[Int(id)]
        return quickLeaf(node, reader) ?? composite(node, reader)
    }

    /// The truth of a boolean fact or of an integer-like or enumeration test on a slot holding the expected kind;
    /// nil for everything else.
    @inline(__always)
    private func quickLeaf(_ node: ConditionNode, _ reader: SlotView) -> Truth? {
        switch node.kind {
        case .boolSlot:
            let value = reader.values[Int(node.a)]
            return value.tag == .boolean ? (value.payload != 0 ? .yes : .no) : .unknown
        case .compareSlot:
            let value = reader.values[Int(node.a)]
            if value.tag == node.tag {
                let x = value.payload, y = node.value
                switch node.op {
                case .equal: return Truth(x == y)
                case .notEqual: return Truth(x != y)
                case .less: return Truth(x < y)
                case .lessOrEqual: return Truth(x <= y)
                case .greater: return Truth(x > y)
                case .greaterOrEqual: return Truth(x >= y)
                }
            }
            return value.tag == .unknown ? .unknown : nil
        case .memberEnum:
            let value = reader.values[Int(node.a)]
            if value.tag == .enumeration {
                for k in Int(node.b)..<Int(node.c) where ints[k] == value.payload { return .yes }
                return .no
            }
            return value.tag == .unknown ? .unknown : nil
        case .andBools, .orBools:
            // Kleene: the answer that decides (no for a conjunction, yes for a disjunction) as soon as one operand gives
            // it, else unknown when an operand is unknown. An operand is true when its fact's value differs from its
            // negation bit.
            let isAnd = node.kind == .andBools
            var result: Truth = isAnd ? .yes : .no
            var k = Int(node.c)
            for _ in node.a..<node.b {
                let literal = boolLiterals[k]
                k += 1
                let value = reader.values[Int(literal >> 1)]
                if value.tag != .boolean { result = .unknown; continue }
                if ((value.payload != 0) != (literal & 1 != 0)) != isAnd { return isAnd ? .no : .yes }
            }
            return result
        default:
            return nil
        }
    }

    /// `truth` of the nodes `quickLeaf` does not answer.
    private func composite(_ node: ConditionNode, _ reader: SlotView) -> Truth {
        switch node.kind {
        case .boolSlot:
            let value = reader.values[Int(node.a)]
            return value.tag == .boolean ? (value.payload != 0 ? .yes : .no) : .unknown
        case .firstOffence:
            return reader.firstOffence.map(Truth.init) ?? .unknown
        case .constant:
            return node.a == 1 ? .yes : (node.a == 0 ? .no : .unknown)
        case .not:
            return truth(node.a, reader).negated
        case .andBools, .orBools:
            return quickLeaf(node, reader) ?? .unknown
        case .and:
            var result = Truth.yes
            for k in Int(node.a)..<Int(node.b) {
                switch truth(children[k], reader) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .or:
            var result = Truth.no
            for k in Int(node.a)..<Int(node.b) {
                switch truth(children[k], reader) {
                case .yes: return .yes
                case .unknown: result = .unknown
                case .no: break
                }
            }
            return result
        case .compareSlot:
            let value = reader.values[Int(node.a)]
            if value.tag == .unknown { return .unknown }
            return compareGeneric(node.op, node.b, node.c, reader)
        case .compare:
            return compareGeneric(node.op, node.a, node.b, reader)
        case .memberEnum:
            // Not an enumeration value (`quickLeaf` answers those): the generic test.
            let value = reader.values[Int(node.a)]
            if value.tag == .unknown { return .unknown }
            if value.tag == .enumeration { return quickLeaf(node, reader) ?? .unknown }
            return truth(Int32(node.value), reader)
        case .member:
            guard let x = operandValue(node.a, reader) else { return .unknown }
            var unknown = false
            for k in Int(node.b)..<Int(node.c) {
                switch FactValue.equal(x, literals[k]) {
                case true?: return .yes
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? .unknown : .no
        case .between:
            guard let x = operandValue(node.a, reader),
                  let above = FactValue.order(literals[Int(node.b)], x), let below = FactValue.order(x, literals[Int(node.c)]) else { return .unknown }
            return Truth(above <= 0 && below <= 0)
        case .valueSlot:
            guard case .boolean(let b)? = factValue(Int(node.a), reader) else { return .unknown }
            return Truth(b)
        case .literal:
            guard case .boolean(let b) = literals[Int(node.a)] else { return .unknown }
            return Truth(b)
        }
    }

    private func compareGeneric(_ op: ComparisonOperator, _ left: Int32, _ right: Int32, _ reader: SlotView) -> Truth {
        guard let l = operandValue(left, reader), let r = operandValue(right, reader) else { return .unknown }
        return ExpressionEvaluator.compare(op, l, r)
    }

    /// The value an operand stands for (as `ExpressionEvaluator.value(of:lookup:)`); nil when unknown.
    private func operandValue(_ id: Int32, _ reader: SlotView) -> FactValue? {
        let node = nodes[Int(id)]
        switch node.kind {
        case .valueSlot: return factValue(Int(node.a), reader)
        case .literal: return literals[Int(node.a)]
        case .firstOffence: return reader.firstOffence.map(FactValue.boolean)
        default:
            switch truth(id, reader) {
            case .yes: return .boolean(true)
            case .no: return .boolean(false)
            case .unknown: return nil
            }
        }
    }

    /// Appends the facts whose being unknown keeps node `id` open (as `ExpressionEvaluator.deciding`): slots, and
    /// `firstOffenceID` for the item's first-offence test.
    func deciding(_ id: Int32, _ reader: SlotView, firstOffenceID: Int32, into names: inout [Int32]) {
        guard truth(id, reader) == .unknown else { return }
        let node = nodes[Int(id)]
        switch node.kind {
        case .boolSlot, .firstOffence, .constant, .valueSlot, .literal:
            decidingOperand(id, reader, firstOffenceID: firstOffenceID, into: &names)
        case .not:
            deciding(node.a, reader, firstOffenceID: firstOffenceID, into: &names)
        case .and, .or, .andBools, .orBools:
            for k in Int(node.a)..<Int(node.b) { deciding(children[k], reader, firstOffenceID: firstOffenceID, into: &names) }
        case .compareSlot:
            decidingOperand(node.b, reader, firstOffenceID: firstOffenceID, into: &names)
        case .compare:
            decidingOperand(node.a, reader, firstOffenceID: firstOffenceID, into: &names)
            decidingOperand(node.b, reader, firstOffenceID: firstOffenceID, into: &names)
        case .memberEnum:
            decidingOperand(nodes[Int(node.value)].a, reader, firstOffenceID: firstOffenceID, into: &names)
        case .member, .between:
            decidingOperand(node.a, reader, firstOffenceID: firstOffenceID, into: &names)
        }
    }

    private func decidingOperand(_ id: Int32, _ reader: SlotView, firstOffenceID: Int32, into names: inout [Int32]) {
        let node = nodes[Int(id)]
        switch node.kind {
        case .boolSlot, .valueSlot:
            if reader.values[Int(node.a)].tag == .unknown, !names.contains(node.a) { names.append(node.a) }
        case .firstOffence:
            if reader.firstOffence == nil, !names.contains(firstOffenceID) { names.append(firstOffenceID) }
        case .literal, .constant:
            break
        default:
            deciding(id, reader, firstOffenceID: firstOffenceID, into: &names)
        }
    }
}
