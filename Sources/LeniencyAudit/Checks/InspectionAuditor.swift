import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// A501–A504: quiet days, frequency caps, joint inspections and registration of 涉企行政检查.
///
/// Caps and joint windows compare inspections with each other, so this runs once over every record read; records
/// outside the audited period still count towards caps and windows but get no findings of their own.
struct InspectionAuditor: Sendable {
    let policies: PolicyResolver
    /// The region hierarchy, for quiet-day overrides and caps of a region that covers the record's.
    let regions: RegionTable
    let options: AuditOptions

    struct Result: Sendable {
        var findings: [AuditFinding] = []
        /// In-period inspections on a quiet day (with or without an allowed reason), by month `YYYY-MM`.
        var quietDayByMonth: [String: Int] = [:]
        /// In-period inspections.
        var audited = 0
    }

    func audit(_ records: [InspectionRecord]) -> Result {
        var result = Result()
        let ordered = records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var capCounts: [String: Int] = [:]
        var byEnterprise: [String: [InspectionRecord]] = [:]
        for record in ordered {
            let layers = policies.layers(region: record.region, agency: record.agency, on: record.date)
            let inPeriod = options.inPeriod(record.date)
            var findings: [AuditFinding] = []
            func add(_ code: AuditCode, _ text: Message, _ evidence: [Evidence], _ basis: [String]) {
                findings.append(AuditFinding(code: code, subject: .inspection(record.id), location: record.location, message: text,
                                             evidence: evidence, basis: basis, agency: record.agency,
                                             officers: record.officers.map(\.name), date: record.date))
            }
            func add(_ code: AuditCode, _ message: Message, _ evidence: [Evidence], _ rule: String) {
                let policy = layers.layers.first { Self.gives(rule, $0) } ?? layers.primary
                add(code, message, evidence, policy.map { GoverningPolicies.basis(rule, of: $0) } ?? [])
            }

            if let quiet = layers.rule(\.quietDays)?.value {
                let window = quiet.window(for: record.region, regions: regions)
                if window.contains(record.date.day) {
                    if inPeriod { result.quietDayByMonth[String(record.date.description.prefix(7)), default: 0] += 1 }
                    if !quiet.exceptionReasons.contains(record.reason) {
                        add(.quietDayInspection,
                            Message(.auditQuietDayInspection, record.date, window.lowerBound, window.upperBound, record.reason),
                            [Evidence("date", record.date.description), Evidence("quiet_days", "\(window.lowerBound)-\(window.upperBound)"),
                             Evidence("reason", record.reason), Evidence("allowed", quiet.exceptionReasons.joined(separator: ", ")),
                             Evidence("enterprise", record.enterprise)],
                            "quiet_days")
                    }
                }
            }

            var capExceeded = false
            for period in [InspectionCap.Period.month, .year] {
                let caps = (layers.rule { $0.inspectionCaps.isEmpty ? nil : $0.inspectionCaps }?.value ?? []).filter { cap in
                    cap.period == period && (cap.region.map { scope in record.region.flatMap { regions.covers(scope, $0) } == true } ?? true)
                }
                let periodKey = period == .month ? String(record.date.description.prefix(7)) : String(record.year)
                let key = "\(record.enterprise)|\(record.agency)|\(period.rawValue)|\(periodKey)"
                capCounts[key, default: 0] += 1
                let count = capCounts[key] ?? 0
                // The region-specific cap, when there is one, is the stricter rule that applies.
                guard !capExceeded, let cap = caps.first(where: { $0.region != nil }) ?? caps.first, count > cap.max else { continue }
                capExceeded = true
                add(.inspectionCapExceeded,
                    Message(.auditInspectionCap, count, record.enterprise, record.agency, periodKey, cap.max,
                            Message(period == .month ? .periodMonth : .periodYear)),
                    [Evidence("enterprise", record.enterprise), Evidence("agency", record.agency),
                     Evidence("period", periodKey), Evidence("count", String(count)), Evidence("cap", String(cap.max)),
                     Evidence("cap_region", cap.region ?? "")],
                    "inspection_caps")
            }

            if let window = layers.rule(\.jointWindowDays)?.value, record.joint != true {
                let earlier = (byEnterprise[record.enterprise] ?? []).last { other in
                    other.agency != record.agency && other.joint != true && other.date.days(until: record.date) <= window
                }
                if let earlier {
                    add(.jointInspectionMissed,
                        Message(.auditJointMissed, record.agency, record.enterprise, earlier.date.days(until: record.date), earlier.agency,
                                earlier.id, window),
                        [Evidence("enterprise", record.enterprise), Evidence("other_inspection", earlier.id),
                         Evidence("other_agency", earlier.agency), Evidence("other_date", earlier.date.description),
                         Evidence("date", record.date.description), Evidence("window_days", String(window))],
                        "joint_window_days")
                }
            }
            byEnterprise[record.enterprise, default: []].append(record)

            // A record that names no officer does not say who was there: unknown, not a fault.
            if let minimum = layers.rule(\.officersMin), !record.officers.isEmpty, record.officers.count < minimum.value {
                add(.inspectionTooFewOfficers, Message(.auditInspectionTooFewOfficers, record.officers.count, minimum.value),
                    [Evidence("officers", String(record.officers.count)), Evidence("minimum", String(minimum.value)),
                     Evidence("names", record.officers.map(\.name).joined(separator: "、")), Evidence("enterprise", record.enterprise)],
                    GoverningPolicies.basis("officers_min", of: minimum.policy))
            }
            if let performer = record.performedBy, let forbidden = layers.rule(\.procedure.inspectionForbiddenPerformers),
               forbidden.value.contains(performer) {
                add(.inspectionByForbiddenPerformer,
                    Message(.auditInspectionPerformer, Self.performer(performer), "\(forbidden.policy.info.title)（\(forbidden.policy.info.document)）"),
                    [Evidence("performed_by", performer), Evidence("forbidden", forbidden.value.joined(separator: ", ")),
                     Evidence("policy", forbidden.policy.id), Evidence("enterprise", record.enterprise)],
                    GoverningPolicies.basis("inspection_forbidden_performers", of: forbidden.policy))
            }
            if record.registered == false {
                add(.inspectionNotRegistered, Message(.auditNotRegistered),
                    [Evidence("registered", false), Evidence("enterprise", record.enterprise)], "registration")
            }
            if inPeriod {
                result.audited += 1
                result.findings.append(contentsOf: findings)
            }
        }
        return result
    }

    /// Whether `policy` gives the rule named `key` (for the basis of a finding).
    private static func gives(_ key: String, _ policy: SupervisionPolicy) -> Bool {
        switch key {
        case "quiet_days": policy.quietDays != nil
        case "inspection_caps": !policy.inspectionCaps.isEmpty
        case "joint_window_days": policy.jointWindowDays != nil
        default: policy.basis[key] != nil
        }
    }

    /// Who carried out an inspection, as a catalogue phrase.
    static func performer(_ value: String) -> Message {
        switch value {
        case "agency": Message(.auditPerformerAgency)
        case "authorised": Message(.auditPerformerAuthorised)
        case "entrusted": Message(.auditPerformerEntrusted)
        case "third_party": Message(.auditPerformerThirdParty)
        case "auxiliary": Message(.auditPerformerAuxiliary)
        default: .verbatim(value)
        }
    }
}

extension InspectionRecord {
    /// The calendar year of the inspection.
    var year: Int { date.year }
}
