import LeniencyCatalog
import LeniencyCore
import LeniencyYAML

/// One pass over one case mapping; all problems go to `reader`, whose errors decide whether the case is kept.
struct CaseReading {
    let catalog: Catalog
    let reader: SchemaReader

    static let requiredKeys = ["id", "agency", "party", "violation", "dates"]
    static let optionalKeys = ["region", "officers", "facts", "illegal_gains", "goods_value", "prior_violations", "decision",
                               "act_id", "procedure", "coercive_measures", "payment"]

    /// The case, or nil when a required part could not be read (the reader holds why).
    func record(_ node: YAMLNode) -> CaseRecord? {
        guard let fields = reader.mapping(node, "case", required: Self.requiredKeys, optional: Self.optionalKeys) else { return nil }
        let id = reader.string(fields["id"], "case `id`")
        let agency = reader.string(fields["agency"], "case `agency`")
        let region = reader.string(fields["region"], "case `region`")
        if let region, let node = fields["region"] { checkRegion(region, at: node) }
        let officers = reader.list(fields["officers"], "`officers`").compactMap { Self.officer($0, reader: reader) }
        let violation = violationCode(fields["violation"])
        let party = fields["party"].flatMap(self.party)
        let dates = fields["dates"].flatMap(self.dates)
        let facts = fields["facts"].map { CaseFactReader(catalog: catalog).read($0, with: reader) }
        let illegalGains = amount(fields["illegal_gains"], "`illegal_gains`")
        let goodsValue = amount(fields["goods_value"], "`goods_value`")
        let priors = fields["prior_violations"].map(priorViolations)
        let decision = fields["decision"].flatMap(self.decision)
        let actID = reader.string(fields["act_id"], "case `act_id`")
        let procedure = fields["procedure"].flatMap(self.procedure)
        let measures = fields["coercive_measures"].map { reader.list($0, "`coercive_measures`").compactMap(measure) }
        let payment = fields["payment"].flatMap(self.payment)

        guard let id, let agency, let party, let violation, let dates else { return nil }
        if let priors, let list = priors.list { checkPriorDates(list, nodes: priors.nodes, act: dates.act) }
        if let decision, let published = decision.value.published, let decided = dates.decided, published < decided {
            reader.emit(.inconsistentCaseDates, at: decision.publishedNode ?? node,
                        Message(.casePublishedBeforeDecided, published, decided), hint: Message(.casePublishedHint))
        }
        if let birth = party.birthDate, birth > dates.act {
            reader.emit(.inconsistentCaseDates, at: fields["party"] ?? node,
                        Message(.caseBirthAfterAct, birth, dates.act), hint: Message(.caseBirthAfterActHint))
        }
        return CaseRecord(id: id, agency: agency, region: region, officers: officers, party: party, violation: violation,
                          dates: dates, facts: facts?.values ?? [:], illegalGains: illegalGains, goodsValue: goodsValue,
                          priorViolations: priors?.list, decision: decision?.value, actID: actID, procedure: procedure,
                          coerciveMeasures: measures, payment: payment, location: node.location,
                          factLocations: facts?.locations ?? [:])
    }

    /// Warns (R006) when the case names a region the rules do not declare: lists limited to a region then cannot tell
    /// whether they apply, and the case stays open on `region`.
    private func checkRegion(_ region: String, at node: YAMLNode) {
        let table = catalog.regionTable
        guard !table.isEmpty, table.resolve(region) == nil else { return }
        let names = table.regions.map(\.name)
        let suggestion = SchemaReader.closest(to: region, among: names) ?? names.first { region.hasPrefix($0) || region.hasSuffix($0) }
        reader.emit(.unknownRegion, at: node, "the case's region `\(region)` is not a declared region",
                    hint: suggestion.map { "did you mean `\($0)`? (a name or GB/T 2260 code from rules/regions)" }
                        ?? "write a region declared under rules/regions (name or GB/T 2260 code); lists limited to a region cannot tell otherwise whether they apply",
                    severity: .warning)
    }

    /// A non-negative amount in yuan.
    private func amount(_ node: YAMLNode?, _ what: String) -> Money? {
        guard let node, let money = reader.money(node, what) else { return nil }
        guard money.fen >= 0 else {
            reader.emit(.invalidValue, at: node, Message(.caseNegativeAmount, Message.subject(what), money.yuanString),
                        hint: Message(.caseAmountWithoutSign))
            return nil
        }
        return money
    }

