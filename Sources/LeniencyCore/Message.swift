/// A user-visible sentence as data: a catalogue id (`MessageID`) and its arguments, rendered in a language only when
/// it is printed, so every stage can say what went wrong without choosing the reader's language.
public struct Message: Sendable, Hashable {
    /// Which sentence of the catalogue.
    public var id: MessageID
    /// The values filled into the template's `{0}`, `{1}`, … in order.
    public var arguments: [MessageArgument]

    /// A catalogue message with its arguments.
    public init(_ id: MessageID, _ arguments: any MessageArgumentConvertible...) {
        self.id = id
        self.arguments = arguments.map(\.messageArgument)
    }

    /// A catalogue message with already converted arguments.
    public init(_ id: MessageID, arguments: [MessageArgument]) {
        self.id = id
        self.arguments = arguments
    }

    /// Text that is not in the catalogue (rule-authored text, another tool's words), shown as it is in every language.
    public static func verbatim(_ text: String) -> Message { Message(.verbatim, arguments: [.text(text)]) }

    /// The sentence in `language`.
    public func rendered(_ language: Language) -> String {
        let template = language == .zh ? id.templates.zh : id.templates.en
        return MessageTemplate.fill(template, with: arguments, in: language)
    }

    /// The sentence in English (what logs, JSON `message` fields and older callers read).
    public var english: String { rendered(.en) }

    /// True when the message renders as nothing.
    public var isEmpty: Bool { id == .verbatim && arguments.first == .text("") }
}

/// One value inside a message. Text is shown as it is (identifiers, codes, citations, 文号, user input); booleans,
/// nested messages and lists are rendered in the message's language.
public indirect enum MessageArgument: Sendable, Hashable {
    /// Shown as it is in every language.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// `true` / `false`, 是 / 否.
    case boolean(Bool)
    /// A phrase from the catalogue, rendered in the same language.
    case message(Message)
    /// Items joined with `, ` or `、`.
    case list([MessageArgument])

    /// The argument in `language`.
    public func rendered(_ language: Language) -> String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .boolean(let value): language == .zh ? (value ? "是" : "否") : (value ? "true" : "false")
        case .message(let message): message.rendered(language)
        case .list(let items): items.map { $0.rendered(language) }.joined(separator: language.listSeparator)
        }
    }
}

/// A value that can be an argument of a `Message`.
public protocol MessageArgumentConvertible {
    /// The value as a message argument.
    var messageArgument: MessageArgument { get }
}

extension MessageArgument: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { self }
}

extension Message: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .message(self) }
}

extension String: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(self) }
}

extension Substring: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(String(self)) }
}

extension Int: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .integer(self) }
}

extension Bool: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .boolean(self) }
}

extension CivilDate: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(description) }
}

extension Money: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(displayString) }
}

extension Array: MessageArgumentConvertible where Element: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .list(map(\.messageArgument)) }
}

/// Fills `{0}`, `{1}`, … of a catalogue template.
enum MessageTemplate {
    static func fill(_ template: String, with arguments: [MessageArgument], in language: Language) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var scalars = template.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            out.unicodeScalars.append(contentsOf: scalars[..<open])
            let rest = scalars[scalars.index(after: open)...]
            let digits = rest.prefix { $0.properties.numericType == .decimal && $0.isASCII }
            let close = digits.endIndex
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let index = Int(String(String.UnicodeScalarView(digits))) {
                if index < arguments.count { out += arguments[index].rendered(language) }
                scalars = rest[rest.index(after: close)...]
            } else {
                out.unicodeScalars.append("{")
                scalars = rest
            }
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// The placeholder numbers a template uses, for the catalogue's consistency test.
    public static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var scalars = template.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            let rest = scalars[scalars.index(after: open)...]
            let digits = rest.prefix { $0.isASCII && $0.properties.numericType == .decimal }
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "}",
               let index = Int(String(String.UnicodeScalarView(digits))) {
                found.insert(index)
            }
            scalars = rest
        }
        return found
    }
}

extension MessageID {
    /// The placeholder numbers of the English and the Chinese template (a test checks that they agree).
    public var placeholders: (en: Set<Int>, zh: Set<Int>) {
        (MessageTemplate.placeholders(in: templates.en), MessageTemplate.placeholders(in: templates.zh))
    }
}

extension Message {
    /// `did you mean `a`?` / `did you mean `a` or `b`?`; nil when there is nothing to suggest.
    public static func didYouMean(_ names: [String]) -> Message? {
        guard !names.isEmpty else { return nil }
        return Message(.didYouMean, joined(names.map { .verbatim("`\($0)`") }, by: .orSeparator))
    }

    /// Messages joined pairwise by a two-argument catalogue template (`{0}; {1}`, `{0} or {1}`).
    public static func joined(_ messages: [Message], by separator: MessageID) -> Message {
        guard var result = messages.first else { return .verbatim("") }
        for next in messages.dropFirst() { result = Message(separator, result, next) }
        return result
    }
}

extension Message {
    /// An outcome's word (`no-penalty` / 不予处罚); the raw value as it is when it is not an outcome.
    public static func outcome(_ raw: String) -> Message {
        switch raw {
        case "no-penalty": Message(.outcomeWordNoPenalty)
        case "mitigated": Message(.outcomeWordMitigated)
        case "lighter": Message(.outcomeWordLighter)
        case "standard": Message(.outcomeWordStandard)
        case "heavier": Message(.outcomeWordHeavier)
        case "undetermined": Message(.outcomeWordUndetermined)
        case "no-violation": Message(.outcomeWordNoViolation)
        case "none": Message(.outcomeWordNone)
        default: .verbatim(raw)
        }
    }

    /// A penalty kind's name (行政处罚法 Art. 9; the `penalty_kinds` vocabulary of docs/CASE-FORMAT.md); another value
    /// stays as written.
    public static func penaltyKind(_ raw: String) -> Message {
        switch raw {
        case "warning": Message(.penaltyKindWarning)
        case "public_criticism": Message(.penaltyKindPublicCriticism)
        case "fine": Message(.penaltyKindFine)
        case "confiscation": Message(.penaltyKindConfiscation)
        case "licence_suspension": Message(.penaltyKindLicenceSuspension)
        case "qualification_downgrade": Message(.penaltyKindQualificationDowngrade)
        case "revocation": Message(.penaltyKindRevocation)
        case "business_restriction": Message(.penaltyKindBusinessRestriction)
        case "suspension": Message(.penaltyKindSuspension)
        case "closure": Message(.penaltyKindClosure)
        case "employment_restriction": Message(.penaltyKindEmploymentRestriction)
        case "detention": Message(.penaltyKindDetention)
        default: .verbatim(raw)
        }
    }

    /// A discretion tier's word (`lighter` / 从轻); a tier the rules name otherwise stays as written.
    public static func tier(_ name: String) -> Message {
        switch name {
        case "lighter": Message(.tierWordLighter)
        case "standard": Message(.tierWordStandard)
        case "heavier": Message(.tierWordHeavier)
        case "mitigated": Message(.tierWordMitigated)
        default: .verbatim(name)
        }
    }
}
