/// Finds English words in text meant to be Chinese, by one rule rather than a list of exceptions.
///
/// A run of Latin letters is accepted only where it is not prose:
/// 1. inside backquotes — a key, value or command as the user writes it (`` `true` ``, `` `kind: test` ``);
/// 2. inside a citation 《…》;
/// 3. in a token shaped like an identifier, code, number or path: it contains a digit or one of `_ - . / @ $ * + # % & ~ ^`
///    (`harm_minor`, `cn-tax-2021-6-01`, `--rules`, `YYYY-MM-DD`, `examples/cases/a.yaml`), or it is all capitals
///    (`TAX`, `CSV`, `PATH`) — codes and 文号 (`洪税罚〔2025〕0012号`) have no Latin letters or are shaped like this;
/// 4. a name the rules declare (facts, enum values, ids, violation codes), passed in `names`.
/// Everything else — `true`, `tax`, `lighter`, `boolean`, `the` — is an English word.
public enum EnglishWords {
    /// The English words of `text`, in order of appearance.
    public static func find(in text: String, names: Set<String> = []) -> [String] {
        var words: [String] = []
        var token = ""
        var quoted = false
        var citation = 0
        func flush() {
            defer { token = "" }
            guard !token.isEmpty, !quoted, citation == 0 else { return }
            guard token.unicodeScalars.contains(where: isLatinLetter) else { return }
            if token.unicodeScalars.contains(where: { isDigit($0) || identifierMarks.contains($0) }) { return }
            if token.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { return }
            if names.contains(token) { return }
            words.append(token)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "`":
                flush()
                quoted.toggle()
            case "《":
                flush()
                citation += 1
            case "》":
                flush()
                citation = max(0, citation - 1)
            default:
                if isLatinLetter(scalar) || isDigit(scalar) || identifierMarks.contains(scalar) {
                    token.unicodeScalars.append(scalar)
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    static let identifierMarks: Set<Unicode.Scalar> = ["_", "-", ".", "/", "@", "$", "*", "+", "#", "%", "&", "~", "^"]

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
