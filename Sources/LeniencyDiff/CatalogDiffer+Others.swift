import LeniencyCatalog
import LeniencyCore

extension CatalogDiffer {
    // MARK: Limitation periods

    /// All versions of one set of limitation periods.
    func diffLimitation(_ id: String) -> DocumentDiff? {
        let changes = versionChanges(old.limitations.filter { $0.id == id }, new.limitations.filter { $0.id == id },
                                     validity: \.validity, compare: { a, b, _ in compare(a, b) })
        return changes.isEmpty ? nil : DocumentDiff(kind: .limitation, id: id, title: id, changes: changes)
    }

    private func compare(_ a: LimitationRules, _ b: LimitationRules) -> [DiffChange] {
        let version = b.validity.effective
        let date = VersionPairing.commonDay(a.validity, b.validity)
        var changes: [DiffChange] = []
        if a.validity.expires != b.validity.expires {
            changes.append(DiffChange(kind: .expiryChanged, version: version, old: .date(a.validity.expires), new: .date(b.validity.expires)))
        }
        for period in b.periods {
            guard let previous = a.periods.first(where: { $0.id == period.id }) else {
                changes.append(DiffChange(kind: .periodAdded, version: version, subject: period.id, new: .text("\(period.years)")))
                continue
            }
            if previous.years != period.years {
                changes.append(DiffChange(kind: .periodChanged, version: version, subject: period.id, field: "years",
                                          old: .text(String(previous.years)), new: .text(String(period.years)),
                                          witnesses: periodWitness(previous, period, date: date)))
            }
            if previous.condition?.expression.rendered != period.condition?.expression.rendered {
                changes += compareConditions(old: (previous.condition.map { [$0] } ?? [], [], RuleConditions(previous.condition.map { [$0.expression] } ?? [])),
                                             new: (period.condition.map { [$0] } ?? [], [], RuleConditions(period.condition.map { [$0.expression] } ?? [])),
                                             subject: period.id, violation: violation(inSectors: period.sectors), date: date, version: version,
                                             scope: nil, attribution: .period(period.id), changed: .periodChanged, reworded: .periodChanged).map { change in
                    var change = change
                    change.field = "when"
                    return change
                }
            }
            if previous.sectors != period.sectors {
                changes.append(DiffChange(kind: .periodChanged, version: version, subject: period.id, field: "sectors",
                                          old: .items(previous.sectors), new: .items(period.sectors)))
            }
            if previous.replaces != period.replaces {
                changes.append(DiffChange(kind: .periodChanged, version: version, subject: period.id, field: "replaces",
                                          old: previous.replaces.map(DiffValue.text), new: period.replaces.map(DiffValue.text)))
            }
        }
        for period in a.periods where !b.periods.contains(where: { $0.id == period.id }) {
            changes.append(DiffChange(kind: .periodRemoved, version: version, subject: period.id, old: .text("\(period.years)")))
        }
        return changes
    }

    /// A violation a period with these sectors governs (any when it names none).
    private func violation(inSectors sectors: [String]) -> String? {
        sectors.isEmpty ? anyViolation : new.violations.first { $0.sector.map(sectors.contains) ?? false }?.code
    }

    /// A case discovered after the shorter period ended and within the longer one: barred under one version only.
    private func periodWitness(_ a: LimitationPeriod, _ b: LimitationPeriod, date: CivilDate) -> [Witness] {
        guard let violation = violation(inSectors: b.sectors) else { return [] }
        let shorter = min(a.years, b.years)
        let rule = RuleConditions(b.condition.map { [$0.expression] } ?? [])
        // The version with the shorter period bars the case: that side's decision rests on it.
        return witness(search.satisfying(rule, side: a.years < b.years ? .old : .new, violation: violation, act: date),
                       id: "diff-\(b.id)-years", violation: violation, date: date, scope: nil,
                       discovered: date.adding(years: shorter).adding(days: 1), attribution: .period(b.id))
    }

    // MARK: Supervision policies

    /// All versions of one supervision policy: each rule compared as written (policies change audits, not decisions).
    func diffPolicy(_ id: String) -> DocumentDiff? {
        let olds = old.policies.filter { $0.id == id }, news = new.policies.filter { $0.id == id }
        let changes = versionChanges(olds, news, validity: \.validity, compare: { a, b, _ in compare(a, b) })
        guard !changes.isEmpty, let shown = news.last ?? olds.last else { return nil }
        return DocumentDiff(kind: .policy, id: id, title: shown.info.title, document: shown.info.document, changes: changes)
    }

