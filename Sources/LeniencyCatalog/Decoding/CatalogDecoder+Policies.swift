import LeniencyCore
import LeniencyYAML

/// The rule keys of a policy, which `basis:` may cite by name.
private let policyRuleKeys = ["quiet_days", "inspection_caps", "joint_window_days", "officers_min", "decision_days",
                              "publicity_working_days", "legal_review_when", "large_fine",
                              "education_required_for_no_penalty", "expects_discretionary_leniency"] + procedureRuleKeys

/// The procedure rules of a policy (`ProcedureRules`).
private let procedureRuleKeys = ["summary_procedure", "statement_working_days", "hearing_request_working_days",
                                 "hearing_penalty_kinds", "coercive_measure_periods", "surcharge_cap",
                                 "inspection_forbidden_performers", "notice_before_decision", "legal_review_before_decision",
                                 "coercion_formalities", "no_coercion_decisions", "single_fine_per_act", "similar_cases"]

extension CatalogDecoder {
    /// `kind: policy`.
    func decodePolicy(_ document: YAMLNode) {
        guard let fields = reader.mapping(document, "policy", required: ["kind", "id", "effective"] + documentInfoKeys,
                                          optional: ["expires", "region", "source_url", "source_read", "note", "unverified", "basis"] + policyRuleKeys)
        else { return }
        let validity = validity(fields, "policy")
        let id = fields["id"].flatMap { name($0, "policy id", pattern: .id) }
        if let id, let idNode = fields["id"] { define(id, namespace: "ids", what: "policy", at: idNode) }
        // 法制审核 thresholds speak of the decision being reviewed, which is not a case fact.
        let builtins: [String: FactType] = ["fine": .money, "major_decision": .boolean]
        let policy = SupervisionPolicy(
            id: id ?? "", info: documentInfo(fields, "policy"),
            validity: validity ?? Validity(effective: CivilDate(dayNumber: 0)),
            quietDays: fields["quiet_days"].flatMap(quietDays),
            inspectionCaps: reader.list(fields["inspection_caps"], "`inspection_caps`").compactMap(inspectionCap),
            jointWindowDays: count(fields["joint_window_days"], "`joint_window_days`", minimum: 1),
            officersMin: count(fields["officers_min"], "`officers_min`", minimum: 1),
            decisionDays: count(fields["decision_days"], "`decision_days`", minimum: 1),
            publicityWorkingDays: count(fields["publicity_working_days"], "`publicity_working_days`", minimum: 1),
            legalReviewWhen: fields["legal_review_when"].flatMap { condition($0, "`legal_review_when`", builtins: builtins) },
            largeFine: fields["large_fine"].flatMap(largeFine),
            educationRequiredForNoPenalty: reader.bool(fields["education_required_for_no_penalty"],
                                                       "`education_required_for_no_penalty`") ?? false,
            expectsDiscretionaryLeniency: reader.bool(fields["expects_discretionary_leniency"],
                                                      "`expects_discretionary_leniency`") ?? false,
            procedure: procedureRules(fields),
            basis: policyBasis(fields["basis"]), location: document.location)
        // Decoded in full even when the id or dates are wrong, so every mistake is reported in one run.
        guard id != nil, validity != nil else { return }
        catalog.policies.append(policy)
    }

