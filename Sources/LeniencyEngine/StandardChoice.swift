import LeniencyCaseInput
import LeniencyCatalog

/// Which discretion standard governs a case: the one in force, inside its region, most specific.
///
/// A local standard refines the upper one (国办发〔2022〕27号: a lower agency applies or refines the upper agency's
/// 基准), so among standards whose region covers the case the one for the smallest region wins. Two standards in force
/// for the same violation at the same level are a conflict, reported and never resolved by id or file order
/// (docs/LEGAL-CHOICES.md "Two standards for one violation"). A regional standard for a case without a (declared)
/// region cannot be confirmed: the choice stays open on `region`.
struct StandardChoice: Sendable {
    /// The governing standard; nil when none applies, when two conflict, or while the region is open.
    var standard: DiscretionStandard?
    /// Standards in force at the same (most specific) level: a conflict.
    var conflicting: [DiscretionStandard] = []
    /// True when a regional standard may govern but the case's region does not say whether it does.
    var regionOpen = false
    /// Remarks about standards outside their region (English, Chinese).
    var notes: [(String, String)] = []
}

extension Engine {
    /// The discretion standard in force for the case's violation on the selection's date (see `StandardChoice`).
    func chooseStandard(for record: CaseRecord, selection: VersionSelection) -> StandardChoice {
        let table = catalog.regionTable
        var choice = StandardChoice()
        var inside: [(standard: DiscretionStandard, depth: Int)] = []
        for id in index.standardIDsByViolation[record.violation] ?? [] {
            guard let position = selection.standards[id] else { continue }
            let standard = catalog.standards[position]
            guard let scope = standard.info.region,
                  let condition = RegionScope.condition(scope: scope, caseRegion: record.region, table: table) else {
                inside.append((standard, 0))
                continue
            }
            switch condition.truth {
            case .yes:
                inside.append((standard, table.index(of: scope).map { table.depth(of: $0) } ?? 0))
            case .no:
                if let note = RegionScope.note(condition, scope: scope, caseRegion: record.region, table: table) {
                    choice.notes.append(("discretion standard \(standard.id): \(note.0)", "裁量基准 \(standard.id)：\(note.1)"))
                }
            case .unknown:
                choice.regionOpen = true
                if let note = RegionScope.note(condition, scope: scope, caseRegion: record.region, table: table) {
                    choice.notes.append(("discretion standard \(standard.id): \(note.0)", "裁量基准 \(standard.id)：\(note.1)"))
                }
            }
        }
        guard !choice.regionOpen else { return choice }
        guard let deepest = inside.map(\.depth).max() else { return choice }
        let best = inside.filter { $0.depth == deepest }.map(\.standard)
        if best.count == 1 { choice.standard = best[0] } else { choice.conflicting = best }
        return choice
    }
}
