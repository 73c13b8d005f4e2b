extension Expression {
    /// Renders the expression back as source text (canonical spacing), for explanations and tests.
    ///
    /// Enum orderings were compiled to membership, so `area >= sensitive` renders as `area in [sensitive]`.
    public var rendered: String { ExpressionRenderer.render(self, atLeast: 0) }
}

/// Canonical text for expressions and literals; output parses back to an equal expression (spans aside),
/// except `x in []`, which only an enum ordering below the lowest value produces.
enum ExpressionRenderer {
    /// Binding strength: or < and < not < comparison < operand.
    private static func level(_ e: Expression) -> Int {
        switch e {
        case .or: 1
        case .and: 2
        case .not: 3
        case .compare, .member, .between: 4
        case .fact, .literal: 5
        }
    }

    static func render(_ e: Expression, atLeast required: Int) -> String {
        let text: String
        switch e {
        case .fact(let name, _): text = name
        case .literal(let value, _): text = literal(value)
        case .not(let inner, _): text = "not " + render(inner, atLeast: 3)
        // Nested operators of the same kind keep their parentheses so the tree survives a round trip.
        case .and(let xs, _): text = xs.map { render($0, atLeast: 3) }.joined(separator: " and ")
        case .or(let xs, _): text = xs.map { render($0, atLeast: 2) }.joined(separator: " or ")
        case .compare(let op, let l, let r, _): text = "\(render(l, atLeast: 5)) \(op.rawValue) \(render(r, atLeast: 5))"
        case .member(let x, let vs, _): text = "\(render(x, atLeast: 5)) in [\(vs.map(literal).joined(separator: ", "))]"
        case .between(let x, let lo, let hi, _): text = "\(render(x, atLeast: 5)) between \(literal(lo)) and \(literal(hi))"
        }
        return level(e) < required ? "(\(text))" : text
    }

    /// A literal as it is written in rules: `5000元`, `2024-01-01`, `20d`, `'text'`, bare enum values.
    static func literal(_ value: FactValue) -> String {
        switch value {
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .decimal(let d): d.description
        case .money(let m): (m.fen % 100 == 0 ? String(m.fen / 100) : m.yuanString) + "元"
        case .date(let d): d.description
        case .duration(let d): "\(d)d"
        case .enumeration(let e): e
        case .text(let t): t.contains("'") && !t.contains("\"") ? "\"\(t)\"" : "'\(t)'"
        }
    }
}
