import LeniencyCore

/// A fined case under its act identity, for 一事不二罚款 (行政处罚法 Art. 29).
struct ActFine: Sendable {
    /// `act_id`.
    var act: String
    /// `Party.identityKey`.
    var party: String
    var caseID: String
    var agency: String
    /// The fine in fen.
    var fen: Int64
    /// Decision date, else act date.
    var decided: CivilDate
    var location: SourceLocation
    var officers: [String]
    /// Citations of the policy rule `single_fine_per_act`.
    var basis: [String]
    /// Whether the case lies in the audited period (earlier fines still count as the first fine).
    var inPeriod: Bool
}

/// One `ActFine` without heap objects (strings in the accumulator's arena and table).
struct CompactActFine {
    /// Hash of act and party, to find the cases of one act quickly; equal strings are confirmed before grouping.
    var key: Int
    var act: StringArena.Ref
    var party: StringArena.Ref
    var caseID: StringArena.Ref
    var agency: UInt32
    var fen: Int64
    var day: Int32
    var file: UInt32
    var line: Int32
    var column: Int32
    var officers: UInt32
    var basis: UInt32
    var inPeriod: Bool
}

/// A801: the same act of the same party fined by more than one decision. The first fine (by decision date, then case
/// number) stands; every later one is a finding, pointing at the first.
enum DoubleFineCheck {
    static func findings(_ fines: [CompactActFine], sameAct: (CompactActFine, CompactActFine) -> Bool,
                         expand: (CompactActFine) -> ActFine) -> [AuditFinding] {
        guard fines.count > 1 else { return [] }
        let order = fines.indices.sorted { fines[$0].key < fines[$1].key }
        var findings: [AuditFinding] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, fines[order[end]].key == fines[order[start]].key { end += 1 }
            if end - start > 1 {
                // A hash run may mix acts; split it into groups of equal act and party.
                var pending = Array(order[start..<end])
                while let head = pending.first {
                    let group = pending.filter { sameAct(fines[$0], fines[head]) }
                    pending.removeAll { sameAct(fines[$0], fines[head]) }
                    guard group.count > 1 else { continue }
                    let cases = group.map { expand(fines[$0]) }.sorted { ($0.decided, $0.caseID) < ($1.decided, $1.caseID) }
                    let first = cases[0]
                    for later in cases.dropFirst() where later.inPeriod {
                        findings.append(AuditFinding(
                            code: .doubleFine, subject: .case(later.caseID), location: later.location,
                            message: Message(.auditDoubleFine, later.act, first.caseID, first.agency, first.decided),
                            evidence: [Evidence("act_id", later.act), Evidence("party", later.party),
                                       Evidence("fine", Money(fen: later.fen).yuanString), Evidence("earlier_case", first.caseID),
                                       Evidence("earlier_agency", first.agency), Evidence("earlier_decided", first.decided.description),
                                       Evidence("earlier_fine", Money(fen: first.fen).yuanString)],
                            basis: later.basis, agency: later.agency, officers: later.officers, date: later.decided))
                    }
                }
            }
            start = end
        }
        return findings
    }
}
