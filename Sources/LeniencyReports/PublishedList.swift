public import LeniencyCatalog
public import LeniencyCore

/// A list version as the agency publishes it: the heading block and one row per item, in words (no expression syntax).
public struct PublishedList: Sendable {
    /// The list id (not printed in the document; used for file names).
    public var id: String
    /// The version's first day in force.
    public var effective: CivilDate
    /// Title.
    public var title: String
    /// 清单类别 in words.
    public var kind: String
    /// Lines of the heading block after the title: issuer, 文号, dates, region, legal basis.
    public var meta: [String]
    /// The 文号 shown above the title (empty when the list has none).
    public var document: String
    /// The table.
    public var rows: [PublishedRow]
    /// Lines at the end: source, unverified wording, how the text was made.
    public var footer: [String]
    /// The column headings.
    public var columns: [String]
    /// The language of the words.
    public var language: Language

    /// The file name stem: `<id>-<effective>`.
    public var stem: String { "\(id)-\(effective)" }
}

/// One row of a published list.
public struct PublishedRow: Sendable {
    /// 序号.
    public var number: Int
    /// The item id (kept as a data attribute in HTML, for tracing the row back to the rules).
    public var itemID: String
    /// 违法行为.
    public var violation: String
    /// 法律依据, one line each.
    public var basis: [String]
    /// 适用条件: conditions, one line each.
    public var conditions: [String]
    /// Cases in which the item does not apply, one line each.
    public var exceptions: [String]
    /// 处理方式/裁量基准, one line each.
    public var treatment: [String]
    /// True when the item's wording is not confirmed from a source.
    public var unverified: Bool
}

/// Builds published lists from the catalog.
public enum PublishedListBuilder {
    /// Items naming more violations than this show the item's own basis only (the published circumstance covers them all).
    static let violationsShown = 3

    /// The published form of one list version.
    public static func build(_ list: LeniencyList, catalog: Catalog, language: Language) -> PublishedList {
        let words = ConditionWords(catalog: catalog, language: language)
        func say(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(id, arguments: arguments.map(\.messageArgument)).rendered(language)
        }
        let separator = language == .zh ? "、" : "; "
        var meta = [say(.publishIssuer, list.info.issuer)]
        var dates = say(.publishEffective, list.validity.effective)
        if let expires = list.validity.expires { dates += language == .zh ? "　" + say(.publishExpires, expires) : "; " + say(.publishExpires, expires) }
        meta.append(dates)
        if let region = list.info.region { meta.append(say(.publishRegion, region)) }
        if !list.implements.isEmpty { meta.append(say(.publishImplements, list.implements.map(\.text).joined(separator: separator))) }

        let rows = list.items.enumerated().map { index, item in
            row(item, number: index + 1, list: list, catalog: catalog, words: words, say: say)
        }
        var footer: [String] = []
        if let url = list.info.sourceURL { footer.append(say(.publishSource, url, list.info.sourceRead?.description ?? "—")) }
        let unverified = rows.filter(\.unverified).map { String($0.number) }
        if list.info.unverified || !unverified.isEmpty {
            footer.append(say(.publishUnverified, list.info.unverified ? list.info.document : unverified.joined(separator: separator)))
        }
        footer.append(say(.publishGenerated, list.location.file))
        let kind: String
        switch list.kind {
        case .noPenalty: kind = say(.publishKindNoPenalty)
        case .mitigated: kind = say(.publishKindMitigated)
        case .lighter: kind = say(.publishKindLighter)
        case .noCoercion: kind = say(.publishKindNoCoercion)
        }
        let columns = [MessageID.publishColumnNumber, .publishColumnViolation, .publishColumnBasis, .publishColumnConditions,
                       .publishColumnTreatment].map { say($0) }
        return PublishedList(id: list.id, effective: list.validity.effective, title: list.info.title, kind: kind, meta: meta,
                             document: list.info.document, rows: rows, footer: footer, columns: columns, language: language)
    }

    private static func row(_ item: ListItem, number: Int, list: LeniencyList, catalog: Catalog, words: ConditionWords,
                            say: (MessageID, any MessageArgumentConvertible...) -> String) -> PublishedRow {
        let language = words.language
        let separator = language == .zh ? "；" : "; "
        var basis: [String] = []
        let violations = item.violations.compactMap { catalog.violation(code: $0) }
        if !violations.isEmpty, violations.count <= violationsShown {
            for violation in violations {
                if !violation.violates.isEmpty { basis.append(say(.publishViolates, violation.violates.map(\.text).joined(separator: separator))) }
                if !violation.penaltyBasis.isEmpty { basis.append(say(.publishPenaltyBasis, violation.penaltyBasis.map(\.text).joined(separator: separator))) }
            }
        }
        if !item.basis.isEmpty { basis.append(say(.publishItemBasis, item.basis.map(\.text).joined(separator: separator))) }

        let conditions = numbered(item.conditions.map { words.words($0, firstOffence: item.firstOffence) })
        let exceptions = numbered(item.exclusions.map { words.words($0) })

        var treatment: [String] = []
        let shall = item.mandatory
        switch item.outcome {
        case .noPenalty?: treatment.append(say(shall ? .publishShallNoPenalty : .publishMayNoPenalty))
        case .mitigated?: treatment.append(say(shall ? .publishShallMitigated : .publishMayMitigated))
        case .lighter?: treatment.append(say(shall ? .publishShallLighter : .publishMayLighter))
        case .standard?, .heavier?: treatment.append(DecisionText.outcomeName(.init(item.outcome ?? .standard), chinese: language == .zh))
        case nil: treatment.append(say(shall ? .publishShallNoCoercion : .publishMayNoCoercion))
        }
        if !item.alsoAllows.isEmpty {
            treatment.append(say(.publishAlsoAllows, item.alsoAllows.map { DecisionText.outcomeName(.init($0), chinese: language == .zh) }
                .joined(separator: language.listSeparator)))
        }
        if item.followUp.education { treatment.append(say(.publishEducation)) }
        if item.followUp.commitment { treatment.append(say(.publishCommitment)) }
        if let days = item.followUp.rectifyDays { treatment.append(say(.publishRectify, days)) }
        if let outcome = item.outcome, outcome != .noPenalty, violations.count <= violationsShown {
            for violation in violations {
                for line in bands(for: violation.code, outcome: outcome, on: list.validity.effective, catalog: catalog, words: words, say: say) {
                    treatment.append(line)
                }
            }
        }
        return PublishedRow(number: number, itemID: item.id, violation: item.title, basis: basis, conditions: conditions,
                            exceptions: exceptions.isEmpty ? [] : [say(.publishExcept)] + exceptions, treatment: treatment,
                            unverified: item.unverified)
    }

