import LeniencyCore
import LeniencyYAML

/// How the columns of a CSV export map onto the case or inspection format (documented in docs/AUDIT.md).
///
/// A header is a dotted path into the YAML format (`party.name`, `dates.act`, `facts.harm_minor`, `decision.fine`);
/// a few Chinese headers common in exports are accepted as aliases. List columns hold several values separated by `;`.
public struct CSVColumnMapping: Sendable {
    /// What a CSV file holds.
    public enum Kind: Sendable {
        case cases, inspections, certificates
    }

    let kind: Kind
    /// Path of each column; nil for a column that could not be mapped.
    let paths: [[String]?]

    static let caseColumns: Set<String> = [
        "id", "agency", "region", "officers", "party.name", "party.type", "party.credit_code", "party.id_number",
        "party.birth_date", "party.age", "violation", "dates.act", "dates.act_end", "dates.continuing", "dates.discovered", "dates.filed",
        "dates.decided", "illegal_gains", "goods_value", "prior_violations", "decision.outcome", "decision.fine",
        "decision.penalty_kinds", "decision.education", "decision.commitment", "decision.legal_review",
        "decision.first_offence_claimed", "decision.list", "decision.item", "decision.published", "decision.coercion", "decision.follow_ups",
        "act_id", "procedure.kind", "procedure.notified", "procedure.hearing_rights", "procedure.statement_received",
        "procedure.rights_waived", "procedure.hearing_requested", "procedure.hearing_held", "procedure.legal_review",
        "procedure.legal_reviewer", "procedure.investigations", "procedure.certificate_shown", "procedure.numbered_form",
        "procedure.delivered_on_spot", "procedure.reported", "coercive_measures", "payment.due", "payment.paid",
        "payment.surcharge", "payment.surcharge_from",
    ]
    static let inspectionColumns: Set<String> = [
        "id", "enterprise", "enterprise_name", "agency", "region", "date", "reason", "registered", "joint", "officers",
        "performed_by",
    ]
    static let certificateColumns: Set<String> = ["number", "name", "valid_from", "valid_to"]

    /// Chinese export headers and their paths.
    static let aliases: [String: String] = [
        "案件编号": "id", "案号": "id", "执法机关": "agency", "处罚机关": "agency", "检查机关": "agency", "地区": "region",
        "执法人员": "officers", "当事人": "party.name", "当事人名称": "party.name", "当事人类型": "party.type",
        "统一社会信用代码": "party.credit_code", "身份证号": "party.id_number", "违法行为代码": "violation",
        "违法行为发生日期": "dates.act", "发现日期": "dates.discovered", "立案日期": "dates.filed", "决定日期": "dates.decided",
        "违法所得": "illegal_gains", "货值金额": "goods_value", "处理结果": "decision.outcome", "罚款金额": "decision.fine",
        "法制审核": "decision.legal_review", "教育": "decision.education", "公示日期": "decision.published",
        "程序类型": "procedure.kind", "告知日期": "procedure.notified", "陈述申辩日期": "procedure.statement_received",
        "听证申请日期": "procedure.hearing_requested", "听证日期": "procedure.hearing_held", "法制审核日期": "procedure.legal_review",
        "法制审核人": "procedure.legal_reviewer", "调查检查": "procedure.investigations", "行政强制措施": "coercive_measures",
        "不予强制": "decision.coercion", "缴款期限": "payment.due", "缴款日期": "payment.paid", "加处罚款": "payment.surcharge",
        "加处罚款起算日": "payment.surcharge_from", "违法行为标识": "act_id", "实施主体类型": "performed_by",
        "检查编号": "id", "企业": "enterprise", "企业名称": "enterprise_name", "检查日期": "date", "检查事由": "reason",
        "已登记": "registered", "联合检查": "joint",
        "证件号": "number", "执法证号": "number", "证号": "number", "certificate": "number", "姓名": "name",
        "有效期起": "valid_from", "有效期自": "valid_from", "有效期止": "valid_to", "有效期至": "valid_to",
    ]

    /// Maps a header row; unknown columns come back as diagnostics (their values are not read).
    static func map(header: [CSVField], kind: Kind, file: String) -> (CSVColumnMapping, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let known: Set<String> = switch kind {
        case .cases: caseColumns
        case .inspections: inspectionColumns
        case .certificates: certificateColumns
        }
        var seen = Set<String>()
        let paths: [[String]?] = header.map { field in
            let raw = field.text.trimmingSpaces()
            let name = aliases[raw] ?? raw
            let at = SourceLocation(file: file, start: SourcePosition(line: field.line, column: field.column))
            let valid = known.contains(name) || (kind == .cases && name.hasPrefix("facts.") && name.count > 6)
            guard valid else {
                diagnostics.append(Diagnostic(.unknownKey, at: at, Message(.csvUnknownColumn, raw),
                                              hint: Message(kind == .cases ? .csvUnknownColumnFactsHint : .csvUnknownColumnHint,
                                                            known.sorted().map { "`\($0)`" })))
                return nil
            }
            guard seen.insert(name).inserted else {
                diagnostics.append(Diagnostic(.duplicateKey, at: at, Message(.csvColumnTwice, raw), hint: Message(.csvColumnTwiceHint)))
                return nil
            }
            if name.hasPrefix("facts.") { return ["facts", String(name.dropFirst(6))] }
            return name.split(separator: ".").map(String.init)
        }
        return (CSVColumnMapping(kind: kind, paths: paths), diagnostics)
    }