    private func compare(_ a: SupervisionPolicy, _ b: SupervisionPolicy) -> [DiffChange] {
        let version = b.validity.effective
        var changes: [DiffChange] = []
        if a.validity.expires != b.validity.expires {
            changes.append(DiffChange(kind: .expiryChanged, version: version, old: .date(a.validity.expires), new: .date(b.validity.expires)))
        }
        if a.info.title != b.info.title { changes.append(DiffChange(kind: .titleChanged, version: version, old: .text(a.info.title), new: .text(b.info.title))) }
        if a.info.document != b.info.document {
            changes.append(DiffChange(kind: .documentNumberChanged, version: version, old: .text(a.info.document), new: .text(b.info.document)))
        }
        let rules: [(String, String, String)] = [
            ("quiet_days", Self.text(a.quietDays), Self.text(b.quietDays)),
            ("inspection_caps", a.inspectionCaps.map(Self.text).joined(separator: "; "), b.inspectionCaps.map(Self.text).joined(separator: "; ")),
            ("joint_window_days", Self.text(a.jointWindowDays), Self.text(b.jointWindowDays)),
            ("officers_min", Self.text(a.officersMin), Self.text(b.officersMin)),
            ("decision_days", Self.text(a.decisionDays), Self.text(b.decisionDays)),
            ("publicity_working_days", Self.text(a.publicityWorkingDays), Self.text(b.publicityWorkingDays)),
            ("legal_review_when", a.legalReviewWhen?.source ?? "—", b.legalReviewWhen?.source ?? "—"),
            ("large_fine", a.largeFine.map { "\($0.individual.yuanString) / \($0.organisation.yuanString)" } ?? "—",
             b.largeFine.map { "\($0.individual.yuanString) / \($0.organisation.yuanString)" } ?? "—"),
            ("education_required_for_no_penalty", String(a.educationRequiredForNoPenalty), String(b.educationRequiredForNoPenalty)),
            ("expects_discretionary_leniency", String(a.expectsDiscretionaryLeniency), String(b.expectsDiscretionaryLeniency)),
        ]
        for (name, x, y) in rules where x != y {
            changes.append(DiffChange(kind: .policyRuleChanged, version: version, subject: name, old: .text(x), new: .text(y)))
        }
        return changes
    }

    private static func text(_ value: Int?) -> String { value.map(String.init) ?? "—" }

    private static func text(_ quiet: QuietDays?) -> String {
        guard let quiet else { return "—" }
        var text = "\(quiet.fromDay)–\(quiet.toDay)"
        for o in quiet.overrides { text += "; \(o.region) \(o.fromDay)–\(o.toDay)" }
        if !quiet.exceptionReasons.isEmpty { text += "; " + quiet.exceptionReasons.joined(separator: ", ") }
        return text
    }

    private static func text(_ cap: InspectionCap) -> String {
        "\(cap.max)/\(cap.period.rawValue)" + (cap.region.map { " \($0)" } ?? "")
    }

    // MARK: Vocabularies and calendars

    /// Facts added, removed, retyped, relabelled, rebound, and presumptions changed.
    func diffFacts() -> DocumentDiff? {
        var changes: [DiffChange] = []
        for fact in new.facts {
            guard let previous = old.fact(named: fact.name) else {
                changes.append(DiffChange(kind: .factAdded, subject: fact.name, new: .text(fact.type.description)))
                continue
            }
            func field(_ name: String, _ x: String, _ y: String) {
                if x != y { changes.append(DiffChange(kind: .factChanged, subject: fact.name, field: name, old: .text(x), new: .text(y))) }
            }
            field("type", previous.type.description, fact.type.description)
            field("label", previous.label, fact.label)
            field("source", previous.source?.rawValue ?? "—", fact.source?.rawValue ?? "—")
            field("applies_to", previous.appliesTo.map { $0.sorted().joined(separator: ", ") } ?? "—",
                  fact.appliesTo.map { $0.sorted().joined(separator: ", ") } ?? "—")
            if previous.presumption?.value != fact.presumption?.value {
                changes.append(DiffChange(kind: .presumptionChanged, subject: fact.name,
                                          old: .text(previous.presumption.map { WitnessCase.scalar($0.value) } ?? "—"),
                                          new: .text(fact.presumption.map { WitnessCase.scalar($0.value) } ?? "—"),
                                          witnesses: presumptionWitness(fact.name)))
            }
        }
        for fact in old.facts where new.fact(named: fact.name) == nil {
            changes.append(DiffChange(kind: .factRemoved, subject: fact.name, old: .text(fact.type.description)))
        }
        return changes.isEmpty ? nil : DocumentDiff(kind: .facts, id: "facts", title: "facts", changes: changes)
    }

