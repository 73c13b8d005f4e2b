import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
@testable import LeniencyEngine

/// Builds catalogs and cases in Swift, so each engine rule can be pinned without YAML.
enum Fixture {
    static let here = SourceLocation.wholeFile("fixture.yaml")

    static func date(_ text: String) -> CivilDate {
        guard let d = CivilDate(text) else { fatalError("bad date \(text)") }
        return d
    }

    static func yuan(_ y: Int64) -> Money { Money(yuan: y) }

    static let facts: [FactDefinition] = {
        let booleans = ["harm_minor", "corrected", "no_harm", "minor_violation", "serious", "cooperative", "coerced",
                        "harm_life_health", "irreparable_loss", "sensitive_area", "no_fault", "large_impact"]
        var defs = booleans.map { FactDefinition(name: $0, type: .boolean, label: "标签\($0)", labelEn: $0, location: here) }
        defs.append(FactDefinition(name: "age", type: .integer, label: "行为时年龄", source: .partyAge, location: here))
        defs.append(FactDefinition(name: "profit", type: .money, label: "获利", location: here))
        return defs
    }()

    static var factsByName: [String: FactDefinition] { Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) }) }

    static func condition(_ source: String, label: String? = nil) -> Condition {
        switch ExpressionCompiler.compile(source, facts: factsByName, builtins: [firstOffenceFactName: .boolean]) {
        case .success(let expression): return Condition(source: source, expression: expression, label: label, location: here)
        case .failure(let errors): fatalError("fixture expression \(source): \(errors.errors)")
        }
    }

    static let violations: [Violation] = [
        Violation(code: "TAX-1", title: "未报送银行账号", category: "tax-registration", sector: "tax",
                  violates: [Citation("《中华人民共和国税收征收管理法》第六十条第一款第四项", at: here)],
                  penaltyBasis: [Citation("《中华人民共和国税收征收管理法》第六十条第一款", at: here)], location: here),
        Violation(code: "TAX-2", title: "未按期申报", category: "tax-registration", sector: "tax", location: here),
        Violation(code: "ENV-1", title: "超标排放", category: "env", sector: "env",
                  penaltyBasis: [Citation("《某条例》第十条", at: here)], location: here),
        Violation(code: "ENV-2", title: "未验收", category: "env", sector: "env", location: here),
        Violation(code: "MKT-1", title: "虚假宣传", category: "market", sector: "market", location: here),
    ]

    static func item(_ id: String, violations: [String] = [], conditions: [String], exclusions: [String] = [],
                     mandatory: Bool = true, outcome: Outcome? = nil, alsoAllows: [Outcome] = [],
                     firstOffence: FirstOffenceRule = .default, followUp: FollowUp = FollowUp(education: true),
                     basis: [String] = [], unverified: Bool = false) -> ListItem {
        ListItem(id: id, title: "事项\(id)", violations: violations, conditions: conditions.map { condition($0) },
                 exclusions: exclusions.map { condition($0) }, mandatory: mandatory, outcome: outcome, alsoAllows: alsoAllows,
                 firstOffence: firstOffence, followUp: followUp, basis: basis.map { Citation($0, at: here) },
                 unverified: unverified, location: here)
    }

    static func list(_ id: String, kind: ListKind = .noPenalty, effective: String = "2021-01-01", expires: String? = nil,
                     scope: ListScope = .listed, hitPolicy: HitPolicy = .unique, document: String? = nil,
                     items: [ListItem]) -> LeniencyList {
        LeniencyList(id: id, kind: kind,
                     info: DocumentInfo(title: "清单\(id)", issuer: "某机关", document: document ?? "文号\(id)-\(effective)"),
                     validity: Validity(effective: date(effective), expires: expires.map(date)),
                     implements: [Citation("《中华人民共和国行政处罚法》第三十三条第一款", at: here)],
                     hitPolicy: hitPolicy, scope: scope, items: items, location: here)
    }

    static func standard(_ id: String = "std-env", violations: [String] = ["ENV-1"], effective: String = "2021-01-01",
                         expires: String? = nil, boundary: BoundaryConvention = .inclusive,
                         statutory: StatutoryRange = .amounts(min: Money(yuan: 10_000), max: Money(yuan: 100_000)),
                         model: SplitModel = .bands, split: [Ratio] = [], tiers: [Tier]? = nil) -> DiscretionStandard {
        let defaultTiers = [
            Tier(name: "lighter", outcome: .lighter, conditions: [condition("cooperative")], band: nil, location: here),
            Tier(name: "standard", outcome: .standard, conditions: [], band: nil, location: here),
            Tier(name: "heavier", outcome: .heavier, conditions: [condition("serious")], band: nil, location: here),
        ]
        return DiscretionStandard(id: id, info: DocumentInfo(title: "基准\(id)", issuer: "某厅", document: "基准文号\(id)"),
                                  validity: Validity(effective: date(effective), expires: expires.map(date)),
                                  violations: violations, boundary: boundary, statutory: statutory, model: model, split: split,
                                  tiers: tiers ?? defaultTiers, location: here)
    }

    static let limitation = LimitationRules(id: "apl-36", validity: Validity(effective: date("2000-01-01")), periods: [
        LimitationPeriod(id: "apl-36-general", years: 2, condition: nil, sectors: [], replaces: nil,
                         basis: [Citation("《中华人民共和国行政处罚法》第三十六条第一款", at: here)], location: here),
        LimitationPeriod(id: "apl-36-life-health", years: 5, condition: condition("harm_life_health"), sectors: [], replaces: nil,
                         basis: [Citation("《中华人民共和国行政处罚法》第三十六条第一款", at: here)], location: here),
        LimitationPeriod(id: "tax-86", years: 5, condition: nil, sectors: ["tax"], replaces: "apl-36-general",
                         basis: [Citation("《中华人民共和国税收征收管理法》第八十六条", at: here)], location: here),
    ], location: here)

    /// The general part: 行政处罚法 Art. 30 and 33 ¶1 as scope-all items.
    static let generalPart = list("apl-general", scope: .all, hitPolicy: .collect, document: "中华人民共和国主席令第七十号", items: [
        item("apl-30-under-14", conditions: ["age < 14"], basis: ["《中华人民共和国行政处罚法》第三十条"]),
        item("apl-30-minor", conditions: ["age >= 14 and age < 18"], outcome: .lighter, alsoAllows: [.mitigated],
             followUp: FollowUp(), basis: ["《中华人民共和国行政处罚法》第三十条"]),
        item("apl-33-1-minor", conditions: ["minor_violation", "corrected", "no_harm"], basis: ["《中华人民共和国行政处罚法》第三十三条第一款"]),
        item("apl-33-1-first", conditions: ["first_offence", "harm_minor", "corrected"], mandatory: false,
             basis: ["《中华人民共和国行政处罚法》第三十三条第一款"]),
    ])

    static let taxList = list("cn-tax-2021-6", effective: "2021-04-01", document: "国家税务总局公告2021年第6号", items: [
        item("cn-tax-2021-6-01", violations: ["TAX-1"], conditions: ["first_offence", "harm_minor", "corrected"],
             exclusions: ["irreparable_loss or large_impact"], followUp: FollowUp(education: true, commitment: true)),
    ])

    static func catalog(lists: [LeniencyList] = [generalPart, taxList], standards: [DiscretionStandard] = [standard()],
                        limitations: [LimitationRules] = [limitation]) -> Catalog {
        Catalog(facts: facts, violations: violations, lists: lists, standards: standards, limitations: limitations)
    }

    static func record(violation: String = "ENV-1", act: String = "2024-03-01", actEnd: String? = nil,
                       discovered: String? = "2024-04-01", decided: String? = nil, facts: [String: Bool] = [:],
                       age: Int? = nil, birthDate: String? = nil, priors: [PriorViolation]? = [],
                       illegalGains: Money? = nil, extra: [String: FactValue] = [:]) -> CaseRecord {
        var values = facts.mapValues(FactValue.boolean)
        values.merge(extra) { _, new in new }
        return CaseRecord(id: "案-1", agency: "某局", party: Party(name: "某公司", type: .enterprise, birthDate: birthDate.map(date), age: age),
                          violation: violation,
                          dates: CaseDates(act: date(act), actEnd: actEnd.map(date), discovered: discovered.map(date), decided: decided.map(date)),
                          facts: values, illegalGains: illegalGains, priorViolations: priors, location: here)
    }

    static func prior(_ code: String, _ day: String) -> PriorViolation { PriorViolation(violation: code, date: date(day)) }

    static func decide(_ record: CaseRecord, catalog: Catalog = catalog(), on: CivilDate? = nil) -> Decision {
        Engine(catalog: catalog).decide(record, on: on)
    }
}
