import LeniencyCatalog
public import LeniencyCore

/// One 涉企行政检查 (inspection of an enterprise), as the supervision audit reads it (docs/INSPECTION-FORMAT.md).
public struct InspectionRecord: Sendable, Hashable {
    /// The reasons an inspection record may give; supervision policies name their quiet-day exceptions from these.
    public static let reasons = SupervisionPolicy.inspectionReasons

    /// Record number.
    public var id: String
    /// The inspected enterprise's 统一社会信用代码.
    public var enterprise: String
    /// The enterprise's name, if given.
    public var enterpriseName: String?
    /// The inspecting agency.
    public var agency: String
    /// Region, for region-specific policy overrides.
    public var region: String?
    /// Day of the inspection.
    public var date: CivilDate
    /// Why the inspection took place: one of `InspectionRecord.reasons`.
    public var reason: String
    /// Whether the inspection was registered (扫码/备案) beforehand, if recorded.
    public var registered: Bool?
    /// Whether it was a joint inspection (联合检查), if recorded.
    public var joint: Bool?
    /// Officers present (empty when the record names none).
    public var officers: [Officer]
    /// Who carried out the inspection (one of `SupervisionPolicy.inspectionPerformers`), if recorded.
    public var performedBy: String?
    /// Where the record starts in its file.
    public var location: SourceLocation

    /// Creates an inspection record.
    public init(id: String, enterprise: String, enterpriseName: String? = nil, agency: String, region: String? = nil,
                date: CivilDate, reason: String, registered: Bool? = nil, joint: Bool? = nil, officers: [Officer] = [],
                performedBy: String? = nil, location: SourceLocation) {
        self.id = id
        self.enterprise = enterprise
        self.enterpriseName = enterpriseName
        self.agency = agency
        self.region = region
        self.date = date
        self.reason = reason
        self.registered = registered
        self.joint = joint
        self.officers = officers
        self.performedBy = performedBy
        self.location = location
    }
}