    /// `1. …`, `2. …` when there are several; a single condition stands alone.
    private static func numbered(_ lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        return lines.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// The fine band the discretion standard in force on `date` gives this outcome, in words (`从轻：0元至600元（文号）`).
    static func bands(for violation: String, outcome: Outcome, on date: CivilDate, catalog: Catalog, words: ConditionWords,
                      say: (MessageID, any MessageArgumentConvertible...) -> String) -> [String] {
        let candidates = catalog.standards.filter { $0.violations.contains(violation) }
        guard let standard = candidates.first(where: { $0.validity.contains(date) })
                ?? candidates.max(by: { $0.validity.effective < $1.validity.effective }) else { return [] }
        let outcomeWords = DecisionText.outcomeName(.init(outcome), chinese: words.language == .zh)
        let reference = standard.info.document.isEmpty ? standard.info.title : standard.info.document
        if outcome == .mitigated {
            let min: Money
            switch standard.statutory {
            case .amounts(let lo, _), .minimumOnly(let lo): min = lo
            case .multiples: return []
            }
            guard min.fen > 0 else { return [] }
            let below = words.language == .zh ? "\(words.valueWords(.money(min), fact: nil))以下" : "below \(words.valueWords(.money(min), fact: nil))"
            return [say(.publishBand, outcomeWords, below, reference)]
        }
        let band = standard.tiers.first(where: { $0.outcome == outcome })?.band ?? standard.bandFor(tierOutcome: outcome)
        guard let band else { return [] }
        let range: String
        switch (band, standard.statutory) {
        case (.amounts(let lo, let hi), _):
            range = span(words.valueWords(.money(lo), fact: nil), words.valueWords(.money(hi), fact: nil), words.language)
        case (.fraction(let from, let to), .amounts(let min, let max)):
            let lo = Money(fen: min.fen + scaled(max.fen - min.fen, from, roundUp: true))
            let hi = Money(fen: min.fen + scaled(max.fen - min.fen, to, roundUp: false))
            range = span(words.valueWords(.money(lo), fact: nil), words.valueWords(.money(hi), fact: nil), words.language)
        case (.fraction, .minimumOnly):
            return []
        case (.minimumMultiples(let from, let to), .minimumOnly(let min)):
            let lo = words.valueWords(.money(min.multiplied(by: from, roundingUp: true)), fact: nil)
            if let to {
                range = span(lo, words.valueWords(.money(min.multiplied(by: to)), fact: nil), words.language)
            } else {
                range = words.language == .zh ? "\(lo)以上" : "\(lo) or more"
            }
        case (.minimumMultiples, _):
            return []
        case (.fraction(let from, let to), .multiples(let basis, let minMultiple, let maxMultiple)):
            let label = catalog.fact(named: basis).map { words.language == .zh ? $0.label : ($0.labelEn ?? $0.label) } ?? basis
            let lo = add(minMultiple, multiply(subtract(maxMultiple, minMultiple), from))
            let hi = add(minMultiple, multiply(subtract(maxMultiple, minMultiple), to))
            range = words.language == .zh ? "\(label)的\(multiple(lo))倍至\(multiple(hi))倍" : "\(multiple(lo))–\(multiple(hi)) × \(label)"
        }
        return [say(.publishBand, outcomeWords, range, reference)]
    }

    private static func span(_ lo: String, _ hi: String, _ language: Language) -> String {
        language == .zh ? "\(lo)至\(hi)" : "\(lo)–\(hi)"
    }

    /// `amount × ratio` in fen, rounded into the band.
    private static func scaled(_ amount: Int64, _ ratio: Ratio, roundUp: Bool) -> Int64 {
        let product = amount * ratio.numerator
        let (q, r) = product.quotientAndRemainder(dividingBy: ratio.denominator)
        return roundUp && r > 0 ? q + 1 : q
    }

    private static func add(_ a: Ratio, _ b: Ratio) -> Ratio { Ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator) }
    private static func subtract(_ a: Ratio, _ b: Ratio) -> Ratio { Ratio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator) }
    private static func multiply(_ a: Ratio, _ b: Ratio) -> Ratio { Ratio(a.numerator * b.numerator, a.denominator * b.denominator) }

    /// A multiple as a short decimal (`2.2`, `5`).
    private static func multiple(_ r: Ratio) -> String {
        if r.denominator == 1 { return String(r.numerator) }
        let hundredths = (r.numerator * 100) / r.denominator
        let cents = hundredths % 100
        var text = "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
