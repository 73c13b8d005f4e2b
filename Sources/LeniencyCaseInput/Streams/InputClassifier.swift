import Foundation
public import LeniencyCore

/// What an audit input file holds, recognised from its first record's keys (not from its name or folder).
public enum InputContent: String, Sendable, Hashable {
    /// Case files (YAML/JSON, JSON Lines, CSV export).
    case cases
    /// Inspection records (`enterprise`, `reason`, or an `inspections:` list).
    case inspections
    /// Officer certificates (`number`, `name`, `valid_from`, `valid_to`).
    case certificates
    /// None of them (a rule file, notes, another tool's data).
    case other
}

/// Recognises audit input files by content, reading only the start of each file.
///
/// A file whose start shows no keys at all (empty, unreadable, not YAML) counts as cases, so the case reader reports
/// what is wrong with it at its position instead of the file being skipped silently.
public enum InputClassifier {
    /// How much of a file is looked at: enough for a first record, little for a year of JSON Lines.
    static let prefixBytes = 64 * 1024

    /// Keys only a case has (inspections and certificates share `id`, `agency`, `officers`, `region`, `name`).
    static let caseKeys: Set<String> = ["violation", "party", "dates", "decision", "cases", "prior_violations", "facts",
                                         "illegal_gains", "goods_value"]
    static let inspectionKeys: Set<String> = ["inspections", "enterprise", "enterprise_name", "reason", "registered", "joint"]
    static let certificateKeys: Set<String> = ["certificates", "valid_from", "valid_to", "number"]
    /// Keys a case shares with other records: a file with only these is an incomplete case, reported as one.
    static let sharedCaseKeys: Set<String> = ["id", "agency", "region", "officers"]

    /// The content of the file at `path`.
    public static func classify(path: String) -> InputContent {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .cases }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: prefixBytes)) ?? Data()
        return classify(prefix: [UInt8](bytes), format: InputFormat(path: path))
    }

    /// The content of a file that starts with `prefix`.
    public static func classify(prefix: [UInt8], format: InputFormat) -> InputContent {
        var body = prefix[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Keys are ASCII in every format, so undecodable bytes elsewhere (GB18030 names) do not matter here.
        let text = String(decoding: body, as: UTF8.self)
        let keys: Set<String>
        switch format {
        case .csv:
            // Export headers may be Chinese in GB18030: decode the header line on its own.
            let header = Array(body.prefix { $0 != 0x0A })
            let decoded = (try? TextDecoding.decode(header).get().text) ?? text
            keys = csvHeaderKeys(decoded)
        case .jsonLines: keys = jsonKeys(firstLine(text))
        case .yaml:
            let start = text.first { !$0.isWhitespace }
            keys = start == "{" || start == "[" ? jsonKeys(text) : yamlTopKeys(text)
        }
        return classify(keys: keys)
    }

    /// The content a record with these top-level keys belongs to.
    static func classify(keys: Set<String>) -> InputContent {
        if keys.isEmpty || !keys.isDisjoint(with: caseKeys) { return .cases }
        if !keys.isDisjoint(with: inspectionKeys) { return .inspections }
        if !keys.isDisjoint(with: certificateKeys) { return .certificates }
        if !keys.isDisjoint(with: sharedCaseKeys) { return .cases }
        return .other
    }

    static func firstLine(_ text: String) -> Substring {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        return lines.first { !$0.allSatisfy(\.isWhitespace) } ?? ""
    }

    /// The header's column names; `party.name` also counts as `party`.
    static func csvHeaderKeys(_ text: String) -> Set<String> {
        var keys: Set<String> = []
        for field in firstLine(text).split(separator: ",") {
            let raw = field.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t\r"))
            guard !raw.isEmpty else { continue }
            let name = CSVColumnMapping.aliases[raw] ?? raw
            keys.insert(name)
            if let dot = name.firstIndex(of: ".") { keys.insert(String(name[..<dot])) }
        }
        return keys
    }

    /// Keys of the top-level mapping, or of the mappings in a top-level sequence (`- key:` at column 0).
    static func yamlTopKeys(_ text: String) -> Set<String> {
        var keys: Set<String> = []
        var sequence = false
        for line in text.split(separator: "\n") {
            var rest = line[...]
            if rest.hasPrefix("- ") {
                sequence = true
                rest = rest.dropFirst(2)
            } else if sequence, rest.hasPrefix("  "), !rest.hasPrefix("   ") {
                // The other keys of a top-level sequence's mappings: `- id: …` then `  enterprise: …`.
                rest = rest.dropFirst(2)
            }
            guard let first = rest.first, first.isASCII, first.isLetter || first == "_" || first == "\"" || first == "'" else { continue }
            let quote: Character? = first == "\"" || first == "'" ? first : nil
            if quote != nil { rest = rest.dropFirst() }
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            var after = rest.dropFirst(name.count)
            if let quote, after.first == quote { after = after.dropFirst() }
            if !name.isEmpty, after.first == ":" { keys.insert(String(name)) }
        }
        return keys
    }

    /// Keys of the first JSON object at the top level (or of the objects in a top-level array).
    static func jsonKeys<S: StringProtocol>(_ text: S) -> Set<String> {
        var keys: Set<String> = []
        var depth = 0
        var objectDepth = 1
        var inString = false
        var escaped = false
        var current = ""
        var lastString: String?
        var sawFirst = false
        for character in text {
            if inString {
                if escaped { escaped = false; current.append(character); continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" { inString = false; lastString = current } else { current.append(character) }
                continue
            }
            switch character {
            case "\"":
                inString = true
                current = ""
            case "{", "[":
                if !sawFirst, character == "[" { objectDepth = 2 }
                sawFirst = true
                depth += 1
                lastString = nil
            case "}", "]":
                depth -= 1
                if depth < objectDepth, !keys.isEmpty { return keys }
                lastString = nil
            case ":":
                if depth == objectDepth, let key = lastString { keys.insert(key) }
                lastString = nil
            case " ", "\t", "\r", "\n": break
            default: lastString = nil
            }
        }
        return keys
    }
}

/// The audit's input files sorted by what they hold.
public struct SortedInputs: Sendable {
    /// Case files.
    public var cases: [String] = []
    /// Inspection record files.
    public var inspections: [String] = []
    /// Certificate registers.
    public var certificates: [String] = []
    /// Missing paths (I001, errors) and files that hold none of them (I003, one warning per file).
    public var diagnostics: [Diagnostic] = []

    public init() {}
}

extension InputClassifier {
    /// Expands `paths` (folders recursively) and sorts every file by its content.
    public static func sort(_ paths: [String]) -> SortedInputs {
        var sorted = SortedInputs()
        let expanded = InputFiles.expand(paths)
        sorted.diagnostics = expanded.diagnostics
        for file in expanded.files {
            switch classify(path: file) {
            case .cases: sorted.cases.append(file)
            case .inspections: sorted.inspections.append(file)
            case .certificates: sorted.certificates.append(file)
            case .other:
                sorted.diagnostics.append(Diagnostic(.skippedInput, at: .wholeFile(file), Message(.inputNotRecognised, file),
                                                     hint: Message(.inputNotRecognisedHint)))
            }
        }
        return sorted
    }
}