    /// A declared violation code; an unknown code is an error with a did-you-mean.
    private func violationCode(_ node: YAMLNode?) -> String? {
        guard let node, let code = reader.string(node, "`violation`") else { return nil }
        guard catalog.violation(code: code) == nil else { return code }
        reader.emit(.unknownViolation, at: node, Message(.caseUnknownViolation, code),
                    hint: Message.didYouMean(SchemaReader.closest(to: code, among: catalog.violations.map(\.code)).map { [$0] } ?? [])
                        ?? Message(.caseUseDeclaredCode))
        return nil
    }

    /// An officer: `{name, certificate}` or just a name (shared with inspection records).
    static func officer(_ node: YAMLNode, reader: SchemaReader) -> Officer? {
        if node.scalar != nil {
            return reader.string(node, "officer name").map { Officer(name: $0, certificate: nil) }
        }
        guard let fields = reader.mapping(node, "officer", required: ["name"], optional: ["certificate"]) else { return nil }
        guard let name = reader.string(fields["name"], "officer `name`") else { return nil }
        return Officer(name: name, certificate: reader.string(fields["certificate"], "officer `certificate`"))
    }

    /// The party, with identifier checks (warnings) and the birth date taken from a valid 身份证号 when not given.
    private func party(_ node: YAMLNode) -> Party? {
        guard let fields = reader.mapping(node, "party", required: ["name", "type"],
                                          optional: ["credit_code", "id_number", "birth_date", "age"]) else { return nil }
        let name = reader.string(fields["name"], "party `name`")
        let type = reader.choice(fields["type"], "party `type`", as: PartyType.self)
        let creditCode = reader.string(fields["credit_code"], "party `credit_code`")
        let idNumber = reader.string(fields["id_number"], "party `id_number`")
        var birthDate = reader.date(fields["birth_date"], "party `birth_date`")
        let age = reader.integer(fields["age"], "party `age`", range: 0...150)

        if let creditCode, let codeNode = fields["credit_code"], !IdentifierChecks.isValidCreditCode(creditCode) {
            reader.emit(.badIdentifierChecksum, at: codeNode, Self.creditCodeProblem(creditCode),
                        hint: Message(.caseCreditCodeStillRead))
        }
        if let idNumber, let numberNode = fields["id_number"] {
            if let derived = IdentifierChecks.birthDate(fromIDNumber: idNumber) {
                if let given = birthDate, given != derived {
                    reader.emit(.invalidCaseFile, at: fields["birth_date"] ?? numberNode,
                                Message(.caseBirthDateDisagrees, given, derived),
                                hint: Message(.caseBirthDateDisagreesHint), severity: .warning)
                }
                birthDate = birthDate ?? derived
            } else {
                reader.emit(.badIdentifierChecksum, at: numberNode, idNumberProblem(idNumber),
                            hint: Message(.caseIDNumberStillRead))
            }
        }
        guard let name, let type else { return nil }
        return Party(name: name, type: type, creditCode: creditCode, idNumber: idNumber, birthDate: birthDate, age: age)
    }

    /// Why a credit code fails, as precisely as its shape allows.
    static func creditCodeProblem(_ code: String) -> Message {
        if code.count != 18 { return Message(.creditCodeLength, code, code.count) }
        guard let expected = IdentifierChecks.expectedCreditCodeCheck(code) else { return Message(.creditCodeCharacters, code) }
        return Message(.creditCodeCheck, code, String(expected))
    }

    /// Why an id number fails, as precisely as its shape allows.
    private func idNumberProblem(_ number: String) -> Message {
        if number.count != 18 { return Message(.idNumberLength, number, number.count) }
        guard let expected = IdentifierChecks.expectedIDNumberCheck(number) else { return Message(.idNumberShape, number) }
        if IdentifierChecks.embeddedBirthDate(Array(number)) == nil { return Message(.idNumberBirthDate, number) }
        return Message(.idNumberCheck, number, String(expected))
    }

