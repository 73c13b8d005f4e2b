public import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// Writes a case as one line of case-format JSON (docs/CASE-FORMAT.md): what the register stores, so a stored case
/// reads back through the same case decoder as a file, whatever format it was imported from.
public enum CaseRecordJSON {
    /// The case as compact JSON with keys in a fixed order; money as yuan strings, dates as `YYYY-MM-DD`.
    public static func encode(_ record: CaseRecord) -> String {
        var object = JSONObject()
        object["id"] = .string(record.id)
        object["agency"] = .string(record.agency)
        if let region = record.region { object["region"] = .string(region) }
        if !record.officers.isEmpty {
            object["officers"] = .array(record.officers.map { officer in
                var fields = JSONObject()
                fields["name"] = .string(officer.name)
                if let certificate = officer.certificate { fields["certificate"] = .string(certificate) }
                return .object(fields)
            })
        }
        var party = JSONObject()
        party["name"] = .string(record.party.name)
        party["type"] = .string(record.party.type.rawValue)
        if let code = record.party.creditCode { party["credit_code"] = .string(code) }
        if let number = record.party.idNumber { party["id_number"] = .string(number) }
        if let birth = record.party.birthDate { party["birth_date"] = .string(birth.description) }
        if let age = record.party.age { party["age"] = .number(String(age)) }
        object["party"] = .object(party)
        object["violation"] = .string(record.violation)
        var dates = JSONObject()
        dates["act"] = .string(record.dates.act.description)
        if let value = record.dates.actEnd { dates["act_end"] = .string(value.description) }
        if let value = record.dates.continuing { dates["continuing"] = .bool(value) }
        if let value = record.dates.discovered { dates["discovered"] = .string(value.description) }
        if let value = record.dates.filed { dates["filed"] = .string(value.description) }
        if let value = record.dates.decided { dates["decided"] = .string(value.description) }
        object["dates"] = .object(dates)
        if !record.facts.isEmpty {
            var facts = JSONObject()
            for name in record.facts.keys.sorted() {
                if let value = record.facts[name] { facts[name] = fact(value) }
            }
            object["facts"] = .object(facts)
        }
        if let gains = record.illegalGains { object["illegal_gains"] = .string(gains.yuanString) }
        if let value = record.goodsValue { object["goods_value"] = .string(value.yuanString) }
        if let priors = record.priorViolations {
            object["prior_violations"] = .array(priors.map { prior in
                var fields = JSONObject()
                fields["violation"] = .string(prior.violation)
                fields["date"] = .string(prior.date.description)
                if let caseID = prior.caseID { fields["case"] = .string(caseID) }
                return .object(fields)
            })
        }
        if let decision = record.decision { object["decision"] = .object(self.decision(decision)) }
        if let act = record.actID { object["act_id"] = .string(act) }
        if let procedure = record.procedure { object["procedure"] = .object(self.procedure(procedure)) }
        if let measures = record.coerciveMeasures { object["coercive_measures"] = .array(measures.map { .object(measure($0)) }) }
        if let payment = record.payment {
            var fields = JSONObject()
            if let value = payment.due { fields["due"] = .string(value.description) }
            if let value = payment.paid { fields["paid"] = .string(value.description) }
            if let value = payment.surcharge { fields["surcharge"] = .string(value.yuanString) }
            if let value = payment.surchargeFrom { fields["surcharge_from"] = .string(value.description) }
            object["payment"] = .object(fields)
        }
        var out = ""
        JSONText.object(object).write(to: &out)
        return out
    }

    private static func decision(_ decision: RecordedDecision) -> JSONObject {
        var fields = JSONObject()
        if let outcome = decision.outcome { fields["outcome"] = .string(outcome.rawValue) }
        if let fine = decision.fine { fields["fine"] = .string(fine.yuanString) }
        if !decision.penaltyKinds.isEmpty { fields["penalty_kinds"] = .array(decision.penaltyKinds.map(JSONText.string)) }
        if let value = decision.education { fields["education"] = .bool(value) }
        if let value = decision.commitment { fields["commitment"] = .bool(value) }
        if let value = decision.legalReview { fields["legal_review"] = .bool(value) }
        if let value = decision.firstOffenceClaimed { fields["first_offence_claimed"] = .bool(value) }
        if let list = decision.list { fields["list"] = .string(list) }
        if let item = decision.item { fields["item"] = .string(item) }
        if let published = decision.published { fields["published"] = .string(published.description) }
        if let followUps = decision.followUps { fields["follow_ups"] = .array(followUps.map(JSONText.string)) }
        if let coercion = decision.coercion { fields["coercion"] = .string(coercion.rawValue) }
        return fields
    }

