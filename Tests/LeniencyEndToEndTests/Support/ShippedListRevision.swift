import Foundation
import Testing

/// A revision of a real shipped list, made the way a rule author would edit it: a copy of `rules/` in which
/// `lists/ecology/jiangmen-2021-231.yaml` (江环〔2021〕231号) is changed in seven places. The edits are applied to the
/// shipped text at test time, so the revision follows the list as it evolves; each edit must find its text once.
///
/// What the rule format says each edit does (the expectations of the diff tests are derived from this, not from output):
/// - `expires` 2025-01-31 → 2027-01-31: the list is in force two more years;
/// - item 01 retitled: wording only;
/// - item 05 removed: an unpublished acceptance report is no longer listed;
/// - item 08 first-offence window `2y` → `ever`: an earlier same violation of any age now counts — fewer first offences;
/// - item 09 threshold `exceedance_multiple <= 0.1` → `0.2` (single B-class water pollutant): more cases qualify;
/// - item 10 `mandatory: false` → `true`: 可以不予处罚 becomes 应当;
/// - item 11 relabelled, expression unchanged: equivalent.
enum ShippedListRevision {
    static let file = "lists/ecology/jiangmen-2021-231.yaml"

    /// Copies `rules` to `destination` and applies the edits there.
    static func make(from rules: URL, at destination: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try FileManager.default.copyItem(at: rules, to: destination)
        let url = destination.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(try revise(text, sourceLocation: sourceLocation).utf8).write(to: url)
    }

    /// The revised text of the shipped list.
    static func revise(_ shipped: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        var text = shipped
        func replace(_ old: String, _ new: String, inItem item: String? = nil) throws {
            var range = text.startIndex..<text.endIndex
            if let item {
                let start = try #require(text.range(of: "  - id: jiangmen-2021-231-\(item)\n"), "item \(item)", sourceLocation: sourceLocation)
                let end = text.range(of: "\n  - id: ", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
                range = start.lowerBound..<end
            }
            let found = text[range].ranges(of: old)
            #expect(found.count == 1, "`\(old)` must occur once\(item.map { " in item \($0)" } ?? "")", sourceLocation: sourceLocation)
            let match = try #require(found.first, sourceLocation: sourceLocation)
            text.replaceSubrange(match, with: new)
        }
        try replace("expires: 2025-01-31", "expires: 2027-01-31")
        try replace("    title: 建设单位未依法备案建设项目环境影响登记表", "    title: 建设项目环境影响登记表未依法备案", inItem: "01")
        try replace("first_offence: {window: 2y, same_kind: violation}", "first_offence: {window: ever, same_kind: violation}", inItem: "08")
        try replace("exceedance_multiple <= 0.1)", "exceedance_multiple <= 0.2)", inItem: "09")
        try replace("    mandatory: false\n", "    mandatory: true\n", inItem: "10")
        try replace("label: 仅一个B类大气污染物超过排放标准，且超标排放的倍数在0.1倍以下", "label: 仅有一个B类大气污染物超标，超标倍数不超过0.1倍", inItem: "11")
        let start = try #require(text.range(of: "  - id: jiangmen-2021-231-05\n"), sourceLocation: sourceLocation)
        let end = try #require(text.range(of: "  - id: jiangmen-2021-231-06\n"), sourceLocation: sourceLocation)
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        return text
    }
}
