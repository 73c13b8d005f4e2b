import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyEngine

/// The compiled fast path against the explaining engine on random cases: one semantics, decided two ways.
///
/// Cases are drawn from the whole vocabulary of a catalog (every fact of every type, given or not, presumable facts
/// left out, regions declared, undeclared and missing, prior violations inside and outside the first-offence windows,
/// act, discovery, filing and decision dates spread over several list and standard versions, presumptions on and off).
/// Every field a caller reads must agree: outcome, mandatory, deciding item, fine range, missing facts, basis,
/// follow-up and its citations, time bar, coercion answer, presumed and derived facts.
@Suite("Compiled engine agrees with the explaining engine")
struct CompiledDifferentialTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shipped: Catalog = {
        let loaded = CatalogLoader.load(paths: [root.appendingPathComponent("rules").path])
        return loaded.catalog
    }()

    /// The fixture vocabulary with two versions of a list (hit policies unique and first), a scope-all general part,
    /// two standards versions (one multiple-based), collect and mitigated lists and three limitation periods.
    static let fixture: Catalog = {
        let taxV2 = Fixture.list("cn-tax-2021-6", effective: "2024-01-01", hitPolicy: .first, document: "国家税务总局公告2024年第X号", items: [
            Fixture.item("v2-01", violations: ["TAX-1", "TAX-2"], conditions: ["harm_minor", "corrected"], exclusions: ["large_impact"]),
            Fixture.item("v2-02", violations: ["TAX-1"], conditions: ["first_offence"], mandatory: false,
                         firstOffence: FirstOffenceRule(window: .twoYears, sameKind: .category)),
        ])
        let taxV1 = Fixture.list("cn-tax-2021-6", effective: "2021-04-01", expires: "2023-12-31", document: "国家税务总局公告2021年第6号",
                                 items: Fixture.taxList.items)
        let multiples = Fixture.standard(violations: ["ENV-1", "TAX-1", "MKT-1"], effective: "2024-06-01",
                                         statutory: .multiples(basis: "profit", min: Ratio(1), max: Ratio(5)))
        return Fixture.catalog(lists: [Fixture.generalPart, taxV1, taxV2] + PropertyTests.extraLists,
                               standards: [Fixture.standard(violations: ["ENV-1", "TAX-1", "MKT-1"]), multiples])
    }()

    @Test("shipped rules: 60,000 random cases decided both ways")
    func shippedRules() {
        let report = Self.run(catalog: Self.shipped, cases: 60_000, seed: 0x5EED_0001)
        #expect(report.mismatches.isEmpty, "\(report.mismatches.prefix(5).joined(separator: "\n\n"))")
        // The fast path takes most cases: only time-barred ones go to the explaining engine.
        #expect(report.fast * 10 >= report.total * 8, "fast path took \(report.fast) of \(report.total)")
        #expect(report.outcomes.count >= 5, "outcomes seen: \(report.outcomes)")
        for feature in ["missing", "conflict", "presumed", "derived", "replaced", "coercion", "time-barred", "limitation open",
                        "region missing", "fine", "first offence asked", "versions compared", "written decision", "general duty",
                        "fine without leniency", "fine without leniency given"] {
            // A written 不予处罚决定 needs a tax no-penalty item to decide: rarer among random cases.
            let least = feature == "written decision" ? 20 : 50
            #expect(report.seen[feature, default: 0] >= least, "\(feature): \(report.seen[feature, default: 0]) of \(report.total)")
        }
    }

    @Test("fixture catalog with versions and hit policies: 40,000 random cases decided both ways")
    func fixtureRules() {
        let report = Self.run(catalog: Self.fixture, cases: 40_000, seed: 0x5EED_0002)
        #expect(report.mismatches.isEmpty, "\(report.mismatches.prefix(5).joined(separator: "\n\n"))")
        #expect(report.fast * 10 >= report.total * 8, "fast path took \(report.fast) of \(report.total)")
        #expect(report.outcomes.count >= 5, "outcomes seen: \(report.outcomes)")
        for feature in ["missing", "conflict", "time-barred", "fine", "first offence asked", "versions compared", "general part",
                        "fine without leniency", "fine without leniency given"] {
            #expect(report.seen[feature, default: 0] >= 50, "\(feature): \(report.seen[feature, default: 0]) of \(report.total)")
        }
    }

    struct Report {
        var total = 0
        var fast = 0
        var mismatches: [String] = []
        var outcomes: Set<String> = []
        /// How often each feature showed up in the explaining engine's decisions (the cases must exercise them).
        var seen: [String: Int] = [:]

        mutating func count(_ decision: Decision, on: CivilDate?) {
            func add(_ key: String, _ condition: Bool) { if condition { seen[key, default: 0] += 1 } }
            add("missing", !decision.missing.isEmpty)
            add("conflict", decision.conflict != nil)
            add("presumed", !decision.presumed.isEmpty)
            add("derived", !decision.derived.isEmpty)
            add("replaced", decision.derived.contains { $0.replaced != nil })
            add("coercion", decision.coercion != nil)
            add("time-barred", decision.timeBarred == true)
            add("limitation open", decision.missing.contains(discoveryDateFactName))
            add("region missing", decision.missing.contains(regionFactName))
            add("fine", decision.fine != nil)
            add("first offence asked", decision.missing.contains(firstOffenceFactName))
            add("general part", decision.decidedBy?.list.listID.contains("general") == true)
            add("written decision", decision.followUp.writtenDecision)
            add("general duty", decision.followUp.rectify)
        }
    }

    static func run(catalog: Catalog, cases: Int, seed: UInt64) -> Report {
        let engines = [Engine(catalog: catalog), Engine(catalog: catalog, options: EngineOptions(presumptions: false))]
        let compiled = engines.map { $0.compiled() }
        var random = CaseRandom(seed: seed)
        let generator = CaseGenerator(catalog: catalog)
        var report = Report()
        var scratch = CompiledScratch()
        var compact = CompactCase()
        // The citations come from the per-thread caches `check` and `audit` use, so cached answers are compared too.
        var caches = [DecisionBasisCache(), DecisionBasisCache()]
        for n in 0..<cases {
            let (record, on) = generator.record(n, &random)
            let which = random.next(2)
            let expected = engines[which].decide(record, on: on, explain: false)
            report.total += 1
            report.outcomes.insert(expected.outcome.rawValue)
            report.count(expected, on: on)
            if let later = on ?? record.dates.decided, later != record.dates.act,
               !engines[which].selection(for: record, on: later).sameVersions(as: engines[which].selection(for: record, on: record.dates.act)) {
                report.seen["versions compared", default: 0] += 1
            }
            guard compact.fill(from: record, layout: compiled[which].layout) else {
                report.mismatches.append("case \(n): could not be put into slots")
                continue
            }
            guard let fast = compiled[which].decide(compact, on: on, scratch: &scratch) else {
                compareFineWithoutLeniency(n, record, compact, engines[which], compiled[which], &scratch, &report)
                continue
            }
            report.fast += 1
            let actual = compiled[which].decision(fast, caseID: record.id, violation: record.violation, scratch: scratch,
                                                  basisCache: &caches[which], violationID: Int(compact.violation))
            let differences = compare(expected, actual, conflict: fast.conflict)
            if !differences.isEmpty, report.mismatches.count < 20 {
                report.mismatches.append("case \(n) (presumptions \(which == 0), on \(on?.description ?? "-")): \(differences.joined(separator: "; "))\n\(record)")
            }
            compareFineWithoutLeniency(n, record, compact, engines[which], compiled[which], &scratch, &report)
        }
        return report
    }

    /// The fine without leniency (免予处罚金额, the audit's figures) both ways, for a decision without a fine range.
    static func compareFineWithoutLeniency(_ n: Int, _ record: CaseRecord, _ compact: CompactCase, _ engine: Engine, _ compiled: CompiledEngine,
                                           _ scratch: inout CompiledScratch, _ report: inout Report) {
        guard let answer = compiled.fineWithoutLeniency(compact, decisionFine: nil, scratch: &scratch) else { return }
        let expected = engine.fineWithoutLeniency(for: record, decision: nil)
        report.seen["fine without leniency", default: 0] += 1
        if answer != nil { report.seen["fine without leniency given", default: 0] += 1 }
        if answer != expected, report.mismatches.count < 20 {
            report.mismatches.append("case \(n): fine without leniency: engine \(String(describing: expected)), compiled \(String(describing: answer))\n\(record)")
        }
    }

    static func compare(_ e: Decision, _ a: Decision, conflict: Bool) -> [String] {
        var d: [String] = []
        func check<T: Equatable>(_ name: String, _ x: T, _ y: T) { if x != y { d.append("\(name): engine \(x), compiled \(y)") } }
        check("outcome", e.outcome, a.outcome)
        check("conflict", e.conflict != nil, conflict)
        check("missing", e.missing, a.missing)
        check("timeBarred", e.timeBarred, a.timeBarred)
        check("coercion", e.coercion, a.coercion)
        check("presumed", e.presumed.map(\.fact), a.presumed.map(\.fact))
        check("derived", e.derived, a.derived)
        guard !conflict else { return d }
        check("mandatory", e.mandatory, a.mandatory)
        check("decidedBy", e.decidedBy, a.decidedBy)
        check("alsoAllows", e.alsoAllows, a.alsoAllows)
        check("fine", e.fine, a.fine)
        check("followUp", e.followUp, a.followUp)
        check("followUpBasis", e.followUpBasis, a.followUpBasis)
        check("basis", e.basis, a.basis)
        return d
    }
}

