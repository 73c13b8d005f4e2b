import LeniencyCaseInput
import LeniencyCatalog
import Testing
@testable import LeniencyEngine

/// The compiled engine's shortcuts are compiled where they should be: `CompiledDifferentialTests` shows they change no
/// answer, these show they are not silently lost (the fast path would still agree, only slower).
@Suite("Compiled engine shortcuts on the shipped rules")
struct CompiledShortcutTests {
    static let engine = Engine(catalog: CompiledDifferentialTests.shipped).compiled()

    /// The hot entry of the first item with id `itemID`.
    static func item(_ itemID: String) -> ItemHot? {
        let program = engine.program
        guard let id = program.items.firstIndex(where: { $0.reference.itemID == itemID }) else { return nil }
        return program.itemHot[id]
    }

    static func slot(_ name: String) -> Int32? { engine.program.layout.slot(named: name).map(Int32.init) }

    @Test("a penalty item is rejected on its first one-slot condition")
    func rejectionTests() throws {
        // A lone boolean fact.
        let eliminated = try #require(Self.item("apl-32-1-eliminated-harm"))
        #expect(eliminated.rejection == .booleanFalse)
        #expect(eliminated.rejectSlot == Self.slot("eliminated_harm"))
        // `party_type == individual and mental_incapacity`: the boolean fact rather than the enumeration equality.
        let incapable = try #require(Self.item("apl-31-incapable"))
        #expect(incapable.rejection == .booleanFalse)
        #expect(incapable.rejectSlot == Self.slot("mental_incapacity"))
        // `party_type == individual and age < 14`: only the enumeration equality has a test.
        let under14 = try #require(Self.item("apl-30-under-14"))
        #expect(under14.rejection == .otherEnumeration)
        #expect(under14.rejectSlot == Self.slot("party_type"))
        // `first_offence` reads the case's history, not a slot: the next condition, `harm_minor`.
        let tax = try #require(Self.item("cn-tax-2021-6-01"))
        #expect(tax.rejection == .booleanFalse)
        #expect(tax.rejectSlot == Self.slot("harm_minor"))
    }

    @Test("limitation is not barred within 365 × the shortest period − 1 days")
    func limitationClearDays() {
        // The shipped periods are 2 and 5 years (行政处罚法 Art. 36, 税收征收管理法 Art. 86).
        #expect(Self.engine.tables.limitationClearDays == 365 * 2 - 1)
    }
}
