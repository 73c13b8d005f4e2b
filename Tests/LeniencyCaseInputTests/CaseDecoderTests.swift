import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyYAML
import LeniencyCore
import Testing

@Suite("Case decoder: the case format of docs/CASE-FORMAT.md")
struct CaseDecoderTests {
    @Test("A complete case decodes every field by its declared type")
    func completeCase() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.cases.first)
        #expect(result.cases.count == 1)
        #expect(record.id == "洪税罚〔2025〕0012号")
        #expect(record.agency == "国家税务总局南昌市东湖区税务局")
        #expect(record.region == "南昌市")
        #expect(record.officers == [Officer(name: "张三", certificate: "36010012345"), Officer(name: "李四", certificate: nil)])
        #expect(record.party == Party(name: "南昌某商贸有限公司", type: .enterprise, creditCode: "91440101MA5CJQ4N59"))
        #expect(record.violation == "TAX-ZG-60-1-4")
        #expect(record.dates == CaseDates(act: try #require(CivilDate("2025-03-01")), actEnd: CivilDate("2025-03-20"),
                                          discovered: CivilDate("2025-04-02"), filed: CivilDate("2025-04-03"),
                                          decided: CivilDate("2025-04-20")))
        #expect(record.facts["harm_minor"] == .boolean(true))
        #expect(record.facts["corrected_within_deadline"] == .boolean(false))
        #expect(record.facts["duration_days"] == .integer(12))
        #expect(record.facts["exceed_ratio"] == .decimal(FixedPoint(mantissa: 15, scale: 2)))
        #expect(record.facts["loss"] == .money(Money(yuan: 50_000)))
        #expect(record.facts["rectified_on"] == .date(try #require(CivilDate("2025-04-10"))))
        #expect(record.facts["delay"] == .duration(20))
        #expect(record.facts["area"] == .enumeration("sensitive"))
        #expect(record.facts["remark"] == .text("已补报"))
        #expect(record.facts.count == 9)
        #expect(record.illegalGains == .zero)
        #expect(record.goodsValue == Money(fen: 1_200_050))
        #expect(record.priorViolations == [PriorViolation(violation: "TAX-ZG-62", date: try #require(CivilDate("2023-06-01")),
                                                          caseID: "洪税罚〔2023〕0101号")])
        #expect(record.decision == RecordedDecision(
            outcome: .noPenalty, fine: .zero, penaltyKinds: ["warning"], education: true, commitment: true,
            legalReview: false, firstOffenceClaimed: true, list: "cn-tax-2021-6", item: "cn-tax-2021-6-01",
            published: CivilDate("2025-04-25")))
        #expect(record.location.file == "case.yaml")
        #expect(record.location.start.line == 1)
        // `  duration_days: 12` is line 21 of the fixture; the value starts after the 17 characters before it.
        let position = try #require(record.factLocations["duration_days"])
        #expect(position.start == SourcePosition(line: 21, column: 18))
    }

    @Test("JSON is read by the same reader")
    func jsonCase() throws {
        let json = """
            {"id": "C-1", "agency": "某局", "party": {"name": "王某", "type": "individual"},
             "violation": "TAX-ZG-62", "dates": {"act": "2025-03-01"},
             "facts": {"harm_minor": false, "duration_days": 3, "loss": 1200.5},
             "prior_violations": []}
            """
        let result = CaseTestSupport.decode(json, file: "case.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.cases.first)
        #expect(record.facts == ["harm_minor": .boolean(false), "duration_days": .integer(3), "loss": .money(Money(fen: 120_050))])
        #expect(record.priorViolations == [])
    }

    @Test("Several documents and a `cases:` sequence both give several cases")
    func severalCases() {
        let documents = """
            id: A
            agency: 某局
            party: {name: 甲, type: individual}
            violation: TAX-ZG-62
            dates: {act: 2025-01-01}
            ---
            id: B
            agency: 某局
            party: {name: 乙, type: other}
            violation: TAX-ZG-62
            dates: {act: 2025-01-02}
            """
        #expect(CaseTestSupport.decode(documents).cases.map(\.id) == ["A", "B"])
        let sequence = """
            cases:
              - {id: A, agency: 某局, party: {name: 甲, type: individual}, violation: TAX-ZG-62, dates: {act: 2025-01-01}}
              - {id: B, agency: 某局, party: {name: 乙, type: enterprise}, violation: TAX-ZG-62, dates: {act: 2025-01-02}}
            """
        let result = CaseTestSupport.decode(sequence)
        #expect(result.cases.map(\.id) == ["A", "B"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("A case with an error is dropped; the other cases of the file are kept")
    func badCaseDropped() throws {
        let text = """
            cases:
              - {id: A, agency: 某局, party: {name: 甲, type: individual}, violation: TAX-ZG-62, dates: {act: 2025-01-01}}
              - {id: B, agency: 某局, party: {name: 乙, type: individual}, violation: TAX-ZG-62, dates: {act: 2025-13-01}}
              - {id: C, agency: 某局, party: {name: 丙, type: individual}, violation: TAX-ZG-62, dates: {act: 2025-01-03}}
            """
        let result = CaseTestSupport.decode(text)
        #expect(result.cases.map(\.id) == ["A", "C"])
        let problem = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.location.start.line == 3)
        #expect(problem.message.contains("2025-13-01"))
    }

    @Test("Missing required fields are reported and the case is not returned", arguments: [
        ("id: 洪税罚〔2025〕0012号\n", "", "id"),
        ("agency: 国家税务总局南昌市东湖区税务局\n", "", "agency"),
        ("violation: TAX-ZG-60-1-4\n", "", "violation"),
        ("  type: enterprise\n", "", "type"),
        ("  act: 2025-03-01\n", "", "act"),
    ])
    func missingRequired(line: String, replacement: String, field: String) {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: line, with: replacement))
        #expect(result.cases.isEmpty)
        let missing = result.diagnostics(.missingField)
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("`\(field)`") == true)
    }

    @Test("An unknown key is S001 with a did-you-mean, and rejects the case")
    func unknownKey() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "region: 南昌市", with: "regoin: 南昌市"))
        let problem = try #require(result.diagnostics(.unknownKey).first)
        #expect(problem.hint.contains("`region`"))
        #expect(problem.location.start == SourcePosition(line: 3, column: 1))
        #expect(result.cases.isEmpty)
    }

    @Test("`yes` is not a boolean: S003 at the value with a YAML 1.1 hint")
    func yesIsNotBoolean() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "harm_minor: true", with: "harm_minor: yes"))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(problem.code == .wrongType)
        #expect(problem.location.file == "case.yaml")
        #expect(problem.location.start == SourcePosition(line: 19, column: 15))
        #expect(problem.hint.contains("true") && problem.hint.contains("yes"))
    }

    @Test("Values of the wrong type are S003 at the value", arguments: [
        ("duration_days: 12", "duration_days: twelve"),
        ("duration_days: 12", "duration_days: 12.5"),
        ("duration_days: 12", "duration_days: 0x0C"),
        ("exceed_ratio: 0.15", "exceed_ratio: 15%"),
        ("loss: 5万元", "loss: 5000.123"),
        ("loss: 5万元", "loss: -5"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025/04/10"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025-02-30"),
        ("delay: 20d", "delay: 20 days"),
        ("delay: 20d", "delay: d"),
        ("harm_minor: true", "harm_minor: [true]"),
    ])
    func wrongTypes(old: String, new: String) throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: old, with: new))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.wrongType])
        let key = try #require(new.split(separator: ":").first)
        #expect(problem.message.contains("`\(key)`"))
        #expect(problem.location.start.column == key.count + 5)
    }

    @Test("Dates and amounts written the usual wrong ways get a hint with the fix", arguments: [
        ("rectified_on: 2025-04-10", "rectified_on: 2025/4/10", "`2025-04-10`"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025年4月10日", "`2025-04-10`"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025-2-3", "`2025-02-03`"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025-13-01", "no month 13"),
        ("rectified_on: 2025-04-10", "rectified_on: 2025-02-30", "2025-02 has 28 days"),
        ("rectified_on: 2025-04-10", "rectified_on: 2024-02-30", "2024-02 has 29 days"),
        ("loss: 5万元", "loss: 5千", "as 5000"),
        ("loss: 5万元", "loss: 2.5千元", "as 2500"),
        ("loss: 5万元", "loss: -1", "cannot be negative"),
        ("loss: 5万元", "loss: 5000.123", "at most two decimals"),
    ])
    func spellingHints(old: String, new: String, hint: String) throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: old, with: new))
        let problem = try #require(result.diagnostics.first)
        #expect(problem.hint.contains(hint), "\(problem.hint)")
    }

    @Test("A rule-file date gets the same hint")
    func ruleDateHint() throws {
        let reader = SchemaReader()
        let set = YAMLReader.parse("effective: 2025.2.3\n", file: "r.yaml")
        let node = try #require(set.documents.first?["effective"])
        #expect(reader.date(node, "`effective`") == nil)
        #expect(reader.bag.diagnostics.first?.hint.contains("`2025-02-03`") == true)
    }

    @Test("Durations accept plain whole days too")
    func durationWithoutSuffix() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "delay: 20d", with: "delay: 20"))
        #expect(try #require(result.cases.first).facts["delay"] == .duration(20))
    }

    @Test("An undeclared enum value is R002 with a did-you-mean")
    func badEnumValue() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "area: sensitive", with: "area: sensitiv"))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics(.unknownEnumValue).first)
        #expect(problem.hint.contains("`sensitive`"))
        #expect(problem.message.contains("general, sensitive"))
    }

    @Test("An unknown fact name is R001 at the key with a did-you-mean")
    func unknownFact() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "harm_minor: true", with: "harm_minr: true"))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.unknownFact])
        #expect(problem.hint.contains("`harm_minor`"))
        #expect(problem.location.start == SourcePosition(line: 19, column: 3))
    }

    @Test("`first_offence` and a source-bound fact may be given under facts:")
    func builtinAndSourcedFacts() throws {
        let text = CaseTestSupport.validCase(replacing: "  harm_minor: true\n", with: "  harm_minor: true\n  first_offence: false\n  age: 15\n")
        let result = CaseTestSupport.decode(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.cases.first)
        #expect(record.facts["first_offence"] == .boolean(false))
        #expect(record.facts["age"] == .integer(15))
    }

    @Test("A built-in `first_offence` must still be a boolean")
    func firstOffenceTyped() {
        let text = CaseTestSupport.validCase(replacing: "  harm_minor: true\n", with: "  harm_minor: true\n  first_offence: 是\n")
        #expect(CaseTestSupport.decode(text).codes == [.wrongType])
    }

    @Test("An unknown violation code is an error with a did-you-mean")
    func unknownViolation() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "violation: TAX-ZG-60-1-4", with: "violation: TAX-ZG-60-1-5"))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.unknownViolation])
        #expect(problem.severity == .error)
        #expect(problem.hint.contains("`TAX-ZG-60-1-4`"))
    }

    @Test("A bad credit-code check character is a warning and the case is kept")
    func badCreditCode() throws {
        let text = CaseTestSupport.validCase(replacing: "credit_code: 91440101MA5CJQ4N59", with: "credit_code: 91440101MA5CJQ4N58")
        let result = CaseTestSupport.decode(text)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.badIdentifierChecksum])
        #expect(problem.severity == .warning)
        #expect(problem.message.contains("`9`"))
        #expect(problem.location.start == SourcePosition(line: 10, column: 16))
        #expect(try #require(result.cases.first).party.creditCode == "91440101MA5CJQ4N58")
    }

    @Test("The birth date comes from a valid id number; a bad one is a warning")
    func idNumber() throws {
        let valid = CaseTestSupport.validCase(replacing: "  credit_code: 91440101MA5CJQ4N59", with: "  id_number: 11010519491231002X")
        let result = CaseTestSupport.decode(valid)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.cases.first).party.birthDate == CivilDate(year: 1949, month: 12, day: 31))

        let given = CaseTestSupport.validCase(replacing: "  credit_code: 91440101MA5CJQ4N59",
                                              with: "  id_number: 11010519491231002X\n  birth_date: 1949-12-31\n  age: 75")
        let party = try #require(CaseTestSupport.decode(given).cases.first).party
        #expect(party.birthDate == CivilDate(year: 1949, month: 12, day: 31))
        #expect(party.age == 75)

        let invalid = CaseTestSupport.validCase(replacing: "  credit_code: 91440101MA5CJQ4N59", with: "  id_number: 110105194912310021")
        let bad = CaseTestSupport.decode(invalid)
        #expect(bad.codes == [.badIdentifierChecksum])
        #expect(bad.diagnostics.first?.severity == .warning)
        #expect(try #require(bad.cases.first).party.birthDate == nil)
    }

    @Test("Dates out of order are warnings (F003); the case is kept", arguments: [
        ("  filed: 2025-04-03", "  filed: 2025-02-01", 2),     // before the act and before discovery
        ("  decided: 2025-04-20", "  decided: 2025-04-02", 1), // before filing
        ("  discovered: 2025-04-02", "  discovered: 2025-02-28", 1),
        ("  act_end: 2025-03-20", "  act_end: 2025-02-20", 1),
        ("  published: 2025-04-25", "  published: 2025-04-19", 1),
    ])
    func datesOutOfOrder(old: String, new: String, count: Int) {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: old, with: new))
        #expect(result.codes == Array(repeating: .inconsistentCaseDates, count: count))
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.cases.count == 1)
    }

    @Test("Negative amounts are rejected", arguments: ["illegal_gains: 0", "fine: 0"])
    func negativeAmounts(line: String) {
        let key = line.prefix { $0 != ":" }
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: line, with: "\(key): -5"))
        #expect(result.codes == [.invalidValue])
        #expect(result.cases.isEmpty)
    }

    @Test("A prior violation after the act is a warning")
    func priorAfterAct() {
        let text = CaseTestSupport.validCase(replacing: "date: 2023-06-01", with: "date: 2025-06-01")
        let result = CaseTestSupport.decode(text)
        #expect(result.codes == [.inconsistentCaseDates])
        #expect(result.cases.count == 1)
    }

    @Test("Omitted prior_violations is unknown history; [] is none")
    func priorViolationsPresence() throws {
        let minimal = """
            id: A
            agency: 某局
            party: {name: 甲, type: individual}
            violation: TAX-ZG-62
            dates: {act: 2025-01-01}
            """
        #expect(try #require(CaseTestSupport.decode(minimal).cases.first).priorViolations == nil)
        #expect(try #require(CaseTestSupport.decode(minimal + "\nprior_violations: []").cases.first).priorViolations == [])
        #expect(CaseTestSupport.decode(minimal + "\nprior_violations: yes").codes == [.wrongType])
    }

    @Test("An undeclared prior violation code is a warning with a did-you-mean")
    func unknownPriorCode() throws {
        let text = CaseTestSupport.validCase(replacing: "violation: TAX-ZG-62,", with: "violation: TAX-ZG-26,")
        let result = CaseTestSupport.decode(text)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.unknownViolation])
        #expect(problem.severity == .warning)
        #expect(problem.hint.contains("TAX-ZG-62"))
        #expect(result.cases.count == 1)
    }

    @Test("A decision outcome must be an Outcome raw value")
    func badOutcome() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "outcome: no-penalty", with: "outcome: no_penalty"))
        #expect(result.cases.isEmpty)
        let problem = try #require(result.diagnostics.first)
        #expect(result.codes == [.invalidValue])
        #expect(problem.hint.contains("`no-penalty`"))
    }

    @Test("Every outcome raw value is accepted", arguments: Outcome.allCases)
    func outcomes(outcome: Outcome) throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase(replacing: "outcome: no-penalty", with: "outcome: \(outcome.rawValue)"))
        #expect(try #require(result.cases.first).decision?.outcome == outcome)
    }

    @Test("The same case number twice is R004 with a note at the first")
    func duplicateCase() throws {
        let result = CaseTestSupport.decode(CaseTestSupport.validCase + "\n---\n" + CaseTestSupport.validCase)
        #expect(result.cases.count == 1)
        let problem = try #require(result.diagnostics(.duplicateID).first)
        #expect(problem.notes.first?.location.start.line == 1)
        // The fixture has 42 lines, then `---`: the second case starts on line 44.
        #expect(CaseTestSupport.validCase.split(separator: "\n", omittingEmptySubsequences: false).count == 42)
        #expect(problem.location.start.line == 44)
    }

    @Test("An input without a case, and a scalar document, are reported")
    func noCase() {
        #expect(CaseTestSupport.decode("").codes == [.invalidCaseFile])
        #expect(CaseTestSupport.decode("just text").codes == [.wrongType])
        #expect(CaseTestSupport.decode("cases: {id: A}").codes == [.wrongType])
    }

    @Test("YAML errors are kept and not followed by a 'no case' message")
    func yamlErrors() {
        let result = CaseTestSupport.decode("id: A\nid: B\n")
        #expect(result.codes.contains(.duplicateKey))
        #expect(!result.codes.contains(.invalidCaseFile))
        #expect(result.cases.isEmpty)
    }

    @Test("load(path:) reads a file and names it in positions; a missing file is I001")
    func loadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leniency-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("case.yaml").path
        try CaseTestSupport.validCase.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CaseDecoder.load(path: path, catalog: CaseTestSupport.catalog)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.cases.first).location.file == path)

        let missing = CaseDecoder.load(path: folder.appendingPathComponent("none.yaml").path, catalog: CaseTestSupport.catalog)
        #expect(missing.codes == [.unreadableFile])
        #expect(missing.cases.isEmpty)
    }
}

@Suite struct FastDateParsingTests {
    @Test("the schema reader's fast date path accepts exactly what CivilDate accepts", arguments: [
        "2025-03-01", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-3-1", "2025/03/01",
        "２０２５-０３-０１", "2025-03-01\r", " 2025-03-01", "2025-03-011", "0000-01-01", "9999-12-31", "abcd-ef-gh", "",
    ])
    func agreesWithCivilDate(_ text: String) {
        #expect(SchemaReader.parseDate(text) == CivilDate(text))
    }
}
