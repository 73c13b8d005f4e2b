import LeniencyAudit
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyReports
import Testing

/// Coercive measures (行政强制法), 加处罚款 and 一事不二罚款: each check both ways, and silence when not recorded.
@Suite struct CoercionPaymentFindingTests {
    typealias F = AuditFixtures
    typealias R = CaseFileReviewFindingTests

    static func withMeasures(_ measures: [CoerciveMeasure]?, coercion: CoercionChoice? = nil) -> CaseRecord {
        var record = F.cleanPenalty()
        record.coerciveMeasures = measures
        record.decision?.coercion = coercion
        return record
    }

    static func seizure(executed: String, ended: String?, extended: String? = nil, extensionDays: Int? = nil) -> CoerciveMeasure {
        CoerciveMeasure(kind: .seizure, decided: .on(F.date(executed)), executed: F.date(executed), extended: extended.map(F.date),
                        extensionDays: extensionDays, ended: ended.map(F.date), notified: true)
    }

    // MARK: - A701

    @Test func aMeasureAfterTheDecisionToRefrainIsA701() throws {
        let measure = Self.seizure(executed: "2025-03-12", ended: "2025-03-20")
        let found = try R.findings([Self.withMeasures([measure], coercion: .refrain)], .coercionDespiteRefrain)
        #expect(found.count == 1)
        #expect(found.first?.text.rendered(.zh) == "案卷记载不予实施行政强制措施，但实施了扣押")
        #expect(found.first?.basis == ["《中华人民共和国行政强制法》第十六条第二款"])
        #expect(try R.codes([Self.withMeasures([measure], coercion: .allowed)], of: [.coercionDespiteRefrain]) == [])
        #expect(try R.codes([Self.withMeasures([], coercion: .refrain)], of: [.coercionDespiteRefrain]) == [])
        #expect(try R.codes([Self.withMeasures(nil, coercion: .refrain)], of: [.coercionDespiteRefrain]) == [])
    }

    @Test func aMeasureWhereAMandatoryNoCoercionItemAppliesIsA701AndADiscretionaryOneIsNot() throws {
        func catalog(mandatory: Bool) throws -> Catalog {
            let list = """
            kind: list
            id: nc-list
            list_kind: no-coercion
            title: 测试不予实施行政强制措施清单
            issuer: 测试局
            document: 测试〔2023〕5号
            effective: 2022-01-01
            implements: ["《中华人民共和国行政强制法》第十六条第二款"]
            hit_policy: first
            mandatory: \(mandatory)
            items:
              - id: nc-1
                title: 情节显著轻微
                violation: T-2
                conditions: [harm_minor]
                basis: ["《中华人民共和国行政强制法》第十六条第二款"]
            """
            let loaded = CatalogLoader.load(texts: F.rules + [("nc-list.yaml", list)])
            #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
            return loaded.catalog
        }
        var record = Self.withMeasures([Self.seizure(executed: "2025-03-12", ended: "2025-03-20")])
        record.facts["harm_minor"] = .boolean(true)
        let shall = F.report(try catalog(mandatory: true), cases: [record]).findings.filter { $0.code == .coercionDespiteRefrain }
        #expect(shall.first?.evidence("item") == "nc-list/nc-1")
        let may = F.report(try catalog(mandatory: false), cases: [record]).findings.filter { $0.code == .coercionDespiteRefrain }
        #expect(may.isEmpty)
        record.facts["harm_minor"] = .boolean(false)
        #expect(F.report(try catalog(mandatory: true), cases: [record]).findings.filter { $0.code == .coercionDespiteRefrain }.isEmpty)
    }

    // MARK: - A702

    @Test func aSeizureBeyondThirtyDaysWithoutExtensionIsA702() throws {
        // Carried out Monday 2025-03-03: the 30 days run 03-04 … 04-02 (Wednesday, a working day).
        #expect(try R.codes([Self.withMeasures([Self.seizure(executed: "2025-03-03", ended: "2025-04-02")])], of: [.coercionPeriodExceeded]) == [])
        let found = try R.findings([Self.withMeasures([Self.seizure(executed: "2025-03-03", ended: "2025-04-03")])], .coercionPeriodExceeded)
        #expect(found.first?.evidence("last_day") == "2025-04-02")
        #expect(found.first?.text.english == "the seizure (扣押) carried out on 2025-03-03 lasted until 2025-04-03, beyond its last allowed day 2025-04-02 (30 days, no extension on record)")
    }

    @Test func aLastDayOnAHolidayMovesToTheNextWorkingDay() throws {
        // Carried out 2025-04-01: the 30th day is 2025-05-01, inside the 05-01…05 holiday, so the period ends 05-06 (民法典 Art. 203).
        #expect(try R.codes([Self.withMeasures([Self.seizure(executed: "2025-04-01", ended: "2025-05-06")])], of: [.coercionPeriodExceeded]) == [])
        let found = try R.findings([Self.withMeasures([Self.seizure(executed: "2025-04-01", ended: "2025-05-07")])], .coercionPeriodExceeded)
        #expect(found.first?.evidence("last_day") == "2025-05-06")
    }

