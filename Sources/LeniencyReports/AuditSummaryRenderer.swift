import LeniencyAudit
import LeniencyCore

/// The default text summary: counts by code and agency, outcomes, leniency granted and fines waived, 类案不同罚, and
/// last the cases and inspections with findings, most findings first.
enum AuditSummaryRenderer {
    static func render(_ report: AuditReport, options: AuditRenderOptions) -> String {
        let language = options.language
        func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
        }
        let s = report.statistics
        var out = say(.auditReportTitle) + "\n"
        out += say(.auditPeriodLine, period(report)) + "\n"
        out += say(.auditCasesLine, s.casesRead, s.casesAudited, s.inspectionsRead, s.inspectionsAudited) + "\n"
        let unreadable = report.diagnostics.filter { $0.severity == .error }.count
        if unreadable > 0 { out += say(.auditUnreadableLine, unreadable) + "\n" }
        out += "\n" + say(.auditFindingsLine, s.totalFindings, s.findingsBySeverity["error"] ?? 0, s.findingsBySeverity["warning"] ?? 0,
                          s.findingsBySeverity["info"] ?? 0) + "\n"
        for code in AuditCode.allCases {
            guard let n = s.findingsByCode[code.rawValue] else { continue }
            let severity = DiagnosticRenderer.severityWord(code.severity, language: language)
            let name = language == .en ? "  (\(code.name))" : ""
            out += "  \(code.rawValue)  \(pad(String(n), 7))  \(severity.auditPadded(language == .en ? 7 : 2))  \(code.titleMessage.rendered(language))\(name)\n"
        }
        if !s.findingsByAgency.isEmpty {
            out += "\n" + say(.auditByAgencyHeading) + "\n"
            for (agency, n) in sortedByCount(s.findingsByAgency) { out += "  \(pad(String(n), 7))  \(agency)\n" }
        }
        out += "\n" + say(.auditOutcomesHeading) + "\n"
        let outcomes = ["no-penalty", "mitigated", "lighter", "standard", "heavier", "undetermined", "none"]
        let width = outcomes.map { Message.outcome($0).rendered(language).displayWidth }.max() ?? 0
        for outcome in outcomes {
            let e = s.engineOutcomes[outcome] ?? 0, r = s.recordedOutcomes[outcome] ?? 0
            guard e > 0 || r > 0 else { continue }
            out += "  \(Message.outcome(outcome).rendered(language).auditPadded(width))  \(pad(String(e), 7)) / \(pad(String(r), 7))\n"
        }
        out += leniency(s, language: language)
        out += notRecorded(s, language: language)
        let flagged = report.fineGroups.reduce(0) { $0 + $1.flagged }
        let small = report.fineGroups.filter { $0.rule == "small" }.count
        out += "\n" + say(.auditSimilarGroupsLine, report.fineGroups.count, small, flagged) + "\n"
        for rule in report.similarCaseRules {
            out += "  " + say(.auditSimilarRule, rule.madMinGroup, rule.deviations.description, rule.relativeShare.description) + "\n"
            if rule.minGroup < rule.madMinGroup {
                out += "  " + say(.auditSimilarSmallRule, rule.minGroup, rule.madMinGroup, rule.relativeShare.description) + "\n"
            }
        }
        if !s.similarCaseFindingsByAgency.isEmpty {
            out += "  " + say(.auditByAgencyShort) + "\n"
            for (agency, n) in sortedByCount(s.similarCaseFindingsByAgency) { out += "    \(pad(String(n), 5))  \(agency)\n" }
        }
        if !s.similarCaseFindingsByOfficer.isEmpty {
            out += "  " + say(.auditByOfficerShort) + "\n"
            for (officer, n) in sortedByCount(s.similarCaseFindingsByOfficer) { out += "    \(pad(String(n), 5))  \(officer)\n" }
        }
        out += "\n" + subjectsWithFindings(report, options: options)
        return out
    }

    /// The cases and inspections with findings, most findings (then most errors) first: count, id, codes, where.
    static func subjectsWithFindings(_ report: AuditReport, options: AuditRenderOptions) -> String {
        let language = options.language
        let subjects = SubjectFindings.rank(report.findings)
        guard !subjects.isEmpty else { return Message(.auditNoFindings).rendered(language) + "\n" }
        var out = Message(.auditTopSubjectsHeading, subjects.count).rendered(language) + "\n"
        let shown = options.topSubjects.map { Array(subjects.prefix(max(0, $0))) } ?? subjects
        let idWidth = min(40, shown.map { $0.subject.id.displayWidth }.max() ?? 0)
        for entry in shown {
            let codes = entry.codes.joined(separator: " ")
            out += "  \(pad(String(entry.count), 4))  \(entry.subject.word(language).auditPadded(language == .en ? 10 : 2))  "
            out += "\(entry.subject.id.auditPadded(idWidth))  \(codes)  \(entry.location.file):\(entry.location.start.line)\n"
        }
        if shown.count < subjects.count {
            out += "  " + Message(.auditTopSubjectsMore, subjects.count - shown.count).rendered(language) + "\n"
        }
        return out
    }

    /// Leniency in the province's own terms (Jiangxi's yearly figures): totals, both amount conventions, and the
    /// figures per agency, region, month and year.
    static func leniency(_ s: AuditStatistics, language: Language) -> String {
        func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
        }
        func notComputed(_ n: Int) -> String { n == 0 ? "" : say(.auditNotComputed, n) }
        let f = s.leniency
        var out = "\n" + say(.auditLeniencyHeading) + "\n"
        out += "  " + say(.auditFigureExempted, f.exempted, f.waived, notComputed(f.waivedNotComputed)) + "\n"
        out += "  " + say(.auditFigureMitigated, f.mitigated, f.mitigatedAmount, notComputed(f.mitigatedNotComputed)) + "\n"
        out += "  " + say(.auditFigureLightened, f.lightened) + "\n"
        out += "  " + say(.auditFigureNoCoercion, f.noCoercion) + "\n"
        out += "  " + say(.auditConventionsHeading) + "\n"
        out += "    " + LeniencyFigures.waivedConvention.rendered(language) + "\n"
        out += "    " + LeniencyFigures.mitigatedConvention.rendered(language) + "\n"
        for dimension in LeniencyDimension.allCases {
            let rows = s.leniencyBreakdown.rows(dimension)
            guard !rows.isEmpty else { continue }
            out += "  " + say(.auditFiguresByHeading, dimension.word) + "\n"
            for row in rows {
                let g = row.figures
                out += "    " + say(.auditFiguresRow, row.key, g.exempted, g.waived, g.mitigated, g.mitigatedAmount, g.lightened, g.noCoercion) + "\n"
            }
        }
        return out
    }

    /// The field groups the case files leave out, once: unknown, never a finding.
    static func notRecorded(_ s: AuditStatistics, language: Language) -> String {
        let groups = AuditStatistics.notRecordedGroups.filter { (s.notRecorded[$0] ?? 0) > 0 }
        guard !groups.isEmpty else { return "" }
        var out = "\n" + Message(.auditNotRecordedHeading, s.casesAudited).rendered(language) + "\n"
        for group in groups { out += "  \(pad(String(s.notRecorded[group] ?? 0), 7))  `\(group)`\n" }
        return out
    }

    static func period(_ report: AuditReport) -> Message {
        (report.from == nil && report.to == nil) ? Message(.auditPeriodAll)
            : Message(.auditPeriodRange, report.from?.description ?? "…", report.to?.description ?? "…")
    }

    static func sortedByCount(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.displayWidth)) + text
    }
}

