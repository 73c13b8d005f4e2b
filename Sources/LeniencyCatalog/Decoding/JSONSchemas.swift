import Foundation

/// JSON Schema (draft-07) texts for the rule, case and inspection formats, for editors' YAML language servers.
///
/// Every enumeration comes from the Swift type the decoders use, so the schema cannot drift from them.
public enum JSONSchemas {
    /// The rule file schema (docs/RULE-FORMAT.md): a `oneOf` over the document kinds, discriminated by `kind`.
    public static func rules() -> String {
        rules(extraKinds: [], extraDefinitions: [:])
    }

    /// The rule file schema with more document kinds (the rule tests' `kind: test`, whose cases the case module knows).
    package static func rules(extraKinds: [(String, JSONObject)], extraDefinitions: JSONObject) -> String {
        typealias P = JSONSchemaParts
        let kinds: [(String, JSONObject)] = [
            ("facts", factsDocument()), ("violations", violationsDocument()), ("list", listDocument()),
            ("standard", standardDocument()), ("limitation", limitationDocument()), ("policy", policyDocument()),
            ("calendar", calendarDocument()), ("regions", regionsDocument()), ("derivations", derivationsDocument()), ("duties", dutiesDocument()),
        ] + extraKinds
        var definitions = P.commonDefinitions().merging(extraDefinitions) { _, new in new }
        definitions["condition"] = [
            "description": "an expression, or {when: expression, label: how explanations name it}",
            "anyOf": [
                ["type": "string"],
                P.object("labelled condition", required: ["when"], ["when": P.text("the expression"), "label": P.text("label for explanations")]),
            ],
        ] as JSONObject
        definitions["conditions"] = P.oneOrMany("conditions, all of which must hold", P.ref("condition"))
        definitions["citations"] = P.oneOrMany("citations", P.ref("citation"))
        definitions["first_offence"] = P.object("the first-offence test", [
            "window": P.choice("how far back prior violations count", LookbackWindow.allCases.map(\.rawValue)),
            "same_kind": P.choice("what counts as the same kind of violation", SameKind.allCases.map(\.rawValue)),
        ])
        definitions["follow_up"] = P.object("follow-up duties", [
            "education": P.boolean("教育 (行政处罚法 Art. 33 ¶3)"),
            "commitment": P.boolean("承诺书"),
            "rectify_days": P.integer("责令改正 deadline in days", minimum: 0),
            "rectify": P.boolean("责令改正 (行政处罚法 Art. 28 ¶1)"),
            "written_decision": P.boolean("a written 不予行政处罚决定"),
            "guardian_discipline": P.boolean("责令监护人加以管教 (行政处罚法 Art. 30)"),
            "guardian_custody": P.boolean("责令监护人严加看管和治疗 (行政处罚法 Art. 31)"),
        ])
        var schema: JSONObject = [
            "$schema": JSONSchemaParts.draft,
            "title": "Leniency rule file",
            "description": "One YAML document of a rule file under rules/; `kind` says what it holds (docs/RULE-FORMAT.md).",
            "type": "object",
            "required": ["kind"],
            "properties": ["kind": P.choice("what the document holds", kinds.map(\.0))],
            "oneOf": kinds.map(\.1),
        ]
        schema["definitions"] = definitions
        return P.serialise(schema)
    }

    /// A document kind's `kind` property, fixed to one word.
    package static func kind(_ name: String) -> JSONObject { ["const": name, "description": "document kind"] }

    /// The shared header of versioned documents (lists, standards, policies).
    static func documentHeader() -> JSONObject {
        typealias P = JSONSchemaParts
        return [
            "id": P.ref("id"),
            "title": P.text("title"),
            "issuer": P.text("issuing authority"),
            "document": P.text("文号"),
            "effective": P.described(P.ref("date"), "first day in force"),
            "expires": P.described(P.ref("date"), "last day in force"),
            "region": P.text("region it applies to"),
            "source_url": P.text("where the source text can be read"),
            "source_read": P.described(P.ref("date"), "the day the source text was read at source_url"),
            "note": P.text("free text"),
        ]
    }

    static func merged(_ base: JSONObject, _ extra: JSONObject) -> JSONObject {
        base.merging(extra) { _, new in new }
    }