    /// The dates, with order checks as warnings.
    private func dates(_ node: YAMLNode) -> CaseDates? {
        guard let fields = reader.mapping(node, "dates", required: ["act"],
                                          optional: ["act_end", "continuing", "discovered", "filed", "decided"]) else { return nil }
        let act = reader.date(fields["act"], "`dates.act`")
        let actEnd = reader.date(fields["act_end"], "`dates.act_end`")
        let discovered = reader.date(fields["discovered"], "`dates.discovered`")
        let filed = reader.date(fields["filed"], "`dates.filed`")
        let decided = reader.date(fields["decided"], "`dates.decided`")
        guard let act else { return nil }

        func order(_ later: String, _ laterDate: CivilDate?, before earlier: String, _ earlierDate: CivilDate?, _ hint: MessageID) {
            guard let laterDate, let earlierDate, laterDate < earlierDate, let at = fields[later] else { return }
            reader.emit(.inconsistentCaseDates, at: at, Message(.caseDatesOutOfOrder, later, laterDate, earlier, earlierDate),
                        hint: Message(hint))
        }
        order("act_end", actEnd, before: "act", act, .orderActEnd)
        order("discovered", discovered, before: "act", act, .orderDiscovered)
        order("filed", filed, before: "act", act, .orderFiledAfterAct)
        order("filed", filed, before: "discovered", discovered, .orderFiledAfterDiscovery)
        order("decided", decided, before: "filed", filed, .orderDecidedAfterFiled)
        if filed == nil {
            order("decided", decided, before: "act", act, .orderDecidedAfterAct)
        }
        return CaseDates(act: act, actEnd: actEnd, discovered: discovered, filed: filed, decided: decided,
                         continuing: reader.bool(fields["continuing"], "`dates.continuing`"))
    }

    /// `prior_violations`: a list (possibly empty) of `{violation, date, case}`; null means history unknown.
    private func priorViolations(_ node: YAMLNode) -> (list: [PriorViolation]?, nodes: [YAMLNode]) {
        guard let items = node.items else {
            reader.emit(.wrongType, at: node, Message(.casePriorMustBeList, node.kindMessage), hint: Message(.casePriorHint))
            return (nil, [])
        }
        var list: [PriorViolation] = []
        var nodes: [YAMLNode] = []
        for item in items {
            guard let fields = reader.mapping(item, "prior violation", required: ["violation", "date"], optional: ["case"]),
                  let code = reader.string(fields["violation"], "prior `violation`"),
                  let date = reader.date(fields["date"], "prior violation `date`") else { continue }
            if catalog.violation(code: code) == nil, let codeNode = fields["violation"] {
                // Priors may come from other sectors, but a typo would silently make every first-offence test true.
                reader.emit(.unknownViolation, at: codeNode, Message(.casePriorUnknownCode, code),
                            hint: Message.didYouMean(SchemaReader.closest(to: code, among: catalog.violations.map(\.code)).map { [$0] } ?? [])
                                ?? Message(.casePriorUnknownHint),
                            severity: .warning)
            }
            list.append(PriorViolation(violation: code, date: date, caseID: reader.string(fields["case"], "prior violation `case`")))
            nodes.append(fields["date"] ?? item)
        }
        return (list, nodes)
    }

    /// Warns about prior violations dated on or after the act they are supposed to precede.
    private func checkPriorDates(_ list: [PriorViolation], nodes: [YAMLNode], act: CivilDate) {
        for (prior, node) in zip(list, nodes) where prior.date > act {
            reader.emit(.inconsistentCaseDates, at: node, Message(.casePriorAfterAct, prior.violation, prior.date, act),
                        hint: Message(.casePriorAfterActHint))
        }
    }

