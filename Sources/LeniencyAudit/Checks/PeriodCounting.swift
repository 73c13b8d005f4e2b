import LeniencyCatalog
import LeniencyCore

/// How the audit counts statutory periods (docs/AUDIT.md, "Counting periods"); the periods themselves are rule data.
///
/// - A period counted from an event starts the next day (民法典 Art. 201: 开始的当日不计入).
/// - Working-day periods (行政处罚法 Art. 85: 二日、三日、五日、七日; 行政强制法 Art. 69: 十日以内) count only working days of
///   the catalog's holiday calendars, so they always end on a working day.
/// - A calendar-day period whose last day is a rest day (a weekend or holiday that is not a 调休 working day) ends on
///   the next working day (民法典 Art. 203: 以法定休假日结束的次日为期间的最后一日).
struct PeriodCounting: Sendable {
    let calendar: WorkingDayCalendar

    /// The last day of a period of `days` calendar days that starts the day after `start`.
    func calendarDeadline(_ days: Int, after start: CivilDate) -> CivilDate {
        var last = start.adding(days: days)
        while !calendar.isWorkingDay(last) { last = last.adding(days: 1) }
        return last
    }

    /// The last day of a period of `days` working days that starts the day after `start`.
    func workingDeadline(_ days: Int, after start: CivilDate) -> CivilDate {
        calendar.addingWorkingDays(days, to: start)
    }

    /// Evidence saying which years between `from` and `to` no holiday calendar covers (only weekends were rest days there).
    func coverage(from: CivilDate, to: CivilDate) -> [Evidence] {
        guard from.year <= to.year else { return [] }
        let uncovered = (from.year...to.year).filter { !calendar.coveredYears.contains($0) }
        guard !uncovered.isEmpty else { return [] }
        return [Evidence("calendar_coverage", Message(.auditCalendarCoverage, uncovered.map(String.init)))]
    }
}
