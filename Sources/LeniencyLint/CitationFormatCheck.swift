import LeniencyCore
import LeniencyCatalog

/// C002: citations are written `《法名》第X条第X款第X项` with Chinese numerals, so that explanations and
/// audits can match them as text.
enum CitationFormatCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        for fact in catalog.facts {
            if let presumption = fact.presumption { check(presumption.basis, Message(.lintCitationContextPresumption, fact.name), into: &bag) }
        }
        for violation in catalog.violations {
            check(violation.violates, Message(.lintCitationContextViolates, violation.code), into: &bag)
            check(violation.penaltyBasis, Message(.lintCitationContextPenalty, violation.code), into: &bag)
        }
        for list in catalog.lists {
            check(list.implements, Message(.lintCitationContextImplements, list.id), into: &bag)
            for item in list.items {
                check(item.basis, Message(.lintCitationContextItem, item.id), into: &bag)
            }
        }
        for unplaced in catalog.unplacedCitations { check(unplaced.citations, unplaced.context, into: &bag) }
        for rules in catalog.limitations {
            for period in rules.periods {
                check(period.basis, Message(.lintCitationContextPeriod, period.id), into: &bag)
            }
        }
        for policy in catalog.policies {
            for key in policy.basis.keys.sorted() {
                check(policy.basis[key] ?? [], Message(.lintCitationContextPolicy, key, policy.id), into: &bag)
            }
        }
    }

    private static func check(_ citations: [Citation], _ context: Message, into bag: inout DiagnosticBag) {
        for citation in citations where !CitationForm.isNormalised(citation.text) {
            let suggestion = CitationForm.normalised(citation.text)
            bag.emit(.citationNotNormalised, at: citation.location,
                     Message(.lintCitationNotNormalised, citation.text, context, CitationForm.problem(citation.text)),
                     hint: suggestion.map { Message(.lintCitationWrite, $0) })
        }
    }
}
