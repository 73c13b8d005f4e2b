import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// `kind: calendar`: one year; K002 for dates outside it, K001 for a day both off and on.
    func decodeCalendar(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "calendar", required: ["kind", "year", "holidays"],
                                          optional: ["document", "workdays"]) else { return }
        let year = reader.integer(fields["year"], "calendar `year`", range: 1900...9999)
        if let year, let yearNode = fields["year"] {
            define(String(year), namespace: "calendar years", what: "calendar year", at: yearNode)
        }
        func inYear(_ date: CivilDate, _ node: YAMLNode) -> Bool {
            guard let year else { return true }
            guard date.year == year else {
                reader.emit(.calendarDateOutsideYear, at: node, Message(.calendarDateOutsideYear, date, year),
                            hint: Message(.calendarDateOutsideYearHint, date.year))
                return false
            }
            return true
        }
        var holidays: [(HolidayCalendar.Holiday, YAMLNode)] = []
        for node in reader.list(fields["holidays"], "`holidays`") {
            guard let h = reader.mapping(node, "holiday", required: ["name", "from", "to"]),
                  let name = reader.string(h["name"], "holiday `name`"),
                  let fromNode = h["from"], let toNode = h["to"],
                  let from = reader.date(fromNode, "holiday `from`"), let to = reader.date(toNode, "holiday `to`") else { continue }
            let fromOK = inYear(from, fromNode), toOK = inYear(to, toNode)
            guard fromOK, toOK else { continue }
            guard from <= to else {
                reader.emit(.invalidValue, at: toNode, Message(.calendarHolidayInverted, name, to, from),
                            hint: Message(.calendarHolidayInvertedHint))
                continue
            }
            holidays.append((HolidayCalendar.Holiday(name: name, from: from, to: to), node))
        }
        var workdays: [CivilDate] = []
        for node in reader.list(fields["workdays"], "`workdays`") {
            guard let date = reader.date(node, "workday"), inYear(date, node) else { continue }
            if let (holiday, holidayNode) = holidays.first(where: { $0.0.from <= date && date <= $0.0.to }) {
                reader.emit(.calendarConflict, at: node, Message(.calendarWorkdayInHoliday, date, holiday.name),
                            hint: Message(.calendarWorkdayInHolidayHint),
                            notes: [Diagnostic.Note(location: holidayNode.location, Message(.calendarHolidayDeclaredHere, holiday.name))])
                continue
            }
            workdays.append(date)
        }
        let title = reader.string(fields["document"], "calendar `document`")
        guard let year else { return }
        catalog.calendars.append(HolidayCalendar(year: year, document: title, holidays: holidays.map(\.0),
                                                 workdays: workdays, location: document.location))
    }
}
