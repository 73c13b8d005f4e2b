import Foundation
import Testing

/// `leniency serve` end to end: the built binary on a free loopback port, every endpoint, reload, limits, and the
/// register in both databases.
@Suite(.serialized) struct ServeCommandTests {
    static let root = CheckCommandTests.root

    /// The tax example (examples/cases/tax-6-01-bank-account-first.yaml) as JSON, without `prior_violations`.
    static let newCase = """
        {"id": "洪税罚〔2025〕0012号", "agency": "国家税务总局南昌市东湖区税务局", "region": "南昌市", "party": {"name": "南昌某商贸有限公司", "type": "enterprise", "credit_code": "913601036123456757"}, "violation": "TAX-ZG-60-1-4", "dates": {"act": "2025-03-01", "discovered": "2025-04-02", "filed": "2025-04-03", "decided": "2025-04-20"}, "facts": {"harm_minor": true, "corrected_before_discovery": false, "corrected_within_deadline": true, "irreparable_tax_loss": false, "large_social_impact": false}}
        """

    @Test(arguments: TestDatabases.kinds)
    func everyEndpointWithTheRegister(kind: String) async throws {
        let dir = try TemporaryDirectory()
        let (register, drop) = try TestDatabases.fresh(kind, in: dir)
        defer { drop() }
        let prior = try dir.write("prior.jsonl", RegisterCommandTests.priorCase + "\n" + RegisterCommandTests.otherParty + "\n")
        let imported = try LeniencyBinary.run(["register", "import", prior.path, "--register", register], in: Self.root)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        let server = try ServerProcess(["--rules", "rules", "--register", register])

        // /healthz: rules and register in service.
        let health = try await HTTP.get(server, "/healthz")
        #expect(health.status == 200)
        let healthObject = try #require(try health.json() as? [String: Any])
        #expect(healthObject["status"] as? String == "ok")
        #expect((healthObject["register"] as? [String: Any])?["status"] as? String == "ok")

        // POST /v1/decisions?explain=true: exactly what `check --format json` prints for the same case and register.
        let caseFile = try dir.write("case.json", Self.newCase)
        let checked = try LeniencyBinary.run(["check", caseFile.path, "--register", register, "--format", "json"], in: Self.root)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        let decided = try await HTTP.post(server, "/v1/decisions?explain=true", Self.newCase)
        #expect(decided.status == 200)
        #expect(decided.contentType.hasPrefix("application/json"))
        #expect(decided.text == checked.stdout)
        // Without `explain`: the brief decision `check --format jsonl` prints (same keys, no trace).
        let briefChecked = try LeniencyBinary.run(["check", caseFile.path, "--register", register, "--format", "jsonl"], in: Self.root)
        let brief = try await HTTP.post(server, "/v1/decisions", Self.newCase)
        #expect(brief.status == 200)
        let briefObject = try #require(try brief.json() as? NSDictionary)
        let briefExpected = try #require(try JSONSerialization.jsonObject(with: Data(briefChecked.stdout.utf8)) as? NSDictionary)
        #expect(briefObject == briefExpected)
        #expect((briefObject["trace"] as? [Any])?.isEmpty == true)
        #expect(try await HTTP.post(server, "/v1/decisions?explain=maybe", Self.newCase).status == 400)
        // The party's decided 2024 case of the same violation: not a first offence, and the decision says where that came from.
        let object = try #require(try decided.json() as? [String: Any])
        #expect(object["outcome"] as? String != "no-penalty")
        #expect((object["notesZh"] as? [String] ?? []).contains { $0.hasPrefix("首违认定依据：案件库 1 条记录，检索至 ") })

        // A case with its own (empty) history is not looked up: 首违不罚 applies (第6号, 应当).
        let own = Self.newCase.replacingOccurrences(of: "\"facts\":", with: "\"prior_violations\": [], \"facts\":")
        let ownDecision = try #require(try await HTTP.post(server, "/v1/decisions", own).json() as? [String: Any])
        #expect(ownDecision["outcome"] as? String == "no-penalty")
        #expect(ownDecision["mandatory"] as? Bool == true)

        // An array gives an array, in order.
        let array = try await HTTP.post(server, "/v1/decisions", "[\(own.replacingOccurrences(of: "0012号", with: "0099号")), \(Self.newCase)]")
        let decisions = try #require(try array.json() as? [[String: Any]])
        #expect(decisions.map { $0["outcome"] as? String } == [ownDecision["outcome"] as? String, object["outcome"] as? String])

        // The stream: one line out per line in, a bad line answered with a problem that names it.
        let stream = try await HTTP.post(server, "/v1/decisions:stream", own + "\n{\"id\": \"x\"}\n" + Self.newCase + "\n",
                                         contentType: "application/x-ndjson")
        #expect(stream.status == 200)
        let lines = stream.text.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines.first??["outcome"] as? String == "no-penalty")
        #expect(lines.dropFirst().first??["status"] as? Int == 422)
        #expect(lines.dropFirst().first??["line"] as? Int == 2)
        #expect(lines.last??["case"] as? String == "洪税罚〔2025〕0012号")

