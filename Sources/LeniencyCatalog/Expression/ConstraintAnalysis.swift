import LeniencyCore

/// Satisfiability support for lint: finds facts that make several conditions true at once.
///
/// The search is over finite candidate sets per fact (booleans, enum values, and the boundary points of the
/// comparisons found in the expressions), so it is complete for comparisons of one fact with literals —
/// which is what rule conditions are — and a heuristic when two facts are compared with each other.
public enum ConstraintAnalysis {
    /// The outcome of a witness search.
    public enum SearchResult: Sendable, Hashable {
        /// These facts (others left unknown) make every expression true.
        case witness([String: FactValue])
        /// Every candidate combination was tried and none satisfies all expressions.
        case exhausted
        /// The evaluation budget ran out before an answer was found.
        case gaveUp
    }

    /// A set of facts, or nil if none is found, that makes every expression true at once (a counterexample/witness),
    /// searching over boolean facts, enum values, and boundary points of numeric/date/money comparisons found in the expressions.
    public static func witness(satisfyingAll expressions: [Expression], facts: [String: FactDefinition]) -> [String: FactValue]? {
        if case .witness(let assignment) = search(satisfyingAll: expressions, facts: facts) { return assignment }
        return nil
    }

    /// Like `witness`, but tells "no combination works" apart from "the budget ran out".
    public static func search(satisfyingAll expressions: [Expression], facts: [String: FactDefinition],
                              evaluationLimit: Int = 200_000) -> SearchResult {
        let usage = FactUsage(expressions)
        let order = usage.names
        let candidates = order.map { usage.candidates(for: $0, declared: facts[$0]?.type) }
        var search = Search(expressions: expressions, order: order, candidates: candidates, limit: evaluationLimit)
        do {
            return try search.run(0) ? .witness(search.assignment) : .exhausted
        } catch {
            return .gaveUp
        }
    }
}

/// Depth-first search over candidate values, pruned as soon as some expression is already false.
private struct Search {
    struct BudgetExhausted: Error {}

    let expressions: [Expression]
    let order: [String]
    let candidates: [[FactValue]]
    let limit: Int
    var assignment: [String: FactValue] = [:]
    var evaluations = 0

    init(expressions: [Expression], order: [String], candidates: [[FactValue]], limit: Int) {
        self.expressions = expressions
        self.order = order
        self.candidates = candidates
        self.limit = limit
    }

    /// True when a witness extending the current assignment with facts from `depth` on exists.
    mutating func run(_ depth: Int) throws(BudgetExhausted) -> Bool {
        var allTrue = true
        for expression in expressions {
            evaluations += 1
            if evaluations > limit { throw BudgetExhausted() }
            // Kleene logic: false under a partial assignment stays false whatever the unassigned facts are.
            switch ExpressionEvaluator.evaluate(expression, lookup: { assignment[$0] }) {
            case .no: return false
            case .unknown: allTrue = false
            case .yes: break
            }
        }
        if allTrue { return true }
        guard depth < order.count else { return false }
        let name = order[depth]
        for value in candidates[depth] {
            assignment[name] = value
            if try run(depth + 1) { return true }
        }
        assignment[name] = nil
        return false
    }
}

/// What the expressions do with each fact: the literals it meets, the facts it is compared with.
private struct FactUsage {
    private(set) var names: [String] = []
    private var literals: [String: [FactValue]] = [:]
    private var usedAsCondition: Set<String> = []
    private var partners: [String: [String]] = [:]

    init(_ expressions: [Expression]) {
        for expression in expressions { walk(expression) }
    }

    private mutating func note(_ name: String) {
        if !names.contains(name) { names.append(name) }
    }

    private mutating func walk(_ e: Expression) {
        switch e {
        case .fact(let name, _):
            note(name)
            usedAsCondition.insert(name)
        case .literal:
            break
        case .not(let x, _):
            walk(x)
        case .and(let xs, _), .or(let xs, _):
            xs.forEach { walk($0) }
        case .compare(_, let l, let r, _):
            operand(l, against: [r])
            operand(r, against: [l])
        case .member(let x, let values, _):
            operand(x, against: values.map { .literal($0, ExpressionSpan(start: 0, end: 0)) })
        case .between(let x, let lo, let hi, _):
            let span = ExpressionSpan(start: 0, end: 0)
            operand(x, against: [.literal(lo, span), .literal(hi, span)])
        }
    }

    private mutating func operand(_ e: Expression, against others: [Expression]) {
        guard case .fact(let name, _) = e else {
            if case .literal = e { return }
            walk(e)
            return
        }
        note(name)
        for other in others {
            switch other {
            case .literal(let v, _): literals[name, default: []].append(v)
            case .fact(let partner, _): partners[name, default: []].append(partner)
            default: literals[name, default: []].append(contentsOf: [.boolean(true), .boolean(false)])
            }
        }
    }

    /// The literals of the fact and of every fact it is transitively compared with.
    private func reachableLiterals(_ name: String) -> [FactValue] {
        var seen: [String] = [name]
        var queue = [name]
        while let next = queue.popLast() {
            for p in partners[next, default: []] where !seen.contains(p) {
                seen.append(p)
                queue.append(p)
            }
            for (other, ps) in partners where ps.contains(next) && !seen.contains(other) {
                seen.append(other)
                queue.append(other)
            }
        }
        return seen.flatMap { literals[$0, default: []] }
    }

