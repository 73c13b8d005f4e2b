import Foundation
public import LeniencyCatalog

extension JSONSchemas {
    /// The case file schema (docs/CASE-FORMAT.md); fact values are typed loosely because the vocabulary lives in rules/.
    public static func cases() -> String {
        cases(catalog: nil)
    }

    /// The case file schema with `facts:` typed by a catalog's vocabulary (unknown fact names flagged), when one is given.
    public static func cases(catalog: Catalog?) -> String {
        typealias P = JSONSchemaParts
        var definitions = P.commonDefinitions()
        definitions["case"] = caseObject(catalog: catalog)
        let schema: JSONObject = [
            "$schema": P.draft,
            "title": "Leniency case file",
            "description": "One case per YAML document, or several under `cases:` (docs/CASE-FORMAT.md).",
            "definitions": definitions,
            "anyOf": [
                P.ref("case"),
                P.object("several cases", required: ["cases"], ["cases": P.array("the cases", P.ref("case"))]),
                P.array("several cases", P.ref("case")),
            ],
        ]
        return P.serialise(schema)
    }

    /// The schema of everything under rules/: every rule document kind and the rule tests (`kind: test`,
    /// docs/TESTING.md), whose cases are partial case files.
    /// With a catalog, the tests' `facts:` are typed by its vocabulary (a boolean fact takes only true/false).
    public static func rulesAndTests(catalog: Catalog? = nil) -> String {
        typealias P = JSONSchemaParts
        var partialCase = caseObject(catalog: catalog)
        partialCase.removeValue(forKey: "required")
        partialCase["description"] = "a case as in a case file; fields the test does not need may be left out"
        // A test may say the file records no region (`region: null`) to test what a missing region does.
        if var properties = partialCase["properties"] as? JSONObject {
            properties["region"] = ["type": ["string", "null"], "description": "where the case arose; null = not recorded"] as JSONObject
            partialCase["properties"] = properties
        }
        let expect = P.object("what the decision must be", Dictionary(uniqueKeysWithValues: [
            ("outcome", P.choice("the outcome", ["no-penalty", "mitigated", "lighter", "standard", "heavier", "undetermined"])),
            ("mandatory", P.boolean("应当 (true) or 可以 (false)")),
        ] + ["list", "item", "fine", "follow_up", "missing", "conflict", "citations", "presumed", "derived", "coercion"].map {
            ($0, ["description": "expected \($0) (docs/TESTING.md)"] as JSONObject)
        }))
        let test = P.object("one rule test", required: ["name"], [
            "name": P.text("the test's name, unique in its file"),
            "case": P.ref("partial_case"),
            "case_file": P.text("a case file, relative to the test file, instead of `case`"),
            "today": P.described(P.ref("date"), "the day the case is decided"),
            "presumptions": P.boolean("decide with (true) or without (false) the legal presumptions"),
            "expect": expect,
            "note": P.text("free text"),
        ])
        let document = P.object("kind: test — rule tests (*.test.yaml)", required: ["kind", "tests"], [
            "kind": kind("test"),
            "description": P.text("what the file tests"),
            "case_defaults": P.ref("partial_case"),
            "tests": P.array("the tests", test),
        ])
        return rules(extraKinds: [("test", document)], extraDefinitions: ["partial_case": partialCase])
    }

    /// The inspection record schema (docs/INSPECTION-FORMAT.md).
    public static func inspections() -> String {
        typealias P = JSONSchemaParts
        var definitions = P.commonDefinitions()
        definitions["inspection"] = P.object("an inspection record", required: ["id", "enterprise", "agency", "date", "reason"], [
            "id": ["type": ["string", "number"], "description": "record number, unique in the input"] as JSONObject,
            "enterprise": creditCode(),
            "enterprise_name": P.text("the enterprise's name"),
            "agency": P.text("the inspecting agency"),
            "region": P.text("region, for region-specific policy overrides"),
            "date": P.described(P.ref("date"), "day of the inspection"),
            "reason": P.choice("why the inspection took place", InspectionRecord.reasons),
            "registered": P.boolean("the inspection was registered (扫码入企/备案) beforehand"),
            "joint": P.boolean("a joint inspection (联合检查)"),
            "officers": P.array("officers present", P.ref("officer")),
            "performed_by": P.choice("who carried out the inspection: the agency, an authorised or entrusted organisation, a third party, auxiliary staff",
                                     SupervisionPolicy.inspectionPerformers),
        ])
        let schema: JSONObject = [
            "$schema": P.draft,
            "title": "Leniency inspection records",
            "description": "One inspection per YAML document, or several under `inspections:` (docs/INSPECTION-FORMAT.md).",
            "definitions": definitions,
            "anyOf": [
                P.ref("inspection"),
                P.object("several inspections", required: ["inspections"], ["inspections": P.array("the inspections", P.ref("inspection"))]),
                P.array("several inspections", P.ref("inspection")),
            ],
        ]
        return P.serialise(schema)
    }

