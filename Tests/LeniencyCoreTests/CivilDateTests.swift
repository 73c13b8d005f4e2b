import LeniencyCore
import Testing

@Suite struct CivilDateTests {
    @Test func parsesOnlyStrictISODates() throws {
        #expect(CivilDate("2025-03-01") == CivilDate(year: 2025, month: 3, day: 1))
        #expect(CivilDate("2025-02-29") == nil)
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2025-3-1") == nil)
        #expect(CivilDate("2025/03/01") == nil)
        #expect(CivilDate("20250301") == nil)
    }

    @Test func dayNumbersRoundTrip() throws {
        let epoch = try #require(CivilDate(year: 1970, month: 1, day: 1))
        #expect(epoch.dayNumber == 0)
        let d = try #require(CivilDate("2026-11-22"))
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 40).description == "2027-01-01")
    }

    @Test func weekdaysMatchThePublishedHolidayTables() throws {
        // law-and-policy.md §8.2/§8.3 give these weekdays.
        #expect(try #require(CivilDate("2025-01-01")).weekday == 3)  // Wed
        #expect(try #require(CivilDate("2025-01-26")).weekday == 7)  // Sun
        #expect(try #require(CivilDate("2026-02-14")).weekday == 6)  // Sat
        #expect(try #require(CivilDate("2026-10-01")).weekday == 4)  // Thu
    }

    @Test func addingYearsFallsToTheMonthEnd() throws {
        // 民法典 Art. 202: without a corresponding day, the period ends on the month's last day.
        let leap = try #require(CivilDate("2024-02-29"))
        #expect(leap.adding(years: 1).description == "2025-02-28")
        #expect(leap.adding(years: 4).description == "2028-02-29")
        #expect(try #require(CivilDate("2025-01-31")).adding(months: 1).description == "2025-02-28")
        #expect(try #require(CivilDate("2025-03-10")).adding(years: -2).description == "2023-03-10")
    }

    @Test func ageCountsFromTheDayAfterTheBirthday() throws {
        // 法释〔2006〕1号 Art. 2: 周岁 counts from the day after the birthday.
        let born = try #require(CivilDate("2010-05-10"))
        #expect(born.age(on: try #require(CivilDate("2024-05-09"))) == 13)
        #expect(born.age(on: try #require(CivilDate("2024-05-10"))) == 13)
        #expect(born.age(on: try #require(CivilDate("2024-05-11"))) == 14)
        #expect(born.age(on: try #require(CivilDate("2024-05-10")), ageBoundaryIncludesBirthday: true) == 14)
    }
}

@Suite struct MoneyTests {
    @Test func parsesYuanForms() {
        #expect(Money(parsing: "5000")?.fen == 500_000)
        #expect(Money(parsing: "5000.5")?.fen == 500_050)
        #expect(Money(parsing: "¥5,000.05")?.fen == 500_005)
        #expect(Money(parsing: "5000元")?.fen == 500_000)
        #expect(Money(parsing: "5万元")?.fen == 5_000_000)
        #expect(Money(parsing: "1.5万")?.fen == 1_500_000)
        #expect(Money(parsing: "5000.001") == nil)
        #expect(Money(parsing: "1e3") == nil)
        #expect(Money(parsing: "abc") == nil)
        #expect(Money(parsing: "-5") == nil)
    }

    @Test func rendersExactly() throws {
        #expect(Money(yuan: 37000).yuanString == "37000.00")
        #expect(Money(fen: 5).yuanString == "0.05")
        #expect(Money(fen: 123_456_789).displayString == "¥1,234,567.89")
    }

    @Test func multipliesByRatiosWithExplicitRounding() throws {
        let range = Money(yuan: 90000)
        let thirty = try #require(Ratio(parsing: "30%"))
        #expect(range.multiplied(by: thirty) == Money(yuan: 27000))
        let third = Ratio(1, 3)
        #expect(Money(fen: 100).multiplied(by: third).fen == 33)
        #expect(Money(fen: 100).multiplied(by: third, roundingUp: true).fen == 34)
    }

    @Test func ratiosParseAndCompare() throws {
        #expect(Ratio(parsing: "30%") == Ratio(3, 10))
        #expect(Ratio(parsing: "0.3") == Ratio(3, 10))
        #expect(Ratio(parsing: "3/10") == Ratio(3, 10))
        #expect(try #require(Ratio(parsing: "0.1")) < Ratio(1, 5))
        #expect(FixedPoint(parsing: "0.10")?.description == "0.10")
    }
}
