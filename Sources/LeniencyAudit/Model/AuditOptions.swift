public import LeniencyCaseInput
public import LeniencyCore

/// What an audit run looks at besides the records themselves.
public struct AuditOptions: Sendable {
    /// First day of the audited period (inclusive); records dated earlier still count as history.
    public var from: CivilDate?
    /// Last day of the audited period (inclusive).
    public var to: CivilDate?
    /// Officer certificates; nil when none were supplied (then A402 is not checked).
    public var certificates: CertificateRegistry?
    /// Records parsed per batch of a JSON Lines or CSV file (bounds memory; each batch is spread over all cores).
    public var batchSize: Int
    /// Apply the legal presumptions when deciding what the facts imply (`--no-presumptions` turns them off).
    public var presumptions: Bool = true

    /// Creates options.
    public init(from: CivilDate? = nil, to: CivilDate? = nil, certificates: CertificateRegistry? = nil, batchSize: Int = 4096) {
        self.from = from
        self.to = to
        self.certificates = certificates
        self.batchSize = max(1, batchSize)
    }

    /// True when `date` lies in the audited period.
    public func inPeriod(_ date: CivilDate) -> Bool {
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }
}
