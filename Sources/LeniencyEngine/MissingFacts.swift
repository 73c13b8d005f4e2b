/// Orders the facts that would decide an open case, most decisive first.
enum MissingFacts {
    /// Ranks by the leniency of the best outcome a fact could unlock ("shall" before "may"), then facts of
    /// list items naming the violation before the general part, then facts of the candidate closest to being
    /// decided (fewest facts still missing), then by how many open candidates need it, then by source order.
    static func rank(_ open: [OpenCandidate]) -> [String] {
        struct Score {
            var rank: Int, shall: Bool, specific: Bool, fewest: Int, count: Int, order: Int, firstSeen: Int

            /// Keeps the strongest claim of the candidates that need the fact.
            mutating func merge(_ c: OpenCandidate) {
                let key = (c.outcome.severityRank, c.mandatory ? 0 : 1, c.specific ? 0 : 1, c.deciding.count)
                let mine = (rank, shall ? 0 : 1, specific ? 0 : 1, fewest)
                if key < mine { (rank, shall, specific, fewest) = (c.outcome.severityRank, c.mandatory, c.specific, c.deciding.count) }
                count += 1
                order = min(order, c.sourceOrder)
            }
        }
        var scores: [String: Score] = [:]
        var seen = 0
        // Positions come from the order-independent keys, so the ranking never depends on the order of files or items.
        let ordered = open.enumerated().sorted { ($0.element.key, $0.element.sourceOrder) < ($1.element.key, $1.element.sourceOrder) }
            .enumerated().map { position, pair in
                var candidate = pair.element
                candidate.sourceOrder = position
                return candidate
            }
        for candidate in ordered {
            for name in candidate.deciding {
                if scores[name] == nil {
                    scores[name] = Score(rank: candidate.outcome.severityRank, shall: candidate.mandatory, specific: candidate.specific,
                                         fewest: candidate.deciding.count, count: 0, order: candidate.sourceOrder, firstSeen: seen)
                    seen += 1
                }
                scores[name]?.merge(candidate)
            }
        }
        return scores.sorted { a, b in
            let x = a.value, y = b.value
            if x.rank != y.rank { return x.rank < y.rank }
            if x.shall != y.shall { return x.shall }
            if x.specific != y.specific { return x.specific }
            if x.fewest != y.fewest { return x.fewest < y.fewest }
            if x.count != y.count { return x.count > y.count }
            if x.order != y.order { return x.order < y.order }
            if x.firstSeen != y.firstSeen { return x.firstSeen < y.firstSeen }
            return a.key < b.key
        }.map(\.key)
    }
}