        // The vocabulary.
        let lists = try #require(try await HTTP.get(server, "/v1/lists").json() as? [[String: Any]])
        #expect(lists.contains { $0["id"] as? String == "cn-tax-2021-6" && $0["document"] as? String == "国家税务总局公告2021年第6号" })
        let list = try #require(try await HTTP.get(server, "/v1/lists/cn-tax-2021-6").json() as? [String: Any])
        let items = ((list["versions"] as? [[String: Any]])?.first?["items"] as? [[String: Any]]) ?? []
        #expect(items.contains { $0["id"] as? String == "cn-tax-2021-6-01" })
        let missingList = try await HTTP.get(server, "/v1/lists/no-such-list")
        #expect(missingList.status == 404)
        #expect(missingList.contentType.hasPrefix("application/problem+json"))
        let facts = try #require(try await HTTP.get(server, "/v1/facts").json() as? [[String: Any]])
        #expect(facts.contains { $0["name"] as? String == "harm_minor" && $0["type"] as? String == "boolean" })
        let violations = try #require(try await HTTP.get(server, "/v1/violations").json() as? [[String: Any]])
        #expect(violations.contains { $0["code"] as? String == "TAX-ZG-60-1-4" })

        // The officer page, Chinese by default.
        let page = try await HTTP.get(server, "/")
        #expect(page.status == 200)
        #expect(page.contentType.hasPrefix("text/html"))
        #expect(page.text.contains("<html lang=\"zh-CN\">"))
        #expect(!page.text.contains("http://") && !page.text.contains("https://"), "no external assets")

        // The OpenAPI document is the one in docs/.
        let openapi = try await HTTP.get(server, "/openapi.json")
        #expect(openapi.body == (try Data(contentsOf: Self.root.appendingPathComponent("docs/openapi.json"))))

