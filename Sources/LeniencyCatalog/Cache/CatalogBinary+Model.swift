import LeniencyCore

// The binary form of every catalog model type, field by field in declaration order. A field added to a model type
// must be added here too: the cache refuses to store a catalog that does not read back equal to itself
// (`CatalogCache.encode`), so a forgotten field costs the cache, never a wrong rule, and `CatalogCacheTests` fails.

extension Catalog: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.values(facts)
        w.values(violations)
        w.values(lists)
        w.values(standards)
        w.values(limitations)
        w.values(policies)
        w.values(calendars)
        w.values(duties)
        w.values(derivations)
        w.values(regions)
        w.strings(files)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let facts = try r.values(FactDefinition.self), violations = try r.values(Violation.self), lists = try r.values(LeniencyList.self)
        let standards = try r.values(DiscretionStandard.self), limitations = try r.values(LimitationRules.self)
        let policies = try r.values(SupervisionPolicy.self), calendars = try r.values(HolidayCalendar.self)
        let duties = try r.values(DutyRules.self), derivations = try r.values(DerivationRules.self)
        // Through the memberwise initialiser, which builds the name, code and region indexes.
        self.init(facts: facts, violations: violations, lists: lists, standards: standards, limitations: limitations,
                  policies: policies, calendars: calendars, regions: try r.values(), files: try r.strings())
        self.duties = duties
        self.derivations = derivations
    }
}

extension SourceLocation: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(file)
        w.int(start.line)
        w.int(start.column)
        w.int(end.line)
        w.int(end.column)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let file = try r.string()
        let start = SourcePosition(line: try r.int(), column: try r.int())
        self.init(file: file, start: start, end: SourcePosition(line: try r.int(), column: try r.int()))
    }
}

extension CivilDate: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(year)
        w.int(month)
        w.int(day)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        guard let date = CivilDate(year: try r.int(), month: try r.int(), day: try r.int()) else { throw CatalogBinaryError() }
        self = date
    }
}

extension Money: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) { w.int(fen) }
    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) { self.init(fen: try r.int64()) }
}

extension Ratio: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(numerator)
        w.int(denominator)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let numerator = try r.int64(), denominator = try r.int64()
        // `Ratio.init` stops the process on a zero denominator and overflows on `Int64.min`: a corrupt file must not.
        guard denominator > 0, numerator != .min else { throw CatalogBinaryError() }
        self.init(numerator, denominator)
    }
}

extension FixedPoint: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(mantissa)
        w.int(scale)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(mantissa: try r.int64(), scale: try r.int())
    }
}

extension Citation: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(text)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(try r.string(), at: try r.value())
    }
}

extension Condition: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(source)
        w.value(expression)
        w.string(label)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(source: try r.string(), expression: try r.value(), label: try r.optionalString(), location: try r.value())
    }
}

extension ExpressionSpan: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(start)
        w.int(end)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(start: try r.int(), end: try r.int())
    }
}

extension Expression: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        switch self {
        case .fact(let name, let span):
            w.uint(0); w.string(name); w.value(span)
        case .literal(let value, let span):
            w.uint(1); w.value(value); w.value(span)
        case .not(let operand, let span):
            w.uint(2); w.value(operand); w.value(span)
        case .and(let operands, let span):
            w.uint(3); w.values(operands); w.value(span)
        case .or(let operands, let span):
            w.uint(4); w.values(operands); w.value(span)
        case .compare(let op, let left, let right, let span):
            w.uint(5); w.raw(op); w.value(left); w.value(right); w.value(span)
        case .member(let operand, let values, let span):
            w.uint(6); w.value(operand); w.values(values); w.value(span)
        case .between(let operand, let low, let high, let span):
            w.uint(7); w.value(operand); w.value(low); w.value(high); w.value(span)
        }
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        switch try r.uint() {
        case 0: self = .fact(try r.string(), try r.value())
        case 1: self = .literal(try r.value(), try r.value())
        case 2: self = .not(try r.value(), try r.value())
        case 3: self = .and(try r.values(), try r.value())
        case 4: self = .or(try r.values(), try r.value())
        case 5: self = .compare(try r.raw(), try r.value(), try r.value(), try r.value())
        case 6: self = .member(try r.value(), try r.values(), try r.value())
        case 7: self = .between(try r.value(), try r.value(), try r.value(), try r.value())
        default: throw CatalogBinaryError()
        }
    }
}

