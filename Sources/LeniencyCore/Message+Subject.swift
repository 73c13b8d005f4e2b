extension Message {
    /// What a schema message is about, from the English phrase the decoders name it by: a noun of the catalogue
    /// (`list item`), a noun with a key (`party `name``), a key path (`expect.fine.min`) or a quoted key (`` `workdays` ``).
    ///
    /// The nouns are catalogue entries (`noun…`), so a decoder keeps naming things in plain English and every language
    /// gets its own word; a phrase that is none of these shapes is shown as written.
    public static func subject(_ english: String) -> Message {
        if let noun = SubjectNouns.byEnglish[english] { return Message(noun) }
        if english.count >= 2, english.hasPrefix("`"), english.hasSuffix("`"), !english.dropFirst().dropLast().contains("`") {
            return .verbatim(english)
        }
        if english.hasSuffix("`"), let tick = english.firstIndex(of: "`"), tick > english.startIndex,
           english[english.index(before: tick)] == " ",
           let noun = SubjectNouns.byEnglish[String(english[..<english.index(before: tick)])] {
            let key = english[english.index(after: tick)..<english.index(before: english.endIndex)]
            if !key.isEmpty, !key.contains("`") { return Message(.subjectNounKey, Message(noun), key) }
        }
        if !english.isEmpty, english.unicodeScalars.allSatisfy({ SubjectNouns.keyCharacters.contains($0) }) {
            return Message(.subjectKey, english)
        }
        return .verbatim(english)
    }
}

/// The `noun…` entries of the catalogue by their English text.
enum SubjectNouns {
    static let byEnglish: [String: MessageID] = {
        var table: [String: MessageID] = [:]
        for id in MessageID.allCases where id.rawValue.hasPrefix("noun") { table[id.templates.en] = id }
        return table
    }()

    static let keyCharacters: Set<Unicode.Scalar> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-[]".unicodeScalars)
}
