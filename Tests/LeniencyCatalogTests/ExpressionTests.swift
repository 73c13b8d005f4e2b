import Testing
import LeniencyCore
import LeniencyCatalog

private typealias V = ExpressionTestVocabulary

@Suite("Expression parsing")
struct ExpressionParsingTests {
    @Test("not binds tighter than and, and tighter than or")
    func precedence() throws {
        #expect(V.shape(try V.expression("harm_minor or corrected and not first_offence"))
                == "(harm_minor or (corrected and (not first_offence)))")
        #expect(V.shape(try V.expression("not harm_minor and corrected or first_offence"))
                == "(((not harm_minor) and corrected) or first_offence)")
        #expect(V.shape(try V.expression("(harm_minor or corrected) and first_offence"))
                == "((harm_minor or corrected) and first_offence)")
        #expect(V.shape(try V.expression("not not harm_minor")) == "(not (not harm_minor))")
    }

    @Test("and/or chains are flat")
    func flatChains() throws {
        guard case .and(let parts, _) = try V.expression("harm_minor and corrected and first_offence") else {
            Issue.record("expected a conjunction"); return
        }
        #expect(parts.count == 3)
    }

    @Test("&&, || and ! are aliases of and, or and not")
    func aliases() throws {
        #expect(try V.expression("harm_minor && !corrected || first_offence").rendered
                == "harm_minor and not corrected or first_offence")
        #expect(try V.expression("harm_minor&&corrected").rendered == "harm_minor and corrected")
    }

    @Test("a comparison binds tighter than not")
    func comparisonUnderNot() throws {
        #expect(V.shape(try V.expression("not duration_days < 30")) == "(not (duration_days < 30))")
    }

    @Test("between takes its own `and`")
    func betweenAnd() throws {
        #expect(V.shape(try V.expression("duration_days between 10 and 20 and harm_minor"))
                == "((duration_days between 10 and 20) and harm_minor)")
    }

    @Test("spans are scalar offsets of each node")
    func spans() throws {
        let e = try V.expression("harm_minor and duration_days < 30")
        guard case .and(let parts, let span) = e, case .compare(_, let l, let r, let cs) = parts[1] else {
            Issue.record("unexpected shape \(V.shape(e))"); return
        }
        #expect(span == ExpressionSpan(start: 0, end: 33))
        #expect(cs == ExpressionSpan(start: 15, end: 33))
        #expect(l.span == ExpressionSpan(start: 15, end: 28))
        #expect(r.span == ExpressionSpan(start: 31, end: 33))
    }

    @Test("literals of every kind", arguments: [
        ("fine <= 5000元", FactValue.money(Money(yuan: 5000))),
        ("fine <= ¥5000", .money(Money(yuan: 5000))),
        ("fine <= ￥5000.5", .money(Money(fen: 500_050))),
        ("fine <= 5万元", .money(Money(yuan: 50_000))),
        ("fine <= 1.5万元", .money(Money(yuan: 15_000))),
        ("fine <= 5000", .money(Money(yuan: 5000))),
        ("fine <= 0.1", .money(Money(fen: 10))),
        ("ratio <= 0.1", .decimal(FixedPoint(mantissa: 1, scale: 1))),
        ("duration_days <= 30", .integer(30)),
        ("duration_days <= -3", .integer(-3)),
        ("period <= 20d", .duration(20)),
        ("period <= 20", .duration(20)),
        ("act_date <= 2024-02-29", .date(try #require(CivilDate("2024-02-29")))),
        ("note == '说明'", .text("说明")),
        ("note == \"it's\"", .text("it's")),
        ("harm_minor == false", .boolean(false)),
    ])
    func literals(source: String, expected: FactValue) throws {
        guard case .compare(_, _, .literal(let value, _), _) = try V.expression(source) else {
            Issue.record("`\(source)` is not a comparison with a literal"); return
        }
        #expect(value == expected)
    }

    @Test("rendering is canonical and parses back to the same expression", arguments: [
        ("harm_minor   and(corrected||first_offence)", "harm_minor and (corrected or first_offence)"),
        ("not (harm_minor and corrected)", "not (harm_minor and corrected)"),
        ("fine<=¥5000.5", "fine <= 5000.50元"),
        ("fine >= 1.5万元", "fine >= 15000元"),
        ("area in [general,sensitive]", "area in [general, sensitive]"),
        ("act_date between 2024-01-01 and 2024-12-31", "act_date between 2024-01-01 and 2024-12-31"),
        ("(harm_minor and corrected) == false", "(harm_minor and corrected) == false"),
        ("harm_minor or (corrected or first_offence)", "harm_minor or (corrected or first_offence)"),
        ("note != 'x'", "note != 'x'"),
    ])
    func rendering(source: String, expected: String) throws {
        let e = try V.expression(source)
        #expect(e.rendered == expected)
        #expect(V.shape(try V.expression(e.rendered)) == V.shape(e))
    }

    @Test("syntax errors point at the offending column", arguments: [
        ("", 0, "empty"),
        ("harm_minor and", 14, "ends"),
        ("harm_minor = true", 11, "`=`"),
        ("(harm_minor or corrected", 24, "`)`"),
        ("harm_minor)", 10, "`)`"),
        ("duration_days < 30 < 40", 19, "chained"),
        ("harm_minor corrected", 11, "after a complete condition"),
        ("harm_minor （corrected）", 11, "full-width"),
        ("duration_days < 20days", 16, "malformed"),
        ("act_date < 2024-02-30", 11, "not a valid date"),
        ("fine < 5000.123元", 7, "exact amount"),
        ("area in general", 8, "`[`"),
        ("note == 'open", 8, "never closed"),
        ("duration_days between 1 or 2", 24, "`and`"),
        ("harm_minor & corrected", 11, "`&`"),
    ])
    func syntaxErrors(source: String, offset: Int, fragment: String) throws {
        let errors = V.errors(source)
        let first = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(first.code == .expressionSyntax)
        #expect(first.span.start == offset)
        #expect(first.message.contains(fragment), "message: \(first.message)")
        #expect(first.hint != nil)
    }

    @Test("columns count a Chinese character as one")
    func cjkColumns() throws {
        let label = try #require(V.errors("harm_minor and 危害后果轻微").first)
        #expect(label.code == .expressionSyntax)
        #expect(label.span == ExpressionSpan(start: 15, end: 21))
        #expect(label.hint?.contains("name") == true)

        let afterText = V.errors("note == '中文说明' and fine == 2024-01-01")
        #expect(afterText.map(\.code) == [.typeMismatch])
        #expect(afterText.first?.span == ExpressionSpan(start: 27, end: 37))
    }

    @Test("deep nesting is refused instead of exhausting the stack")
    func deepNesting() throws {
        let source = String(repeating: "(", count: 500) + "harm_minor" + String(repeating: ")", count: 500)
        let error = try #require(V.errors(source).first)
        #expect(error.code == .expressionSyntax)
        #expect(error.message.contains("nested too deeply"))
        #expect(V.errors(String(repeating: "not ", count: 1000) + "harm_minor").first?.code == .expressionSyntax)
    }

    @Test("an error becomes a diagnostic at the expression's column in the file")
    func diagnostic() throws {
        let error = try #require(V.errors("harm_minor and durattion_days < 30").first)
        let start = LeniencyCore.SourceLocation(file: "rules/list.yaml", start: SourcePosition(line: 12, column: 15))
        let d = error.diagnostic(expressionStart: start)
        #expect(d.location.start == SourcePosition(line: 12, column: 30))
        #expect(d.location.end == SourcePosition(line: 12, column: 44))
        #expect(d.code == .unknownFact)
        #expect(d.hint.contains("duration_days"))
    }
}
