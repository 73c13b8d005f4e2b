/// One cell of a CSV row: text, or a number written so that a spreadsheet reads it as a number.
public enum CSVCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Text; neutralised against formula injection when it starts with `=`, `+`, `-`, `@`, tab or carriage return.
    case text(String)
    /// A number as plain decimal text (`-1200`, `350.50`); kept as it is, so negative numbers stay numbers.
    /// Text that is not such a number is written as `.text` would be.
    case number(String)

    /// A text cell.
    public init(stringLiteral value: String) { self = .text(value) }

    /// An integer cell.
    public static func integer(_ value: some BinaryInteger) -> CSVCell { .number(String(value)) }
}

/// The one CSV writer of the project: UTF-8 with a byte order mark (spreadsheet programs then read Chinese text),
/// RFC 4180 quoting, CRLF row ends, and every cell neutralised against formula injection (OWASP "CSV Injection":
/// a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so Excel and LibreOffice
/// show it as text instead of evaluating it, e.g. a case number `=HYPERLINK(…)`).
///
/// A `.number` cell that is exactly a decimal number (an optional `-`, digits, an optional `.` and digits) is written
/// unchanged: a number cannot carry a formula, and prefixing `-1200` would turn a negative amount into text.
public struct CSVWriter: Sendable {
    /// The rendered text so far (byte order mark, header, rows).
    public private(set) var text: String

    /// Starts a table with a header row; `byteOrderMark: false` for a stream appended to an existing file.
    public init(header: [String], byteOrderMark: Bool = true) {
        text = byteOrderMark ? "\u{FEFF}" : ""
        text += Self.row(header.map(CSVCell.text))
    }

    /// Appends one row.
    public mutating func append(_ cells: [CSVCell]) {
        text += Self.row(cells)
    }

    /// One row with its CRLF, for writers that stream rows instead of keeping the table.
    public static func row(_ cells: [CSVCell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One cell, neutralised and then quoted when it holds a comma, quote or line break (quotes doubled).
    public static func field(_ cell: CSVCell) -> String {
        let text: String
        switch cell {
        case .text(let value): text = neutralised(value)
        case .number(let value): text = isPlainNumber(value) ? value : neutralised(value)
        }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-12`, `0`, `350.50`: digits with an optional leading minus and an optional fraction.
    static func isPlainNumber(_ text: String) -> Bool {
        var before = 0, after = 0, sawPoint = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0, scalar == "-" { continue }
            if scalar == ".", !sawPoint, before > 0 {
                sawPoint = true
                continue
            }
            guard ("0"..."9").contains(scalar) else { return false }
            if sawPoint { after += 1 } else { before += 1 }
        }
        return before > 0 && (!sawPoint || after > 0)
    }
}
