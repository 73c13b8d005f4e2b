import LeniencyCore
import LeniencyReports

/// An error response as RFC 9457 `application/problem+json`, carrying the diagnostics (code, position, hint) that
/// explain it, in English and Chinese.
struct Problem: Error, Sendable {
    /// HTTP status.
    var status: Int
    /// A stable slug: the `type` is `urn:leniency:problem:<slug>`.
    var slug: String
    /// Short summary (English).
    var title: String
    /// The same in Chinese.
    var titleZh: String
    /// What exactly went wrong and how to fix it (English).
    var detail: String
    /// The same in Chinese.
    var detailZh: String
    /// The positioned diagnostics behind it.
    var diagnostics: [Diagnostic] = []
    /// The line of a stream the problem is about.
    var line: Int?

    var json: DecisionJSONValue {
        var fields: [String: DecisionJSONValue] = [
            "type": .string("urn:leniency:problem:\(slug)"), "title": .string(title), "titleZh": .string(titleZh),
            "status": .number(String(status)), "detail": .string(detail), "detailZh": .string(detailZh),
            "diagnostics": .array(diagnostics.map(Self.diagnostic)),
        ]
        if let line { fields["line"] = .number(String(line)) }
        return .object(fields)
    }

    static func diagnostic(_ d: Diagnostic) -> DecisionJSONValue {
        .object(["code": .string(d.code.rawValue), "name": .string(d.code.name), "severity": .string(d.severity.rawValue),
                 "message": .string(d.message), "hint": .string(d.hint), "file": .string(d.location.file),
                 "line": .number(String(d.location.start.line)), "column": .number(String(d.location.start.column)),
                 "notes": .array(d.notes.map { note in
                     .object(["message": .string(note.message), "line": .number(String(note.location.start.line)),
                              "column": .number(String(note.location.start.column))])
                 })])
    }

    // MARK: The problems the service answers with

    static func bodyTooLarge(limit: Int) -> Problem {
        Problem(status: 413, slug: "body-too-large", title: "Request body too large", titleZh: "请求体过大",
                detail: "the request body exceeds the limit of \(limit) bytes; send fewer cases per request or use POST /v1/decisions:stream",
                detailZh: "请求体超过 \(limit) 字节的上限；请减少每次请求的案件数，或改用 POST /v1/decisions:stream")
    }

    static func tooManyCases(_ count: Int, limit: Int) -> Problem {
        Problem(status: 413, slug: "too-many-cases", title: "Too many cases in one request", titleZh: "单次请求案件过多",
                detail: "the request holds \(count) cases, more than the limit of \(limit); split it or use POST /v1/decisions:stream",
                detailZh: "请求包含 \(count) 件案件，超过上限 \(limit) 件；请拆分请求或改用 POST /v1/decisions:stream")
    }

    static func unreadable(_ diagnostics: [Diagnostic]) -> Problem {
        let first = diagnostics.first
        return Problem(status: 400, slug: "unreadable-body", title: "The body is not readable JSON", titleZh: "请求体不是可读的 JSON",
                       detail: first.map { "\($0.code.rawValue) at line \($0.location.start.line), column \($0.location.start.column): \($0.message)" }
                           ?? "the body is empty; send one case as a JSON object or several as an array",
                       detailZh: first.map { "第 \($0.location.start.line) 行第 \($0.location.start.column) 列（\($0.code.rawValue)）：\($0.text.rendered(.zh))" }
                           ?? "请求体为空；请以 JSON 对象发送一件案件，或以数组发送多件",
                       diagnostics: diagnostics)
    }

    static func invalidCase(_ diagnostics: [Diagnostic]) -> Problem {
        let errors = diagnostics.filter { $0.severity == .error }
        let first = errors.first ?? diagnostics.first
        return Problem(status: 422, slug: "invalid-case", title: "The case does not match the case format", titleZh: "案卷不符合案件格式",
                       detail: "\(errors.count) error\(errors.count == 1 ? "" : "s")" + (first.map { ", first at line \($0.location.start.line), column \($0.location.start.column): \($0.message)" } ?? "") + " (docs/CASE-FORMAT.md)",
                       detailZh: "\(errors.count) 处错误" + (first.map { "，第一处在第 \($0.location.start.line) 行第 \($0.location.start.column) 列：\($0.text.rendered(.zh))" } ?? "") + "（见 docs/CASE-FORMAT.md）",
                       diagnostics: diagnostics)
    }

    static func badQuery(_ name: String, _ value: String) -> Problem {
        Problem(status: 400, slug: "bad-query", title: "Bad query parameter", titleZh: "查询参数有误",
                detail: "`\(name)` must be a date written YYYY-MM-DD, got `\(value)`",
                detailZh: "`\(name)` 须为 YYYY-MM-DD 格式的日期，收到 `\(value)`")
    }

    static func timeout(_ limit: Duration) -> Problem {
        Problem(status: 503, slug: "timeout", title: "The request took too long", titleZh: "请求超时",
                detail: "the request did not finish within \(limit.components.seconds) s (server busy or body sent too slowly); retry later",
                detailZh: "请求未在 \(limit.components.seconds) 秒内完成（服务器繁忙或请求体发送过慢），请稍后重试")
    }

    static func register(_ message: String, _ messageZh: String) -> Problem {
        Problem(status: 503, slug: "register-unavailable", title: "The case register cannot be read", titleZh: "案件库无法读取",
                detail: message + "; no decision is given rather than one that assumes no prior violations",
                detailZh: messageZh + "；为免误认为无违法记录，本次不作判定")
    }

    /// A problem for an HTTP error raised by the framework (no handler of ours wrote its text), titled in both languages.
    static func httpError(status: Int, reason: String, body: String?) -> Problem {
        let reasonZh = chineseReasons[status] ?? reason
        return Problem(status: status, slug: "http-error", title: reason, titleZh: reasonZh,
                       detail: body ?? reason, detailZh: body.map { "\(reasonZh)：\($0)" } ?? reasonZh)
    }

    /// Chinese reason phrases of the statuses the framework raises; the body, when any, is the framework's own English.
    static let chineseReasons: [Int: String] = [
        400: "请求有误", 401: "未经认证", 403: "禁止访问", 404: "未找到", 405: "不支持该请求方法", 408: "请求超时",
        411: "缺少请求体长度", 413: "请求体过大", 414: "请求地址过长", 415: "不支持的媒体类型", 429: "请求过多",
        500: "服务器内部错误", 501: "未实现", 503: "服务暂不可用",
    ]

    static func badFlag(_ name: String, _ value: String) -> Problem {
        Problem(status: 400, slug: "bad-query", title: "Bad query parameter", titleZh: "查询参数有误",
                detail: "`\(name)` must be true or false, got `\(value)`",
                detailZh: "`\(name)` 须为 true 或 false，收到 `\(value)`")
    }

    static func notFound(_ what: String, _ whatZh: String) -> Problem {
        Problem(status: 404, slug: "not-found", title: "Not found", titleZh: "未找到", detail: what, detailZh: whatZh)
    }

    static func methodNotAllowed(_ method: String, _ path: String) -> Problem {
        Problem(status: 405, slug: "method-not-allowed", title: "Method not allowed", titleZh: "不支持该请求方法",
                detail: "\(method) is not supported on \(path); see /openapi.json", detailZh: "\(path) 不支持 \(method)；见 /openapi.json")
    }
}
