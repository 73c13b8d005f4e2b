extension Decision {
    /// 处罚较轻 (行政处罚法 Art. 37): the outcome first (no penalty > 减轻 > 从轻 > 一般 > 从重, undetermined last), then
    /// "shall" before "may" at the same outcome, then the fine range (a lower maximum, then a lower minimum). A missing
    /// range is not comparable, so it never makes a result "more lenient"; ties are not more lenient.
    public func isMoreLenient(than other: Decision) -> Bool {
        let rankA = outcome.outcome?.severityRank ?? 5, rankB = other.outcome.outcome?.severityRank ?? 5
        if rankA != rankB { return rankA < rankB }
        if mandatory != other.mandatory { return mandatory }
        guard let fineA = fine, let fineB = other.fine else { return false }
        if fineA.max != fineB.max { return fineA.max < fineB.max }
        if fineA.maxInclusive != fineB.maxInclusive { return !fineA.maxInclusive }
        if fineA.min != fineB.min { return fineA.min < fineB.min }
        return false
    }
}
