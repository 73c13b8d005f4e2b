import LeniencyCore

/// The normalised citation form `《法名》第X条[之X][第X款][第X项|第（X）项]` and a best-effort rewrite into it.
enum CitationForm {
    /// True when the text is exactly one normalised citation.
    ///
    /// A hand-written scan, not a regex: lint checks every citation of every list, and a regex literal is compiled
    /// again at each use.
    static func isNormalised(_ text: String) -> Bool {
        var scanner = CitationScanner(text)
        guard scanner.take("《"), scanner.takeRun(while: { $0 != "《" && $0 != "》" }) > 0, scanner.take("》") else { return false }
        guard scanner.take("第"), scanner.takeRun(while: isNumeral) > 0, scanner.take("条") else { return false }
        if scanner.take("之") {
            guard scanner.takeRun(while: { "一二三四五六七八九十".unicodeScalars.contains($0) }) > 0 else { return false }
        }
        var checkpoint = scanner
        if scanner.take("第"), scanner.takeRun(while: isNumeral) > 0, scanner.take("款") {
            checkpoint = scanner
        } else {
            scanner = checkpoint
        }
        if scanner.take("第") {
            let parenthesised: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("（", "）"), ("(", ")")]
            if let pair = parenthesised.first(where: { scanner.take($0.open) }) {
                guard scanner.takeRun(while: isNumeral) > 0, scanner.take(pair.close) else { return false }
            } else {
                guard scanner.takeRun(while: isNumeral) > 0 else { return false }
            }
            guard scanner.take("项") else { return false }
        }
        return scanner.atEnd
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        "零一二三四五六七八九十百千".unicodeScalars.contains(scalar)
    }

    /// Why the text is not normalised, in a parenthesis for the message.
    static func problem(_ text: String) -> Message {
        if !text.hasPrefix("《") || !text.contains("》") { return Message(.citationProblemBrackets) }
        if text.contains(where: { $0.isASCII && $0.isNumber }) || text.contains(where: { ("０"..."９").contains($0) }) {
            return Message(.citationProblemNumerals)
        }
        if text.lowercased().contains("art") { return Message(.citationProblemArt) }
        return Message(.citationProblemShape)
    }

    /// The normalised form when a mechanical rewrite reaches it (Arabic numerals, `Art. 33`, missing 《》); else nil.
    static func normalised(_ text: String) -> String? {
        var result = String(text.map { fullWidthDigit($0) ?? $0 })
        result = result.replacing(/(?i)\s*(article|art\.?)\s*(\d+)/) { "第\($0.2)条" }
        result = result.replacing(/第\s*(\d+)\s*(条|款|项)/) { match in
            Int(match.1).flatMap(chineseNumeral).map { "第\($0)\(match.2)" } ?? String(match.0)
        }
        result = result.replacing(/第\s*[（(]\s*(\d+)\s*[)）]\s*项/) { match in
            Int(match.1).flatMap(chineseNumeral).map { "第（\($0)）项" } ?? String(match.0)
        }
        if !result.hasPrefix("《"), !result.contains("《"), !result.contains("》"), let cut = result.firstRange(of: "第") {
            let title = String(result[..<cut.lowerBound]).trimmingSpaces()
            if !title.isEmpty { result = "《\(title)》" + result[cut.lowerBound...] }
        }
        if let close = result.firstIndex(of: "》") {
            let after = result[result.index(after: close)...].filter { $0 != " " && $0 != "\u{3000}" }
            result = String(result[...close]) + after
        }
        return result != text && isNormalised(result) ? result : nil
    }

    /// Chinese numeral for 1–9999 as laws number articles (十五, 三十三, 一百零五, 一千二百六十).
    static func chineseNumeral(_ number: Int) -> String? {
        guard number > 0, number < 10_000 else { return nil }
        let digits = Array("零一二三四五六七八九")
        if number < 10 { return String(digits[number]) }
        if number < 20 { return "十" + (number % 10 == 0 ? "" : String(digits[number % 10])) }
        var out = ""
        var pendingZero = false
        for (value, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = (number / value) % 10
            if digit == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out += "零"; pendingZero = false }
            out += String(digits[digit]) + unit
        }
        return out
    }

    private static func fullWidthDigit(_ c: Character) -> Character? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
              (0xFF10...0xFF19).contains(scalar.value),
              let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) else { return nil }
        return Character(ascii)
    }
}

/// A forward-only reader over a citation's Unicode scalars.
private struct CitationScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool { index == scalars.count }

    /// Consumes `scalar` if it comes next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    /// Consumes the longest run of scalars that satisfy `accept`; returns its length.
    mutating func takeRun(while accept: (Unicode.Scalar) -> Bool) -> Int {
        let start = index
        while index < scalars.count, accept(scalars[index]) { index += 1 }
        return index - start
    }
}