/// A small deterministic generator (CaseRandom64), so a failing case can be replayed from its number and seed.
struct CaseRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
}

/// Random cases over a catalog's whole vocabulary.
struct CaseGenerator {
    let catalog: Catalog
    let codes: [String]
    let regions: [String]
    let texts = ["甲", "乙", "some text", "检查"]

    init(catalog: Catalog) {
        self.catalog = catalog
        codes = catalog.violations.map(\.code)
        regions = catalog.regions.flatMap { [$0.name] + ($0.code.map { [$0] } ?? []) }
    }

    func day(_ base: CivilDate, _ random: inout CaseRandom, within: Int) -> CivilDate {
        base.adding(days: random.next(2 * within + 1) - within)
    }

    func value(of type: FactType, near act: CivilDate, _ random: inout CaseRandom) -> FactValue {
        switch type {
        case .boolean: return .boolean(random.chance(50))
        case .integer: return .integer(Int64(random.next(90)) - 5)
        case .decimal: return .decimal(FixedPoint(mantissa: Int64(random.next(2000)) - 100, scale: random.next(3)))
        case .money: return .money(Money(fen: random.chance(50) ? Int64(random.next(2_000)) * 100_00 : Int64(random.next(100_000_000))))
        case .date: return .date(day(act, &random, within: 800))
        case .duration: return .duration(Int64(random.next(400)))
        case .enumeration(let values): return values.isEmpty ? .text("x") : .enumeration(values[random.next(values.count)])
        case .text: return .text(texts[random.next(texts.count)])
        }
    }

