import LeniencyCore

/// libyaml's English problem and context texts as catalogue messages (`libyaml…` entries), looked up by their text.
enum LibYAMLWords {
    static let byEnglish: [String: MessageID] = {
        var table: [String: MessageID] = [:]
        for id in MessageID.allCases where id.rawValue.hasPrefix("libyaml") && id != .libyamlOther {
            table[id.templates.en] = id
        }
        return table
    }()

    /// The text as a message: translated when the catalogue knows it, else quoted as libyaml wrote it.
    static func message(_ english: String) -> Message {
        byEnglish[english].map { Message($0) } ?? Message(.libyamlOther, english)
    }
}
