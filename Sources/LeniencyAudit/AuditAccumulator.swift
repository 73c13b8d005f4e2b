import Dispatch
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import Synchronization

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
    /// The audited cases' counts by number, moved into `statistics` by `flushCounts`.
    private var counts = PendingCounts()
    /// The last few strings numbered for each per-case field (`StringTable.number(_:memo:)`).
    private var memos = FieldMemos()
    /// `similarRules` numbers by the resolver's number of a rule (`SimilarCaseScreening.number`); -1 when not seen yet.
    private var similarRuleNumbers: [Int64] = []

    mutating func add(_ result: CaseAuditResult) {
        statistics.casesRead += 1
        let h = result.history
        history.append(CompactHistoryEntry(
            partyHash: StringTable.hash(h.party), party: arena.add(h.party), violation: table.number(h.violation, memo: &memos.violation),
            category: h.category.map { table.number($0, memo: &memos.category) } ?? UInt32.max, day: Int32(h.date.dayNumber), caseID: arena.add(h.caseID)))
        findings.append(contentsOf: result.findings)
        let own = history[history.count - 1]
        if let c = result.claim {
            claims.append(CompactClaim(
                entry: UInt32(history.count - 1), window: table.number(c.window, memo: &memos.window),
                sameKind: table.number(c.sameKind, memo: &memos.sameKind), item: c.item.map { table.number($0, memo: &memos.item) } ?? UInt32.max,
                file: table.number(c.location.file, memo: &memos.file),
                line: Int32(c.location.start.line), column: Int32(c.location.start.column), agency: table.number(c.agency, memo: &memos.agency),
                officers: table.number(joining: c.officers, separator: 0x1F), basis: table.number(joining: c.basis, separator: 0x1F),
                decided: c.decided.map { Int32($0.dayNumber) } ?? Int32.min))
        }
        if let s = result.fineSample {
            let rule = s.rule.map { similarRule($0) } ?? UInt32.max
            samples.append(CompactFineSample(
                group: table.number(s.group, memo: &memos.group), fen: s.fen, caseID: own.caseID, file: table.number(s.location.file, memo: &memos.file),
                line: Int32(s.location.start.line), column: Int32(s.location.start.column), agency: table.number(s.agency, memo: &memos.agency),
                officers: table.number(joining: s.officers, separator: 0x1F), day: Int32(s.date.dayNumber),
                rule: rule))
        }
        if let a = result.actFine {
            var hasher = Hasher()
            hasher.combine(a.act)
            hasher.combine(a.party)
            actFines.append(CompactActFine(
                key: hasher.finalize(), act: arena.add(a.act), party: own.party, caseID: own.caseID,
                agency: table.number(a.agency), fen: a.fen, day: Int32(a.decided.dayNumber), file: table.number(a.location.file),
                line: Int32(a.location.start.line), column: Int32(a.location.start.column),
                officers: table.number(joining: a.officers, separator: 0x1F), basis: table.number(joining: a.basis, separator: 0x1F),
                inPeriod: a.inPeriod))
        }
        guard let tally = result.tally else { return }
        counts.add(tally, table: &table, memos: &memos)
    }

    /// The number of a sample's screening rule in `similarRules`, by the resolver's number when the rule has one.
    private mutating func similarRule(_ rule: SimilarCaseScreening) -> UInt32 {
        guard rule.number >= 0 else { return similarRules.number(rule) }
        if rule.number < similarRuleNumbers.count, similarRuleNumbers[rule.number] >= 0 { return UInt32(similarRuleNumbers[rule.number]) }
        let n = similarRules.number(rule)
        while similarRuleNumbers.count <= rule.number { similarRuleNumbers.append(-1) }
        similarRuleNumbers[rule.number] = Int64(n)
        return n
    }

    /// Moves the pending counts into `statistics` (before a merge and at the end).
    mutating func flushCounts() {
        counts.flush(into: &statistics, table: table)
    }

    /// Appends `other`, the results of the records that follow this accumulator's in the input.
    ///
    /// Concatenation and sums only, so merging is associative: batches audited on different threads and merged in
    /// input order give exactly the accumulator one thread would have built.
    mutating func merge(_ other: AuditAccumulator) {
        var other = other
        other.flushCounts()
        flushCounts()
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
        // One word per entry, the party hash's upper half over the entry's index, sorted as plain integers: sorting
        // indices with a comparator that read the chunked list twice per comparison retained a chunk on every read
        // (about 20 million comparisons for a million cases, on the one thread the finish runs on). A party's entries
        // stay in input order; entries whose hashes share the upper half are told apart below by the whole hash and
        // the name. Entry numbers are 32-bit like the claims' `entry`.
        var keys: [UInt64] = []
        keys.reserveCapacity(history.count)
        for index in history.indices { keys.append(history[index].partyHash & 0xFFFF_FFFF_0000_0000 | UInt64(truncatingIfNeeded: index)) }
        keys.sort()
        func entry(_ e: CompactHistoryEntry) -> HistoryEntry {
            HistoryEntry(party: arena.string(e.party), violation: table.string(e.violation),
                         category: e.category == UInt32.max ? nil : table.string(e.category),
                         date: CivilDate(dayNumber: Int(e.day)), caseID: arena.string(e.caseID))
        }
        var expanded: [FirstOffenceClaim] = []
        var byParty: [String: [HistoryEntry]] = [:]
        for claim in claims {
            let own = history[Int(claim.entry)]
            let prefix = own.partyHash & 0xFFFF_FFFF_0000_0000
            var low = 0, high = keys.count
            while low < high {
                let mid = (low + high) / 2
                if keys[mid] & 0xFFFF_FFFF_0000_0000 < prefix { low = mid + 1 } else { high = mid }
            }
            var sameParty: [CompactHistoryEntry] = []
            while low < keys.count, keys[low] & 0xFFFF_FFFF_0000_0000 == prefix {
                let other = history[Int(keys[low] & 0xFFFF_FFFF)]
                if other.partyHash == own.partyHash, arena.equal(other.party, own.party) { sameParty.append(other) }
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
        flushCounts()
        // The two checks over the whole corpus only read the accumulator, so they run side by side: one after the
        // other they were most of a million-case audit's one-thread tail (about 0.16 s and 0.11 s).
        let corpus = self
        let firstOffence = Mutex<[AuditFinding]>([])
        let dispersed = Mutex<(findings: [AuditFinding], groups: [FineGroupSummary])>(([], []))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let found = corpus.firstOffenceFindings()
                firstOffence.withLock { $0 = found }
            } else {
                let found = FineDispersionCheck.findings(samples: corpus.samples, rules: corpus.similarRules.strings, expand: corpus.sample)
                dispersed.withLock { $0 = found }
            }
        }
        findings.append(contentsOf: firstOffence.withLock { $0 })
        let dispersion = dispersed.withLock { $0 }
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

/// The last few strings each per-case field of the accumulator numbered (`StringTable.number(_:memo:)`).
struct FieldMemos {
    var violation = StringTable.Memo()
    var category = StringTable.Memo()
    var window = StringTable.Memo()
    var sameKind = StringTable.Memo()
    var item = StringTable.Memo()
    var file = StringTable.Memo()
    var agency = StringTable.Memo()
    var group = StringTable.Memo()
    var region = StringTable.Memo()
}

/// The per-case statistics of audited cases, counted by small numbers (outcome, `StringTable` number, month) rather
/// than in string-keyed dictionaries: the dictionaries cost a quarter of the accumulator's instructions per case.
/// Sums only, so flushing in any grouping gives the same statistics.
struct PendingCounts {
    var audited = 0
    var engineOutcomes = [Int](repeating: 0, count: DecisionOutcome.allCases.count)
    /// By `Outcome.allCases` position; the last entry counts `none`.
    var recordedOutcomes = [Int](repeating: 0, count: Outcome.allCases.count + 1)
    /// By `StringTable` number of the agency.
    var agencies: [Int] = []
    var notRecorded = [Int](repeating: 0, count: CaseTally.notRecordedGroups.count)
    var leniency = LeniencyFigures()
    /// Leniency figures by agency and region (`StringTable` numbers) and by month (year × 12 + month − 1).
    var byAgency: [UInt32: LeniencyFigures] = [:]
    var byRegion: [UInt32: LeniencyFigures] = [:]
    var byMonth: [Int: LeniencyFigures] = [:]

    mutating func add(_ tally: CaseTally, table: inout StringTable, memos: inout FieldMemos) {
        audited += 1
        if let k = DecisionOutcome.allCases.firstIndex(of: tally.engineOutcome) { engineOutcomes[k] += 1 }
        recordedOutcomes[tally.recordedOutcome.flatMap { Outcome.allCases.firstIndex(of: $0) } ?? Outcome.allCases.count] += 1
        let agency = Int(table.number(tally.agency, memo: &memos.agency))
        while agencies.count <= agency { agencies.append(0) }
        agencies[agency] += 1
        var bits = tally.notRecorded
        var bit = 0
        while bits != 0 {
            if bits & 1 != 0 { notRecorded[bit] += 1 }
            bits >>= 1
            bit += 1
        }
        leniency = leniency + tally.leniency
        guard !tally.leniency.isEmpty else { return }
        let region = table.number(tally.region.isEmpty ? AuditStatistics.regionNotRecorded : tally.region, memo: &memos.region)
        byAgency[UInt32(agency), default: LeniencyFigures()] = (byAgency[UInt32(agency)] ?? LeniencyFigures()) + tally.leniency
        byRegion[region, default: LeniencyFigures()] = (byRegion[region] ?? LeniencyFigures()) + tally.leniency
        let month = tally.date.year * 12 + tally.date.month - 1
        byMonth[month, default: LeniencyFigures()] = (byMonth[month] ?? LeniencyFigures()) + tally.leniency
    }

    mutating func flush(into statistics: inout AuditStatistics, table: StringTable) {
        guard audited > 0 else { return }
        statistics.casesAudited += audited
        for (k, n) in engineOutcomes.enumerated() where n > 0 { statistics.engineOutcomes[DecisionOutcome.allCases[k].rawValue, default: 0] += n }
        for (k, n) in recordedOutcomes.enumerated() where n > 0 {
            statistics.recordedOutcomes[k < Outcome.allCases.count ? Outcome.allCases[k].rawValue : "none", default: 0] += n
        }
        for (k, n) in agencies.enumerated() where n > 0 { statistics.casesByAgency[table.string(UInt32(k)), default: 0] += n }
        for (k, n) in notRecorded.enumerated() where n > 0 { statistics.notRecorded[CaseTally.notRecordedGroups[k], default: 0] += n }
        statistics.leniency = statistics.leniency + leniency
        var breakdown = LeniencyBreakdown()
        for (agency, figures) in byAgency { breakdown.add(figures, keys: [.agency: table.string(agency)]) }
        for (region, figures) in byRegion { breakdown.add(figures, keys: [.region: table.string(region)]) }
        var years: [Int: LeniencyFigures] = [:]
        for (month, figures) in byMonth {
            // The month came from a valid date, so its first day exists.
            guard let first = CivilDate(year: month / 12, month: month % 12 + 1, day: 1) else { continue }
            breakdown.add(figures, keys: [.month: CaseAuditor.month(first)])
            years[month / 12] = (years[month / 12] ?? LeniencyFigures()) + figures
        }
        for (year, figures) in years { breakdown.add(figures, keys: [.year: String(year)]) }
        statistics.leniencyBreakdown.merge(breakdown)
        self = PendingCounts()
    }
}
