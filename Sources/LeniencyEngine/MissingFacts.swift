/// Orders the facts that would decide an open case, most decisive first.
enum MissingFacts {
    /// Ranks by the leniency of the best outcome a fact could unlock ("shall" before "may"),
    /// then by how many open candidates need it, then by source order.
    static func rank(_ open: [OpenCandidate]) -> [String] {
        struct Score { var rank: Int; var shall: Bool; var count: Int; var order: Int; var firstSeen: Int }
        var scores: [String: Score] = [:]
        var seen = 0
        for candidate in open {
            for name in candidate.deciding {
                if var score = scores[name] {
                    if candidate.outcome.severityRank < score.rank {
                        score.rank = candidate.outcome.severityRank
                        score.shall = candidate.mandatory
                    } else if candidate.outcome.severityRank == score.rank {
                        score.shall = score.shall || candidate.mandatory
                    }
                    score.count += 1
                    score.order = min(score.order, candidate.sourceOrder)
                    scores[name] = score
                } else {
                    scores[name] = Score(rank: candidate.outcome.severityRank, shall: candidate.mandatory, count: 1,
                                         order: candidate.sourceOrder, firstSeen: seen)
                    seen += 1
                }
            }
        }
        return scores.sorted { a, b in
            let x = a.value, y = b.value
            if x.rank != y.rank { return x.rank < y.rank }
            if x.shall != y.shall { return x.shall }
            if x.count != y.count { return x.count > y.count }
            if x.order != y.order { return x.order < y.order }
            if x.firstSeen != y.firstSeen { return x.firstSeen < y.firstSeen }
            return a.key < b.key
        }.map(\.key)
    }
}
