import LeniencyCatalog
public import LeniencyCore

/// One officer certificate (执法证件) with its validity.
public struct OfficerCertificate: Sendable, Hashable {
    /// Certificate number.
    public var number: String
    /// Holder's name.
    public var name: String
    /// First valid day.
    public var validFrom: CivilDate
    /// Last valid day.
    public var validTo: CivilDate
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a certificate.
    public init(number: String, name: String, validFrom: CivilDate, validTo: CivilDate, location: SourceLocation) {
        self.number = number
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
        self.location = location
    }
}

/// Why an officer's certificate does not cover a date.
public enum CertificateProblem: Sendable, Hashable {
    /// The case names no certificate number.
    case noNumber
    /// The number is not in the registry.
    case unknown(String)
    /// The certificate belongs to someone else.
    case otherHolder(number: String, holder: String)
    /// Not yet valid or expired on the date.
    case notValid(number: String, validFrom: CivilDate, validTo: CivilDate)
}

/// The certificates supplied with `--certificates`, by number.
public struct CertificateRegistry: Sendable {
    /// Certificates by number; a number listed twice keeps every period (renewals).
    public private(set) var byNumber: [String: [OfficerCertificate]]

    /// Builds the registry.
    public init(_ certificates: [OfficerCertificate]) {
        byNumber = Dictionary(grouping: certificates, by: \.number)
    }

    /// Nil when the officer holds a certificate valid on `date`, else why not.
    public func problem(for officer: Officer, on date: CivilDate) -> CertificateProblem? {
        guard let number = officer.certificate?.trimmingSpaces(), !number.isEmpty else { return .noNumber }
        guard let certificates = byNumber[number], let first = certificates.first else { return .unknown(number) }
        let held = certificates.filter { $0.name == officer.name }
        guard let latest = held.last else { return .otherHolder(number: number, holder: first.name) }
        if held.contains(where: { $0.validFrom <= date && date <= $0.validTo }) { return nil }
        return .notValid(number: number, validFrom: latest.validFrom, validTo: latest.validTo)
    }
}
