import LeniencyCore

/// Reads the plain forms of `leniency check` without swift-argument-parser.
///
/// The parser reflects on a command's property wrappers, and every wrapper type it meets for the first time costs a
/// scan of all protocol-conformance records in the binary: about 16 of a cold `check`'s 42 million instructions,
/// more than loading the rules. An officer's `check case.yaml --rules rules --format json` needs none of that.
///
/// Only arguments whose meaning is beyond doubt are read here: known long options given at most once, as
/// `--name value` or `--name=value` with a value that is not empty and does not start with `-`, flags without a value,
/// and case paths that are not empty and do not start with `-` (`-`, `--`, short options, `--help`, `--version` and
/// anything unknown are not). The request must also pass `CheckCommand.validate`. Anything else returns nil and goes
/// through the parser, so help, errors and exit codes stay the parser's. `CheckQuickParseTests` compares both
/// readings on generated argument lists.
enum CheckQuickParse {
    /// The request the arguments (`check` first) ask for, or nil when the argument parser must read them.
    static func request(_ arguments: [String]) -> CheckRequest? {
        guard arguments.first == "check" else { return nil }
        var request = CheckRequest(cases: [])
        var given: [Substring] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard !argument.isEmpty else { return nil }
            guard argument.hasPrefix("-") else {
                request.cases.append(argument)
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            let name: Substring, inline: String?
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                inline = String(argument[argument.index(after: equals)...])
            } else {
                name = argument[...]
                inline = nil
            }
            guard !given.contains(name) else { return nil }
            given.append(name)
            switch name {
            case "--explain", "--interactive", "--no-presumptions", "--no-cache":
                guard inline == nil else { return nil }
                switch name {
                case "--explain": request.explain = true
                case "--interactive": request.interactive = true
                case "--no-presumptions": request.noPresumptions = true
                default: request.noCache = true
                }
            case "--rules", "--lang", "--on", "--register", "--format":
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard index < arguments.count else { return nil }
                    value = arguments[index]
                    index += 1
                }
                guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
                switch name {
                case "--rules": request.rules = value
                case "--lang": request.lang = value
                case "--on": request.on = value
                case "--register": request.register = value
                default: request.format = value
                }
            default:
                return nil
            }
        }
        guard valid(request) else { return nil }
        return request
    }

    /// `CheckCommand.validate` and `LanguageOption.validate`, which the parser would run.
    private static func valid(_ request: CheckRequest) -> Bool {
        guard !request.cases.isEmpty, ["text", "json", "jsonl"].contains(request.format) else { return false }
        if let on = request.on, CivilDate(on) == nil { return false }
        if let lang = request.lang, Language(rawValue: lang) == nil { return false }
        return true
    }
}
