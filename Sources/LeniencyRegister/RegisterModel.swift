public import LeniencyCaseInput
public import LeniencyCore

/// A case to load, with where it was read (kept so findings on the register point back at the export).
public struct RegisterEntry: Sendable {
    /// The decoded case.
    public var record: CaseRecord
    /// The file it came from.
    public var sourceFile: String
    /// The line it starts on.
    public var sourceLine: Int

    /// Creates an entry from a decoded case, taking the source from its location.
    public init(_ record: CaseRecord) {
        self.record = record
        sourceFile = record.location.file
        sourceLine = record.location.start.line
    }
}

/// What one import did.
public struct ImportCounts: Sendable, Equatable {
    /// Keys not in the register before.
    public var added = 0
    /// Keys whose stored case changed.
    public var updated = 0
    /// Keys whose stored case was identical.
    public var unchanged = 0

    /// Creates counts.
    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    /// Cases read and accepted.
    public var loaded: Int { added + updated + unchanged }
}

/// A party's history as the register holds it.
public struct PartyHistory: Sendable, Equatable {
    /// The party's other decided cases, as prior violations dated by their act.
    public var priors: [PriorViolation]
    /// The China-time date of the register's latest import: how current the search was.
    public var searchedUntil: CivilDate

    /// Creates a history.
    public init(priors: [PriorViolation], searchedUntil: CivilDate) {
        self.priors = priors
        self.searchedUntil = searchedUntil
    }

    /// The remark a decision carries when its first-offence test used this history (English, Chinese).
    public var note: (english: String, chinese: String) {
        ("First-offence basis: case register, \(priors.count) record\(priors.count == 1 ? "" : "s"), searched up to \(searchedUntil)",
         "首违认定依据：案件库 \(priors.count) 条记录，检索至 \(searchedUntil)")
    }
}

/// A case as stored: its case-format JSON and where it was imported from.
public struct StoredCase: Sendable, Equatable {
    /// Case number.
    public var caseID: String
    /// Agency.
    public var agency: String
    /// The case as case-format JSON (`CaseRecordJSON`).
    public var json: String
    /// The file it was imported from.
    public var sourceFile: String
    /// The line it started on.
    public var sourceLine: Int
}

/// Counts for `register stats`.
public struct RegisterStatistics: Sendable {
    /// Schema version.
    public var schemaVersion: Int64
    /// Cases stored.
    public var cases = 0
    /// Distinct parties (by valid identifier, else name).
    public var parties = 0
    /// Distinct agencies.
    public var agencies = 0
    /// Cases with a decision (the ones that count as history).
    public var decided = 0
    /// Cases whose party has no valid identifier (never found by a search).
    public var withoutValidIdentifier = 0
    /// Earliest act date.
    public var earliestAct: CivilDate?
    /// Latest act date.
    public var latestAct: CivilDate?
    /// Cases per violation code, most first.
    public var byViolation: [(code: String, count: Int)] = []
    /// Imports logged.
    public var imports = 0
    /// Time of the latest import (UTC, ISO 8601).
    public var lastImport: String?

    /// Creates empty statistics.
    public init(schemaVersion: Int64) {
        self.schemaVersion = schemaVersion
    }
}