    @Test func anExtensionAddsAtMostThirtyDaysAndOnlyWhenDecidedInTime() throws {
        // Carried out Monday 2025-06-02: 30 days end 07-02, 60 days end Friday 08-01.
        let timely = Self.seizure(executed: "2025-06-02", ended: "2025-08-01", extended: "2025-06-30", extensionDays: 30)
        #expect(try R.codes([Self.withMeasures([timely])], of: [.coercionPeriodExceeded]) == [])
        var over = timely
        over.ended = F.date("2025-08-04")
        #expect(try R.findings([Self.withMeasures([over])], .coercionPeriodExceeded).first?.evidence("last_day") == "2025-08-01")
        // An extension of 40 days counts for 30 only.
        let capped = Self.seizure(executed: "2025-06-02", ended: "2025-08-04", extended: "2025-06-30", extensionDays: 40)
        let found = try R.findings([Self.withMeasures([capped])], .coercionPeriodExceeded)
        #expect(found.first?.text.rendered(.zh).contains("延长不得超过30日（案卷记载延长40日）") == true)
        // An extension decided after the 30 days had run out does not extend them.
        let late = Self.seizure(executed: "2025-06-02", ended: "2025-07-10", extended: "2025-07-03", extensionDays: 30)
        #expect(try R.findings([Self.withMeasures([late])], .coercionPeriodExceeded).first?.evidence("last_day") == "2025-07-02")
        // A measure without a period in the rules is not judged.
        var restriction = Self.seizure(executed: "2025-03-03", ended: "2025-06-03")
        restriction.kind = .freeze
        #expect(try R.codes([Self.withMeasures([restriction])], of: [.coercionPeriodExceeded]) == [])
    }

    @Test func aMeasureWithoutAnEndPastItsPeriodIsCountedAsNotRecordedNotAsA702() throws {
        // Carried out Monday 2025-03-03: the 30 days end 04-02. The decision date is the reference.
        func audited(decided: String?, to: String? = nil, extended: String? = nil) throws -> AuditReport {
            var record = Self.withMeasures([Self.seizure(executed: "2025-03-03", ended: nil, extended: extended, extensionDays: extended.map { _ in 30 })])
            record.dates.decided = decided.map(F.date)
            record.decision?.published = nil
            return F.report(try F.catalog(), cases: [record], options: AuditOptions(to: to.map(F.date)))
        }
        let past = try audited(decided: "2025-04-03")
        #expect(past.findings.filter { $0.code == .coercionPeriodExceeded }.isEmpty)
        #expect(past.statistics.notRecorded["coercive_measures.ended"] == 1)
        // Decided on the last day: the measure may still lawfully run, nothing is unknown about the period yet.
        let onTime = try audited(decided: "2025-04-02")
        #expect(onTime.statistics.notRecorded["coercive_measures.ended"] == nil)
        // An extension decided in time: 60 days end 05-02, inside the 05-01…05 holiday, so the period ends 05-06.
        #expect(try audited(decided: "2025-05-06", extended: "2025-03-31").statistics.notRecorded["coercive_measures.ended"] == nil)
        #expect(try audited(decided: "2025-05-07", extended: "2025-03-31").statistics.notRecorded["coercive_measures.ended"] == 1)
        // Without a decision date, the end of the audited period is the reference.
        #expect(try audited(decided: nil, to: "2025-04-03").statistics.notRecorded["coercive_measures.ended"] == 1)
        #expect(try audited(decided: nil, to: "2025-04-02").statistics.notRecorded["coercive_measures.ended"] == nil)
        #expect(try audited(decided: nil).statistics.notRecorded["coercive_measures.ended"] == nil)
        // The summary lists it once under "not recorded".
        #expect(AuditReportRenderer.render(past, format: .summary).contains("`coercive_measures.ended`"))
    }

    // MARK: - A703, A704

    @Test func aMeasureWithoutDecisionDocumentIsA703AndWithoutNotificationA704() throws {
        var measure = Self.seizure(executed: "2025-03-12", ended: "2025-03-20")
        #expect(try R.codes([Self.withMeasures([measure])], of: [.coercionWithoutDecision, .coercionPartyNotNotified]) == [])
        measure.decided = .notTaken
        #expect(try R.codes([Self.withMeasures([measure])], of: [.coercionWithoutDecision, .coercionPartyNotNotified]) == [.coercionWithoutDecision])
        measure.decided = nil
        measure.notified = false
        #expect(try R.codes([Self.withMeasures([measure])], of: [.coercionWithoutDecision, .coercionPartyNotNotified]) == [.coercionPartyNotNotified])
        measure.notified = nil
        #expect(try R.codes([Self.withMeasures([measure])], of: [.coercionWithoutDecision, .coercionPartyNotNotified]) == [])
    }