    /// A case silent on a fact whose presumption changed, meeting an item that reads the fact: the first such item
    /// (of the first few) that yields a case the two versions decide differently.
    private func presumptionWitness(_ name: String) -> [Witness] {
        guard options.witnesses else { return [] }
        let readers = (new.lists + old.lists).flatMap { list in list.items.map { (list, $0) } }
            .filter { _, item in (item.conditions + item.exclusions).contains { $0.expression.factNames.contains(name) } }
        let attribution = Attribution.fact(name, readers: readers.map { Attribution.ItemKey(list: $0.0.id, item: $0.1.id) })
        for (list, item) in readers.prefix(6) {
            guard let violation = item.violations.first ?? anyViolation else { continue }
            let rule = RuleConditions(Applicability.expressions(conditions: item.conditions, exclusions: item.exclusions), firstOffence: item.firstOffence)
            // The fact itself is left out of the search (a presumption only speaks when the case is silent).
            let others = RuleConditions(rule.expressions.filter { !$0.factNames.contains(name) }, firstOffence: item.firstOffence)
            guard let seed = search.satisfying(others, side: .both, violation: violation, act: list.validity.effective),
                  let found = builder.build(seed, id: "diff-presumed-\(name)", violation: violation, date: list.validity.effective,
                                            region: caseRegion(inside: list.info.region), attribution: attribution, unknown: [name]) else { continue }
            return [found]
        }
        return []
    }

    /// Violations added, removed, or changed in title, category, sector or citations.
    func diffViolations() -> DocumentDiff? {
        var changes: [DiffChange] = []
        for violation in new.violations {
            guard let previous = old.violation(code: violation.code) else {
                changes.append(DiffChange(kind: .violationAdded, subject: violation.code, new: .text(violation.title)))
                continue
            }
            func field(_ name: String, _ x: String, _ y: String) {
                if x != y { changes.append(DiffChange(kind: .violationChanged, subject: violation.code, field: name, old: .text(x), new: .text(y))) }
            }
            field("title", previous.title, violation.title)
            field("category", previous.category ?? "—", violation.category ?? "—")
            field("sector", previous.sector ?? "—", violation.sector ?? "—")
            field("violates", previous.violates.map(\.text).joined(separator: "；"), violation.violates.map(\.text).joined(separator: "；"))
            field("penalty_basis", previous.penaltyBasis.map(\.text).joined(separator: "；"), violation.penaltyBasis.map(\.text).joined(separator: "；"))
        }
        for violation in old.violations where new.violation(code: violation.code) == nil {
            changes.append(DiffChange(kind: .violationRemoved, subject: violation.code, old: .text(violation.title)))
        }
        return changes.isEmpty ? nil : DocumentDiff(kind: .violations, id: "violations", title: "violations", changes: changes)
    }

    /// Holiday calendars by year: days off and 调休 working days.
    func diffCalendars() -> DocumentDiff? {
        var changes: [DiffChange] = []
        let years = Set(old.calendars.map(\.year)).union(new.calendars.map(\.year)).sorted()
        for year in years {
            let a = old.calendars.first { $0.year == year }, b = new.calendars.first { $0.year == year }
            switch (a, b) {
            case (nil, _?): changes.append(DiffChange(kind: .documentAdded, subject: String(year)))
            case (_?, nil): changes.append(DiffChange(kind: .documentRemoved, subject: String(year)))
            case (let x?, let y?):
                let before = Self.days(x), after = Self.days(y)
                if before != after { changes.append(DiffChange(kind: .calendarChanged, subject: String(year), old: .items(before), new: .items(after))) }
            case (nil, nil): break
            }
        }
        return changes.isEmpty ? nil : DocumentDiff(kind: .calendar, id: "calendars", title: "calendars", changes: changes)
    }

    /// `春节 2026-02-15–2026-02-23`, …, then `调休 2026-02-14`, … .
    private static func days(_ calendar: HolidayCalendar) -> [String] {
        calendar.holidays.map { "\($0.name) \($0.from)–\($0.to)" } + calendar.workdays.map { "调休 \($0)" }
    }
}
