import Testing
import LeniencyCore
import LeniencyCatalog

/// A small fact vocabulary shared by the expression tests.
enum ExpressionTestVocabulary {
    static let location = LeniencyCore.SourceLocation.wholeFile("rules/facts.yaml")

    static let facts: [String: FactDefinition] = {
        let list: [(String, FactType)] = [
            ("harm_minor", .boolean),
            ("corrected", .boolean),
            ("duration_days", .integer),
            ("ratio", .decimal),
            ("fine", .money),
            ("act_date", .date),
            ("period", .duration),
            ("area", .enumeration(["general", "sensitive", "protected"])),
            ("note", .text),
        ]
        var result: [String: FactDefinition] = [:]
        for (name, type) in list {
            result[name] = FactDefinition(name: name, type: type, label: name, location: location)
        }
        return result
    }()

    /// Compiles against the vocabulary, with `first_offence` as a built-in.
    static func compile(_ source: String) -> Result<Expression, ExpressionErrors> {
        ExpressionCompiler.compile(source, facts: facts, builtins: [firstOffenceFactName: .boolean])
    }

    /// The compiled expression, or a test failure.
    static func expression(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Expression {
        switch compile(source) {
        case .success(let e): return e
        case .failure(let errors):
            Issue.record("`\(source)` did not compile: \(errors.errors)", sourceLocation: sourceLocation)
            throw errors
        }
    }

    /// The errors of a source that must not compile (empty when it compiles).
    static func errors(_ source: String) -> [ExpressionError] {
        switch compile(source) {
        case .success: []
        case .failure(let errors): errors.errors
        }
    }

    /// Evaluates `source` with the given facts.
    static func truth(_ source: String, _ values: [String: FactValue]) throws -> Truth {
        ExpressionEvaluator.evaluate(try expression(source), lookup: { values[$0] })
    }

    /// A literal as the public renderer writes it.
    static func literal(_ value: FactValue) -> String {
        Expression.literal(value, ExpressionSpan(start: 0, end: 0)).rendered
    }

    /// A fully parenthesised rendering that shows the tree's shape.
    static func shape(_ e: Expression) -> String {
        switch e {
        case .fact(let n, _): n
        case .literal(let v, _): literal(v)
        case .not(let x, _): "(not \(shape(x)))"
        case .and(let xs, _): "(" + xs.map(shape).joined(separator: " and ") + ")"
        case .or(let xs, _): "(" + xs.map(shape).joined(separator: " or ") + ")"
        case .compare(let op, let l, let r, _): "(\(shape(l)) \(op.rawValue) \(shape(r)))"
        case .member(let x, let vs, _): "(\(shape(x)) in [\(vs.map(literal).joined(separator: ", "))])"
        case .between(let x, let lo, let hi, _):
            "(\(shape(x)) between \(literal(lo)) and \(literal(hi)))"
        }
    }
}
