import Testing
import LeniencyCore
import LeniencyCatalog

private typealias V = ExpressionTestVocabulary

@Suite("Expression evaluation")
struct ExpressionEvaluationTests {
    private static let all: [Truth] = [.yes, .no, .unknown]

    @Test("Kleene conjunction: false and unknown is false, otherwise unknown is contagious")
    func andTable() {
        #expect(Truth.and([.yes, .yes]) == .yes)
        #expect(Truth.and([.yes, .no]) == .no)
        #expect(Truth.and([.no, .unknown]) == .no)
        #expect(Truth.and([.unknown, .no]) == .no)
        #expect(Truth.and([.yes, .unknown]) == .unknown)
        #expect(Truth.and([.unknown, .unknown]) == .unknown)
        #expect(Truth.and([]) == .yes)
    }

    @Test("Kleene disjunction: true or unknown is true, otherwise unknown is contagious")
    func orTable() {
        #expect(Truth.or([.no, .no]) == .no)
        #expect(Truth.or([.yes, .no]) == .yes)
        #expect(Truth.or([.yes, .unknown]) == .yes)
        #expect(Truth.or([.unknown, .yes]) == .yes)
        #expect(Truth.or([.no, .unknown]) == .unknown)
        #expect(Truth.or([.unknown, .unknown]) == .unknown)
        #expect(Truth.or([]) == .no)
    }

    @Test("negation keeps unknown and De Morgan holds for all nine pairs")
    func negationAndDeMorgan() {
        #expect(Truth.yes.negated == .no)
        #expect(Truth.no.negated == .yes)
        #expect(Truth.unknown.negated == .unknown)
        for a in Self.all {
            for b in Self.all {
                #expect(Truth.and([a, b]).negated == Truth.or([a.negated, b.negated]))
            }
        }
    }

