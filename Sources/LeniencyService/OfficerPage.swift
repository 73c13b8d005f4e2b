import Foundation
import Hummingbird
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyRegister
import LeniencyReports
import NIOCore

/// What an officer typed into the page, and what the page made of it.
struct OfficerForm: Sendable {
    var fields: [String: String] = [:]

    /// Reads an `application/x-www-form-urlencoded` body (UTF-8).
    init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[key] = value
        }
    }

    init() {}

    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    var chinese: Bool { fields["lang"] != "en" }

    /// Answered facts: fields named `fact.NAME`, in name order.
    var answers: [(name: String, text: String)] {
        fields.keys.filter { $0.hasPrefix("fact.") }.sorted().compactMap { key in
            self[key].map { (String(key.dropFirst(5)), $0) }
        }
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// The officer page at `/`: server-rendered HTML without external assets, Chinese by default. Like
/// `check --interactive`, it decides what it can and asks only for the facts still missing, most decisive first.
extension LeniencyServer {
    func officerPage(_ request: Request, form: OfficerForm?) async -> Response {
        var blank = OfficerForm()
        blank.fields["lang"] = request.uri.queryParameters.get("lang") == "en" ? "en" : "zh"
        return Self.html(OfficerPageHTML(catalog: rules.current.catalog, form: form ?? blank).render())
    }

    func officerPagePost(_ request: Request) async -> Response {
        let limits = configuration.limits
        guard let buffer = try? await request.body.collect(upTo: limits.maxBodyBytes) else {
            return Self.problem(.bodyTooLarge(limit: limits.maxBodyBytes))
        }
        let form = OfficerForm(urlEncoded: String(decoding: buffer.readableBytesView, as: UTF8.self))
        let loaded = rules.current
        var page = OfficerPageHTML(catalog: loaded.catalog, form: form)
        guard let record = page.caseRecord() else { return Self.html(page.render()) }
        guard await gate.acquire(timeout: limits.requestTimeout) else {
            page.error = form.chinese ? "服务器繁忙，请稍后重试" : "the server is busy; try again shortly"
            return Self.html(page.render())
        }
        defer { gate.release() }
        switch await work.decide([record], rules: loaded, on: nil, explain: true) {
        case .failure(let problem):
            page.error = form.chinese ? problem.detailZh : problem.detail
        case .success(let decisions):
            page.decision = decisions.first
        }
        return Self.html(page.render())
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The page itself.
struct OfficerPageHTML {
    let catalog: Catalog
    let form: OfficerForm
    /// Problems with what was typed, by field name.
    var fieldErrors: [String: String] = [:]
    /// A problem with the whole request (register unreadable, server busy).
    var error: String?
    /// The decision, once the case could be built.
    var decision: Decision?

    init(catalog: Catalog, form: OfficerForm) {
        self.catalog = catalog
        self.form = form
    }

    private var zh: Bool { form.chinese }

    /// The case the form describes, or nil with `fieldErrors` saying what to correct.
    mutating func caseRecord() -> CaseRecord? {
        let violation = form["violation"]
        if violation == nil || catalog.violation(code: violation ?? "") == nil {
            fieldErrors["violation"] = zh ? "请选择违法行为" : "choose the violation"
        }
        let act = form["act"].flatMap(CivilDate.init)
        if act == nil { fieldErrors["act"] = zh ? "请填写违法行为发生日期（YYYY-MM-DD）" : "give the date of the act (YYYY-MM-DD)" }
        var discovered: CivilDate?
        if let text = form["discovered"] {
            discovered = CivilDate(text)
            if discovered == nil { fieldErrors["discovered"] = zh ? "日期格式为 YYYY-MM-DD" : "write the date as YYYY-MM-DD" }
        }
        let type = PartyType(rawValue: form["party_type"] ?? "enterprise") ?? .enterprise
        var party = Party(name: form["party_name"] ?? (zh ? "当事人" : "party"), type: type)
        if let identifier = form["party_id"]?.uppercased() {
            if type == .individual { party.idNumber = identifier } else { party.creditCode = identifier }
            if type == .individual, let birth = IdentifierChecks.birthDate(fromIDNumber: identifier) { party.birthDate = birth }
        }
        guard let violation, let act, fieldErrors.isEmpty else { return nil }
        var record = CaseRecord(id: form["case_id"] ?? (zh ? "网页判定" : "web-check"), agency: form["agency"] ?? (zh ? "未填写" : "not given"),
                                region: form["region"], party: party, violation: violation,
                                dates: CaseDates(act: act, discovered: discovered),
                                location: SourceLocation(file: "web", start: SourcePosition(line: 1, column: 1)))
        for (name, text) in form.answers {
            let type = FactAnswer.type(of: name, in: catalog)
            switch FactAnswer.parse(text, as: type) {
            case .success(let value): record = FactAnswer.applying(name, value, to: record, catalog: catalog)
            case .failure(let problem): fieldErrors["fact." + name] = problem.message
            }
        }
        return record
    }

    func render() -> String {
        var out = """
        <!doctype html>
        <html lang="\(zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(zh ? "轻微违法免罚判定" : "Leniency decision")</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f6f7f9; color: #1d232b; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
        fieldset { border: 1px solid #c9d1db; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; background: #fff; }
        label { display: block; margin: 0.5rem 0 0.2rem; font-weight: 600; }
        input, select { font: inherit; padding: 0.3rem; min-width: 18rem; }
        .hint { color: #5b6673; font-size: 0.9em; }
        .error { color: #b3261e; }
        button { font: inherit; padding: 0.5rem 1.5rem; background: #1f5fbf; color: #fff; border: 0; border-radius: 4px; }
        #result { background: #fff; border-left: 4px solid #1f5fbf; padding: 0.75rem 1rem; margin-top: 1rem; }
        #outcome { font-size: 1.2em; font-weight: 700; }
        pre { white-space: pre-wrap; font-size: 0.85em; }
        </style>
        </head>
        <body><main>
        <h1>\(zh ? "轻微违法免罚判定" : "Leniency decision")</h1>
        <p class="hint">\(zh ? "依据已加载的清单、行政处罚法总则与裁量基准判定；只询问尚未确定的事实。" : "Decided by the lists, the general part of the Administrative Penalty Law and the discretion standards in service; only the facts still missing are asked.") <a href="/?lang=\(zh ? "en" : "zh")">\(zh ? "English" : "中文")</a></p>

        """
        if let error { out += "<p class=\"error\" id=\"error\">\(Self.escape(error))</p>\n" }
        out += "<form method=\"post\" action=\"/\" id=\"case-form\" accept-charset=\"utf-8\">\n"
        out += "<input type=\"hidden\" name=\"lang\" value=\"\(zh ? "zh" : "en")\">\n"
        out += caseFieldset()
        out += factFieldsets()
        out += "<button type=\"submit\" id=\"decide\">\(zh ? "判定" : "Decide")</button>\n</form>\n"
        if let decision { out += result(decision) }
        out += "</main></body></html>\n"
        return out
    }

    private func caseFieldset() -> String {
        var out = "<fieldset id=\"case\"><legend>\(zh ? "案件" : "Case")</legend>\n"
        out += "<label for=\"violation\">\(zh ? "违法行为" : "Violation")</label>\n<select id=\"violation\" name=\"violation\" required>\n"
        out += "<option value=\"\">\(zh ? "请选择" : "choose")</option>\n"
        for violation in catalog.violations.sorted(by: { $0.code < $1.code }) {
            let selected = form["violation"] == violation.code ? " selected" : ""
            out += "<option value=\"\(Self.escape(violation.code))\"\(selected)>\(Self.escape(violation.code)) \(Self.escape(violation.title))</option>\n"
        }
        out += "</select>\n" + errorLine("violation")
        out += input("act", zh ? "违法行为发生日期" : "Date of the act", type: "date", value: form["act"])
        out += input("discovered", zh ? "发现之日（可不填）" : "Date discovered (optional)", type: "date", value: form["discovered"])
        out += "<label for=\"party_type\">\(zh ? "当事人类型" : "Party type")</label>\n<select id=\"party_type\" name=\"party_type\">\n"
        for (value, zhName, enName) in [("enterprise", "企业", "enterprise"), ("individual", "自然人", "individual"), ("other", "其他组织", "other organisation")] {
            let selected = (form["party_type"] ?? "enterprise") == value ? " selected" : ""
            out += "<option value=\"\(value)\"\(selected)>\(zh ? zhName : enName)</option>\n"
        }
        out += "</select>\n"
        out += input("party_name", zh ? "当事人名称" : "Party name", type: "text", value: form["party_name"])
        out += input("party_id", zh ? "统一社会信用代码或身份证号（用于检索案件库）" : "Credit code or ID number (searches the case register)",
                     type: "text", value: form["party_id"])
        out += input("case_id", zh ? "案件编号（可不填）" : "Case number (optional)", type: "text", value: form["case_id"])
        out += input("agency", zh ? "执法机关（可不填）" : "Agency (optional)", type: "text", value: form["agency"])
        out += input("region", zh ? "地区（可不填）" : "Region (optional)", type: "text", value: form["region"])
        return out + "</fieldset>\n"
    }

    /// The facts answered so far (editable) and, after a decision, those still missing, most decisive first.
    private func factFieldsets() -> String {
        var out = ""
        let answered = form.answers.map(\.name)
        let missing = decision?.missing.filter { !answered.contains($0) } ?? []
        if !missing.isEmpty {
            out += "<fieldset id=\"missing\"><legend>\(zh ? "请回答以下事实（按对结果的影响排序）" : "Please answer (most decisive first)")</legend>\n"
            for name in missing { out += factInput(name, value: nil) }
            out += "</fieldset>\n"
        }
        if !answered.isEmpty {
            out += "<fieldset id=\"answered\"><legend>\(zh ? "已回答的事实" : "Facts answered")</legend>\n"
            for name in answered { out += factInput(name, value: form["fact." + name]) }
            out += "</fieldset>\n"
        }
        return out
    }

    private func factInput(_ name: String, value: String?) -> String {
        let field = "fact." + name
        let id = "fact-" + name.replacingOccurrences(of: ".", with: "-")
        let label = factLabel(name)
        let type = FactAnswer.type(of: name, in: catalog)
        var out = "<label for=\"\(id)\">\(Self.escape(label)) <span class=\"hint\">(\(Self.escape(name)))</span></label>\n"
        switch type {
        case .boolean:
            out += "<select id=\"\(id)\" name=\"\(Self.escape(field))\">\n<option value=\"\">\(zh ? "请选择" : "choose")</option>\n"
            for (option, zhName, enName) in [("true", "是", "yes"), ("false", "否", "no")] {
                out += "<option value=\"\(option)\"\(value == option ? " selected" : "")>\(zh ? zhName : enName)</option>\n"
            }
            out += "</select>\n"
        case .enumeration(let values):
            let labels = catalog.fact(named: name)?.valueLabels ?? [:]
            out += "<select id=\"\(id)\" name=\"\(Self.escape(field))\">\n<option value=\"\">\(zh ? "请选择" : "choose")</option>\n"
            for option in values {
                let shown = labels[option].map { "\($0)（\(option)）" } ?? option
                out += "<option value=\"\(Self.escape(option))\"\(value == option ? " selected" : "")>\(Self.escape(shown))</option>\n"
            }
            out += "</select>\n"
        case .date:
            out += "<input id=\"\(id)\" name=\"\(Self.escape(field))\" type=\"date\" value=\"\(Self.escape(value ?? ""))\">\n"
        default:
            let hint: String = switch type {
            case .money: zh ? "金额（元），如 5000" : "amount in yuan, e.g. 5000"
            case .integer: zh ? "整数" : "whole number"
            case .duration: zh ? "天数" : "days"
            case .decimal: zh ? "数值，如 0.5" : "number, e.g. 0.5"
            default: ""
            }
            out += "<input id=\"\(id)\" name=\"\(Self.escape(field))\" type=\"text\" placeholder=\"\(Self.escape(hint))\" value=\"\(Self.escape(value ?? ""))\">\n"
        }
        return out + errorLine(field)
    }

    private func factLabel(_ name: String) -> String {
        if let fact = catalog.fact(named: name) { return zh ? fact.label : (fact.labelEn ?? fact.label) }
        switch name {
        case "first_offence": return zh ? "属于初次违法" : "first offence"
        case "dates.discovered": return zh ? "发现之日" : "date the act was discovered"
        case "illegal_gains": return zh ? "违法所得（元）" : "illegal gains (yuan)"
        case "goods_value": return zh ? "货值金额（元）" : "value of the goods (yuan)"
        default: return name
        }
    }

    private func result(_ decision: Decision) -> String {
        let text = DecisionText.render(decision, chinese: zh)
        let parts = text.components(separatedBy: "\n\n")
        let summary = parts.first?.split(separator: "\n").dropFirst().map(String.init) ?? []
        var out = "<section id=\"result\"><h2>\(zh ? "判定结果" : "Result")</h2>\n"
        out += "<p id=\"outcome\" data-outcome=\"\(decision.outcome.rawValue)\">\(Self.escape(DecisionText.headline(decision, chinese: zh)))</p>\n"
        out += "<ul id=\"summary\">\n"
        for line in summary { out += "<li>\(Self.escape(line))</li>\n" }
        out += "</ul>\n"
        if parts.count > 1 {
            out += "<details><summary>\(zh ? "完整说明" : "Full explanation")</summary><pre>\(Self.escape(parts.dropFirst().joined(separator: "\n\n")))</pre></details>\n"
        }
        return out + "</section>\n"
    }

    private func input(_ name: String, _ label: String, type: String, value: String?) -> String {
        "<label for=\"\(name)\">\(Self.escape(label))</label>\n<input id=\"\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(Self.escape(value ?? ""))\">\n"
            + errorLine(name)
    }

    private func errorLine(_ field: String) -> String {
        guard let message = fieldErrors[field] else { return "" }
        return "<p class=\"error\" data-field=\"\(Self.escape(field))\">\(Self.escape(message))</p>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
