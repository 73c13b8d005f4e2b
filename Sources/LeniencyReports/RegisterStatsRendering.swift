public import LeniencyRegister

/// `leniency register stats` as text (zh/en) or JSON.
public enum RegisterStatsRendering {
    /// A few lines for a person.
    public static func text(_ stats: RegisterStatistics, register: String, chinese: Bool) -> String {
        var lines: [String] = []
        let range = stats.earliestAct.map { first in "\(first) – \(stats.latestAct?.description ?? "")" }
        if chinese {
            lines.append("案件库 \(register)（结构版本 \(stats.schemaVersion)）")
            lines.append("案件 \(stats.cases) 件（已决 \(stats.decided) 件），当事人 \(stats.parties) 个，执法机关 \(stats.agencies) 个")
            if let range { lines.append("违法行为发生日期：\(range)") }
            if stats.withoutValidIdentifier > 0 {
                lines.append("无有效统一社会信用代码或身份证号的案件 \(stats.withoutValidIdentifier) 件（检索时无法命中）")
            }
            lines.append("导入 \(stats.imports) 次，最近一次：\(stats.lastImport ?? "无")")
            if !stats.byViolation.isEmpty { lines.append("按违法行为：") }
        } else {
            lines.append("case register \(register) (schema version \(stats.schemaVersion))")
            lines.append("\(stats.cases) cases (\(stats.decided) decided), \(stats.parties) parties, \(stats.agencies) agencies")
            if let range { lines.append("acts: \(range)") }
            if stats.withoutValidIdentifier > 0 {
                lines.append("\(stats.withoutValidIdentifier) cases whose party has no valid credit code or id number (never found by a search)")
            }
            lines.append("\(stats.imports) imports, latest: \(stats.lastImport ?? "none")")
            if !stats.byViolation.isEmpty { lines.append("by violation:") }
        }
        for (code, count) in stats.byViolation { lines.append("  \(code)  \(count)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object, keys sorted.
    public static func json(_ stats: RegisterStatistics) -> String {
        let value: DecisionJSONValue = .object([
            "schemaVersion": .number(String(stats.schemaVersion)),
            "cases": .number(String(stats.cases)),
            "decided": .number(String(stats.decided)),
            "parties": .number(String(stats.parties)),
            "agencies": .number(String(stats.agencies)),
            "withoutValidIdentifier": .number(String(stats.withoutValidIdentifier)),
            "earliestAct": stats.earliestAct.map { .string($0.description) } ?? .null,
            "latestAct": stats.latestAct.map { .string($0.description) } ?? .null,
            "imports": .number(String(stats.imports)),
            "lastImport": stats.lastImport.map(DecisionJSONValue.string) ?? .null,
            "byViolation": .array(stats.byViolation.map { .object(["violation": .string($0.code), "cases": .number(String($0.count))]) }),
        ])
        var out = ""
        value.write(to: &out, indent: 0)
        return out + "\n"
    }
}
