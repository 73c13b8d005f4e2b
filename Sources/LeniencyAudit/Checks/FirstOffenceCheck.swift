import LeniencyCore

/// A201: a case treated as a first offence while the corpus holds an earlier same-kind violation by the same party.
enum FirstOffenceCheck {
    static func findings(history: [String: [HistoryEntry]], claims: [FirstOffenceClaim]) -> [AuditFinding] {
        claims.compactMap { claim in
            let act = claim.entry.date
            let start: CivilDate? = switch claim.window {
            case "1y": act.adding(years: -1)
            case "2y": act.adding(years: -2)
            default: nil
            }
            let earlier = (history[claim.entry.party] ?? []).filter { prior in
                guard prior.caseID != claim.entry.caseID, prior.date < act else { return false }
                if let start, prior.date < start { return false }
                switch claim.sameKind {
                case "any": return true
                case "category": return prior.category != nil && prior.category == claim.entry.category
                default: return prior.violation == claim.entry.violation
                }
            }
            guard let prior = earlier.max(by: { ($0.date, $1.caseID) < ($1.date, $0.caseID) }) else { return nil }
            let windowText = switch claim.window {
            case "ever": Message(.windowEver)
            case "1y": Message(.window1y)
            case "2y": Message(.window2y)
            default: Message(.windowWithin, claim.window)
            }
            return AuditFinding(
                code: .falseFirstOffence, subject: .case(claim.entry.caseID), location: claim.location,
                message: Message(claim.sameKind == "any" ? .auditFalseFirstOffenceAny : .auditFalseFirstOffence,
                                 prior.caseID, prior.date, prior.violation, windowText),
                evidence: [Evidence("earlier_case", prior.caseID), Evidence("earlier_date", prior.date.description),
                           Evidence("earlier_violation", prior.violation), Evidence("act", act.description),
                           Evidence("party", claim.entry.party), Evidence("window", claim.window),
                           Evidence("same_kind", claim.sameKind), Evidence("item", claim.item ?? "")],
                basis: claim.basis, agency: claim.agency, officers: claim.officers, date: claim.decided ?? act)
        }
    }
}
