import LeniencyCore

/// "Did you mean …?" suggestions for misspelt fact names and enum values.
enum NameSuggestions {
    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var row = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                row[j] = min(previous[j] + 1, row[j - 1] + 1, substitution)
            }
            swap(&previous, &row)
        }
        return previous[y.count]
    }

    /// Up to three candidates within `maxDistance` edits (ignoring case), nearest first, then by name.
    static func closest(to word: String, among candidates: some Sequence<String>, maxDistance: Int = 2) -> [String] {
        let lowered = word.lowercased()
        let scored = Set(candidates).compactMap { candidate -> (Int, String)? in
            let d = editDistance(lowered, candidate.lowercased())
            return d <= maxDistance ? (d, candidate) : nil
        }
        return scored.sorted { $0 < $1 }.prefix(3).map(\.1)
    }

    /// `did you mean `a`?` or `did you mean `a` or `b`?`.
    static func didYouMean(_ names: [String]) -> Message? { Message.didYouMean(names) }
}
