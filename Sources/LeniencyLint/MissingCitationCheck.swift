import LeniencyCore
import LeniencyCatalog

/// C001: every violation names the provision it breaks and its 处罚依据, and every list item rests on a
/// citation of its own, of its violations, or of the list (行政处罚法 Art. 33 and the listing documents).
enum MissingCitationCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for violation in catalog.violations {
            if violation.violates.isEmpty {
                bag.emit(.missingCitation, at: violation.location,
                         Message(.lintViolationNoViolates, violation.code), hint: Message(.lintViolationNoViolatesHint, violation.code))
            }
            if violation.penaltyBasis.isEmpty {
                bag.emit(.missingCitation, at: violation.location,
                         Message(.lintViolationNoPenalty, violation.code), hint: Message(.lintViolationNoPenaltyHint, violation.code))
            }
        }
        let cited = Set(catalog.violations.filter { !$0.violates.isEmpty || !$0.penaltyBasis.isEmpty }.map(\.code))
        for list in catalog.lists where list.implements.isEmpty {
            for item in list.items where item.basis.isEmpty && !item.violations.contains(where: cited.contains) {
                bag.emit(.missingCitation, at: item.location,
                         Message(.lintItemNoBasis, item.id, list.id), hint: Message(.lintItemNoBasisHint, item.id))
            }
        }
    }
}