    /// A date, or `false` for a step the file records as not taken.
    private static func step(_ step: RecordedStep) -> JSONText {
        switch step {
        case .on(let date): .string(date.description)
        case .notTaken: .bool(false)
        }
    }

    private static func officers(_ officers: [Officer]) -> JSONText {
        .array(officers.map { officer in
            var fields = JSONObject()
            fields["name"] = .string(officer.name)
            if let certificate = officer.certificate { fields["certificate"] = .string(certificate) }
            return .object(fields)
        })
    }

    private static func procedure(_ p: CaseProcedure) -> JSONObject {
        var fields = JSONObject()
        if let value = p.kind { fields["kind"] = .string(value.rawValue) }
        if let value = p.notified { fields["notified"] = step(value) }
        if let value = p.hearingRights { fields["hearing_rights"] = .bool(value) }
        if let value = p.statementReceived { fields["statement_received"] = .string(value.description) }
        if let value = p.rightsWaived { fields["rights_waived"] = .bool(value) }
        if let value = p.hearingRequested { fields["hearing_requested"] = .string(value.description) }
        if let value = p.hearingHeld { fields["hearing_held"] = .string(value.description) }
        if let value = p.legalReview { fields["legal_review"] = .string(value.description) }
        if let value = p.legalReviewer { fields["legal_reviewer"] = .string(value) }
        if let value = p.investigations {
            fields["investigations"] = .array(value.map { investigation in
                var entry = JSONObject()
                entry["date"] = .string(investigation.date.description)
                if !investigation.officers.isEmpty { entry["officers"] = officers(investigation.officers) }
                return .object(entry)
            })
        }
        if let value = p.certificateShown { fields["certificate_shown"] = .bool(value) }
        if let value = p.numberedForm { fields["numbered_form"] = .bool(value) }
        if let value = p.deliveredOnSpot { fields["delivered_on_spot"] = .bool(value) }
        if let value = p.reported { fields["reported"] = .bool(value) }
        return fields
    }

    private static func measure(_ m: CoerciveMeasure) -> JSONObject {
        var fields = JSONObject()
        fields["kind"] = .string(m.kind.rawValue)
        if let value = m.decided { fields["decided"] = step(value) }
        if let value = m.executed { fields["executed"] = .string(value.description) }
        if let value = m.extended { fields["extended"] = .string(value.description) }
        if let value = m.extensionDays { fields["extension_days"] = .number(String(value)) }
        if let value = m.ended { fields["ended"] = .string(value.description) }
        if let value = m.notified { fields["notified"] = .bool(value) }
        return fields
    }

    /// A fact as the case decoder reads it back by the fact's declared type.
    private static func fact(_ value: FactValue) -> JSONText {
        switch value {
        case .boolean(let flag): .bool(flag)
        case .integer(let number): .number(String(number))
        case .duration(let days): .number(String(days))
        case .decimal(let number): .number(number.description)
        case .money(let money): .string(money.yuanString)
        case .date(let date): .string(date.description)
        case .enumeration(let name), .text(let name): .string(name)
        }
    }
}

/// Fields in insertion order.
struct JSONObject {
    private(set) var fields: [(String, JSONText)] = []

    subscript(key: String) -> JSONText? {
        get { fields.first { $0.0 == key }?.1 }
        set {
            fields.removeAll { $0.0 == key }
            if let newValue { fields.append((key, newValue)) }
        }
    }
}

/// A JSON value written compactly.
indirect enum JSONText {
    case string(String)
    case number(String)
    case bool(Bool)
    case array([JSONText])
    case object(JSONObject)

    func write(to out: inout String) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (index, (key, value)) in object.fields.enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