    func record(_ n: Int, _ random: inout CaseRandom) -> (CaseRecord, CivilDate?) {
        let here = SourceLocation.wholeFile("random.jsonl")
        guard let start = CivilDate("2019-01-01") else { fatalError("date") }
        let act = start.adding(days: random.next(8 * 365))
        let violation = codes.isEmpty ? "NONE" : codes[random.next(codes.count)]
        var facts: [String: FactValue] = [:]
        for fact in catalog.facts where random.chance(random.chance(30) ? 20 : 60) {
            facts[fact.name] = value(of: fact.type, near: act, &random)
        }
        if random.chance(15) { facts[firstOffenceFactName] = .boolean(random.chance(50)) }
        let type = PartyType.allCases[random.next(PartyType.allCases.count)]
        let party = Party(name: "当事人\(n)", type: type, birthDate: random.chance(20) ? day(act, &random, within: 20 * 365).adding(days: -20 * 365) : nil,
                          age: random.chance(50) ? random.next(80) + 5 : nil)
        let region: String?
        switch random.next(10) {
        case 0, 1, 2: region = nil
        case 3: region = "火星"
        default: region = regions.isEmpty ? nil : regions[random.next(regions.count)]
        }
        let actEnd = random.chance(10) ? act.adding(days: random.next(300)) : nil
        let discovered = random.chance(75) ? (actEnd ?? act).adding(days: random.next(random.chance(20) ? 6 * 365 : 400)) : nil
        let filed = random.chance(50) ? (discovered ?? act).adding(days: random.next(60)) : nil
        let decided = random.chance(60) ? (filed ?? discovered ?? act).adding(days: random.next(random.chance(20) ? 900 : 90)) : nil
        var priors: [PriorViolation]?
        if random.chance(70) {
            priors = (0..<random.next(4)).map { _ in
                let code = random.chance(10) || codes.isEmpty ? "UNKNOWN-1" : codes[random.next(codes.count)]
                return PriorViolation(violation: random.chance(40) ? violation : code, date: day(act, &random, within: 900).adding(days: -400))
            }
        }
        let record = CaseRecord(id: "随机-\(n)", agency: "某局", region: region, party: party, violation: violation,
                                dates: CaseDates(act: act, actEnd: actEnd, discovered: discovered, filed: filed, decided: decided,
                                                 continuing: random.chance(8) ? random.chance(70) : nil),
                                facts: facts,
                                illegalGains: random.chance(40) ? Money(fen: Int64(random.next(10_000_000))) : nil,
                                goodsValue: random.chance(30) ? Money(fen: Int64(random.next(10_000_000))) : nil,
                                priorViolations: priors, location: here)
        let on = random.chance(10) ? start.adding(days: random.next(8 * 365)) : nil
        return (record, on)
    }
}