    /// The record as a YAML mapping node, as if it had been written in the YAML format.
    func node(_ fields: [CSVField], file: String, line: Int) -> YAMLNode {
        func at(_ f: CSVField) -> SourceLocation {
            SourceLocation(file: file, start: SourcePosition(line: f.line, column: f.column))
        }
        func key(_ text: String, _ location: SourceLocation) -> YAMLNode {
            YAMLNode(.scalar(YAMLScalar(text: text, style: .plain)), at: location)
        }
        let recordStart = SourceLocation(file: file, start: SourcePosition(line: line, column: 1))
        var top: [YAMLPair] = []
        var nested: [String: (location: SourceLocation, pairs: [YAMLPair])] = [:]
        var nestedOrder: [String] = []
        for (index, field) in fields.enumerated() where index < paths.count {
            guard let path = paths[index], !field.text.isEmpty else { continue }
            let location = at(field)
            let value = self.value(path: path, text: field.text, location: location)
            if path.count == 1 {
                top.append(YAMLPair(key: key(path[0], location), value: value))
            } else {
                if nested[path[0]] == nil { nestedOrder.append(path[0]); nested[path[0]] = (location, []) }
                nested[path[0]]?.pairs.append(YAMLPair(key: key(path[1], location), value: value))
            }
        }
        for name in nestedOrder {
            guard let group = nested[name] else { continue }
            top.append(YAMLPair(key: key(name, group.location), value: YAMLNode(.mapping(group.pairs), at: group.location)))
        }
        return YAMLNode(.mapping(top), at: recordStart)
    }

    /// A cell as a node: lists for `officers`, `prior_violations`, `decision.penalty_kinds` and `decision.follow_ups`,
    /// else a plain scalar.
    private func value(path: [String], text: String, location: SourceLocation) -> YAMLNode {
        func scalar(_ t: String) -> YAMLNode { YAMLNode(.scalar(YAMLScalar(text: t, style: .plain)), at: location) }
        func items(_ t: String) -> [String] {
            t.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
        func mapping(_ pairs: [(String, String)]) -> YAMLNode {
            YAMLNode(.mapping(pairs.map { YAMLPair(key: scalar($0.0), value: scalar($0.1)) }), at: location)
        }
        func officer(_ entry: String) -> YAMLNode {
            let parts = entry.split(maxSplits: 1, whereSeparator: { $0 == ":" || $0 == "：" }).map { String($0).trimmingSpaces() }
            return parts.count == 2 ? mapping([("name", parts[0]), ("certificate", parts[1])]) : mapping([("name", entry)])
        }
        switch path.joined(separator: ".") {
        case "officers":
            // `张三:36010012345; 李四:36010012346` (the certificate after `:` is optional).
            return YAMLNode(.sequence(items(text).map(officer)), at: location)
        case "prior_violations":
            // `none` = no prior violation; else `CODE@YYYY-MM-DD[@case]; …`.
            if ["none", "[]", "无"].contains(text) { return YAMLNode(.sequence([]), at: location) }
            return YAMLNode(.sequence(items(text).map { entry in
                let parts = entry.split(separator: "@", maxSplits: 2).map { String($0).trimmingSpaces() }
                var pairs = [("violation", parts[0])]
                if parts.count > 1 { pairs.append(("date", parts[1])) }
                if parts.count > 2 { pairs.append(("case", parts[2])) }
                return mapping(pairs)
            }), at: location)
        case "decision.penalty_kinds", "decision.follow_ups":
            return YAMLNode(.sequence(items(text).map(scalar)), at: location)
        case "procedure.investigations":
            // `2025-03-12@张三:36010012345、李四:36010012346; 2025-03-20@张三` (officers after `@`, optional).
            return YAMLNode(.sequence(items(text).map { entry in
                let parts = entry.split(separator: "@", maxSplits: 1).map { String($0).trimmingSpaces() }
                var pairs: [YAMLPair] = [YAMLPair(key: scalar("date"), value: scalar(parts[0]))]
                if parts.count > 1 {
                    let officers = parts[1].split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" })
                        .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                    pairs.append(YAMLPair(key: scalar("officers"), value: YAMLNode(.sequence(officers.map(officer)), at: location)))
                }
                return YAMLNode(.mapping(pairs), at: location)
            }), at: location)
        case "coercive_measures":
            // `none` = no measure; else `kind=seizure, decided=2025-03-10, executed=2025-03-10, ended=2025-04-08; …`.
            if ["none", "[]", "无"].contains(text) { return YAMLNode(.sequence([]), at: location) }
            return YAMLNode(.sequence(items(text).map { entry in
                mapping(entry.split(whereSeparator: { $0 == "," || $0 == "，" }).map { field in
                    let pair = field.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
                    return pair.count == 2 ? (pair[0], pair[1]) : ("kind", pair[0])
                })
            }), at: location)
        default:
            return scalar(text)
        }
    }
}
