import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// Collects per-record results in input order; only what the cross-case checks need is kept.
struct AuditAccumulator {
    var findings: [AuditFinding] = []
    var diagnostics: [Diagnostic] = []
    var statistics = AuditStatistics()
    /// Every case's (party, violation, category, act date, case id), for first-offence checks; compact (see CompactStorage).
    var history = ChunkedList<CompactHistoryEntry>()
    var claims = ChunkedList<CompactClaim>()
    var samples = ChunkedList<CompactFineSample>()
    /// Fined cases with an act identity, for 一事不二罚款 (A801).
    var actFines: [CompactActFine] = []
    var inspections: [InspectionRecord] = []
    var arena = StringArena()
    var table = StringTable()
    /// The distinct 类案不同罚 screening rules the fine samples refer to.
    var similarRules = InternTable<SimilarCaseScreening>()

    mutating func add(_ result: CaseAuditResult) {
        statistics.casesRead += 1
        let h = result.history
        history.append(CompactHistoryEntry(
            partyHash: h.party.hashValue, party: arena.add(h.party), violation: table.number(h.violation),
            category: h.category.map { table.number($0) } ?? UInt32.max, day: Int32(h.date.dayNumber), caseID: arena.add(h.caseID)))
        findings.append(contentsOf: result.findings)
        let own = history[history.count - 1]
        if let c = result.claim {
            claims.append(CompactClaim(
                entry: UInt32(history.count - 1), window: table.number(c.window), sameKind: table.number(c.sameKind),
                item: c.item.map { table.number($0) } ?? UInt32.max, file: table.number(c.location.file),
                line: Int32(c.location.start.line), column: Int32(c.location.start.column), agency: table.number(c.agency),
                officers: table.number(c.officers.joined(separator: "\u{1F}")), basis: table.number(c.basis.joined(separator: "\u{1F}")),
                decided: c.decided.map { Int32($0.dayNumber) } ?? Int32.min))
        }
        if let s = result.fineSample {
            samples.append(CompactFineSample(
                group: table.number(s.group), fen: s.fen, caseID: own.caseID, file: table.number(s.location.file),
                line: Int32(s.location.start.line), column: Int32(s.location.start.column), agency: table.number(s.agency),
                officers: table.number(s.officers.joined(separator: "\u{1F}")), day: Int32(s.date.dayNumber),
                rule: s.rule.map { similarRules.number($0) } ?? UInt32.max))
        }
        if let a = result.actFine {
            var hasher = Hasher()
            hasher.combine(a.act)
            hasher.combine(a.party)
            actFines.append(CompactActFine(
                key: hasher.finalize(), act: arena.add(a.act), party: own.party, caseID: own.caseID,
                agency: table.number(a.agency), fen: a.fen, day: Int32(a.decided.dayNumber), file: table.number(a.location.file),
                line: Int32(a.location.start.line), column: Int32(a.location.start.column),
                officers: table.number(a.officers.joined(separator: "\u{1F}")), basis: table.number(a.basis.joined(separator: "\u{1F}")),
                inPeriod: a.inPeriod))
        }
        guard let tally = result.tally else { return }
        statistics.casesAudited += 1
        statistics.engineOutcomes[tally.engineOutcome, default: 0] += 1
        statistics.recordedOutcomes[tally.recordedOutcome, default: 0] += 1
        statistics.casesByAgency[tally.agency, default: 0] += 1
        statistics.leniency = statistics.leniency + tally.leniency
        if !tally.leniency.isEmpty {
            statistics.leniencyBreakdown.add(tally.leniency, keys: [
                .agency: tally.agency, .region: tally.region.isEmpty ? AuditStatistics.regionNotRecorded : tally.region,
                .month: tally.month, .year: tally.year,
            ])
        }
        for group in tally.notRecorded { statistics.notRecorded[group, default: 0] += 1 }
    }

    /// Appends `other`, the results of the records that follow this accumulator's in the input.
    ///
    /// Concatenation and sums only, so merging is associative: batches audited on different threads and merged in
    /// input order give exactly the accumulator one thread would have built.
    mutating func merge(_ other: AuditAccumulator) {
        findings.append(contentsOf: other.findings)
        diagnostics.append(contentsOf: other.diagnostics)
        inspections.append(contentsOf: other.inspections)
        statistics.merge(other.statistics)
        let moved = arena.append(other.arena)
        let number = table.numbers(of: other.table)
        let ruleNumber = similarRules.numbers(of: other.similarRules)
        func remap(_ n: UInt32) -> UInt32 { n == UInt32.max ? n : number[Int(n)] }
        let base = UInt32(history.count)
        for var e in other.history {
            e.party = moved(e.party)
            e.caseID = moved(e.caseID)
            e.violation = remap(e.violation)
            e.category = remap(e.category)
            history.append(e)
        }
        for var c in other.claims {
            c.entry += base
            c.window = remap(c.window); c.sameKind = remap(c.sameKind); c.item = remap(c.item); c.file = remap(c.file)
            c.agency = remap(c.agency); c.officers = remap(c.officers); c.basis = remap(c.basis)
            claims.append(c)
        }
        for var a in other.actFines {
            a.act = moved(a.act); a.party = moved(a.party); a.caseID = moved(a.caseID)
            a.agency = remap(a.agency); a.file = remap(a.file); a.officers = remap(a.officers); a.basis = remap(a.basis)
            actFines.append(a)
        }
        for var x in other.samples {
            x.group = remap(x.group); x.caseID = moved(x.caseID); x.file = remap(x.file)
            x.agency = remap(x.agency); x.officers = remap(x.officers)
            x.rule = x.rule == UInt32.max ? x.rule : ruleNumber[Int(x.rule)]
            samples.append(x)
        }
    }