    private func quietDays(_ node: YAMLNode) -> QuietDays? {
        guard let fields = reader.mapping(node, "`quiet_days`", required: ["from_day", "to_day"],
                                          optional: ["overrides", "exception_reasons", "reason_labels"]) else { return nil }
        let window = dayWindow(fields, "`quiet_days`")
        let overrides = reader.list(fields["overrides"], "`quiet_days.overrides`").compactMap { item -> QuietDays.Override? in
            guard let o = reader.mapping(item, "quiet-day override", required: ["region", "from_day", "to_day"]),
                  let region = regionReference(o["region"], "quiet-day override `region`"),
                  let days = dayWindow(o, "quiet-day override") else { return nil }
            return QuietDays.Override(region: region, fromDay: days.lowerBound, toDay: days.upperBound)
        }
        let reasons = reader.strings(fields["exception_reasons"], "`exception_reasons`")
        var labels: [String: String] = [:]
        if let labelNode = fields["reason_labels"] {
            if let pairs = labelNode.pairs {
                for pair in pairs {
                    guard let key = reader.string(pair.key, "reason label key") else { continue }
                    guard reasons.contains(key) else {
                        let suggestion = SchemaReader.closest(to: key, among: reasons)
                        reader.emit(.unknownReference, at: pair.key, Message(.policyReasonLabelUnknown, key),
                                    hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.policyReasonLabelHint, key))
                        continue
                    }
                    labels[key] = reader.string(pair.value, "reason label `\(key)`")
                }
            } else {
                reader.emit(.wrongType, at: labelNode, Message(.policyReasonLabelsMapping, labelNode.kindMessage),
                            hint: Message(.policyReasonLabelsHint))
            }
        }
        guard let window else { return nil }
        return QuietDays(fromDay: window.lowerBound, toDay: window.upperBound, overrides: overrides,
                         exceptionReasons: reasons, reasonLabels: labels)
    }

    /// `from_day`..`to_day`, days of the month 1–31 in order.
    private func dayWindow(_ fields: Fields, _ what: String) -> ClosedRange<Int>? {
        let from = reader.integer(fields["from_day"], "\(what) `from_day`", range: 1...31)
        let to = reader.integer(fields["to_day"], "\(what) `to_day`", range: 1...31)
        guard let from, let to else { return nil }
        guard from <= to else {
            if let node = fields["to_day"] {
                reader.emit(.invalidValue, at: node, Message(.policyDayWindowInverted, Message.subject(what), to, from),
                            hint: Message(.policyDayWindowHint))
            }
            return nil
        }
        return from...to
    }

    private func inspectionCap(_ node: YAMLNode) -> InspectionCap? {
        guard let fields = reader.mapping(node, "inspection cap", required: ["period", "max"], optional: ["region"]),
              let period = reader.choice(fields["period"], "cap `period`", as: InspectionCap.Period.self),
              let max = count(fields["max"], "cap `max`") else { return nil }
        return InspectionCap(period: period, max: max, region: regionReference(fields["region"], "cap `region`"))
    }

    /// The procedure rules (`ProcedureRules`); each is absent unless the policy gives it.
    private func procedureRules(_ fields: Fields) -> ProcedureRules {
        ProcedureRules(
            summaryProcedure: fields["summary_procedure"].flatMap(summaryProcedure),
            statementWorkingDays: count(fields["statement_working_days"], "`statement_working_days`", minimum: 1),
            hearingRequestWorkingDays: count(fields["hearing_request_working_days"], "`hearing_request_working_days`", minimum: 1),
            hearingPenaltyKinds: fields["hearing_penalty_kinds"].map { reader.strings($0, "`hearing_penalty_kinds`") },
            coercivePeriods: fields["coercive_measure_periods"].map { node in
                reader.list(node, "`coercive_measure_periods`").compactMap(coercivePeriod)
            },
            surchargeCap: fields["surcharge_cap"].flatMap { node in
                guard let ratio = reader.ratio(node, "`surcharge_cap`") else { return nil }
                guard ratio >= .zero else {
                    reader.emit(.invalidValue, at: node, Message(.policySurchargeCapNegative, ratio.description),
                                hint: Message(.policySurchargeCapHint))
                    return nil
                }
                return ratio
            },
            inspectionForbiddenPerformers: fields["inspection_forbidden_performers"].map { node in
                reader.list(node, "`inspection_forbidden_performers`").compactMap { item in
                    guard let text = reader.string(item, "inspection performer") else { return nil }
                    let known = SupervisionPolicy.inspectionPerformers
                    guard known.contains(text) else {
                        reader.emit(.invalidValue, at: item, Message(.policyPerformerUnknown, text),
                                    hint: Message.didYouMean(SchemaReader.closest(to: text, among: known).map { [$0] } ?? [])
                                        ?? Message(.schemaUseOneOf, known.map { "`\($0)`" }))
                        return nil
                    }
                    return text
                }
            },
            noticeBeforeDecision: reader.bool(fields["notice_before_decision"], "`notice_before_decision`"),
            legalReviewBeforeDecision: reader.bool(fields["legal_review_before_decision"], "`legal_review_before_decision`"),
            coercionFormalities: reader.bool(fields["coercion_formalities"], "`coercion_formalities`"),
            noCoercionDecisions: reader.bool(fields["no_coercion_decisions"], "`no_coercion_decisions`"),
            singleFinePerAct: reader.bool(fields["single_fine_per_act"], "`single_fine_per_act`"),
            similarCases: fields["similar_cases"].flatMap(similarCases))
    }

    /// `similar_cases`. Groups of fewer than 3 cannot say which fine is the odd one (with two, both lie equally far
    /// from their median), and the thresholds are bounded so the exact integer comparison cannot overflow.
    private func similarCases(_ node: YAMLNode) -> SimilarCaseRule? {
        guard let fields = reader.mapping(node, "`similar_cases`",
                                          required: ["min_group", "mad_min_group", "deviations", "relative_share"]) else { return nil }
        let minGroup = count(fields["min_group"], "`similar_cases.min_group`", minimum: 3)
        var madMinGroup = count(fields["mad_min_group"], "`similar_cases.mad_min_group`", minimum: 3)
        if let low = minGroup, let high = madMinGroup, high < low, let at = fields["mad_min_group"] {
            reader.emit(.invalidValue, at: at, Message(.mustBeAtLeast, Message.subject("`similar_cases.mad_min_group`"), low, high))
            madMinGroup = nil
        }
        let deviations = bounded(fields["deviations"], "`similar_cases.deviations`")
        let share = bounded(fields["relative_share"], "`similar_cases.relative_share`")
        guard let minGroup, let madMinGroup, let deviations, let share else { return nil }
        return SimilarCaseRule(minGroup: minGroup, madMinGroup: madMinGroup, deviations: deviations, relativeShare: share)
    }

    /// A ratio above 0 and at most 1000 (a threshold of the 类案不同罚 screening).
    private func bounded(_ node: YAMLNode?, _ what: String) -> Ratio? {
        guard let node, let ratio = reader.ratio(node, what) else { return nil }
        guard ratio > .zero, ratio <= Ratio(1000) else {
            reader.emit(.invalidValue, at: node, Message(.policyThresholdOutOfRange, Message.subject(what), ratio.description),
                        hint: Message(.policyThresholdHint))
            return nil
        }
        return ratio
    }

    private func summaryProcedure(_ node: YAMLNode) -> SummaryProcedureLimits? {
        guard let fields = reader.mapping(node, "`summary_procedure`", required: ["individual", "organisation"],
                                          optional: ["penalty_kinds"]),
              let individual = reader.money(fields["individual"], "`summary_procedure.individual`"),
              let organisation = reader.money(fields["organisation"], "`summary_procedure.organisation`") else { return nil }
        let kinds = fields["penalty_kinds"].map { reader.strings($0, "`summary_procedure.penalty_kinds`") } ?? ["warning", "fine"]
        return SummaryProcedureLimits(individual: individual, organisation: organisation, penaltyKinds: kinds)
    }

    private func coercivePeriod(_ node: YAMLNode) -> CoercivePeriod? {
        guard let fields = reader.mapping(node, "coercive measure period", required: ["kinds", "days"], optional: ["extension_days"]) else {
            return nil
        }
        let kinds = reader.list(fields["kinds"], "period `kinds`").compactMap { reader.choice($0, "measure kind", as: CoerciveMeasureKind.self) }
        let days = count(fields["days"], "period `days`", minimum: 1)
        let extra = fields["extension_days"].map { count($0, "period `extension_days`") } ?? 0
        guard !kinds.isEmpty, let days, let extra else { return nil }
        return CoercivePeriod(kinds: kinds, days: days, extensionDays: extra)
    }

    private func largeFine(_ node: YAMLNode) -> LargeFineThreshold? {
        guard let fields = reader.mapping(node, "`large_fine`", required: ["individual", "organisation"]),
              let individual = reader.money(fields["individual"], "`large_fine.individual`"),
              let organisation = reader.money(fields["organisation"], "`large_fine.organisation`") else { return nil }
        return LargeFineThreshold(individual: individual, organisation: organisation)
    }

    /// `basis:` maps a rule name of the policy to its citations.
    private func policyBasis(_ node: YAMLNode?) -> [String: [Citation]] {
        guard let node else { return [:] }
        guard let pairs = node.pairs else {
            reader.emit(.wrongType, at: node, Message(.policyBasisMapping, node.kindMessage), hint: Message(.policyBasisMappingHint))
            return [:]
        }
        var basis: [String: [Citation]] = [:]
        for pair in pairs {
            guard let key = reader.string(pair.key, "policy basis key") else { continue }
            guard policyRuleKeys.contains(key) else {
                let suggestion = SchemaReader.closest(to: key, among: policyRuleKeys)
                reader.emit(.unknownReference, at: pair.key, Message(.policyBasisUnknownRule, key),
                            hint: Message.didYouMean(suggestion.map { [$0] } ?? []) ?? Message(.schemaUseOneOf, policyRuleKeys.map { "`\($0)`" }))
                continue
            }
            basis[key] = citations(pair.value, "policy `basis` of `\(key)`")
        }
        return basis
    }
}
