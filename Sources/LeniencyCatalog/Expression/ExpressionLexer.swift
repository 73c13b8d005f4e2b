import LeniencyCore

/// Splits expression text into tokens; works on Unicode scalars so offsets match YAML columns.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// All tokens up to and including `.end`, or the first lexical error.
    static func tokenize(_ source: String) -> Result<[ExpressionToken], ExpressionError> {
        var lexer = ExpressionLexer(source)
        var tokens: [ExpressionToken] = []
        while true {
            switch lexer.next() {
            case .success(let token):
                tokens.append(token)
                if token.kind == .end { return .success(tokens) }
            case .failure(let error):
                return .failure(error)
            }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < scalars.count ? scalars[i] : nil
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{3000}"
    }

    private static func isDigit(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return s.value >= 0x30 && s.value <= 0x39
    }

    private static func isIdentifierStart(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || s == "_"
    }

    private static func isIdentifierPart(_ s: Unicode.Scalar?) -> Bool {
        isIdentifierStart(s) || isDigit(s) || s == "."
    }

    private func text(_ from: Int, _ to: Int) -> String {
        // Encoded to UTF-8 first and made a String once: appending scalars one by one re-checks the string each time
        // (most of the catalog's load time spent lexing went there).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(to - from)
        for scalar in scalars[from..<to] {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func token(_ kind: ExpressionTokenKind, from start: Int) -> Result<ExpressionToken, ExpressionError> {
        .success(ExpressionToken(kind: kind, span: ExpressionSpan(start: start, end: index)))
    }

    private func failure(_ message: Message, hint: Message? = nil, from start: Int, to end: Int? = nil)
        -> Result<ExpressionToken, ExpressionError> {
        .failure(ExpressionError(code: .expressionSyntax, message, hint: hint,
                                 span: ExpressionSpan(start: start, end: end ?? index)))
    }

    /// Full-width punctuation that Chinese input methods produce in place of the ASCII operator.
    private static let fullWidth: [Unicode.Scalar: String] = [
        "（": "(", "）": ")", "，": ",", "＝": "=", "！": "!", "＜": "<", "＞": ">",
        "【": "[", "】": "]", "［": "[", "］": "]", "“": "\"", "”": "\"", "‘": "'", "’": "'", "＆": "&", "｜": "|",
    ]

    private mutating func next() -> Result<ExpressionToken, ExpressionError> {
        while let s = peek(), Self.isSpace(s) { index += 1 }
        let start = index
        guard let s = peek() else { return token(.end, from: start) }

        if Self.isIdentifierStart(s) { return identifier(start) }
        if Self.isDigit(s) || (s == "-" && Self.isDigit(peek(1))) { return number(start) }
        if s == "¥" || s == "￥" { return yuanSign(start) }
        if s == "'" || s == "\"" { return string(start, quote: s) }

        index += 1
        switch s {
        case "(": return token(.leftParen, from: start)
        case ")": return token(.rightParen, from: start)
        case "[": return token(.leftBracket, from: start)
        case "]": return token(.rightBracket, from: start)
        case ",": return token(.comma, from: start)
        case "=":
            if peek() == "=" { index += 1; return token(.comparison(.equal), from: start) }
            return failure(Message(.exprEqualsNotOperator), hint: Message(.exprUseDoubleEquals), from: start)
        case "!":
            if peek() == "=" { index += 1; return token(.comparison(.notEqual), from: start) }
            return token(.not, from: start)
        case "<":
            if peek() == "=" { index += 1; return token(.comparison(.lessOrEqual), from: start) }
            return token(.comparison(.less), from: start)
        case ">":
            if peek() == "=" { index += 1; return token(.comparison(.greaterOrEqual), from: start) }
            return token(.comparison(.greater), from: start)
        case "&":
            if peek() == "&" { index += 1; return token(.and, from: start) }
            return failure(Message(.exprSingleAmpersand), hint: Message(.exprUseAnd), from: start)
        case "|":
            if peek() == "|" { index += 1; return token(.or, from: start) }
            return failure(Message(.exprSinglePipe), hint: Message(.exprUseOr), from: start)
        default:
            if let ascii = Self.fullWidth[s] {
                return failure(Message(.exprFullWidth, String(s)), hint: Message(.exprTypeASCII, ascii), from: start)
            }
            if "千百十亿".unicodeScalars.contains(s), start > 0, scalars[start - 1].properties.numericType != nil {
                // 5千: a Chinese unit after digits; only 万/万元/元 are money units here.
                return failure(Message(.exprChineseUnit, text(start, start + 1)),
                               hint: Message(.exprChineseUnitHint), from: start)
            }
            if s.properties.isAlphabetic {
                // A run of Chinese text: most likely a label written where the fact's name belongs.
                while let c = peek(), c.properties.isAlphabetic, !Self.isIdentifierStart(c) { index += 1 }
                return failure(Message(.exprUnexpectedText, text(start, index)),
                               hint: Message(.exprUseFactName), from: start)
            }
            return failure(Message(.exprUnexpectedCharacter, String(s)), hint: Message(.exprWhatExpressionsUse), from: start)
        }
    }

    private mutating func identifier(_ start: Int) -> Result<ExpressionToken, ExpressionError> {
        while Self.isIdentifierPart(peek()) { index += 1 }
        let word = text(start, index)
        switch word {
        case "and": return token(.and, from: start)
        case "or": return token(.or, from: start)
        case "not": return token(.not, from: start)
        case "in": return token(.in, from: start)
        case "between": return token(.between, from: start)
        case "true": return token(.literal(.boolean(true)), from: start)
        case "false": return token(.literal(.boolean(false)), from: start)
        default: return token(.identifier(word), from: start)
        }
    }

    private mutating func consumeDigits() {
        while Self.isDigit(peek()) { index += 1 }
    }

    /// Consumes an unsigned decimal `123` or `12.5`.
    private mutating func consumeDecimal() {
        consumeDigits()
        if peek() == ".", Self.isDigit(peek(1)) {
            index += 1
            consumeDigits()
        }
    }

    /// Consumes whatever sticks to a literal so that `20days` is reported whole.
    private mutating func trailingJunk(_ start: Int) -> Result<ExpressionToken, ExpressionError>? {
        guard Self.isIdentifierPart(peek()) else { return nil }
        while Self.isIdentifierPart(peek()) { index += 1 }
        return failure(Message(.exprMalformedValue, text(start, index)), hint: Message(.exprValueForms), from: start)
    }

    private mutating func number(_ start: Int) -> Result<ExpressionToken, ExpressionError> {
        let negative = peek() == "-"
        if negative { index += 1 }
        let digitsStart = index
        consumeDigits()
        if !negative, index - digitsStart == 4, peek() == "-", Self.isDigit(peek(1)) {
            while Self.isDigit(peek()) || peek() == "-" { index += 1 }
            if let junk = trailingJunk(start) { return junk }
            let raw = text(start, index)
            guard let date = CivilDate(raw) else {
                return failure(Message(.exprInvalidDate, raw), hint: Message(.exprDateForm), from: start)
            }
            return token(.literal(.date(date)), from: start)
        }
        if peek() == ".", Self.isDigit(peek(1)) {
            index += 1
            consumeDigits()
        }
        let numeral = text(start, index)
        if peek() == "万" || peek() == "元" {
            if peek() == "万" { index += 1 }
            if peek() == "元" { index += 1 }
            if let junk = trailingJunk(start) { return junk }
            return money(start)
        }
        if peek() == "d", !Self.isIdentifierPart(peek(1)) {
            index += 1
            guard let days = Int64(numeral) else {
                return failure(Message(.exprNotWholeDays, text(start, index)), hint: Message(.exprDurationForm), from: start)
            }
            return token(.literal(.duration(days)), from: start)
        }
        if let junk = trailingJunk(start) { return junk }
        if numeral.contains(".") {
            guard let value = FixedPoint(parsing: numeral) else {
                return failure(Message(.exprDecimalTooLong, numeral), hint: Message(.exprDecimalLimits), from: start)
            }
            return token(.literal(.decimal(value)), from: start)
        }
        guard let value = Int64(numeral) else {
            return failure(Message(.exprNumberTooLarge, numeral), hint: Message(.exprNumberLimit), from: start)
        }
        return token(.literal(.integer(value)), from: start)
    }

    private mutating func yuanSign(_ start: Int) -> Result<ExpressionToken, ExpressionError> {
        index += 1
        guard Self.isDigit(peek()) else {
            return failure(Message(.exprYuanNeedsAmount, text(start, index)), hint: Message(.exprYuanExample), from: start)
        }
        consumeDecimal()
        if peek() == "万" { index += 1 }
        if peek() == "元" { index += 1 }
        if let junk = trailingJunk(start) { return junk }
        return money(start)
    }

    private func money(_ start: Int) -> Result<ExpressionToken, ExpressionError> {
        let raw = text(start, index)
        guard let amount = Money(parsing: raw) else {
            return failure(Message(.exprInexactMoney, raw), hint: Message(.exprMoneyForm), from: start)
        }
        return token(.literal(.money(amount)), from: start)
    }

    private mutating func string(_ start: Int, quote: Unicode.Scalar) -> Result<ExpressionToken, ExpressionError> {
        index += 1
        let contentStart = index
        while let c = peek(), c != quote { index += 1 }
        guard peek() == quote else {
            return failure(Message(.exprUnclosedText), hint: Message(.exprCloseText, String(quote)), from: start, to: start + 1)
        }
        let content = text(contentStart, index)
        index += 1
        return token(.literal(.text(content)), from: start)
    }
}
