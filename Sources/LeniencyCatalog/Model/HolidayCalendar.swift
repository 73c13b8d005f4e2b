public import LeniencyCore

/// One year of public holidays and 调休 working days.
public struct HolidayCalendar: Sendable, Hashable {
    /// A holiday span.
    public struct Holiday: Sendable, Hashable {
        /// Name (元旦, 春节, …).
        public var name: String
        /// First day off.
        public var from: CivilDate
        /// Last day off.
        public var to: CivilDate

        /// Creates a span.
        public init(name: String, from: CivilDate, to: CivilDate) {
            self.name = name
            self.from = from
            self.to = to
        }
    }

    /// The year.
    public var year: Int
    /// The document announcing it.
    public var document: String?
    /// Holiday spans.
    public var holidays: [Holiday]
    /// Weekend days that are working days (调休上班).
    public var workdays: [CivilDate]
    /// Where the document starts.
    public var location: SourceLocation

    /// Creates a calendar year.
    public init(year: Int, document: String?, holidays: [Holiday], workdays: [CivilDate], location: SourceLocation) {
        self.year = year
        self.document = document
        self.holidays = holidays
        self.workdays = workdays
        self.location = location
    }
}

/// Working-day arithmetic over the calendar years of a catalog.
public struct WorkingDayCalendar: Sendable {
    private let holidays: Set<CivilDate>
    private let workdays: Set<CivilDate>
    /// Years the calendars cover; outside them only weekends count as days off.
    public let coveredYears: Set<Int>

    /// Builds the calendar from its years.
    public init(_ years: [HolidayCalendar]) {
        var off = Set<CivilDate>()
        for year in years {
            for span in year.holidays where span.from <= span.to {
                for n in span.from.dayNumber...span.to.dayNumber { off.insert(CivilDate(dayNumber: n)) }
            }
        }
        holidays = off
        workdays = Set(years.flatMap(\.workdays))
        coveredYears = Set(years.map(\.year))
    }

    /// True when `date` is a working day: Monday–Friday outside holidays, or a listed 调休 working day.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if workdays.contains(date) { return true }
        return !date.isWeekend && !holidays.contains(date)
    }

    /// The date that ends a period of `count` working days counted from the day after `start` (民法典 Art. 201).
    public func addingWorkingDays(_ count: Int, to start: CivilDate) -> CivilDate {
        var date = start
        var remaining = count
        while remaining > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { remaining -= 1 }
        }
        return date
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`).
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var date = start.adding(days: 1)
        while date <= end {
            if isWorkingDay(date) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }
}