    /// A 统一社会信用代码: the charset of GB 32100-2015 (the check character itself is only a warning, so not in the schema).
    ///
    /// An all-digit code is a number to a YAML 1.2 editor, while Leniency reads every scalar as text, so integers pass too.
    static func creditCode() -> JSONObject {
        ["type": ["string", "integer"], "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$", "description": "统一社会信用代码 (18 characters, GB 32100-2015)"]
    }

    /// One case.
    static func caseObject(catalog: Catalog?) -> JSONObject {
        typealias P = JSONSchemaParts
        let party = P.object("the party (当事人)", required: ["name", "type"], [
            "name": P.text("name"),
            "type": P.choice("the party's type", PartyType.allCases.map(\.rawValue)),
            "credit_code": creditCode(),
            "id_number": ["type": ["string", "integer"], "pattern": "^[0-9]{17}[0-9Xx]$", "description": "身份证号 (18 characters, GB 11643-1999)"],
            "birth_date": P.described(P.ref("date"), "birth date; else taken from id_number"),
            "age": P.integer("age in 周岁 at the act", minimum: 0, maximum: 150),
        ])
        let dates = P.object("the case's dates", required: ["act"], [
            "act": P.described(P.ref("date"), "违法行为发生之日"),
            "act_end": P.described(P.ref("date"), "行为终了之日, for continuing acts"),
            "continuing": P.boolean("the act is continuing (连续或者继续状态); without act_end its end is unknown"),
            "discovered": P.described(P.ref("date"), "发现之日"),
            "filed": P.described(P.ref("date"), "立案"),
            "decided": P.described(P.ref("date"), "作出决定"),
        ])
        let prior = P.object("a prior violation by the same party", required: ["violation", "date"], [
            "violation": P.ref("violation_code"),
            "date": P.described(P.ref("date"), "date of the prior act"),
            "case": ["type": ["string", "number"], "description": "case number"] as JSONObject,
        ])
        let decision = P.object("what the agency actually decided (for audit)", [
            "outcome": P.choice("the outcome taken", Outcome.allCases.map(\.rawValue)),
            "fine": P.described(P.ref("money"), "fine in yuan"),
            "penalty_kinds": P.oneOrMany("warning, fine, confiscation, suspension, revocation, …", ["type": "string"]),
            "education": P.boolean("education on record"),
            "commitment": P.boolean("承诺书 signed"),
            "legal_review": P.boolean("法制审核 done"),
            "first_offence_claimed": P.boolean("the file treats the case as a first offence"),
            "list": P.described(P.ref("id"), "list the agency relied on"),
            "item": P.described(P.ref("id"), "item the agency relied on"),
            "published": P.described(P.ref("date"), "publicity date"),
            "follow_ups": P.array("the follow-up duties carried out (written_decision, rectify, guardian_discipline, …)",
                                  P.choice("a duty", FollowUp.Duty.allCases.map(\.rawValue))),
            "coercion": P.choice("the no-coercion lists' decision: refrain (不予实施行政强制措施) or allowed", CoercionChoice.allCases.map(\.rawValue)),
        ])
        let step: (String) -> JSONObject = { description in
            ["anyOf": [P.ref("date"), ["const": false] as JSONObject], "description": description + "; false when the file records that it did not take place"]
        }
        let investigation = P.object("an investigation or on-site inspection", required: ["date"], [
            "date": P.described(P.ref("date"), "day of the investigation"),
            "officers": P.array("officers present", P.ref("officer")),
        ])
        let procedure = P.object("the procedure the file records (absent = not recorded)", [
            "kind": P.choice("简易程序 (summary, 当场处罚) or 普通程序 (ordinary)", ProcedureKind.allCases.map(\.rawValue)),
            "notified": step("告知 of the intended penalty, facts, reasons and rights (行政处罚法 Art. 44)"),
            "hearing_rights": P.boolean("the 告知 named the right to request a hearing"),
            "statement_received": P.described(P.ref("date"), "陈述、申辩 received"),
            "rights_waived": P.boolean("the party expressly waived statement and hearing"),
            "hearing_requested": P.described(P.ref("date"), "hearing requested"),
            "hearing_held": P.described(P.ref("date"), "hearing held"),
            "legal_review": P.described(P.ref("date"), "法制审核 date"),
            "legal_reviewer": P.text("who carried out the 法制审核"),
            "investigations": P.array("investigations and inspections with the officers present", investigation),
            "certificate_shown": P.boolean("简易程序: certificates shown"),
            "numbered_form": P.boolean("简易程序: pre-printed numbered decision form"),
            "delivered_on_spot": P.boolean("简易程序: decision handed over on the spot"),
            "reported": P.boolean("简易程序: reported to the agency (备案)"),
        ])
        let measure = P.object("a coercive measure (行政强制措施)", required: ["kind"], [
            "kind": P.choice("the kind of measure", CoerciveMeasureKind.allCases.map(\.rawValue)),
            "decided": step("decision document (决定书) date"),
            "executed": P.described(P.ref("date"), "carried out"),
            "extended": P.described(P.ref("date"), "extension decided"),
            "extension_days": P.integer("calendar days the extension added", minimum: 0),
            "ended": P.described(P.ref("date"), "ended (解除 or decision on the property)"),
            "notified": P.boolean("the party was notified (决定书和清单交付)"),
        ])
        let payment = P.object("payment of the fine", [
            "due": P.described(P.ref("date"), "last day for payment"),
            "paid": P.described(P.ref("date"), "day paid"),
            "surcharge": P.described(P.ref("money"), "加处罚款 charged (yuan)"),
            "surcharge_from": P.described(P.ref("date"), "first day 加处罚款 was charged for"),
        ])
        return P.object("a case (案卷)", required: ["id", "agency", "party", "violation", "dates"], [
            "id": ["type": ["string", "number"], "description": "case number"] as JSONObject,
            "agency": P.text("the agency"),
            "region": P.text("region, for region-specific policies"),
            "officers": P.array("执法人员", P.ref("officer")),
            "party": party,
            "violation": P.ref("violation_code"),
            "dates": dates,
            "facts": facts(catalog: catalog),
            "illegal_gains": P.described(P.ref("money"), "违法所得 (yuan)"),
            "goods_value": P.described(P.ref("money"), "货值金额 (yuan)"),
            "prior_violations": P.array("omitted = unknown history; [] = none", prior),
            "decision": decision,
            "act_id": ["type": ["string", "number"], "description": "the act's identity across agencies (same act, same party)"] as JSONObject,
            "procedure": procedure,
            "coercive_measures": P.array("coercive measures taken; omitted = not recorded, [] = none", measure),
            "payment": payment,
        ])
    }

