import LeniencyCore
import LeniencyCatalog

/// C002: citations are written `《法名》第X条第X款第X项` with Chinese numerals, so that explanations and
/// audits can match them as text.
enum CitationFormatCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for fact in catalog.facts {
            if let presumption = fact.presumption { check(presumption.basis, "the presumption of fact `\(fact.name)`", into: &bag) }
        }
        for violation in catalog.violations {
            check(violation.violates, "`violates` of violation `\(violation.code)`", into: &bag)
            check(violation.penaltyBasis, "`penalty_basis` of violation `\(violation.code)`", into: &bag)
        }
        for list in catalog.lists {
            check(list.implements, "`implements` of list `\(list.id)`", into: &bag)
            for item in list.items {
                check(item.basis, "`basis` of item `\(item.id)`", into: &bag)
            }
        }
        for rules in catalog.limitations {
            for period in rules.periods {
                check(period.basis, "`basis` of limitation period `\(period.id)`", into: &bag)
            }
        }
        for policy in catalog.policies {
            for key in policy.basis.keys.sorted() {
                check(policy.basis[key] ?? [], "`basis` of `\(key)` in policy `\(policy.id)`", into: &bag)
            }
        }
    }

    private static func check(_ citations: [Citation], _ context: String, into bag: inout DiagnosticBag) {
        for citation in citations where !CitationForm.isNormalised(citation.text) {
            let suggestion = CitationForm.normalised(citation.text)
            bag.emit(.citationNotNormalised, at: citation.location,
                     "citation `\(citation.text)` in \(context) is not in the normalised form \(CitationForm.problem(citation.text))",
                     hint: suggestion.map { "write `\($0)`" })
        }
    }
}