extension FactValue: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        switch self {
        case .boolean(let value): w.uint(0); w.bool(value)
        case .integer(let value): w.uint(1); w.int(value)
        case .decimal(let value): w.uint(2); w.value(value)
        case .money(let value): w.uint(3); w.value(value)
        case .date(let value): w.uint(4); w.value(value)
        case .duration(let value): w.uint(5); w.int(value)
        case .enumeration(let value): w.uint(6); w.string(value)
        case .text(let value): w.uint(7); w.string(value)
        }
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        switch try r.uint() {
        case 0: self = .boolean(try r.bool())
        case 1: self = .integer(try r.int64())
        case 2: self = .decimal(try r.value())
        case 3: self = .money(try r.value())
        case 4: self = .date(try r.value())
        case 5: self = .duration(try r.int64())
        case 6: self = .enumeration(try r.string())
        case 7: self = .text(try r.string())
        default: throw CatalogBinaryError()
        }
    }
}

extension FactType: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        switch self {
        case .boolean: w.uint(0)
        case .integer: w.uint(1)
        case .decimal: w.uint(2)
        case .money: w.uint(3)
        case .date: w.uint(4)
        case .duration: w.uint(5)
        case .enumeration(let values): w.uint(6); w.strings(values)
        case .text: w.uint(7)
        }
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        switch try r.uint() {
        case 0: self = .boolean
        case 1: self = .integer
        case 2: self = .decimal
        case 3: self = .money
        case 4: self = .date
        case 5: self = .duration
        case 6: self = .enumeration(try r.strings())
        case 7: self = .text
        default: throw CatalogBinaryError()
        }
    }
}

extension Presumption: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(value)
        w.values(basis)
        w.string(label)
        w.string(labelEn)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(value: try r.value(), basis: try r.values(), label: try r.string(), labelEn: try r.optionalString(), location: try r.value())
    }
}

extension FactDefinition: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(name)
        w.value(type)
        w.string(label)
        w.string(labelEn)
        w.dictionary(valueLabels)
        w.raw(source)
        w.value(presumption)
        w.bool(appliesTo != nil)
        if let appliesTo { w.strings(appliesTo.sorted()) }
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let name = try r.string(), type = try r.value(FactType.self), label = try r.string(), labelEn = try r.optionalString()
        let valueLabels = try r.dictionary(), source = try r.optionalRaw(FactSource.self), presumption = try r.optional(Presumption.self)
        let appliesTo = try r.bool() ? Set(try r.strings()) : nil
        self.init(name: name, type: type, label: label, labelEn: labelEn, valueLabels: valueLabels, source: source, location: try r.value())
        self.presumption = presumption
        self.appliesTo = appliesTo
    }
}

extension Violation: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(code)
        w.string(title)
        w.string(category)
        w.string(sector)
        w.values(violates)
        w.values(penaltyBasis)
        w.string(statutoryPenalty)
        w.bool(unverified)
        w.string(note)
        w.values(elements)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let code = try r.string(), title = try r.string(), category = try r.optionalString(), sector = try r.optionalString()
        let violates = try r.values(Citation.self), penaltyBasis = try r.values(Citation.self), statutoryPenalty = try r.optionalString()
        let unverified = try r.bool(), note = try r.optionalString(), elements = try r.values(Condition.self)
        self.init(code: code, title: title, category: category, sector: sector, violates: violates, penaltyBasis: penaltyBasis,
                  statutoryPenalty: statutoryPenalty, unverified: unverified, location: try r.value())
        self.note = note
        self.elements = elements
    }
}

extension DocumentInfo: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(title)
        w.string(issuer)
        w.string(document)
        w.string(region)
        w.string(sourceURL)
        w.value(sourceRead)
        w.bool(unverified)
        w.string(note)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(title: try r.string(), issuer: try r.string(), document: try r.string(), region: try r.optionalString(),
                  sourceURL: try r.optionalString(), sourceRead: try r.optional(), unverified: try r.bool(), note: try r.optionalString())
    }
}

extension Validity: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(effective)
        w.value(expires)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(effective: try r.value(), expires: try r.optional())
    }
}

extension FirstOffenceRule: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.raw(window)
        w.raw(sameKind)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(window: try r.raw(), sameKind: try r.raw())
    }
}

extension FollowUp: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.bool(education)
        w.bool(commitment)
        w.int(rectifyDays)
        w.bool(writtenDecision)
        w.bool(guardianDiscipline)
        w.bool(guardianCustody)
        w.bool(rectify)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(education: try r.bool(), commitment: try r.bool(), rectifyDays: try r.optionalInt(), writtenDecision: try r.bool(),
                  guardianDiscipline: try r.bool(), guardianCustody: try r.bool(), rectify: try r.bool())
    }
}

