import LeniencyCaseInput
import LeniencyCatalog

/// The name under which a missing case region is reported among the missing facts.
public let regionFactName = "region"

/// Territorial scope: a list, standard or policy applies only to cases arising inside its `region`.
///
/// The check is a condition of its own, three-valued like any other: inside → holds; outside → fails (the trace says
/// where the document applies and where the case arose); no case region, or a region the data does not declare →
/// unknown, with `region` among the missing facts. A document without `region`, or for 全国, has no such condition.
enum RegionScope {
    /// The territorial condition of a document whose region is `scope`, for a case from `caseRegion`; nil when the
    /// document applies nationwide.
    static func condition(scope: String?, caseRegion: String?, table: RegionTable) -> ConditionResult? {
        guard let scope, !table.isNational(scope) else { return nil }
        let truth: Truth
        if let caseRegion, let covered = table.covers(scope, caseRegion) {
            truth = Truth(covered)
        } else {
            truth = .unknown
        }
        let reading = FactReading(name: regionFactName, value: caseRegion.map(FactValue.text), label: "案发地", labelEn: "where the case arose")
        return ConditionResult(source: "region in \(scope)", label: "案发地在\(scope)范围内", truth: truth, values: [reading])
    }

    /// The trace remark for a territorial condition that does not hold or cannot be decided (English, Chinese).
    static func note(_ condition: ConditionResult, scope: String, caseRegion: String?, table: RegionTable) -> (String, String)? {
        switch condition.truth {
        case .yes:
            return nil
        case .no:
            return ("applies only in \(scope); the case arose in \(caseRegion ?? "")",
                    "仅适用于\(scope)；案发地\(caseRegion ?? "")不在其范围内")
        case .unknown:
            if let caseRegion {
                return ("applies only in \(scope); the case's region \(caseRegion) is not a declared region, so whether it lies inside cannot be told",
                        "仅适用于\(scope)；案卷所载地区“\(caseRegion)”不是已声明的行政区划，无法判断是否在其范围内")
            }
            return ("applies only in \(scope); the case gives no region (`region`), so whether it applies cannot be told",
                    "仅适用于\(scope)；案卷未载明案发地（region），无法判断是否适用")
        }
    }
}
