package import LeniencyCore

/// Hints for dates and amounts written the way people write them in documents and spreadsheets, so the fix can be
/// copied instead of worked out (`2025/2/3` → `2025-02-03`, `5千` → `5000`).
package enum ValueSpellingHints {
    /// Why `text` is not a `YYYY-MM-DD` date and how to write it.
    package static func date(_ text: String) -> Message {
        let trimmed = text.trimmingSpaces()
        let separators: Set<Character> = ["-", "/", ".", "年", "月", "日"]
        let parts = trimmed.split(whereSeparator: { separators.contains($0) }).map(String.init)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            if let date = CivilDate(year: year, month: month, day: day) {
                return Message(.spellDateAs, date)
            }
            if !(1...12).contains(month) { return Message(.spellNoSuchMonth, month) }
            return Message(.spellMonthDays, "\(parts[0])-\(month < 10 ? "0" : "")\(month)", CivilDate.daysIn(month: month, year: year))
        }
        if trimmed.count == 5, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Message(.spellSpreadsheetSerial)
        }
        if trimmed.contains("T") || trimmed.contains(":") {
            return Message(.spellNoTime)
        }
        return Message(.spellDateForm)
    }

    /// Why `text` is not an amount in yuan and how to write it.
    package static func money(_ text: String) -> Message {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("-") || trimmed.hasPrefix("¥-") || trimmed.hasPrefix("￥-") {
            return Message(.spellNegativeAmount)
        }
        for (unit, factor) in [("千元", Int64(1_000)), ("千", 1_000), ("百元", 100), ("百", 100)] where trimmed.hasSuffix(unit) {
            let number = String(trimmed.dropLast(unit.count))
            if let amount = Money(parsing: number), case let (fen, overflow) = amount.fen.multipliedReportingOverflow(by: factor), !overflow {
                let yuan = fen % 100 == 0 ? "\(fen / 100)" : Money(fen: fen).yuanString
                return Message(.spellAmountUnit, trimmed, yuan)
            }
        }
        if let dot = trimmed.firstIndex(of: "."), trimmed[trimmed.index(after: dot)...].filter(\.isNumber).count > 2 {
            return Message(.spellAmountDecimals)
        }
        return Message(.spellAmountForm)
    }
}
