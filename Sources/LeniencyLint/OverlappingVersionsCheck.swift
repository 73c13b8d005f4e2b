import LeniencyCore
import LeniencyCatalog

/// D002: two versions of one list or standard id in force on the same day (行政处罚法 Art. 37 needs one version per day).
enum OverlappingVersionsCheck {
    static func run(_ catalog: Catalog, into bag: inout DiagnosticBag) {
        let lists = catalog.lists.map { Version(id: $0.id, what: "list", validity: $0.validity, location: $0.location) }
        let standards = catalog.standards.map { Version(id: $0.id, what: "standard", validity: $0.validity, location: $0.location) }
        report(lists, into: &bag)
        report(standards, into: &bag)
    }

    private struct Version {
        var id: String
        var what: String
        var validity: Validity
        var location: SourceLocation
    }

    private static func report(_ versions: [Version], into bag: inout DiagnosticBag) {
        let byID = Dictionary(grouping: versions, by: \.id)
        for id in byID.keys.sorted() {
            guard let group = byID[id], group.count > 1 else { continue }
            let ordered = group.sorted { a, b in
                a.validity.effective != b.validity.effective ? a.validity.effective < b.validity.effective : a.location.precedes(b.location)
            }
            for (i, earlier) in ordered.enumerated() {
                for later in ordered[(i + 1)...] where overlaps(earlier.validity, later.validity) {
                    let firstShared = later.validity.effective
                    bag.emit(
                        .overlappingVersions, at: later.location,
                        earlier.validity.expires.map {
                            Message(.lintOverlappingVersionsUntil, Message.subject(later.what), id, firstShared, later.validity.effective,
                                    earlier.validity.effective, $0)
                        } ?? Message(.lintOverlappingVersions, Message.subject(later.what), id, firstShared, later.validity.effective,
                                     earlier.validity.effective),
                        hint: Message(.lintOverlappingVersionsHint, firstShared.adding(days: -1)),
                        notes: [.init(location: earlier.location, Message(.lintOtherVersion, id, earlier.validity.effective))]
                    )
                }
            }
        }
    }

    /// `a` starts no later than `b`; they share a day when `a` has not expired before `b` starts.
    private static func overlaps(_ a: Validity, _ b: Validity) -> Bool {
        guard let end = a.expires else { return true }
        return end >= b.effective
    }
}

extension SourceLocation {
    /// Orders locations by file and start, for deterministic tie-breaking.
    func precedes(_ other: SourceLocation) -> Bool {
        file != other.file ? file < other.file : start < other.start
    }
}
