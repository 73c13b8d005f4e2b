import LeniencyCore
import LeniencyCatalog

/// C001: every violation names the provision it breaks and its 处罚依据, and every list item rests on a
/// citation of its own, of its violations, or of the list (行政处罚法 Art. 33 and the listing documents).
enum MissingCitationCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for violation in catalog.violations {
            if violation.violates.isEmpty {
                bag.emit(.missingCitation, at: violation.location,
                         "violation `\(violation.code)` does not cite the provision it breaks (违反条款)",
                         hint: "add `violates: [\"《法名》第X条第X款\"]` to violation `\(violation.code)`")
            }
            if violation.penaltyBasis.isEmpty {
                bag.emit(.missingCitation, at: violation.location,
                         "violation `\(violation.code)` does not cite its penalty provision (处罚依据)",
                         hint: "add `penalty_basis: [\"《法名》第X条\"]` to violation `\(violation.code)`")
            }
        }
        let cited = Set(catalog.violations.filter { !$0.violates.isEmpty || !$0.penaltyBasis.isEmpty }.map(\.code))
        for list in catalog.lists where list.implements.isEmpty {
            for item in list.items where item.basis.isEmpty && !item.violations.contains(where: cited.contains) {
                bag.emit(.missingCitation, at: item.location,
                         "item `\(item.id)` of list `\(list.id)` cites no legal basis: it has no `basis`, its violations cite nothing, and the list has no `implements`",
                         hint: "add `basis: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]` (or the article the item rests on) to item `\(item.id)`, or `implements:` to the list")
            }
        }
    }
}
