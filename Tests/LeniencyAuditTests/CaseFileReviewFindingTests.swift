import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// The procedure of 行政处罚法 a case file records: 简易程序, 告知, statement and hearing periods, hearing rights,
/// 法制审核 order, officers and certificates at investigations. Each check both ways, and silence when not recorded.
@Suite struct CaseFileReviewFindingTests {
    typealias F = AuditFixtures

    /// The codes among `of` that the audit reports for `cases` (other checks may fire on the same fixture).
    static func codes(_ cases: [CaseRecord], of: Set<AuditCode>, options: AuditOptions = AuditOptions()) throws -> [AuditCode] {
        try F.report(F.catalog(), cases: cases, options: options).findings.map(\.code).filter { of.contains($0) }
    }

    static func findings(_ cases: [CaseRecord], _ code: AuditCode) throws -> [AuditFinding] {
        try F.report(F.catalog(), cases: cases).findings.filter { $0.code == code }
    }

    /// A penalised T-2 case with a recorded procedure.
    static func penalty(fine: Int64 = 4000, party: PartyType = .enterprise, procedure: CaseProcedure) -> CaseRecord {
        var record = F.cleanPenalty(fine: fine)
        record.party.type = party
        record.procedure = procedure
        return record
    }

    // MARK: - A410, A411 简易程序

    @Test func summaryProcedureAboveItsCeilingIsA410() throws {
        let summary = CaseProcedure(kind: .summary)
        // 行政处罚法 Art. 51: 公民 200 yuan 以下, organisations 3000 yuan 以下 (以下 includes the bound, 民法典 Art. 1259).
        #expect(try Self.codes([Self.penalty(fine: 3000, procedure: summary)], of: [.summaryProcedureOverLimit]) == [])
        let over = try Self.findings([Self.penalty(fine: 3001, procedure: summary)], .summaryProcedureOverLimit)
        #expect(over.count == 1)
        #expect(over.first?.evidence("ceiling") == "3000.00")
        #expect(over.first?.basis == ["《中华人民共和国行政处罚法》第五十一条"])
        #expect(try Self.codes([Self.penalty(fine: 200, party: .individual, procedure: summary)], of: [.summaryProcedureOverLimit]) == [])
        #expect(try Self.codes([Self.penalty(fine: 201, party: .individual, procedure: summary)], of: [.summaryProcedureOverLimit]) == [.summaryProcedureOverLimit])
        // The ceiling belongs to the summary procedure only.
        #expect(try Self.codes([Self.penalty(fine: 5000, procedure: CaseProcedure(kind: .ordinary))], of: [.summaryProcedureOverLimit]) == [])
        #expect(try Self.codes([Self.penalty(fine: 5000, procedure: CaseProcedure())], of: [.summaryProcedureOverLimit]) == [])
    }

    @Test func summaryProcedureWithAPenaltyKindBeyondWarningAndFineIsA410() throws {
        var record = Self.penalty(fine: 100, procedure: CaseProcedure(kind: .summary))
        record.decision?.penaltyKinds = ["fine", "confiscation"]
        let found = try Self.findings([record], .summaryProcedureOverLimit)
        #expect(found.map(\.text.english) == ["a summary (当场) decision imposed confiscation; the summary procedure allows only warning, fine"])
        #expect(found.first?.text.rendered(.zh) == "简易程序（当场）处罚给予了没收违法所得或者非法财物，而简易程序只能给予警告、罚款")
        record.decision?.penaltyKinds = ["warning", "fine"]
        #expect(try Self.codes([record], of: [.summaryProcedureOverLimit]) == [])
    }

    @Test func summaryProcedureBeforeTheLawsCurrentCeilingsIsNotJudgedByThem() throws {
        // The national rules are in force from 2021-07-15 (the 2021 revision); a 2020 decision is not held to them.
        var record = Self.penalty(fine: 500, procedure: CaseProcedure(kind: .summary))
        record.dates = CaseDates(act: F.date("2020-03-02"), filed: F.date("2020-03-02"), decided: F.date("2020-03-02"))
        record.decision?.published = nil
        #expect(try Self.codes([record], of: [.summaryProcedureOverLimit]) == [])
    }