    /// A201 over the whole corpus. Claims stay compact; only a claim whose party has an earlier case in the corpus is
    /// expanded (with that party's history) and judged by `FirstOffenceCheck` (the hash only narrows the search).
    func firstOffenceFindings() -> [AuditFinding] {
        guard !claims.isEmpty else { return [] }
        let order = history.indices.sorted { history[$0].partyHash < history[$1].partyHash }
        func entry(_ e: CompactHistoryEntry) -> HistoryEntry {
            HistoryEntry(party: arena.string(e.party), violation: table.string(e.violation),
                         category: e.category == UInt32.max ? nil : table.string(e.category),
                         date: CivilDate(dayNumber: Int(e.day)), caseID: arena.string(e.caseID))
        }
        var expanded: [FirstOffenceClaim] = []
        var byParty: [String: [HistoryEntry]] = [:]
        for claim in claims {
            let own = history[Int(claim.entry)]
            var low = 0, high = order.count
            while low < high {
                let mid = (low + high) / 2
                if history[order[mid]].partyHash < own.partyHash { low = mid + 1 } else { high = mid }
            }
            var sameParty: [CompactHistoryEntry] = []
            while low < order.count, history[order[low]].partyHash == own.partyHash {
                let other = history[order[low]]
                if arena.equal(other.party, own.party) { sameParty.append(other) }
                low += 1
            }
            guard sameParty.contains(where: { $0.day < own.day }) else { continue }
            let party = arena.string(own.party)
            if byParty[party] == nil { byParty[party] = sameParty.map(entry) }
            expanded.append(FirstOffenceClaim(
                entry: entry(own), window: table.string(claim.window), sameKind: table.string(claim.sameKind),
                item: claim.item == UInt32.max ? nil : table.string(claim.item),
                location: SourceLocation(file: table.string(claim.file), start: SourcePosition(line: Int(claim.line), column: Int(claim.column))),
                agency: table.string(claim.agency),
                officers: table.string(claim.officers).split(separator: "\u{1F}").map(String.init),
                basis: table.string(claim.basis).split(separator: "\u{1F}").map(String.init),
                decided: claim.decided == Int32.min ? nil : CivilDate(dayNumber: Int(claim.decided))))
        }
        return FirstOffenceCheck.findings(history: byParty, claims: expanded)
    }

    /// The fine samples in their readable form, for the (small) groups that are compared.
    func sample(_ s: CompactFineSample) -> FineSample {
        let group = table.string(s.group)
        let parts = group.split(separator: "|", maxSplits: 1).map(String.init)
        return FineSample(group: group, violation: parts.first ?? group, tier: parts.count > 1 ? parts[1] : "", fen: s.fen,
                          caseID: arena.string(s.caseID),
                          location: SourceLocation(file: table.string(s.file), start: SourcePosition(line: Int(s.line), column: Int(s.column))),
                          agency: table.string(s.agency),
                          officers: table.string(s.officers).split(separator: "\u{1F}").map(String.init),
                          date: CivilDate(dayNumber: Int(s.day)),
                          rule: s.rule == UInt32.max ? nil : similarRules.value(s.rule))
    }

    /// An act fine in its readable form, for the (few) acts fined more than once.
    func actFine(_ a: CompactActFine) -> ActFine {
        ActFine(act: arena.string(a.act), party: arena.string(a.party), caseID: arena.string(a.caseID), agency: table.string(a.agency),
                fen: a.fen, decided: CivilDate(dayNumber: Int(a.day)),
                location: SourceLocation(file: table.string(a.file), start: SourcePosition(line: Int(a.line), column: Int(a.column))),
                officers: table.string(a.officers).split(separator: "\u{1F}").map(String.init),
                basis: table.string(a.basis).split(separator: "\u{1F}").map(String.init), inPeriod: a.inPeriod)
    }

    /// Runs the cross-case checks and counts everything.
    mutating func finish(inspectionAuditor: InspectionAuditor, options: AuditOptions) -> AuditReport {
        findings.append(contentsOf: firstOffenceFindings())
        let dispersion = FineDispersionCheck.findings(samples: samples, rules: similarRules.strings, expand: sample)
        findings.append(contentsOf: dispersion.findings)
        findings.append(contentsOf: DoubleFineCheck.findings(
            actFines, sameAct: { arena.equal($0.act, $1.act) && arena.equal($0.party, $1.party) }, expand: actFine))
        let inspected = inspectionAuditor.audit(inspections)
        findings.append(contentsOf: inspected.findings)
        statistics.inspectionsRead = inspections.count
        statistics.inspectionsAudited = inspected.audited
        statistics.quietDayInspectionsByMonth = inspected.quietDayByMonth
        findings.sort()
        for finding in findings {
            statistics.findingsByCode[finding.code.rawValue, default: 0] += 1
            statistics.findingsBySeverity[finding.severity.rawValue, default: 0] += 1
            statistics.findingsByAgency[finding.agency, default: 0] += 1
            if let date = finding.date { statistics.findingsByMonth[CaseAuditor.month(date), default: 0] += 1 }
            if finding.code == .similarCaseFineDivergence {
                statistics.similarCaseFindingsByAgency[finding.agency, default: 0] += 1
                for officer in finding.officers { statistics.similarCaseFindingsByOfficer[officer, default: 0] += 1 }
            }
        }
        return AuditReport(findings: findings, statistics: statistics, diagnostics: diagnostics.sorted(),
                           fineGroups: dispersion.groups, similarCaseRules: CaseContext.unique(similarRules.strings.map(\.rule)),
                           from: options.from, to: options.to)
    }
}
