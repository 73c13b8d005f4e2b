import LeniencyCore

/// One CSV field with the position where it starts.
struct CSVField: Sendable {
    var text: String
    var line: Int
    var column: Int
}

/// Splits one CSV record (RFC 4180: `,` separators, `"` quoting with `""` for a quote, fields may span lines).
enum CSVRecordParser {
    /// The fields of the record that starts on `line`; an error column when a quote is malformed.
    static func fields(_ text: String, line: Int) -> Result<[CSVField], JSONLineError> {
        var fields: [CSVField] = []
        var current = String.UnicodeScalarView()
        var fieldLine = line, fieldColumn = 1
        var curLine = line, curColumn = 1
        var inQuotes = false
        var wasQuoted = false
        var afterClosingQuote = false
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if inQuotes {
                if c == "\"" {
                    if k + 1 < scalars.count, scalars[k + 1] == "\"" {
                        current.append("\"")
                        k += 2; curColumn += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    current.append(c)
                    if c == "\n" { curLine += 1; curColumn = 0 }
                }
            } else if c == "," {
                fields.append(CSVField(text: wasQuoted ? String(current) : String(current).trimmingSpaces(), line: fieldLine, column: fieldColumn))
                current = String.UnicodeScalarView()
                wasQuoted = false
                afterClosingQuote = false
                fieldLine = curLine
                fieldColumn = curColumn + 1
            } else if c == "\"" {
                guard String(current).trimmingSpaces().isEmpty, !afterClosingQuote else {
                    return .failure(JSONLineError(column: curColumn, message: Message(.csvQuoteInUnquoted)))
                }
                current = String.UnicodeScalarView()
                inQuotes = true
                wasQuoted = true
            } else if afterClosingQuote, c != " " {
                return .failure(JSONLineError(column: curColumn, message: Message(.csvTextAfterQuote)))
            } else if !afterClosingQuote {
                current.append(c)
            }
            k += 1
            curColumn += 1
        }
        guard !inQuotes else {
            return .failure(JSONLineError(column: fieldColumn, message: Message(.csvUnterminatedField)))
        }
        fields.append(CSVField(text: wasQuoted ? String(current) : String(current).trimmingSpaces(), line: fieldLine, column: fieldColumn))
        return .success(fields)
    }
}