    @Test func summaryDecisionWithoutItsFormalitiesIsA411() throws {
        let complete = CaseProcedure(kind: .summary, certificateShown: true, numberedForm: true, deliveredOnSpot: true, reported: true)
        #expect(try Self.codes([Self.penalty(fine: 100, procedure: complete)], of: [.summaryProcedureFormalities]) == [])
        var missing = complete
        missing.deliveredOnSpot = false
        missing.reported = false
        let found = try Self.findings([Self.penalty(fine: 100, procedure: missing)], .summaryProcedureFormalities)
        #expect(found.count == 1)
        #expect(found.first?.evidence("delivered_on_spot") == "false")
        #expect(found.first?.evidence("reported") == "false")
        #expect(found.first?.text.rendered(.zh) == "简易程序（当场）处罚未当场交付当事人、报所属行政机关备案")
        // Formalities the file does not mention are unknown.
        #expect(try Self.codes([Self.penalty(fine: 100, procedure: CaseProcedure(kind: .summary))], of: [.summaryProcedureFormalities]) == [])
    }

    // MARK: - A412–A414 告知, periods, hearing

    @Test func penaltyWithoutNoticeOrBeforeItIsA412() throws {
        // cleanPenalty is decided 2025-04-01.
        #expect(try Self.codes([Self.penalty(procedure: CaseProcedure(notified: .notTaken))], of: [.decisionWithoutNotice]) == [.decisionWithoutNotice])
        let late = try Self.findings([Self.penalty(procedure: CaseProcedure(notified: .on(F.date("2025-04-02"))))], .decisionWithoutNotice)
        #expect(late.first?.evidence("notified") == "2025-04-02")
        #expect(late.first?.basis == ["《中华人民共和国行政处罚法》第四十四条"])
        #expect(try Self.codes([Self.penalty(procedure: CaseProcedure(notified: .on(F.date("2025-03-20"))))], of: [.decisionWithoutNotice]) == [])
        #expect(try Self.codes([Self.penalty(procedure: CaseProcedure(kind: .ordinary))], of: [.decisionWithoutNotice]) == [])
        // A no-penalty decision imposes nothing that needed a 告知.
        var exempted = F.cleanExemption()
        exempted.procedure = CaseProcedure(notified: .notTaken)
        #expect(try Self.codes([exempted], of: [.decisionWithoutNotice]) == [])
    }

    /// A fine of 6000 yuan on an enterprise reaches the fixture region's 较大数额, so the party may request a hearing
    /// within 5 working days of the 告知 (行政处罚法 Art. 64, 85).
    static func hearingCase(notified: String, decided: String, _ change: (inout CaseProcedure) -> Void = { _ in }) -> CaseRecord {
        var procedure = CaseProcedure(kind: .ordinary, notified: .on(F.date(notified)), hearingRights: true)
        change(&procedure)
        var record = penalty(fine: 6000, procedure: procedure)
        record.dates.decided = F.date(decided)
        record.decision?.published = F.date(decided)
        record.decision?.legalReview = true
        return record
    }