    /// The finite set of values worth trying for a fact, in a deterministic order.
    func candidates(for name: String, declared: FactType?) -> [FactValue] {
        let seen = reachableLiterals(name)
        let type = declared ?? inferredType(name, seen)
        switch type {
        case .boolean:
            return [.boolean(true), .boolean(false)]
        case .enumeration(let values) where !values.isEmpty:
            return values.map(FactValue.enumeration)
        case .enumeration, .text:
            var words: [String] = []
            for v in seen {
                if case .enumeration(let w) = v, !words.contains(w) { words.append(w) }
                if case .text(let w) = v, !words.contains(w) { words.append(w) }
            }
            words.sort()
            var other = "other"
            while words.contains(other) { other += "_" }
            let all = words + [other]
            if case .text = type { return all.map(FactValue.text) }
            return all.map(FactValue.enumeration)
        case .integer:
            return integerPoints(seen.compactMap(\.exactRatio)).map(FactValue.integer)
        case .duration:
            // Case files give durations as whole days and amounts without a sign: a negative witness is no case.
            return integerPoints(seen.compactMap(\.exactRatio)).filter { $0 >= 0 }.map(FactValue.duration)
        case .money:
            // Money literals are in yuan: boundaries in fen.
            let fen = seen.compactMap(\.exactRatio).map { Ratio($0.numerator.multipliedReportingOverflow(by: 100).partialValue, $0.denominator) }
            return integerPoints(fen, far: 100_000_000_000).filter { $0 >= 0 }.map { .money(Money(fen: $0)) }
        case .decimal:
            return decimalPoints(seen.compactMap(\.exactRatio))
        case .date:
            let days = seen.compactMap { v -> Int64? in if case .date(let d) = v { Int64(d.dayNumber) } else { nil } }
            let lowest = Int64(CivilDate(year: 1, month: 1, day: 1)?.dayNumber ?? -719_162)
            let highest = Int64(CivilDate(year: 9999, month: 12, day: 31)?.dayNumber ?? 2_932_896)
            let points = integerPoints(days.map { Ratio($0) }, far: 3_650).filter { $0 >= lowest && $0 <= highest }
            return points.map { .date(CivilDate(dayNumber: Int($0))) }
        }
    }

    private func inferredType(_ name: String, _ seen: [FactValue]) -> FactType {
        if usedAsCondition.contains(name) { return .boolean }
        for v in seen {
            switch v {
            case .enumeration: return .enumeration([])
            default: if let t = v.literalType { return t }
            }
        }
        return .boolean
    }

    /// Each boundary, one unit either side, and one value far below and far above all of them.
    private func integerPoints(_ bounds: [Ratio], far: Int64 = 1_000_000) -> [Int64] {
        var points: Set<Int64> = []
        for r in bounds {
            let floor = r.numerator >= 0 ? r.numerator / r.denominator : -((-r.numerator + r.denominator - 1) / r.denominator)
            for delta: Int64 in [-1, 0, 1, 2] {
                let (p, overflow) = floor.addingReportingOverflow(delta)
                if !overflow { points.insert(p) }
            }
        }
        if points.isEmpty { points = [0] }
        if let lo = points.min(), let hi = points.max() {
            points.insert(lo.subtractingReportingOverflow(far).overflow ? Int64.min : lo - far)
            points.insert(hi.addingReportingOverflow(far).overflow ? Int64.max : hi + far)
        }
        return points.sorted()
    }

    /// Each boundary, the midpoint between neighbouring boundaries, and one unit below and above them all:
    /// decimals are dense, so a fixed step could miss an open interval such as `0.1 < x < 0.101`.
    private func decimalPoints(_ bounds: [Ratio]) -> [FactValue] {
        let unique = Array(Set(bounds)).sorted()
        guard !unique.isEmpty else { return [.decimal(FixedPoint(mantissa: 0, scale: 0))] }
        var scale = 0
        while scale < 8, !unique.allSatisfy({ FixedPoint.powerOfTen(scale) % $0.denominator == 0 }) { scale += 1 }
        // Mantissas at one digit more than the bounds need, so that midpoints are exact.
        let fine = scale + 1
        let mantissas = unique.compactMap { r -> Int64? in
            let factor = FixedPoint.powerOfTen(fine) / r.denominator
            let (m, overflow) = r.numerator.multipliedReportingOverflow(by: factor)
            return overflow ? nil : m
        }
        var points: [Int64] = []
        for (i, m) in mantissas.enumerated() {
            points.append(m)
            if i + 1 < mantissas.count {
                let (sum, overflow) = m.addingReportingOverflow(mantissas[i + 1])
                if !overflow { points.append(sum / 2) }
            }
        }
        let unit = FixedPoint.powerOfTen(fine)
        if let lo = mantissas.first, !lo.subtractingReportingOverflow(unit).overflow { points.insert(lo - unit, at: 0) }
        if let hi = mantissas.last, !hi.addingReportingOverflow(unit).overflow { points.append(hi + unit) }
        return points.map { .decimal(FixedPoint(mantissa: $0, scale: fine)) }
    }
}

extension FactValue {
    /// The value as an exact number (money in yuan, durations in days), or nil.
    fileprivate var exactRatio: Ratio? {
        switch self {
        case .integer(let i): Ratio(i)
        case .decimal(let d): d.ratio
        case .money(let m): Ratio(m.fen, 100)
        case .duration(let d): Ratio(d)
        default: nil
        }
    }
}
