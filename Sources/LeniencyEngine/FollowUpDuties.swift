import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// Follow-up duties that come from the law itself rather than from the deciding item (`kind: duties`), e.g. 行政处罚法
/// Art. 28 ¶1 (责令改正 whenever a penalty or an exemption is decided) and Art. 33 ¶3 (教育 for every 不予处罚).
///
/// They attach to a decided outcome on the merits. A time-barred case (Art. 36: 不再给予行政处罚) and an undetermined
/// one get none: the first is a lapse of the power to penalise, the second is not a decision yet.
extension Engine {
    /// Adds the general duties in force on `date` for `outcome` to the decision, with their citations.
    func applyGeneralDuties(to decision: inout Decision, outcome: Outcome, on date: CivilDate, region: String?) {
        for document in catalog.duties where document.validity.contains(date) {
            // A regional document binds only cases shown to lie inside its region.
            if let scope = RegionScope.condition(scope: document.info.region, caseRegion: region, table: catalog.regionTable),
               scope.truth != .yes { continue }
            for rule in document.rules where rule.outcomes.contains(outcome) {
                decision.followUp[rule.duty] = true
                let cited = rule.basis.map(\.text)
                var basis = decision.followUpBasis[rule.duty.rawValue] ?? []
                for text in cited where !basis.contains(text) { basis.append(text) }
                decision.followUpBasis[rule.duty.rawValue] = basis
            }
        }
    }
}
