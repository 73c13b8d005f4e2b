import Testing
import LeniencyCore
import LeniencyCatalog

private typealias V = ExpressionTestVocabulary

@Suite("Expression type checking")
struct ExpressionTypeCheckTests {
    @Test("a misspelt fact is reported at its column with a did-you-mean")
    func unknownFactSuggestion() throws {
        let errors = V.errors("harm_minor and durattion_days < 30")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.code == .unknownFact)
        #expect(error.span == ExpressionSpan(start: 15, end: 29))
        #expect(error.message.contains("durattion_days"))
        #expect(error.hint?.contains("did you mean `duration_days`?") == true)
    }

    @Test("a name far from every fact gets no suggestion but still a hint")
    func unknownFactNoSuggestion() throws {
        let error = try #require(V.errors("completely_different").first)
        #expect(error.code == .unknownFact)
        #expect(error.hint?.contains("did you mean") == false)
        #expect(error.hint?.contains("kind: facts") == true)
    }

    @Test("upper-case keywords are unknown facts with a lower-case hint")
    func upperCaseKeyword() throws {
        let errors = V.errors("harm_minor AND corrected")
        // `AND` parses as a name right after a complete condition: a syntax error at its column.
        #expect(errors.first?.span.start == 11)
        #expect(errors.first?.hint?.contains("write `and`") == true)
        let alone = try #require(V.errors("NOT").first)
        #expect(alone.code == .unknownFact)
        #expect(alone.hint?.contains("write `not`") == true)
    }

    @Test("first_offence is known only when given as a built-in")
    func builtins() throws {
        _ = try V.expression("first_offence and harm_minor")
        let result = ExpressionCompiler.compile("first_offence and harm_minor", facts: V.facts, builtins: [:])
        guard case .failure(let errors) = result else { Issue.record("compiled without the built-in"); return }
        #expect(errors.errors.map(\.code) == [.unknownFact])
        #expect(errors.errors.first?.span == ExpressionSpan(start: 0, end: 13))

        let policy = ExpressionCompiler.compile("fine >= 50000 or harm_minor", facts: [:], builtins: ["fine": .money, "harm_minor": .boolean])
        guard case .success(.or(let parts, _)) = policy, case .compare(_, _, .literal(let v, _), _) = parts[0] else {
            Issue.record("policy expression did not compile: \(policy)"); return
        }
        #expect(v == .money(Money(yuan: 50_000)))
    }

    @Test("comparing a money fact with a date names both types and points at the date")
    func moneyWithDate() throws {
        let error = try #require(V.errors("fine == 2024-01-01").first)
        #expect(error.code == .typeMismatch)
        #expect(error.message.contains("money fact `fine`"))
        #expect(error.message.contains("a date"))
        #expect(error.span == ExpressionSpan(start: 8, end: 18))
    }

    @Test("independent errors are all reported, in source order")
    func severalErrors() throws {
        let errors = V.errors("fine == 2024-01-01 and duration_days > 5元 or nonsense")
        #expect(errors.map(\.code) == [.typeMismatch, .typeMismatch, .unknownFact])
        #expect(errors.map(\.span.start) == [8, 39, 45])

        let both = V.errors("foo == bar")
        #expect(both.map(\.code) == [.unknownFact, .unknownFact])
        #expect(both.map(\.span.start) == [0, 7])
    }

    @Test("type mismatches", arguments: [
        ("duration_days", 0, "not a condition"),
        ("5000", 0, "not a condition"),
        ("harm_minor == 5", 14, "boolean fact `harm_minor`"),
        ("harm_minor < true", 11, "`<` cannot order boolean"),
        ("note < 'a'", 5, "`<` cannot order text"),
        ("note between 'a' and 'b'", 0, "`between`"),
        ("fine < 0.005", 7, "more than two decimals"),
        ("period < 1.5", 9, "duration fact `period`"),
        ("act_date > 20240101", 11, "date fact `act_date`"),
        ("duration_days < 30d", 16, "integer fact `duration_days`"),
        ("harm_minor and duration_days", 15, "not a condition"),
        ("not fine", 4, "not a condition"),
        ("(harm_minor or corrected) < 3", 28, "a condition"),
        ("fine == act_date", 8, "date fact `act_date`"),
        ("area in [general, 3]", 18, "enum fact `area`"),
        ("duration_days in [1, 2024-01-01]", 21, "a date"),
    ])
    func mismatches(source: String, offset: Int, fragment: String) throws {
        let errors = V.errors(source)
        let error = try #require(errors.first)
        #expect(errors.count == 1, "\(errors)")
        #expect(error.code == .typeMismatch)
        #expect(error.span.start == offset)
        #expect(error.message.contains(fragment), "message: \(error.message)")
        #expect(error.hint != nil)
    }

    @Test("well-typed comparisons compile", arguments: [
        "harm_minor == true", "harm_minor != false", "true", "ratio > 1", "duration_days < 30.5",
        "ratio >= duration_days", "period >= 20d", "period < 30", "act_date >= 2021-07-15",
        "note == '一般'", "note in ['a', \"b\"]", "area == sensitive", "sensitive == area",
        "area in [general, protected]", "area != 'general'", "area between general and sensitive",
        "(harm_minor or corrected) == false", "5000 < fine", "duration_days == duration_days",
    ])
    func wellTyped(source: String) throws {
        #expect(V.errors(source).isEmpty, "\(V.errors(source))")
    }

    @Test("an unknown enum value lists the declared values and suggests the nearest")
    func unknownEnumValue() throws {
        let error = try #require(V.errors("area == sensitve").first)
        #expect(error.code == .unknownEnumValue)
        #expect(error.span == ExpressionSpan(start: 8, end: 16))
        #expect(error.hint?.contains("did you mean `sensitive`?") == true)
        #expect(error.hint?.contains("general, sensitive, protected") == true)

        let inList = V.errors("area in [general, protectd]")
        #expect(inList.map(\.code) == [.unknownEnumValue])
        #expect(inList.first?.span.start == 18)

        let quoted = V.errors("area == 'urban'")
        #expect(quoted.map(\.code) == [.unknownEnumValue])
    }

    @Test("a bare enum value used as a condition points at the fact it belongs to")
    func enumValueAlone() throws {
        let error = try #require(V.errors("sensitive").first)
        #expect(error.code == .unknownFact)
        #expect(error.hint?.contains("`area == sensitive`") == true)
    }

    @Test("a bare word compared with text asks for quotes")
    func bareWordWithText() throws {
        let error = try #require(V.errors("note == hello").first)
        #expect(error.code == .unknownFact)
        #expect(error.hint?.contains("'hello'") == true)
    }

    @Test("enum ordering follows declaration order", arguments: [
        ("area >= sensitive", ["sensitive", "protected"]),
        ("area > general", ["sensitive", "protected"]),
        ("area < sensitive", ["general"]),
        ("area <= protected", ["general", "sensitive", "protected"]),
        ("sensitive < area", ["protected"]),
        ("area between sensitive and protected", ["sensitive", "protected"]),
        ("area < general", []),
    ])
    func enumOrdering(source: String, included: [String]) throws {
        let e = try V.expression(source)
        for value in ["general", "sensitive", "protected"] {
            let truth = ExpressionEvaluator.evaluate(e, lookup: { $0 == "area" ? .enumeration(value) : nil })
            #expect(truth == Truth(included.contains(value)), "\(source) at \(value)")
        }
        // A comparison with an unknown operand is unknown, even one no value satisfies.
        #expect(ExpressionEvaluator.evaluate(e, lookup: { _ in nil }) == .unknown)
    }
}

@Suite struct ExpressionHintTests {
    func firstError(_ source: String) throws -> ExpressionError {
        let facts = ExpressionTestVocabulary.facts
        guard case .failure(let errors) = ExpressionCompiler.compile(source, facts: facts, builtins: [:]) else {
            Issue.record("expected an error for \(source)")
            throw CancellationError()
        }
        return try #require(errors.errors.first)
    }

    @Test func chineseThousandUnitGetsAnAmountHint() throws {
        let error = try firstError("fine > 5千")
        #expect(error.code == .expressionSyntax)
        #expect(error.span.start == 8)
        #expect(error.hint?.contains("5000") == true)
    }

    @Test func thousandsSeparatorGetsItsOwnHint() throws {
        let error = try firstError("fine > 5,000")
        #expect(error.hint?.contains("thousands separators") == true)
    }

    @Test func unclosedParenthesisNamesTheCharacterNotAnOffset() throws {
        let error = try firstError("(harm_minor and corrected")
        #expect(error.message.contains("character 1 of the condition"))
        #expect(!error.message.contains("offset"))
    }
}