/// The findings of one case or inspection, for the summary's closing list.
struct SubjectFindings {
    var subject: AuditSubject
    var count: Int
    var errors: Int
    var codes: [String]
    var location: SourceLocation

    /// Subjects by number of findings, then errors, then id (deterministic).
    static func rank(_ findings: [AuditFinding]) -> [SubjectFindings] {
        var bySubject: [AuditSubject: SubjectFindings] = [:]
        for finding in findings {
            var entry = bySubject[finding.subject]
                ?? SubjectFindings(subject: finding.subject, count: 0, errors: 0, codes: [], location: finding.location)
            entry.count += 1
            if finding.severity == .error { entry.errors += 1 }
            if !entry.codes.contains(finding.code.rawValue) { entry.codes.append(finding.code.rawValue) }
            bySubject[finding.subject] = entry
        }
        return bySubject.values.map { entry in
            var sorted = entry
            sorted.codes.sort()
            return sorted
        }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.errors != b.errors { return a.errors > b.errors }
            return a.subject < b.subject
        }
    }
}

extension String {
    /// Left-aligned to `width` terminal cells.
    func auditPadded(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }

    /// Terminal cells the text takes: two for East Asian wide and full-width characters (汉字, full-width punctuation).
    var displayWidth: Int {
        unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