extension FineReduction: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(from)
        w.value(to)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(from: try r.value(), to: try r.value())
    }
}

extension ListItem: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.string(title)
        w.strings(violations)
        w.values(conditions)
        w.values(exclusions)
        w.bool(mandatory)
        w.raw(outcome)
        w.uint(UInt64(alsoAllows.count))
        for outcome in alsoAllows { w.raw(outcome) }
        w.value(firstOffence)
        w.value(followUp)
        w.values(basis)
        w.bool(unverified)
        w.string(note)
        w.string(noteEn)
        w.value(reduction)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let id = try r.string(), title = try r.string(), violations = try r.strings()
        let conditions = try r.values(Condition.self), exclusions = try r.values(Condition.self), mandatory = try r.bool()
        let outcome = try r.optionalRaw(Outcome.self)
        var alsoAllows: [Outcome] = []
        for _ in 0..<(try r.length()) { alsoAllows.append(try r.raw()) }
        let firstOffence = try r.value(FirstOffenceRule.self), followUp = try r.value(FollowUp.self), basis = try r.values(Citation.self)
        let unverified = try r.bool(), note = try r.optionalString(), noteEn = try r.optionalString()
        let reduction = try r.optional(FineReduction.self)
        self.init(id: id, title: title, violations: violations, conditions: conditions, exclusions: exclusions, mandatory: mandatory,
                  outcome: outcome, alsoAllows: alsoAllows, firstOffence: firstOffence, followUp: followUp, basis: basis,
                  unverified: unverified, note: note, location: try r.value())
        self.noteEn = noteEn
        self.reduction = reduction
    }
}

extension LeniencyList: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.raw(kind)
        w.value(info)
        w.value(validity)
        w.values(implements)
        w.raw(hitPolicy)
        w.raw(scope)
        w.values(items)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), kind: try r.raw(), info: try r.value(), validity: try r.value(), implements: try r.values(),
                  hitPolicy: try r.raw(), scope: try r.raw(), items: try r.values(), location: try r.value())
    }
}

extension StatutoryRange: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        switch self {
        case .amounts(let min, let max): w.uint(0); w.value(min); w.value(max)
        case .multiples(let basis, let min, let max): w.uint(1); w.string(basis); w.value(min); w.value(max)
        case .minimumOnly(let min): w.uint(2); w.value(min)
        }
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        switch try r.uint() {
        case 0: self = .amounts(min: try r.value(), max: try r.value())
        case 1: self = .multiples(basis: try r.string(), min: try r.value(), max: try r.value())
        case 2: self = .minimumOnly(min: try r.value())
        default: throw CatalogBinaryError()
        }
    }
}

extension Band: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        switch self {
        case .fraction(let from, let to): w.uint(0); w.value(from); w.value(to)
        case .amounts(let min, let max): w.uint(1); w.value(min); w.value(max)
        case .minimumMultiples(let from, let to): w.uint(2); w.value(from); w.value(to)
        }
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        switch try r.uint() {
        case 0: self = .fraction(from: try r.value(), to: try r.value())
        case 1: self = .amounts(min: try r.value(), max: try r.value())
        case 2: self = .minimumMultiples(from: try r.value(), to: try r.optional())
        default: throw CatalogBinaryError()
        }
    }
}

extension Tier: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(name)
        w.raw(outcome)
        w.values(conditions)
        w.value(band)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(name: try r.string(), outcome: try r.raw(), conditions: try r.values(), band: try r.optional(), location: try r.value())
    }
}

extension WeightLevel: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(label)
        w.value(condition)
        w.value(weight)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(label: try r.optionalString(), condition: try r.value(), weight: try r.value(), location: try r.value())
    }
}

extension WeightFactor: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.string(label)
        w.string(labelEn)
        w.values(levels)
        w.string(fact)
        w.value(history)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), label: try r.string(), labelEn: try r.optionalString(), levels: try r.values(),
                  fact: try r.optionalString(), history: try r.optional(), location: try r.value())
    }
}

extension WeightTable: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(start)
        w.raw(base)
        w.value(floor)
        w.values(factors)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(start: try r.value(), base: try r.raw(), floor: try r.optional(), factors: try r.values(), location: try r.value())
    }
}

