extension Decision {
    /// The decision without its explanation: what machines get unless they ask for the explanation.
    ///
    /// The trace, the prose notes, the facts used and the version-choice text are left empty; outcome, basis, fine,
    /// follow-up, missing facts, presumptions and derivations stay. The compiled engine gives exactly this, so a
    /// decision the explaining engine made is briefed before it goes out beside the compiled ones.
    public var brief: Decision {
        var decision = self
        decision.trace = []
        decision.notes = []
        decision.notesZh = []
        decision.factsUsed = [:]
        decision.versionChoice = nil
        decision.versionChoiceZh = nil
        return decision
    }
}