    static func factsDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let fact = P.object("a declared fact", required: ["name", "type", "label"], [
            "name": P.ref("fact_name"),
            "type": P.choice("the fact's type", ["boolean", "integer", "decimal", "money", "date", "duration", "enum", "text"]),
            "label": P.text("Chinese label, used in explanations"),
            "label_en": P.text("English label"),
            "values": P.array("enum values, ordered from lowest to highest", P.ref("fact_name")),
            "value_labels": ["type": "object", "description": "labels of enum values", "additionalProperties": ["type": "string"]],
            "source": P.choice("the case field the fact is filled from", FactSource.allCases.map(\.rawValue)),
            "applies_to": P.array("the party types the fact concerns; for others it is not applicable",
                                  P.choice("a party type", FactSource.partyTypeNames)),
            "presumed": P.object("the legal presumption when a case is silent", required: ["value", "basis", "label"], [
                "value": ["description": "the presumed value, written as in a case file"] as JSONObject,
                "basis": P.described(P.ref("citations"), "the provisions supporting the presumption"),
                "label": P.text("how explanations name the presumption (Chinese)"),
                "label_en": P.text("the same in English"),
            ]),
        ])
        return P.object("kind: facts — the fact vocabulary", required: ["kind", "facts"], [
            "kind": kind("facts"),
            "facts": P.array("the facts", fact),
        ])
    }

    static func regionsDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let region = P.object("an administrative division or a named group", required: ["name"], [
            "name": P.text("the name rules and cases use"),
            "code": ["type": "string", "pattern": "^[0-9]{6}$", "description": "GB/T 2260 code"] as JSONObject,
            "parent": P.text("the enclosing division"),
            "members": P.array("for a group: the divisions it is made of", P.text("a division")),
            "placeholder": P.boolean("a stand-in for a division the source does not name"),
            "note": P.text("free text"),
        ])
        return P.object("kind: regions — administrative divisions (GB/T 2260)", required: ["kind", "regions"], [
            "kind": kind("regions"),
            "regions": P.array("the divisions", region),
            "note": P.text("free text"),
        ])
    }

    static func dutiesDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let duty = P.object("a duty attached to outcomes", required: ["duty", "outcomes", "basis"], [
            "duty": P.choice("the duty", FollowUp.Duty.allCases.map(\.rawValue)),
            "outcomes": P.array("the outcomes it attaches to", P.choice("an outcome", Outcome.allCases.map(\.rawValue))),
            "basis": P.ref("citations"),
            "note": P.text("free text"),
        ])
        return P.object("kind: duties — follow-up duties of the law", required: ["kind", "id", "effective", "duties", "title", "issuer", "document"], [
            "kind": kind("duties"), "id": P.ref("id"), "title": P.text("title"), "issuer": P.text("issuing authority"),
            "document": P.text("文号"), "effective": P.ref("date"), "expires": P.ref("date"), "region": P.text("region"),
            "source_url": P.text("where the source text can be read"), "source_read": P.ref("date"),
            "unverified": P.boolean("the content could not be confirmed from a source"), "note": P.text("free text"),
            "duties": P.array("the duties", duty),
        ])
    }

    static func derivationsDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let derivation = P.object("a fact defined from others", required: ["id", "fact", "value", "when"], [
            "id": P.ref("id"),
            "fact": P.ref("fact_name"),
            "value": ["description": "the value the fact takes when the condition holds, written as in a case file"] as JSONObject,
            "when": P.ref("condition"),
            "sectors": P.array("sectors it is limited to", P.text("a sector")),
            "violations": P.array("violations it is limited to", P.ref("violation_code")),
            "basis": P.ref("citations"),
            "label": P.text("how explanations name it"),
            "note": P.text("free text"),
        ])
        return P.object("kind: derivations — facts defined from others", required: ["kind", "id", "effective", "derivations", "title", "issuer", "document"], [
            "kind": kind("derivations"), "id": P.ref("id"), "title": P.text("title"), "issuer": P.text("issuing authority"),
            "document": P.text("文号"), "effective": P.ref("date"), "expires": P.ref("date"),
            "source_url": P.text("where the source text can be read"), "source_read": P.ref("date"),
            "unverified": P.boolean("the content could not be confirmed from a source"), "note": P.text("free text"),
            "derivations": P.array("the derivations", derivation),
        ])
    }

    static func violationsDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let violation = P.object("a violation code", required: ["code", "title"], [
            "code": P.ref("violation_code"),
            "title": P.text("what the violation is"),
            "category": P.text("class used by same_kind: category"),
            "sector": P.text("sector, used by limitation periods of special laws (tax, …)"),
            "violates": P.described(P.ref("citations"), "违反条款"),
            "penalty_basis": P.described(P.ref("citations"), "处罚依据"),
            "statutory_penalty": P.text("the statutory penalty in words"),
            "elements": P.described(P.ref("conditions"), "构成要件: facts that make out the violation; a case failing one shows no violation"),
            "unverified": P.boolean("the content could not be confirmed from a source"),
            "note": P.text("free text"),
        ])
        return P.object("kind: violations — violation codes", required: ["kind", "violations"], [
            "kind": kind("violations"),
            "violations": P.array("the violations", violation),
        ])
    }

    static func listDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let outcomes = Outcome.allCases.map(\.rawValue)
        let item = P.object("a list item", required: ["id", "title"], [
            "id": P.ref("id"),
            "title": P.text("the item's wording"),
            "violation": P.described(P.ref("violation_code"), "the violation the item covers"),
            "violations": P.oneOrMany("the violations the item covers", P.ref("violation_code")),
            "conditions": P.described(P.ref("conditions"), "all must hold (需同时满足)"),
            "exclusions": P.oneOrMany("any one that holds removes the item (例外)", P.ref("condition")),
            "mandatory": P.boolean("true = 应当 (shall), false = 可以 (may)"),
            "outcome": P.choice("the outcome; defaults to the list kind", outcomes),
            "also_allows": P.oneOrMany("other outcomes the officer may choose", P.choice("outcome", outcomes)),
            "reduction": P.object("model E: the fine of the standard's own tier reduced by from–to, not below the statutory minimum",
                                  required: ["from", "to"], ["from": P.ref("ratio"), "to": P.ref("ratio")]),
            "first_offence": P.ref("first_offence"),
            "follow_up": P.ref("follow_up"),
            "basis": P.described(P.ref("citations"), "the item's own citations"),
            "unverified": P.boolean("the wording could not be confirmed from a source"),
            "note": P.text("free text shown in explanations, in Chinese"),
            "note_en": P.text("the note in English, for English output"),
        ])
        return P.object("kind: list — one version of a leniency list",
                        required: ["kind", "id", "list_kind", "effective", "items", "title", "issuer", "document"],
                        merged(documentHeader(), [
                            "kind": kind("list"),
                            "list_kind": P.choice("不予处罚 / 减轻 / 从轻 / 不予实施行政强制措施", ListKind.allCases.map(\.rawValue)),
                            "implements": P.described(P.ref("citations"), "legal basis of the list"),
                            "hit_policy": P.choice("how many items may apply to one case", HitPolicy.allCases.map(\.rawValue)),
                            "mandatory": P.boolean("default for items: true = 应当, false = 可以"),
                            "first_offence": P.ref("first_offence"),
                            "follow_up": P.ref("follow_up"),
                            "scope": P.choice("listed: items name their violations; all: items apply to every violation",
                                              ListScope.allCases.map(\.rawValue)),
                            "unverified": P.boolean("the content could not be confirmed from a source"),
                            "items": P.array("the items", item),
                        ]))
    }

    static func standardDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let statutory = P.object("the statutory range: fixed amounts (only `min` for \"…元以上\") or multiples of a money fact", [
            "min": P.described(P.ref("money"), "statutory minimum in yuan"),
            "max": P.described(P.ref("money"), "statutory maximum in yuan (absent when the statute sets only a minimum)"),
            "basis": P.described(P.ref("fact_name"), "money fact the multiples apply to (e.g. illegal_gains)"),
            "min_multiple": P.described(P.ref("ratio"), "minimum multiple of the basis"),
            "max_multiple": P.described(P.ref("ratio"), "maximum multiple of the basis"),
        ])
        let band = P.object("a tier's band: {from, to} as shares of the range, or {min, max} in yuan", [
            "from": P.ref("ratio"), "to": P.ref("ratio"), "min": P.ref("money"), "max": P.ref("money"),
        ])
        let tier = P.object("a tier", required: ["tier"], [
            "tier": ["type": "string", "description": "lighter | standard | heavier, or any label with `rank:`",
                     "examples": ["lighter", "standard", "heavier"]] as JSONObject,
            "rank": P.choice("the outcome a custom tier label stands for", ["lighter", "standard", "heavier"]),
            "when": P.described(P.ref("conditions"), "conditions that choose the tier"),
            "band": band,
        ])
        let level = P.object("a level (档次) of a weight factor: `when` or `value`, and its weight", required: ["weight"], [
            "when": P.text("condition that selects the level"),
            "value": ["description": "the value of the factor's `fact` that selects the level"] as JSONObject,
            "weight": P.described(P.ref("ratio"), "the level's weight (裁量权重), 0%–100%"),
            "label": P.text("the level as the source table names it"),
        ])
        let factor = P.object("a discretion factor (裁量因素) of a weight table", required: ["factor", "label", "levels"], [
            "factor": P.described(P.ref("id"), "factor id, unique in the table"),
            "label": P.text("the factor as the source names it"),
            "label_en": P.text("English label"),
            "fact": P.described(P.ref("fact_name"), "the fact whose values the levels' `value` name"),
            "counts_history": P.object("count `fact` (an integer) from prior_violations: this violation plus the same-kind priors in the window", [
                "window": P.choice("how far back", LookbackWindow.allCases.map(\.rawValue)),
                "same_kind": P.choice("what counts as the same kind", SameKind.allCases.map(\.rawValue)),
            ]),
            "levels": P.array("the levels", level),
        ])
        let weights = P.object("model D (weights): 裁量起点 plus each factor's level weight, at most 100%, times the base",
                               required: ["start", "factors"], [
            "start": P.described(P.ref("ratio"), "the starting percentage (裁量起点)"),
            "base": P.choice("what the sum multiplies: the statutory maximum, or the range above the minimum",
                             WeightBase.allCases.map(\.rawValue)),
            "floor": P.described(P.ref("ratio"), "the smallest sum the table sets (不足X按X计算)"),
            "factors": P.array("the factors", factor),
        ])
        return P.object("kind: standard — one version of a discretion standard (裁量基准)",
                        required: ["kind", "id", "effective", "violations", "statutory", "model", "title", "issuer", "document"],
                        merged(documentHeader(), [
                            "kind": kind("standard"),
                            "violations": P.oneOrMany("the violations the standard covers", P.ref("violation_code")),
                            "boundary": P.choice("whether 以上/以下 include the bound", BoundaryConvention.allCases.map(\.rawValue)),
                            "statutory": statutory,
                            "model": P.choice("how tiers split the statutory range", SplitModel.allCases.map(\.rawValue)),
                            "split": ["type": "array", "description": "lighter / standard / heavier shares of the range (bands, max-only)",
                                      "items": P.ref("ratio"), "minItems": 3, "maxItems": 3] as JSONObject,
                            "steps": P.integer("the number of equal 阶次 (steps model)", minimum: 3),
                            "step_multiples": ["type": "array", "minItems": 2, "items": P.ref("ratio"),
                                               "description": "steps model: the 阶次 edges as whole multiples of the statutory minimum (按倍数额划分处罚阶次)"] as JSONObject,
                            "tiers": P.array("the tiers (required unless `model: weights`)", tier),
                            "weights": weights,
                            "unverified": P.boolean("the content could not be confirmed from a source"),
                        ]))
    }

    static func limitationDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let period = P.object("a limitation period", required: ["id", "years"], [
            "id": P.ref("id"),
            "years": P.integer("length in years", minimum: 1),
            "when": P.text("expression under which the period applies"),
            "sectors": P.oneOrMany("sectors the period is limited to", ["type": "string"]),
            "replaces": P.described(P.ref("id"), "the period this one replaces for its sectors"),
            "basis": P.ref("citations"),
        ])
        return P.object("kind: limitation — limitation periods", required: ["kind", "id", "effective", "periods"], [
            "kind": kind("limitation"),
            "id": P.ref("id"),
            "effective": P.described(P.ref("date"), "first day in force"),
            "expires": P.described(P.ref("date"), "last day in force"),
            "periods": P.array("the periods", period),
        ])
    }

    static func policyDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let day = P.integer("day of the month", minimum: 1, maximum: 31)
        let quietDays = P.object("企业安静日: days of each month without routine inspections", required: ["from_day", "to_day"], [
            "from_day": day,
            "to_day": day,
            "overrides": P.array("regional overrides",
                                 P.object("override", required: ["region", "from_day", "to_day"],
                                          ["region": P.text("region"), "from_day": day, "to_day": day])),
            "exception_reasons": P.oneOrMany("inspection reasons allowed on quiet days",
                                             P.choice("inspection reason", SupervisionPolicy.inspectionReasons)),
            "reason_labels": ["type": "object", "description": "labels of the exception reasons",
                              "additionalProperties": ["type": "string"]] as JSONObject,
        ])
        let cap = P.object("a cap on inspections of one enterprise", required: ["period", "max"], [
            "period": P.choice("the counting period", InspectionCap.Period.allCases.map(\.rawValue)),
            "max": P.integer("most inspections allowed in the period", minimum: 0),
            "region": P.text("region the cap is limited to"),
        ])
        return P.object("kind: policy — a supervision policy",
                        required: ["kind", "id", "effective", "title", "issuer", "document"],
                        merged(documentHeader(), [
                            "kind": kind("policy"),
                            "unverified": P.boolean("the content could not be confirmed from a source"),
                            "basis": ["type": "object", "description": "citations by rule name (quiet_days, inspection_caps, …)",
                                      "additionalProperties": P.ref("citations")] as JSONObject,
                            "quiet_days": quietDays,
                            "inspection_caps": P.array("inspection caps", cap),
                            "joint_window_days": P.integer("days within which inspections count as one joint inspection", minimum: 0),
                            "officers_min": P.integer("minimum officers per inspection or case", minimum: 1),
                            "decision_days": P.integer("calendar days from 立案 to the decision", minimum: 1),
                            "publicity_working_days": P.integer("working days from the decision to publicity", minimum: 0),
                            "legal_review_when": P.text("expression under which 法制审核 is required"),
                            "large_fine": P.object("较大数额罚款 thresholds", required: ["individual", "organisation"], [
                                "individual": P.ref("money"), "organisation": P.ref("money"),
                            ]),
                            "education_required_for_no_penalty": P.boolean("no-penalty decisions must record education"),
                            "expects_discretionary_leniency": P.boolean("discretionary (可以) items are expected to be used when they apply"),
                            "summary_procedure": P.object("简易程序 ceilings (行政处罚法 Art. 51)", required: ["individual", "organisation"], [
                                "individual": P.described(P.ref("money"), "largest fine for a citizen"),
                                "organisation": P.described(P.ref("money"), "largest fine for a 法人 or other organisation"),
                                "penalty_kinds": P.oneOrMany("penalty kinds a summary decision may impose", ["type": "string"]),
                            ]),
                            "statement_working_days": P.integer("working days after 告知 for 陈述、申辩", minimum: 1),
                            "hearing_request_working_days": P.integer("working days after 告知 to request a hearing", minimum: 1),
                            "hearing_penalty_kinds": P.oneOrMany("penalty kinds that carry the right to a hearing", ["type": "string"]),
                            "coercive_measure_periods": P.array("periods of coercive measures", P.object(
                                "a period", required: ["kinds", "days"], [
                                    "kinds": P.oneOrMany("measure kinds", P.choice("measure kind", CoerciveMeasureKind.allCases.map(\.rawValue))),
                                    "days": P.integer("calendar days the measure may last", minimum: 1),
                                    "extension_days": P.integer("calendar days an approved extension may add", minimum: 0),
                                ])),
                            "surcharge_cap": P.text("加处罚款 cap as a share of the fine (100%)"),
                            "inspection_forbidden_performers": P.oneOrMany("who may not carry out an inspection",
                                                                           P.choice("performer", SupervisionPolicy.inspectionPerformers)),
                            "notice_before_decision": P.boolean("a penalty needs a prior 告知 (行政处罚法 Art. 44, 62)"),
                            "legal_review_before_decision": P.boolean("法制审核 comes before the decision and names its reviewer (Art. 58)"),
                            "coercion_formalities": P.boolean("coercive measures need a decision document handed to the party (行政强制法 Art. 18, 24)"),
                            "no_coercion_decisions": P.boolean("a decision to refrain, or a mandatory no-coercion item, excludes coercive measures"),
                            "single_fine_per_act": P.boolean("one act of one party is fined once (行政处罚法 Art. 29)"),
                            "similar_cases": P.object("类案不同罚 screening of similar cases' fines (audit A601)",
                                                      required: ["min_group", "mad_min_group", "deviations", "relative_share"], [
                                "min_group": P.integer("smallest group of similar cases compared", minimum: 3),
                                "mad_min_group": P.integer("smallest group whose spread is estimated by the MAD", minimum: 3),
                                "deviations": P.described(P.ref("ratio"), "flag beyond this many robust standard deviations (1.4826 × MAD), e.g. 3"),
                                "relative_share": P.described(P.ref("ratio"), "flag beyond this share of the median (small groups, MAD = 0), e.g. 50%"),
                            ]),
                        ]))
    }

    static func calendarDocument() -> JSONObject {
        typealias P = JSONSchemaParts
        let holiday = P.object("a holiday span", required: ["name", "from", "to"], [
            "name": P.text("name"), "from": P.ref("date"), "to": P.ref("date"),
        ])
        return P.object("kind: calendar — one year of holidays and 调休 working days", required: ["kind", "year", "holidays"], [
            "kind": kind("calendar"),
            "year": P.integer("the year", minimum: 1900),
            "document": P.text("the 国务院办公厅 notice"),
            "holidays": P.array("holiday spans", holiday),
            "workdays": P.oneOrMany("weekend days worked (调休上班)", P.ref("date")),
        ])
    }
}