extension DiscretionStandard: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.value(info)
        w.value(validity)
        w.strings(violations)
        w.raw(boundary)
        w.value(statutory)
        w.raw(model)
        w.values(split)
        w.values(tiers)
        w.int(steps)
        w.values(stepMultiples)
        w.value(weights)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let id = try r.string(), info = try r.value(DocumentInfo.self), validity = try r.value(Validity.self), violations = try r.strings()
        let boundary = try r.raw(BoundaryConvention.self), statutory = try r.value(StatutoryRange.self), model = try r.raw(SplitModel.self)
        let split = try r.values(Ratio.self), tiers = try r.values(Tier.self), steps = try r.int(), stepMultiples = try r.values(Ratio.self)
        let weights = try r.optional(WeightTable.self)
        self.init(id: id, info: info, validity: validity, violations: violations, boundary: boundary, statutory: statutory, model: model,
                  split: split, tiers: tiers, steps: steps, weights: weights, location: try r.value())
        self.stepMultiples = stepMultiples
    }
}

extension LimitationPeriod: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.int(years)
        w.value(condition)
        w.strings(sectors)
        w.string(replaces)
        w.values(basis)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), years: try r.int(), condition: try r.optional(), sectors: try r.strings(), replaces: try r.optionalString(),
                  basis: try r.values(), location: try r.value())
    }
}

extension LimitationRules: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.value(validity)
        w.values(periods)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), validity: try r.value(), periods: try r.values(), location: try r.value())
    }
}

extension QuietDays.Override: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(region)
        w.int(fromDay)
        w.int(toDay)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(region: try r.string(), fromDay: try r.int(), toDay: try r.int())
    }
}

extension QuietDays: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(fromDay)
        w.int(toDay)
        w.values(overrides)
        w.strings(exceptionReasons)
        w.dictionary(reasonLabels)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(fromDay: try r.int(), toDay: try r.int(), overrides: try r.values(), exceptionReasons: try r.strings(),
                  reasonLabels: try r.dictionary())
    }
}

extension InspectionCap: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.raw(period)
        w.int(max)
        w.string(region)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(period: try r.raw(), max: try r.int(), region: try r.optionalString())
    }
}

extension LargeFineThreshold: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(individual)
        w.value(organisation)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(individual: try r.value(), organisation: try r.value())
    }
}

extension SummaryProcedureLimits: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(individual)
        w.value(organisation)
        w.strings(penaltyKinds)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(individual: try r.value(), organisation: try r.value(), penaltyKinds: try r.strings())
    }
}

extension CoercivePeriod: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.uint(UInt64(kinds.count))
        for kind in kinds { w.raw(kind) }
        w.int(days)
        w.int(extensionDays)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        var kinds: [CoerciveMeasureKind] = []
        for _ in 0..<(try r.length()) { kinds.append(try r.raw()) }
        self.init(kinds: kinds, days: try r.int(), extensionDays: try r.int())
    }
}

extension SimilarCaseRule: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(minGroup)
        w.int(madMinGroup)
        w.value(deviations)
        w.value(relativeShare)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(minGroup: try r.int(), madMinGroup: try r.int(), deviations: try r.value(), relativeShare: try r.value())
    }
}

extension ProcedureRules: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.value(summaryProcedure)
        w.int(statementWorkingDays)
        w.int(hearingRequestWorkingDays)
        w.bool(hearingPenaltyKinds != nil)
        if let hearingPenaltyKinds { w.strings(hearingPenaltyKinds) }
        w.bool(coercivePeriods != nil)
        if let coercivePeriods { w.values(coercivePeriods) }
        w.value(surchargeCap)
        w.bool(inspectionForbiddenPerformers != nil)
        if let inspectionForbiddenPerformers { w.strings(inspectionForbiddenPerformers) }
        w.bool(noticeBeforeDecision)
        w.bool(legalReviewBeforeDecision)
        w.bool(coercionFormalities)
        w.bool(noCoercionDecisions)
        w.bool(singleFinePerAct)
        w.value(similarCases)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let summary = try r.optional(SummaryProcedureLimits.self), statement = try r.optionalInt(), hearingRequest = try r.optionalInt()
        let hearingKinds = try r.bool() ? try r.strings() : nil
        let coercive = try r.bool() ? try r.values(CoercivePeriod.self) : nil
        let surcharge = try r.optional(Ratio.self)
        let forbidden = try r.bool() ? try r.strings() : nil
        self.init(summaryProcedure: summary, statementWorkingDays: statement, hearingRequestWorkingDays: hearingRequest,
                  hearingPenaltyKinds: hearingKinds, coercivePeriods: coercive, surchargeCap: surcharge,
                  inspectionForbiddenPerformers: forbidden, noticeBeforeDecision: try r.optionalBool(),
                  legalReviewBeforeDecision: try r.optionalBool(), coercionFormalities: try r.optionalBool(),
                  noCoercionDecisions: try r.optionalBool(), singleFinePerAct: try r.optionalBool(), similarCases: try r.optional())
    }
}