        // Metrics count what happened above.
        let metrics = try await HTTP.get(server, "/metrics")
        #expect(metrics.contentType.hasPrefix("text/plain"))
        #expect(metrics.text.contains("leniency_http_requests_total{route=\"/v1/decisions\",method=\"POST\",status=\"200\"} 4"))
        #expect(metrics.text.contains("leniency_decisions_total{outcome=\"no-penalty\"}"))
        #expect(metrics.text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"+Inf\"} 5"))
        #expect(metrics.text.contains("leniency_requests_rejected_total{limit=\"invalid-case\"} 1"))
    }

    @Test func limitsAnswerWithClearStatusesAndNeverStopTheServer() async throws {
        let server = try ServerProcess(["--rules", "rules", "--max-body-bytes", "4096", "--max-depth", "8", "--max-cases", "2",
                                        "--request-timeout", "2"])
        let tooBig = try await HTTP.post(server, "/v1/decisions", "[" + String(repeating: " ", count: 5000) + "]")
        #expect(tooBig.status == 413)
        #expect(tooBig.contentType.hasPrefix("application/problem+json"))

        let deep = try await HTTP.post(server, "/v1/decisions", String(repeating: "[", count: 20) + String(repeating: "]", count: 20))
        #expect(deep.status == 400)
        #expect(deep.text.contains("\"code\": \"Y004\""))

        let broken = try await HTTP.post(server, "/v1/decisions", "{\"id\": \"a\",\n \"agency\": [}")
        #expect(broken.status == 400)
        let brokenObject = try #require(try broken.json() as? [String: Any])
        let brokenFirst = (brokenObject["diagnostics"] as? [[String: Any]])?.first
        #expect(brokenFirst?["line"] as? Int == 2, "the position of the syntax error: \(broken.text)")

        let invalid = try await HTTP.post(server, "/v1/decisions", "{\"id\": \"a\", \"party\": {\"name\": \"p\", \"type\": \"enterprise\"}, \"violation\": \"TAX-ZG-60-1-4\", \"dates\": {\"act\": \"2025-01-01\"}}")
        #expect(invalid.status == 422)
        let invalidObject = try #require(try invalid.json() as? [String: Any])
        let codes = (invalidObject["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("S002"), "a missing agency is S002: \(invalid.text)")

        let three = "[" + Array(repeating: Self.newCase, count: 3).enumerated().map { index, text in
            text.replacingOccurrences(of: "0012号", with: "001\(index)号")
        }.joined(separator: ",") + "]"
        let tooMany = try await HTTP.post(server, "/v1/decisions", three)
        #expect(tooMany.status == 413)

        let badDate = try await HTTP.post(server, "/v1/decisions?on=2025-13-01", Self.newCase)
        #expect(badDate.status == 400)

        // A client that announces a body and never sends it is cut off by the timeout, not served for ever.
        let started = Date()
        let answer = try RawSocket.exchange(port: server.base.port ?? 0, request: "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", waitSeconds: 15)
        #expect(Date().timeIntervalSince(started) < 12, "a stalled body must end within the request timeout")
        #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 503") || answer.hasPrefix("HTTP/1.1 408"), "\(answer)")

        // Still serving.
        #expect(try await HTTP.get(server, "/healthz").status == 200)
        let fine = try await HTTP.post(server, "/v1/decisions", Self.newCase)
        #expect(fine.status == 200)
    }

    @Test func rulesReloadOnChangeAndKeepTheOldRulesOnError() async throws {
        let dir = try TemporaryDirectory()
        let rules = dir.url.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("rules"), to: rules)
        let listFile = rules.appendingPathComponent("lists/tax/cn-tax-2021-6.yaml")
        let original = try String(contentsOf: listFile, encoding: .utf8)
        let server = try ServerProcess(["--rules", rules.path, "--watch-interval", "0.2"])

        func title() async throws -> String? {
            let lists = try await HTTP.get(server, "/v1/lists").json() as? [[String: Any]]
            return lists?.first { $0["id"] as? String == "cn-tax-2021-6" }?["title"] as? String
        }
        let before = try #require(try await title())

        // A valid change is picked up by the watch.
        let renamed = original.replacingOccurrences(of: "title: \(before)", with: "title: \(before)（修订）")
        #expect(renamed != original)
        try renamed.write(to: listFile, atomically: true, encoding: .utf8)
        #expect(try await HTTP.eventually { try await title() == before + "（修订）" })

        // A broken file is refused: the previous rules keep serving and /healthz says why, with the position.
        try (renamed + "\n  broken: [unclosed\n").write(to: listFile, atomically: true, encoding: .utf8)
        let refused = try await HTTP.eventually {
            let health = try await HTTP.get(server, "/healthz").json() as? [String: Any]
            return health?["status"] as? String == "degraded"
        }
        #expect(refused)
        let health = try #require(try await HTTP.get(server, "/healthz").json() as? [String: Any])
        let error = try #require(health["reloadError"] as? [String: Any])
        let diagnostics = error["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { ($0["file"] as? String)?.hasSuffix("cn-tax-2021-6.yaml") == true && ($0["line"] as? Int ?? 0) > 0 })
        #expect(try await title() == before + "（修订）")
        #expect(try await HTTP.post(server, "/v1/decisions", Self.newCase).status == 200)
        #expect(server.log.contains("refused"))
        let metrics = try await HTTP.get(server, "/metrics").text
        #expect(metrics.contains("leniency_rules_reload_error 1"))

        // Fixed again: back to ok.
        try original.write(to: listFile, atomically: true, encoding: .utf8)
        #expect(try await HTTP.eventually { try await title() == before })
        #expect((try await HTTP.get(server, "/healthz").json() as? [String: Any])?["status"] as? String == "ok")
    }

    @Test func sighupReloadsTheRules() async throws {
        let dir = try TemporaryDirectory()
        let rules = dir.url.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("rules"), to: rules)
        let listFile = rules.appendingPathComponent("lists/tax/cn-tax-2021-6.yaml")
        let original = try String(contentsOf: listFile, encoding: .utf8)
        let server = try ServerProcess(["--rules", rules.path, "--watch-interval", "0"])
        func title() async throws -> String? {
            let lists = try await HTTP.get(server, "/v1/lists").json() as? [[String: Any]]
            return lists?.first { $0["id"] as? String == "cn-tax-2021-6" }?["title"] as? String
        }
        let before = try #require(try await title())
        try original.replacingOccurrences(of: "title: \(before)", with: "title: 改名").write(to: listFile, atomically: true, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(500))
        #expect(try await title() == before, "without a watch nothing changes until SIGHUP")
        server.signal(SIGHUP)
        #expect(try await HTTP.eventually { try await title() == "改名" })
    }

    @Test func anUnreadableRegisterStopsTheServerFromStarting() throws {
        let dir = try TemporaryDirectory()
        do {
            _ = try ServerProcess(["--rules", "rules", "--register", dir.url.appendingPathComponent("typo.sqlite").path])
            Issue.record("serve must not start with a register that does not exist")
        } catch let failure as ServerProcess.ServerFailure {
            #expect(failure.log.contains("does not exist"))
        }
    }
}

/// A raw TCP exchange, for requests no HTTP client would send (a body that never comes).
enum RawSocket {
    /// Connects to 127.0.0.1:`port`, sends `request`, and returns what comes back until the server closes the
    /// connection or `waitSeconds` pass.
    static func exchange(port: Int, request: String, waitSeconds: Int) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: waitSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !complete(received) {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// True once a whole response with a Content-Length has arrived (servers may keep the connection open).
    private static func complete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<end.lowerBound].lowercased()
        guard let field = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(field.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return text[end.upperBound...].utf8.count >= length
    }
}