    @Test func decisionInsideTheHearingRequestPeriodIsA413CountingWorkingDays() throws {
        // 告知 Monday 2025-04-28; 2025-05-01…05 are holidays: the five working days are 04-29, 04-30, 05-06, 05-07, 05-08.
        let early = try Self.findings([Self.hearingCase(notified: "2025-04-28", decided: "2025-05-08")], .decisionBeforeStatementPeriod)
        #expect(early.count == 1)
        #expect(early.first?.evidence("last_day") == "2025-05-08")
        #expect(early.first?.evidence("period") == "hearing_request_working_days")
        #expect(early.first?.basis == ["《中华人民共和国行政处罚法》第六十四条第一款第一项"])
        #expect(try Self.codes([Self.hearingCase(notified: "2025-04-28", decided: "2025-05-09")], of: [.decisionBeforeStatementPeriod]) == [])
        // An express waiver (Art. 62), or a hearing held before the decision, answers the period.
        #expect(try Self.codes([Self.hearingCase(notified: "2025-04-28", decided: "2025-05-07") { $0.rightsWaived = true }],
                               of: [.decisionBeforeStatementPeriod]) == [])
        #expect(try Self.codes([Self.hearingCase(notified: "2025-04-28", decided: "2025-05-07") {
            $0.hearingRequested = F.date("2025-04-29"); $0.hearingHeld = F.date("2025-05-06")
        }], of: [.decisionBeforeStatementPeriod]) == [])
    }

    @Test func decisionBeforeARequestedHearingIsA413() throws {
        let record = Self.hearingCase(notified: "2025-04-28", decided: "2025-05-20") {
            $0.hearingRequested = F.date("2025-04-29"); $0.hearingHeld = F.date("2025-05-22")
        }
        let found = try Self.findings([record], .decisionBeforeStatementPeriod)
        #expect(found.first?.evidence("hearing_held") == "2025-05-22")
        #expect(found.first?.text.english == "decided on 2025-05-20, before the requested hearing was held on 2025-05-22")
    }

    @Test func theRegionsStatementPeriodAppliesWithoutHearingRights() throws {
        // The fixture region gives 3 working days for statements; 告知 Monday 2025-03-03 → last day Thursday 03-06.
        func record(decided: String, statement: String? = nil) -> CaseRecord {
            var r = Self.penalty(procedure: CaseProcedure(kind: .ordinary, notified: .on(F.date("2025-03-03")),
                                                          statementReceived: statement.map(F.date)))
            r.dates.decided = F.date(decided)
            r.decision?.published = F.date(decided)
            return r
        }
        let found = try Self.findings([record(decided: "2025-03-06")], .decisionBeforeStatementPeriod)
        #expect(found.first?.evidence("period") == "statement_working_days")
        #expect(found.first?.evidence("working_days") == "3")
        #expect(try Self.codes([record(decided: "2025-03-07")], of: [.decisionBeforeStatementPeriod]) == [])
        // A statement received answers the statement period.
        #expect(try Self.codes([record(decided: "2025-03-05", statement: "2025-03-04")], of: [.decisionBeforeStatementPeriod]) == [])
    }

    @Test func aFineFromTheRegionsLargeAmountWithoutHearingRightsIsA414() throws {
        func record(fine: String, party: PartyType = .enterprise, rights: Bool? = false) -> CaseRecord {
            var r = Self.penalty(party: party, procedure: CaseProcedure(kind: .ordinary, notified: .on(F.date("2025-03-10")), hearingRights: rights))
            r.decision?.fine = Money(parsing: fine)
            r.decision?.legalReview = true
            return r
        }
        // 较大数额 in the fixture region: organisations 6000 yuan, individuals 2000 yuan (以上 includes the amount).
        let found = try Self.findings([record(fine: "6000")], .hearingRightNotGiven)
        #expect(found.first?.evidence("large_fine") == "6000.00")
        #expect(found.first?.basis == ["测试省监督规则（测试〔2022〕9号）"])
        #expect(try Self.codes([record(fine: "5999.99")], of: [.hearingRightNotGiven]) == [])
        #expect(try Self.codes([record(fine: "2000", party: .individual)], of: [.hearingRightNotGiven]) == [.hearingRightNotGiven])
        #expect(try Self.codes([record(fine: "6000", rights: true)], of: [.hearingRightNotGiven]) == [])
        #expect(try Self.codes([record(fine: "6000", rights: nil)], of: [.hearingRightNotGiven]) == [])
        // A revocation carries the right whatever the fine (Art. 63 ¶1 (三)).
        var revoked = record(fine: "4000")
        revoked.decision?.penaltyKinds = ["fine", "revocation"]
        let byKind = try Self.findings([revoked], .hearingRightNotGiven)
        #expect(byKind.first?.evidence("penalty_kinds") == "revocation")
        #expect(byKind.first?.text.rendered(.zh) == "告知未载明听证权利，而处罚种类吊销许可证件应当告知听证权利")
    }

    // MARK: - A415, A416 法制审核

    @Test func legalReviewAfterTheDecisionIsA415AndWithoutAReviewerA416() throws {
        func record(review: String, reviewer: String?) -> CaseRecord {
            Self.penalty(procedure: CaseProcedure(legalReview: F.date(review), legalReviewer: reviewer))
        }
        #expect(try Self.codes([record(review: "2025-04-02", reviewer: "王五")], of: [.legalReviewAfterDecision, .legalReviewWithoutReviewer])
                == [.legalReviewAfterDecision])
        #expect(try Self.codes([record(review: "2025-04-01", reviewer: "王五")], of: [.legalReviewAfterDecision, .legalReviewWithoutReviewer]) == [])
        #expect(try Self.codes([record(review: "2025-03-28", reviewer: nil)], of: [.legalReviewAfterDecision, .legalReviewWithoutReviewer])
                == [.legalReviewWithoutReviewer])
        #expect(try Self.codes([record(review: "2025-03-28", reviewer: " ")], of: [.legalReviewWithoutReviewer]) == [.legalReviewWithoutReviewer])
    }

    @Test func aRecordedLegalReviewDateSatisfiesA405() throws {
        var record = F.cleanPenalty(fine: 5000)
        record.decision?.legalReview = nil
        #expect(try Self.codes([record], of: [.legalReviewMissing]) == [.legalReviewMissing])
        record.procedure = CaseProcedure(legalReview: F.date("2025-03-28"), legalReviewer: "王五")
        #expect(try Self.codes([record], of: [.legalReviewMissing]) == [])
    }

    // MARK: - A401, A402 at investigations

    @Test func anInvestigationWithOneOfficerIsA401() throws {
        func record(_ officers: [Officer]) -> CaseRecord {
            Self.penalty(procedure: CaseProcedure(investigations: [Investigation(date: F.date("2025-03-12"), officers: officers)]))
        }
        let found = try Self.findings([record([Officer(name: "张三", certificate: "C-001")])], .tooFewOfficers)
        #expect(found.first?.evidence("stage") == "investigation")
        #expect(found.first?.evidence("date") == "2025-03-12")
        #expect(found.first?.text.rendered(.zh) == "2025-03-12调查检查时在场执法人员1名，少于规定的2名")
        #expect(try Self.codes([record(F.twoOfficers)], of: [.tooFewOfficers]) == [])
        // An investigation that names nobody does not say who was there.
        #expect(try Self.codes([record([])], of: [.tooFewOfficers]) == [])
    }

    @Test func certificatesAreCheckedOnEveryInvestigationDate() throws {
        // 李四's certificate runs out on 2025-03-31: valid at the investigation of 03-12, not at that of 04-01.
        let registry = CertificateRegistry([
            OfficerCertificate(number: "C-001", name: "张三", validFrom: F.date("2020-01-01"), validTo: F.date("2030-12-31"), location: .wholeFile("c.yaml")),
            OfficerCertificate(number: "C-002", name: "李四", validFrom: F.date("2020-01-01"), validTo: F.date("2025-03-31"), location: .wholeFile("c.yaml")),
        ])
        var record = Self.penalty(procedure: CaseProcedure(investigations: [Investigation(date: F.date("2025-03-12"), officers: F.twoOfficers)]))
        // At the decision (2025-04-01) only 张三 acts, so the decision date itself is clean.
        record.officers = [F.twoOfficers[0], F.twoOfficers[0]]
        #expect(try Self.codes([record], of: [.officerWithoutCertificate], options: AuditOptions(certificates: registry)) == [])
        record.procedure?.investigations?.append(Investigation(date: F.date("2025-04-01"), officers: F.twoOfficers))
        let found = try F.report(F.catalog(), cases: [record], options: AuditOptions(certificates: registry)).findings
            .filter { $0.code == .officerWithoutCertificate }
        #expect(found.count == 1)
        #expect(found.first?.evidence("officer") == "李四")
        #expect(found.first?.evidence("stage") == "investigation")
        #expect(found.first?.evidence("date") == "2025-04-01")
    }

    // MARK: - Not recorded

    @Test func casesWithoutTheNewFieldsGetNoNewFindingAndAreCountedAsNotRecorded() throws {
        let catalog = try F.catalog()
        let report = F.report(catalog, cases: [F.cleanPenalty(id: "N-1"), F.cleanExemption(id: "N-2")])
        #expect(report.findings.isEmpty)
        // `coercive_measures.ended` is counted by A702's check for a recorded measure, never for an absent one.
        for group in AuditStatistics.notRecordedGroups where group != "coercive_measures.ended" {
            #expect(report.statistics.notRecorded[group] == 2, "\(group)")
        }
        #expect(report.statistics.notRecorded["coercive_measures.ended"] == nil)
        var recorded = F.cleanPenalty(id: "N-3")
        recorded.procedure = CaseProcedure(kind: .ordinary, notified: .on(F.date("2025-03-20")))
        recorded.payment = Payment(due: F.date("2025-04-20"))
        let partial = F.report(catalog, cases: [recorded])
        #expect(partial.statistics.notRecorded["procedure.kind"] == nil)
        #expect(partial.statistics.notRecorded["procedure.notified"] == nil)
        #expect(partial.statistics.notRecorded["payment"] == nil)
        #expect(partial.statistics.notRecorded["procedure.legal_review"] == 1)
        #expect(partial.statistics.notRecorded["act_id"] == 1)
    }
}