    @Test("expressions follow the truth tables with missing facts as unknown")
    func evaluatedTable() throws {
        let values: [Truth: FactValue?] = [.yes: .boolean(true), .no: .boolean(false), .unknown: nil]
        for a in Self.all {
            for b in Self.all {
                var facts: [String: FactValue] = [:]
                facts["harm_minor"] = values[a] ?? nil
                facts["corrected"] = values[b] ?? nil
                #expect(try V.truth("harm_minor and corrected", facts) == Truth.and([a, b]))
                #expect(try V.truth("harm_minor or corrected", facts) == Truth.or([a, b]))
                #expect(try V.truth("not harm_minor", facts) == a.negated)
                #expect(try V.truth("harm_minor == corrected", facts)
                        == (a == .unknown || b == .unknown ? .unknown : Truth(a == b)))
            }
        }
    }

    @Test("money is compared in fen: 5000 yuan includes 5000.00 and excludes 5000.01")
    func moneyExactness() throws {
        #expect(try V.truth("fine <= 5000", ["fine": .money(Money(fen: 500_000))]) == .yes)
        #expect(try V.truth("fine <= 5000", ["fine": .money(Money(fen: 500_001))]) == .no)
        #expect(try V.truth("fine < 1.5万元", ["fine": .money(Money(fen: 1_499_999))]) == .yes)
        #expect(try V.truth("fine < 1.5万元", ["fine": .money(Money(yuan: 15_000))]) == .no)
        #expect(try V.truth("fine == ¥0.1", ["fine": .money(Money(fen: 10))]) == .yes)
        #expect(try V.truth("fine <= 5000", [:]) == .unknown)
    }

    @Test("integers and decimals compare exactly")
    func mixedNumbers() throws {
        #expect(try V.truth("ratio > 1", ["ratio": .decimal(FixedPoint(mantissa: 1001, scale: 3))]) == .yes)
        #expect(try V.truth("ratio > 1", ["ratio": .decimal(FixedPoint(mantissa: 100, scale: 2))]) == .no)
        #expect(try V.truth("ratio == 1", ["ratio": .decimal(FixedPoint(mantissa: 100, scale: 2))]) == .yes)
        #expect(try V.truth("duration_days < 30.5", ["duration_days": .integer(30)]) == .yes)
        #expect(try V.truth("duration_days < 30.5", ["duration_days": .integer(31)]) == .no)
        // A case that gives an integer for a decimal fact still compares exactly.
        #expect(try V.truth("ratio <= 0.5", ["ratio": .integer(1)]) == .no)
    }

    @Test("dates and durations")
    func datesAndDurations() throws {
        let day = try #require(CivilDate("2021-07-15"))
        #expect(try V.truth("act_date >= 2021-07-15", ["act_date": .date(day)]) == .yes)
        #expect(try V.truth("act_date >= 2021-07-15", ["act_date": .date(day.adding(days: -1))]) == .no)
        #expect(try V.truth("period < 30", ["period": .duration(29)]) == .yes)
        #expect(try V.truth("period < 30d", ["period": .duration(30)]) == .no)
    }

    @Test("between is inclusive on both ends", arguments: [
        (Int64(9), Truth.no), (Int64(10), Truth.yes), (Int64(15), Truth.yes), (Int64(20), Truth.yes), (Int64(21), Truth.no),
    ] as [(Int64, Truth)])
    func betweenInclusive(days: Int64, expected: Truth) throws {
        #expect(try V.truth("duration_days between 10 and 20", ["duration_days": .integer(days)]) == expected)
    }

    @Test("membership, text and enum equality")
    func membership() throws {
        #expect(try V.truth("area in [general, protected]", ["area": .enumeration("protected")]) == .yes)
        #expect(try V.truth("area in [general, protected]", ["area": .enumeration("sensitive")]) == .no)
        #expect(try V.truth("area in [general, protected]", [:]) == .unknown)
        #expect(try V.truth("note == '说明'", ["note": .text("说明")]) == .yes)
        #expect(try V.truth("note != '说明'", ["note": .text("其他")]) == .yes)
        #expect(try V.truth("area != sensitive", ["area": .enumeration("general")]) == .yes)
    }

    @Test("a value of the wrong kind from a case is unknown, not false")
    func wrongKind() throws {
        #expect(try V.truth("harm_minor", ["harm_minor": .integer(1)]) == .unknown)
        #expect(try V.truth("act_date < 2024-01-01", ["act_date": .integer(1)]) == .unknown)
    }

    @Test("deciding facts: the unknowns that could still change the result, in source order")
    func deciding() throws {
        let e = try V.expression("harm_minor and (corrected or duration_days < 30) and harm_minor")
        func deciding(_ facts: [String: FactValue]) -> [String] {
            ExpressionEvaluator.deciding(e, lookup: { facts[$0] })
        }
        #expect(deciding([:]) == ["harm_minor", "corrected", "duration_days"])
        #expect(deciding(["corrected": .boolean(true)]) == ["harm_minor"])
        #expect(deciding(["corrected": .boolean(false)]) == ["harm_minor", "duration_days"])
        #expect(deciding(["harm_minor": .boolean(false)]) == [])
        #expect(deciding(["harm_minor": .boolean(true), "duration_days": .integer(40)]) == ["corrected"])
        #expect(deciding(["harm_minor": .boolean(true), "corrected": .boolean(true)]) == [])

        let or = try V.expression("harm_minor or not corrected")
        #expect(ExpressionEvaluator.deciding(or, lookup: { $0 == "harm_minor" ? .boolean(true) : nil }) == [])
        #expect(ExpressionEvaluator.deciding(or, lookup: { $0 == "harm_minor" ? .boolean(false) : nil }) == ["corrected"])

        let nested = try V.expression("(harm_minor and corrected) == false")
        #expect(ExpressionEvaluator.deciding(nested, lookup: { $0 == "corrected" ? .boolean(true) : nil }) == ["harm_minor"])
        #expect(ExpressionEvaluator.deciding(nested, lookup: { $0 == "corrected" ? .boolean(false) : nil }) == [])
    }
}
