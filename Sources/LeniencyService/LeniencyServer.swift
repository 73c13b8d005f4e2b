import Dispatch
import Foundation
import Hummingbird
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
public import LeniencyRegister
import LeniencyReports
import Logging
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `leniency serve`: the decision API, the officer page, health and metrics over HTTP/1.1 (docs/SERVICE.md).
public struct LeniencyServer: Sendable {
    let configuration: ServiceConfiguration
    let rules: RulesHolder
    let register: CaseRegister?
    let metrics = ServiceMetrics()
    let gate: ConcurrencyGate
    let log: @Sendable (String) -> Void

    /// Prepares a server over loaded rules and an opened register; `log` receives one line per event (reloads, errors).
    public init(configuration: ServiceConfiguration, rules: RulesHolder, register: CaseRegister?,
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.rules = rules
        self.register = register
        self.gate = ConcurrencyGate(limit: configuration.limits.maxConcurrentDecisions)
        self.log = log
    }

    var work: DecisionWork {
        DecisionWork(rules: rules, register: register, limits: configuration.limits, metrics: metrics)
    }

    /// Serves until SIGINT or SIGTERM (graceful shutdown); `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "leniency.serve")
        logger.logLevel = .error
        let application = Application(
            router: makeRouter(),
            // A connection that sends nothing for the request timeout is closed: no slow client holds a request open.
            server: .http1(configuration: .init(idleTimeout: Self.timeAmount(configuration.limits.requestTimeout))),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "leniency", reuseAddress: true),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        let reloads = startReloading()
        defer { reloads.cancel() }
        try await application.runService()
    }

    // MARK: Reload

    /// SIGHUP and, when configured, polling the rule files: each loads and lints the new rules before swapping them in.
    func startReloading() -> Task<Void, Never> {
        let rules = self.rules, log = self.log
        let reload: @Sendable (String) -> Void = { reason in
            if rules.reload(reason: reason) {
                log("rules reloaded (\(reason)) from \(rules.path)")
            } else if let failure = rules.lastFailure {
                log("rules reload (\(reason)) refused, the previous rules stay in service: \(failure.diagnostics.count) error(s); first: "
                    + (failure.diagnostics.first.map { "\($0.location.file):\($0.location.start.line):\($0.location.start.column): \($0.code.rawValue) \($0.message)" } ?? ""))
            }
        }
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler { reload("SIGHUP") }
        source.resume()
        let interval = configuration.watchInterval
        return Task {
            var seen = rules.current.fingerprint
            while !Task.isCancelled {
                guard let interval else {
                    try? await Task.sleep(for: .seconds(3600))
                    continue
                }
                try? await Task.sleep(for: interval)
                let now = RulesFingerprint(path: rules.path)
                if now != seen {
                    seen = now
                    reload("file change")
                }
            }
            source.cancel()
        }
    }

    // MARK: Routes

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.get("/") { request, _ in await self.officerPage(request, form: nil) }
        router.post("/") { request, _ in await self.officerPagePost(request) }
        router.get("/healthz") { _, _ in await self.health() }
        router.get("/metrics") { _, _ in self.metricsResponse() }
        router.get("/openapi.json") { _, _ in
            Self.respond(200, contentType: "application/json", OpenAPIDocument.json + "\n")
        }
        router.get("/v1/lists") { _, _ in Self.json(CatalogJSON.lists(self.rules.current.catalog)) }
        router.get("/v1/lists/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let list = CatalogJSON.list(id, in: self.rules.current.catalog) else {
                return Self.problem(.notFound("no list has the id `\(id)`; GET /v1/lists names them", "没有 id 为 `\(id)` 的清单；可用 GET /v1/lists 查看"))
            }
            return Self.json(list)
        }
        router.get("/v1/facts") { _, _ in Self.json(CatalogJSON.facts(self.rules.current.catalog)) }
        router.get("/v1/violations") { _, _ in Self.json(CatalogJSON.violations(self.rules.current.catalog)) }
        router.post("/v1/decisions") { request, _ in await self.decisions(request) }
        router.post("/v1/decisions:stream") { request, _ in await self.stream(request) }
        return router
    }

    // MARK: Decisions

    func decisions(_ request: Request) async -> Response {
        let limits = configuration.limits
        var day: CivilDate?
        let explain: Bool
        switch Self.explainParameter(request) {
        case .success(let value): explain = value
        case .failure(let problem): return Self.problem(problem)
        }
        if let on = request.uri.queryParameters.get("on") {
            guard let parsed = CivilDate(on) else { return Self.problem(.badQuery("on", on)) }
            day = parsed
        }
        let date = day
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxBodyBytes {
            metrics.rejected("body-size")
            return Self.problem(.bodyTooLarge(limit: limits.maxBodyBytes))
        }
        let work = self.work, gate = self.gate, metrics = self.metrics
        let result = await withTimeout(limits.requestTimeout) { () async -> Response in
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: limits.maxBodyBytes)
            } catch {
                metrics.rejected("body-size")
                return Self.problem(.bodyTooLarge(limit: limits.maxBodyBytes))
            }
            guard await gate.acquire(timeout: limits.requestTimeout) else {
                metrics.rejected("busy")
                return Self.problem(.timeout(limits.requestTimeout))
            }
            defer { gate.release() }
            let loaded = work.rules.current
            switch work.cases(in: Array(buffer.readableBytesView), catalog: loaded.catalog, lineDecoder: loaded.lineDecoder) {
            case .failure(let problem):
                metrics.rejected(problem.slug)
                return Self.problem(problem)
            case .success(let parsed):
                switch await work.decide(parsed.records, rules: loaded, on: date, explain: explain) {
                case .failure(let problem): return Self.problem(problem)
                case .success(let decisions):
                    return Response(status: .ok, headers: [.contentType: "application/json"],
                                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: Self.body(decisions, asArray: parsed.asArray, explain: explain))))
                }
            }
        }
        guard let result else {
            metrics.rejected("timeout")
            return Self.problem(.timeout(limits.requestTimeout))
        }
        return result
    }

    /// JSON Lines in, JSON Lines out: one decision (or problem, with its `line`) per input line, in order, written as
    /// each is decided. A line longer than the body limit, or a wait for the next line longer than the timeout,
    /// ends the stream with a problem line.
    func stream(_ request: Request) async -> Response {
        let limits = configuration.limits
        let work = self.work, gate = self.gate, metrics = self.metrics
        var date: CivilDate?
        let explain: Bool
        switch Self.explainParameter(request) {
        case .success(let value): explain = value
        case .failure(let problem): return Self.problem(problem)
        }
        if let on = request.uri.queryParameters.get("on") {
            guard let parsed = CivilDate(on) else { return Self.problem(.badQuery("on", on)) }
            date = parsed
        }
        let on = date
        let body = ResponseBody { writer in
            // A client that stops sending is cut off by the connection's idle timeout (the request timeout), which
            // ends this loop with an error; reading here, not in another task, keeps the body's backpressure.
            var lines = LineSplitter(body: request.body, maxLine: limits.maxBodyBytes)
            var number = 0
            while let line = try await lines.next() {
                number += 1
                switch line {
                case .tooLong:
                    metrics.rejected("body-size")
                    var problem = Problem.bodyTooLarge(limit: limits.maxBodyBytes)
                    problem.line = number
                    try await writer.write(ByteBuffer(string: problem.json.compact + "\n"))
                    try await writer.finish(nil)
                    return
                case .bytes(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    let out = await Self.decideLine(bytes, number: number, work: work, gate: gate, on: on, explain: explain,
                                                    timeout: limits.requestTimeout)
                    try await writer.write(ByteBuffer(string: out + "\n"))
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: body)
    }

    static func decideLine(_ bytes: [UInt8], number: Int, work: DecisionWork, gate: ConcurrencyGate, on date: CivilDate?,
                           explain: Bool, timeout: Duration) async -> String {
        guard await gate.acquire(timeout: timeout) else {
            var problem = Problem.timeout(timeout)
            problem.line = number
            return problem.json.compact
        }
        defer { gate.release() }
        let loaded = work.rules.current
        if let problem = DecisionWork.depthProblem(bytes, limit: work.limits.maxDepth) {
            var located = problem
            located.line = number
            work.metrics.rejected(problem.slug)
            return located.json.compact
        }
        var scratch = CompactCase()
        let decoded = loaded.lineDecoder.decode(bytes, file: "request", line: number, scratch: &scratch)
        let errors = decoded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, !decoded.cases.isEmpty else {
            var problem = errors.allSatisfy { $0.code.rawValue.hasPrefix("Y") } ? Problem.unreadable(errors) : Problem.invalidCase(decoded.diagnostics)
            problem.line = number
            work.metrics.rejected(problem.slug)
            return problem.json.compact
        }
        switch await work.decide(decoded.cases, rules: loaded, on: date, explain: explain) {
        case .failure(var problem):
            problem.line = number
            return problem.json.compact
        case .success(let decisions):
            return decisions.map { String(decoding: DecisionJSON.lineBytes($0).dropLast(), as: UTF8.self) }.joined(separator: "\n")
        }
    }

    /// The JSON of the decisions: with the explanation, `check --format json`'s indented text; brief, one compact line
    /// per decision as `check --format jsonl` writes it (inside `[…]` for an array), which is a fifth of the bytes.
    static func body(_ decisions: [Decision], asArray: Bool, explain: Bool) -> [UInt8] {
        if explain { return Array(DecisionJSON.render(decisions, asArray: asArray).utf8) }
        if !asArray, decisions.count == 1 { return DecisionJSON.lineBytes(decisions[0]) }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, decision) in decisions.enumerated() {
            if index > 0 { out += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            out += DecisionJSON.lineBytes(decision).dropLast()
        }
        out.append(UInt8(ascii: "]"))
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// `?explain=true` asks for the trace and prose notes; the default (`false`) is the brief decision, decided on the
    /// compiled fast path.
    static func explainParameter(_ request: Request) -> Result<Bool, Problem> {
        guard let value = request.uri.queryParameters.get("explain") else { return .success(false) }
        switch value.lowercased() {
        case "true", "1", "": return .success(true)
        case "false", "0": return .success(false)
        default: return .failure(.badFlag("explain", value))
        }
    }

    // MARK: Health and metrics

    func health() async -> Response {
        let loaded = rules.current
        let failure = rules.lastFailure
        let counts = rules.reloadCounts
        var registerStatus: DecisionJSONValue = .null
        var healthy = failure == nil
        if let register {
            do {
                let version = try await register.schemaVersion()
                registerStatus = .object(["location": .string(register.displayName), "status": .string("ok"),
                                          "schemaVersion": .number(String(version))])
            } catch {
                healthy = false
                let text = (error as? RegisterError)?.message ?? String(describing: error)
                registerStatus = .object(["location": .string(register.displayName), "status": .string("unavailable"),
                                          "error": .string(text)])
            }
        }
        let body: DecisionJSONValue = .object([
            "status": .string(healthy ? "ok" : "degraded"),
            "rules": .object(["path": .string(rules.path), "loadedAt": .string(loaded.loadedAt),
                              "lists": .number(String(loaded.catalog.lists.count)),
                              "violations": .number(String(loaded.catalog.violations.count)),
                              "facts": .number(String(loaded.catalog.facts.count)),
                              "reloads": .number(String(counts.succeeded)), "failedReloads": .number(String(counts.failed))]),
            "reloadError": failure.map { failure in
                .object(["at": .string(failure.at), "reason": .string(failure.reason),
                         "diagnostics": .array(failure.diagnostics.map(Problem.diagnostic))])
            } ?? .null,
            "register": registerStatus,
        ])
        // Still 200 when degraded: the previous rules serve correctly; the body says what needs attention.
        return Self.json(body)
    }

    func metricsResponse() -> Response {
        let counts = rules.reloadCounts
        let text = metrics.render(gauges: [
            ("leniency_rules_reloads_succeeded", "Rule reloads that put new rules in service.", Double(counts.succeeded)),
            ("leniency_rules_reloads_failed", "Rule reloads refused (the previous rules stayed).", Double(counts.failed)),
            ("leniency_rules_reload_error", "1 while the last reload was refused.", rules.lastFailure == nil ? 0 : 1),
        ])
        return Self.respond(200, contentType: "text/plain; version=0.0.4; charset=utf-8", text)
    }

    // MARK: Responses

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    static func respond(_ status: Int, contentType: String, _ text: String) -> Response {
        Response(status: HTTPResponse.Status(code: status), headers: [.contentType: contentType],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: DecisionJSONValue) -> Response {
        respond(200, contentType: "application/json", value.pretty)
    }

    static func problem(_ problem: Problem) -> Response {
        respond(problem.status, contentType: "application/problem+json", problem.json.pretty)
    }
}

/// Runs `operation`, or returns nil when it takes longer than `limit`.
func withTimeout<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async -> T) async -> T? {
    await withTaskGroup(of: T?.self) { group in
        group.addTask { await operation() }
        group.addTask {
            try? await Task.sleep(for: limit)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}

/// Counts every request and its latency, and turns the router's own errors (unknown path, wrong method) into
/// problem documents.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            let path = request.uri.path
            let problem: Problem = error.status == .notFound
                ? .notFound("no endpoint \(request.method.rawValue) \(path); see /openapi.json", "没有接口 \(request.method.rawValue) \(path)；见 /openapi.json")
                : .httpError(status: Int(error.status.code), reason: error.status.reasonPhrase, body: error.body)
            response = LeniencyServer.problem(problem)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.request(route: Self.route(request.uri.path), method: request.method.rawValue, status: Int(response.status.code), seconds: seconds)
        return response
    }

    /// The route a path belongs to, so metrics have a bounded set of labels.
    static func route(_ path: String) -> String {
        switch path {
        case "/", "/healthz", "/metrics", "/openapi.json", "/v1/lists", "/v1/facts", "/v1/violations", "/v1/decisions",
             "/v1/decisions:stream":
            return path
        default:
            return path.hasPrefix("/v1/lists/") ? "/v1/lists/{id}" : "other"
        }
    }
}
