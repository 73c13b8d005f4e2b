public import LeniencyCatalog

/// The catalog's facts numbered as slots, and its violations numbered as ids, built once per catalog.
///
/// A `CompactCase` holds one value per slot; a compiled evaluator reads a fact by its slot number instead of hashing
/// its name. Slot order is the vocabulary's order; `first_offence` (a built-in boolean a case may give) gets the last
/// slot unless the vocabulary declares it.
///
/// A class (immutable): the scanner, the compiled program and the audit each hold it, and copying a struct of a
/// dozen arrays and tables retained every one of them, on every line.
public final class CaseSlotLayout: Sendable {
    /// Fact name of each slot.
    public let names: [String]
    /// Declared type of each slot.
    public let types: [FactType]
    /// The slot of the built-in `first_offence` fact.
    public let firstOffenceSlot: Int
    /// Violation codes by id (the catalog's order).
    public let violationCodes: [String]
    /// Whether the catalog holds any list (a decision naming an unknown list is only checked then).
    let hasLists: Bool
    let factTable: ByteNameTable
    /// The declared values of each enumeration slot, by bytes.
    let enumValues: [ByteNameTable?]
    /// Whether each slot holds a boolean (the scanner reads a bare `true` / `false` there without copying it).
    let booleanSlots: [Bool]
    let violationTable: ByteNameTable
    /// Item ids of each list id, for the check of `decision.list` / `decision.item`.
    let listItems: [String: Set<String>]
    /// Names and GB/T 2260 codes of the declared regions; nil when the rules declare none (any region is then taken).
    let regionNames: ByteNameTable?

    /// Numbers the facts and violations of `catalog`.
    public init(catalog: Catalog) {
        var names: [String] = []
        var types: [FactType] = []
        var seen = Set<String>()
        for fact in catalog.facts where seen.insert(fact.name).inserted {
            names.append(fact.name)
            types.append(fact.type)
        }
        if let declared = names.firstIndex(of: CaseFactReader.firstOffence) {
            firstOffenceSlot = declared
        } else {
            firstOffenceSlot = names.count
            names.append(CaseFactReader.firstOffence)
            types.append(.boolean)
        }
        self.names = names
        self.types = types
        factTable = ByteNameTable(names)
        enumValues = types.map { type in
            if case .enumeration(let values) = type { return ByteNameTable(values) }
            return nil
        }
        booleanSlots = types.map { type in
            if case .boolean = type { return true }
            return false
        }
        violationCodes = catalog.violations.map(\.code)
        violationTable = ByteNameTable(violationCodes)
        hasLists = !catalog.lists.isEmpty
        var items: [String: Set<String>] = [:]
        for list in catalog.lists { items[list.id, default: []].formUnion(list.items.map(\.id)) }
        listItems = items
        let regions = catalog.regionTable.regions
        regionNames = regions.isEmpty ? nil : ByteNameTable(regions.map(\.name) + regions.compactMap(\.code))
    }

    /// Number of slots.
    public var count: Int { names.count }

    /// The slot of a fact name, if the vocabulary (or the built-in `first_offence`) has it.
    public func slot(named name: String) -> Int? {
        var name = name
        return name.withUTF8 { factTable.index(of: $0) }
    }

    /// The id of a violation code, if the catalog declares it.
    public func violation(code: String) -> Int? {
        var code = code
        return code.withUTF8 { violationTable.index(of: $0) }
    }

    /// The id of the violation code spelled by `bytes`, if the catalog declares it.
    public func violation(bytes: UnsafeBufferPointer<UInt8>) -> Int? { violationTable.index(of: bytes) }

    /// The index of `value` among the declared values of enumeration slot `slot`.
    public func enumerationIndex(slot: Int, value: String) -> Int? {
        var value = value
        return value.withUTF8 { enumValues[slot]?.index(of: $0) }
    }
}