    /// `decision:`, with the position of `published` kept for the date check.
    private func decision(_ node: YAMLNode) -> (value: RecordedDecision, publishedNode: YAMLNode?)? {
        guard let fields = reader.mapping(node, "decision", optional: [
            "outcome", "fine", "penalty_kinds", "education", "commitment", "legal_review",
            "first_offence_claimed", "list", "item", "published", "coercion", "follow_ups",
        ]) else { return nil }
        let list = reader.string(fields["list"], "`decision.list`")
        let item = reader.string(fields["item"], "`decision.item`")
        checkListReference(list: list, listNode: fields["list"], item: item, itemNode: fields["item"])
        var decision = RecordedDecision(
            outcome: reader.choice(fields["outcome"], "`decision.outcome`", as: Outcome.self),
            fine: amount(fields["fine"], "`decision.fine`"),
            penaltyKinds: reader.strings(fields["penalty_kinds"], "`decision.penalty_kinds`"),
            education: reader.bool(fields["education"], "`decision.education`"),
            commitment: reader.bool(fields["commitment"], "`decision.commitment`"),
            legalReview: reader.bool(fields["legal_review"], "`decision.legal_review`"),
            firstOffenceClaimed: reader.bool(fields["first_offence_claimed"], "`decision.first_offence_claimed`"),
            list: list, item: item,
            published: reader.date(fields["published"], "`decision.published`"),
            coercion: reader.choice(fields["coercion"], "`decision.coercion`", as: CoercionChoice.self))
        if let node = fields["follow_ups"] { decision.followUps = followUps(node) }
        return (decision, fields["published"])
    }

    /// `decision.follow_ups`: the duties carried out, by the names of the rule format's `follow_up` keys.
    private func followUps(_ node: YAMLNode) -> [String] {
        let names = FollowUp.Duty.allCases.map(\.rawValue)
        return reader.list(node, "`decision.follow_ups`").compactMap { item in
            guard let text = reader.string(item, "`decision.follow_ups` entry") else { return nil }
            guard names.contains(text) else {
                reader.emit(.invalidValue, at: item, "`decision.follow_ups` names `\(text)`, which is not a follow-up duty",
                            hint: SchemaReader.closest(to: text, among: names).map { "did you mean `\($0)`?" } ?? "use \(names.joined(separator: ", "))")
                return nil
            }
            return text
        }
    }

    /// Warns when the decision names a list or item the catalog does not hold (only when the catalog holds lists at all).
    private func checkListReference(list: String?, listNode: YAMLNode?, item: String?, itemNode: YAMLNode?) {
        guard !catalog.lists.isEmpty else { return }
        if let list, let listNode {
            let versions = catalog.lists.filter { $0.id == list }
            if versions.isEmpty {
                reader.emit(.unknownReference, at: listNode, Message(.caseDecisionListUnknown, list),
                            hint: Message.didYouMean(SchemaReader.closest(to: list, among: catalog.lists.map(\.id)).map { [$0] } ?? [])
                                ?? Message(.caseCorrectListID), severity: .warning)
                return
            }
            if let item, let itemNode, !versions.contains(where: { $0.items.contains { $0.id == item } }) {
                let ids = versions.flatMap { $0.items.map(\.id) }
                reader.emit(.unknownReference, at: itemNode, Message(.caseDecisionItemUnknown, item, list),
                            hint: Message.didYouMean(SchemaReader.closest(to: item, among: ids).map { [$0] } ?? [])
                                ?? Message(.caseCorrectItemID), severity: .warning)
            }
        }
    }
}

// MARK: - Procedure, coercive measures, payment (docs/CASE-FORMAT.md)

extension CaseReading {
    static let procedureKeys = ["kind", "notified", "hearing_rights", "statement_received", "rights_waived", "hearing_requested",
                                "hearing_held", "legal_review", "legal_reviewer", "investigations", "certificate_shown",
                                "numbered_form", "delivered_on_spot", "reported"]
    static let measureKeys = ["kind", "decided", "executed", "extended", "extension_days", "ended", "notified"]
    static let paymentKeys = ["due", "paid", "surcharge", "surcharge_from"]

    /// A date, or `false` for a step the file records as not taken.
    func step(_ node: YAMLNode?, _ what: String) -> RecordedStep? {
        guard let node, let text = node.scalar?.text, !node.isNull else {
            return node.flatMap { reader.date($0, what) }.map(RecordedStep.on)
        }
        if text == "false" { return RecordedStep.notTaken }
        guard let date = SchemaReader.parseDate(text) else {
            reader.emit(.invalidValue, at: node, Message(.caseStepMustBeDate, Message.subject(what), text),
                        hint: text == "true" ? Message(.caseStepGiveDate) : ValueSpellingHints.date(text))
            return nil
        }
        return .on(date)
    }

