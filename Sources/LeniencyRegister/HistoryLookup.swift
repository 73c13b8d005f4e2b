public import LeniencyCaseInput

/// Fills a case's history from the register when the case file gives none, and says where the history came from.
public enum HistoryLookup {
    /// What a lookup did to a case.
    public struct Completed: Sendable {
        /// The case, with `prior_violations` from the register when it was searched.
        public var record: CaseRecord
        /// The remark the decision carries (English, Chinese); nil when the case gave its own history or no register is set.
        public var note: (english: String, chinese: String)?
    }

    /// Searches `register` by the party's valid 统一社会信用代码 / 身份证号 when `record` lists no `prior_violations`.
    /// A case that lists them (even `[]`) keeps its own; a party without a valid identifier keeps an unknown history
    /// (first offence stays missing) with a remark saying why. A register error is thrown, never taken as "no history".
    public static func complete(_ record: CaseRecord, register: CaseRegister?) async throws -> Completed {
        guard let register, record.priorViolations == nil else { return Completed(record: record, note: nil) }
        guard let history = try await register.history(for: record) else {
            return Completed(record: record, note: PartyIdentity.problem(record.party))
        }
        var completed = record
        completed.priorViolations = history.priors
        return Completed(record: completed, note: history.note)
    }
}