extension SupervisionPolicy: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.value(info)
        w.value(validity)
        w.value(quietDays)
        w.values(inspectionCaps)
        w.int(jointWindowDays)
        w.int(officersMin)
        w.int(decisionDays)
        w.int(publicityWorkingDays)
        w.value(legalReviewWhen)
        w.value(largeFine)
        w.bool(educationRequiredForNoPenalty)
        w.bool(expectsDiscretionaryLeniency)
        w.value(procedure)
        w.uint(UInt64(basis.count))
        for key in basis.keys.sorted() {
            w.string(key)
            w.values(basis[key] ?? [])
        }
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let id = try r.string(), info = try r.value(DocumentInfo.self), validity = try r.value(Validity.self)
        let quietDays = try r.optional(QuietDays.self), caps = try r.values(InspectionCap.self)
        let joint = try r.optionalInt(), officers = try r.optionalInt(), decision = try r.optionalInt(), publicity = try r.optionalInt()
        let legalReview = try r.optional(Condition.self), largeFine = try r.optional(LargeFineThreshold.self)
        let education = try r.bool(), expects = try r.bool(), procedure = try r.value(ProcedureRules.self)
        var basis: [String: [Citation]] = [:]
        for _ in 0..<(try r.length()) {
            let key = try r.string()
            basis[key] = try r.values()
        }
        self.init(id: id, info: info, validity: validity, quietDays: quietDays, inspectionCaps: caps, jointWindowDays: joint,
                  officersMin: officers, decisionDays: decision, publicityWorkingDays: publicity, legalReviewWhen: legalReview,
                  largeFine: largeFine, educationRequiredForNoPenalty: education, expectsDiscretionaryLeniency: expects,
                  procedure: procedure, basis: basis, location: try r.value())
    }
}

extension HolidayCalendar.Holiday: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(name)
        w.value(from)
        w.value(to)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(name: try r.string(), from: try r.value(), to: try r.value())
    }
}

extension HolidayCalendar: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.int(year)
        w.string(document)
        w.values(holidays)
        w.values(workdays)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(year: try r.int(), document: try r.optionalString(), holidays: try r.values(), workdays: try r.values(), location: try r.value())
    }
}

extension DutyRule: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.raw(duty)
        w.uint(UInt64(outcomes.count))
        for outcome in outcomes { w.raw(outcome) }
        w.values(basis)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        let duty = try r.raw(FollowUp.Duty.self)
        var outcomes: [Outcome] = []
        for _ in 0..<(try r.length()) { outcomes.append(try r.raw()) }
        self.init(duty: duty, outcomes: outcomes, basis: try r.values(), location: try r.value())
    }
}

extension DutyRules: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.value(info)
        w.value(validity)
        w.values(rules)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), info: try r.value(), validity: try r.value(), rules: try r.values(), location: try r.value())
    }
}

extension Derivation: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.string(fact)
        w.value(value)
        w.value(condition)
        w.strings(sectors)
        w.strings(violations)
        w.values(basis)
        w.string(label)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), fact: try r.string(), value: try r.value(), condition: try r.value(), sectors: try r.strings(),
                  violations: try r.strings(), basis: try r.values(), label: try r.optionalString(), location: try r.value())
    }
}

extension DerivationRules: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(id)
        w.value(info)
        w.value(validity)
        w.values(derivations)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(id: try r.string(), info: try r.value(), validity: try r.value(), derivations: try r.values(), location: try r.value())
    }
}

extension Region: CatalogBinaryCodable {
    func write(to w: inout CatalogBinaryWriter) {
        w.string(name)
        w.string(code)
        w.string(parent)
        w.strings(members)
        w.bool(placeholder)
        w.string(note)
        w.value(location)
    }

    init(from r: inout CatalogBinaryReader) throws(CatalogBinaryError) {
        self.init(name: try r.string(), code: try r.optionalString(), parent: try r.optionalString(), members: try r.strings(),
                  placeholder: try r.bool(), note: try r.optionalString(), location: try r.value())
    }
}