    /// `procedure:`; dates out of order are warnings.
    func procedure(_ node: YAMLNode) -> CaseProcedure? {
        guard let fields = reader.mapping(node, "procedure", optional: Self.procedureKeys) else { return nil }
        let investigations = fields["investigations"].map { list in
            reader.list(list, "`procedure.investigations`").compactMap { item -> Investigation? in
                guard let entry = reader.mapping(item, "investigation", required: ["date"], optional: ["officers"]),
                      let date = reader.date(entry["date"], "investigation `date`") else { return nil }
                let officers = reader.list(entry["officers"], "investigation `officers`").compactMap { Self.officer($0, reader: reader) }
                return Investigation(date: date, officers: officers)
            }
        }
        let procedure = CaseProcedure(
            kind: reader.choice(fields["kind"], "`procedure.kind`", as: ProcedureKind.self),
            notified: step(fields["notified"], "`procedure.notified`"),
            hearingRights: reader.bool(fields["hearing_rights"], "`procedure.hearing_rights`"),
            statementReceived: reader.date(fields["statement_received"], "`procedure.statement_received`"),
            rightsWaived: reader.bool(fields["rights_waived"], "`procedure.rights_waived`"),
            hearingRequested: reader.date(fields["hearing_requested"], "`procedure.hearing_requested`"),
            hearingHeld: reader.date(fields["hearing_held"], "`procedure.hearing_held`"),
            legalReview: reader.date(fields["legal_review"], "`procedure.legal_review`"),
            legalReviewer: reader.string(fields["legal_reviewer"], "`procedure.legal_reviewer`"),
            investigations: investigations,
            certificateShown: reader.bool(fields["certificate_shown"], "`procedure.certificate_shown`"),
            numberedForm: reader.bool(fields["numbered_form"], "`procedure.numbered_form`"),
            deliveredOnSpot: reader.bool(fields["delivered_on_spot"], "`procedure.delivered_on_spot`"),
            reported: reader.bool(fields["reported"], "`procedure.reported`"))
        if let requested = procedure.hearingRequested, let held = procedure.hearingHeld, held < requested, let at = fields["hearing_held"] {
            reader.emit(.inconsistentCaseDates, at: at,
                        Message(.caseFieldsOutOfOrder, "procedure.hearing_held", held, "procedure.hearing_requested", requested),
                        hint: Message(.caseHearingOrderHint))
        }
        return procedure
    }

    /// One coercive measure; dates out of order are warnings.
    func measure(_ node: YAMLNode) -> CoerciveMeasure? {
        guard let fields = reader.mapping(node, "coercive measure", required: ["kind"], optional: Self.measureKeys) else { return nil }
        let kind = reader.choice(fields["kind"], "measure `kind`", as: CoerciveMeasureKind.self)
        let measure = CoerciveMeasure(
            kind: kind ?? .other,
            decided: step(fields["decided"], "measure `decided`"),
            executed: reader.date(fields["executed"], "measure `executed`"),
            extended: reader.date(fields["extended"], "measure `extended`"),
            extensionDays: reader.integer(fields["extension_days"], "measure `extension_days`", range: 0...3650),
            ended: reader.date(fields["ended"], "measure `ended`"),
            notified: reader.bool(fields["notified"], "measure `notified`"))
        guard kind != nil else { return nil }
        if let executed = measure.executed {
            for (key, date) in [("extended", measure.extended), ("ended", measure.ended)] {
                guard let date, date < executed, let at = fields[key] else { continue }
                reader.emit(.inconsistentCaseDates, at: at, Message(.caseFieldsOutOfOrder, key, date, "executed", executed),
                            hint: Message(.caseMeasureOrderHint))
            }
        }
        return measure
    }

    /// `payment:`.
    func payment(_ node: YAMLNode) -> Payment? {
        guard let fields = reader.mapping(node, "payment", optional: Self.paymentKeys) else { return nil }
        var surcharge: Money?
        if let at = fields["surcharge"], let money = reader.money(at, "`payment.surcharge`") {
            if money.fen < 0 {
                reader.emit(.invalidValue, at: at, Message(.caseNegativeAmount, "`payment.surcharge`", money.yuanString),
                            hint: Message(.caseAmountWithoutSign))
            } else {
                surcharge = money
            }
        }
        return Payment(due: reader.date(fields["due"], "`payment.due`"), paid: reader.date(fields["paid"], "`payment.paid`"),
                       surcharge: surcharge, surchargeFrom: reader.date(fields["surcharge_from"], "`payment.surcharge_from`"))
    }
}