    // MARK: - A802, A803

    @Test func aSurchargeAboveTheFineIsA802() throws {
        var record = F.cleanPenalty(fine: 4000)
        record.payment = Payment(due: F.date("2025-04-16"), paid: F.date("2025-06-30"), surcharge: Money(yuan: 4000), surchargeFrom: F.date("2025-04-17"))
        // 加处罚款的数额不得超出罚款的数额: equal is allowed.
        #expect(try R.codes([record], of: [.surchargeAboveCap, .surchargeBeforeDue]) == [])
        record.payment?.surcharge = Money(fen: 400_001)
        let found = try R.findings([record], .surchargeAboveCap)
        #expect(found.first?.evidence("limit") == "4000.00")
        #expect(found.first?.text.english == "加处罚款 of ¥4,000.01 exceeds 100% of the fine ¥4,000.00")
    }

    @Test func aSurchargeForDaysBeforeTheDueDateIsA803() throws {
        var record = F.cleanPenalty(fine: 4000)
        record.payment = Payment(due: F.date("2025-04-16"), paid: F.date("2025-04-25"), surcharge: Money(yuan: 1080), surchargeFrom: F.date("2025-04-16"))
        let early = try R.findings([record], .surchargeBeforeDue)
        #expect(early.first?.evidence("surcharge_from") == "2025-04-16")
        // The due date is the last day to pay (到期不缴纳 starts the day after), so charging from it is too early.
        #expect(early.first?.text.rendered(.zh) == "加处罚款自2025-04-16起算，而缴款期限至2025-04-16届满，届满前不得加处罚款")
        record.payment?.surchargeFrom = F.date("2025-04-17")
        #expect(try R.codes([record], of: [.surchargeBeforeDue]) == [])
        // Paid by the due date, yet surcharged.
        record.payment = Payment(due: F.date("2025-04-16"), paid: F.date("2025-04-16"), surcharge: Money(yuan: 120))
        #expect(try R.codes([record], of: [.surchargeBeforeDue]) == [.surchargeBeforeDue])
        record.payment?.surcharge = .zero
        #expect(try R.codes([record], of: [.surchargeBeforeDue]) == [])
    }

    // MARK: - A801

    @Test func theSameActOfTheSamePartyFinedTwiceIsA801OnTheLaterFine() throws {
        var first = F.cleanPenalty(id: "D-1", party: "P-9", line: 1)
        first.actID = "ACT-7"
        var second = F.cleanPenalty(id: "D-2", party: "P-9", line: 2)
        second.actID = "ACT-7"
        second.agency = "测试省某市生态环境局"
        second.dates.decided = F.date("2025-04-02")
        let found = try R.findings([second, first], .doubleFine)
        #expect(found.map(\.subject) == [.case("D-2")])
        #expect(found.first?.evidence("earlier_case") == "D-1")
        #expect(found.first?.basis == ["《中华人民共和国行政处罚法》第二十九条"])
        // Another party, another act, or no fine on the first decision: no finding.
        var otherParty = second
        otherParty.party.creditCode = "P-10"
        #expect(try R.codes([first, otherParty], of: [.doubleFine]) == [])
        var otherAct = second
        otherAct.actID = "ACT-8"
        #expect(try R.codes([first, otherAct], of: [.doubleFine]) == [])
        var warned = first
        warned.decision?.fine = nil
        warned.decision?.penaltyKinds = ["warning"]
        #expect(try R.codes([warned, second], of: [.doubleFine]) == [])
        #expect(try R.codes([F.cleanPenalty(id: "D-1", party: "P-9"), F.cleanPenalty(id: "D-2", party: "P-9")], of: [.doubleFine]) == [])
    }

    @Test func doubleFinesAreFoundAcrossBatchesAndThreads() throws {
        // The same two cases, in a corpus audited in batches of one: the cross-case check sees the merged corpus.
        var first = F.cleanPenalty(id: "D-1", party: "P-9")
        first.actID = "ACT-7"
        var second = F.cleanPenalty(id: "D-2", party: "P-9")
        second.actID = "ACT-7"
        second.dates.decided = F.date("2025-04-02")
        let many = (0..<30).map { F.cleanPenalty(id: "X-\($0)") } + [second] + (30..<60).map { F.cleanPenalty(id: "X-\($0)") } + [first]
        let report = F.report(try F.catalog(), cases: many, options: AuditOptions(batchSize: 1))
        #expect(report.findings.filter { $0.code == .doubleFine }.map(\.subject) == [.case("D-2")])
    }
}
