import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
import LeniencyEngine

/// Issue 9 §1 target: the ordinary first-offence case of every shipped 不予处罚 list — a company, the list's region and
/// dates, and only the facts the item names — is decided, not undetermined, and the decision lists the presumptions it
/// rests on. 从轻/减轻 lists are left out on purpose: a case that only meets their conditions may still meet 行政处罚法
/// Art. 33 ¶1 (harm, correction), facts those lists do not name and the law presumes nothing about.
@Suite("Ordinary cases of every shipped list")
struct OrdinaryCaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The item an officer meets most: the first one that tests `first_offence`, else the first one.
    static func ordinaryItem(of list: LeniencyList) -> ListItem? {
        list.items.first { item in item.conditions.contains { $0.source.contains("first_offence") } } ?? list.items.first
    }

    @Test("the ordinary first-offence case of every list version is decided with its presumptions listed")
    func everyListDecidesItsOrdinaryCase() throws {
        let loaded = CatalogLoader.load(paths: [Self.root.appendingPathComponent("rules").path])
        #expect(!loaded.diagnostics.contains { $0.severity == .error })
        let catalog = loaded.catalog
        let engine = Engine(catalog: catalog)
        let facts = Dictionary(catalog.facts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var decided = 0
        for list in catalog.lists where list.scope == .listed && list.kind == .noPenalty {
            guard let item = Self.ordinaryItem(of: list), let violation = item.violations.first else { continue }
            // The item's own facts: its conditions hold and its exclusions do not (first_offence comes from the history).
            let expressions = item.conditions.map(\.expression) + item.exclusions.map { Expression.not($0.expression, $0.expression.span) }
            var named = facts
            named["first_offence"] = FactDefinition(name: "first_offence", type: .boolean, label: "初次违法", location: item.location)
            guard case .witness(var values) = ConstraintAnalysis.search(satisfyingAll: expressions, facts: named) else {
                Issue.record("\(list.id)/\(item.id): no facts satisfy the item")
                continue
            }
            values.removeValue(forKey: "first_offence")
            let act = list.validity.effective.adding(days: 10)
            let decidedOn = list.validity.expires.map { Swift.min($0, act.adding(days: 30)) } ?? act.adding(days: 30)
            var region = list.info.region
            if let name = region, let scope = catalog.regionTable.resolve(name), let member = scope.members.first { region = member }
            let record = CaseRecord(
                id: "案-\(item.id)", agency: "某局", region: region,
                party: Party(name: "某有限公司", type: .enterprise, creditCode: "91360100MA35XXXX0X"),
                violation: violation,
                dates: CaseDates(act: act, discovered: act.adding(days: 3), filed: act.adding(days: 4), decided: decidedOn),
                facts: values, priorViolations: [], location: item.location)
            let decision = engine.decide(record)
            #expect(decision.outcome.outcome != nil,
                    "\(list.id)@\(list.validity.effective)/\(item.id): undetermined, missing \(decision.missing)")
            // A 应当 exemption is the most lenient result, so nothing else is read and nothing is presumed; a 可以 one
            // rests on the presumptions that rule out the 应当 grounds (Art. 33 ¶2 no fault, Art. 30, 31).
            if !(decision.outcome == .noPenalty && decision.mandatory) {
                #expect(!decision.presumed.isEmpty, "\(list.id)/\(item.id): no presumption listed")
            }
            // The list's own item decides it (or a more lenient one).
            #expect(decision.decidedBy != nil, "\(list.id)/\(item.id): decided by no item")
            decided += 1
        }
        // Every shipped 不予处罚 list version was tried (the tax, market, ecology and transport lists).
        #expect(decided == catalog.lists.filter { $0.scope == .listed && $0.kind == .noPenalty }.count && decided >= 5)
    }
}