    /// `facts:` — typed per fact when the vocabulary is known, else any scalar under a fact-shaped name.
    static func facts(catalog: Catalog?) -> JSONObject {
        typealias P = JSONSchemaParts
        guard let catalog else {
            return ["type": "object", "description": "fact name → value, by the fact vocabulary",
                    "propertyNames": P.ref("fact_name"),
                    "additionalProperties": ["type": ["boolean", "number", "string"]]] as JSONObject
        }
        var properties: JSONObject = [CaseFactReader.firstOffence: P.boolean("built-in: the case is a first offence")]
        for fact in catalog.facts {
            properties[fact.name] = P.described(factValue(fact.type), fact.labelEn.map { "\(fact.label) — \($0)" } ?? fact.label)
        }
        return P.object("fact name → value, by the fact vocabulary", properties)
    }

    /// The schema of one fact value by its type.
    static func factValue(_ type: FactType) -> JSONObject {
        typealias P = JSONSchemaParts
        switch type {
        case .boolean: return ["type": "boolean"]
        case .integer: return ["type": "integer"]
        case .decimal: return ["anyOf": [["type": "number"], ["type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$"]]]
        case .money: return P.ref("money")
        case .date: return P.ref("date")
        case .duration: return ["anyOf": [["type": "integer", "minimum": 0], ["type": "string", "pattern": "^[0-9]+d?$"]]]
        case .enumeration(let values): return ["type": "string", "enum": values]
        case .text: return ["type": ["string", "number", "boolean"]]
        }
    }
}
