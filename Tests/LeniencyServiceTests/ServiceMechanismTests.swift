import Foundation
import Testing
@testable import LeniencyService
import LeniencyCore

@Suite struct ServiceMechanismTests {
    @Test func metricsAreValidExpositionWithCumulativeBuckets() {
        let metrics = ServiceMetrics()
        metrics.request(route: "/v1/decisions", method: "POST", status: 200, seconds: 0.0007)
        metrics.request(route: "/v1/decisions", method: "POST", status: 200, seconds: 0.003)
        metrics.request(route: "/v1/decisions", method: "POST", status: 422, seconds: 20)
        metrics.decided(["no-penalty", "no-penalty", "standard"])
        metrics.rejected("body-size")
        let text = metrics.render(gauges: [("leniency_test_gauge", "A gauge.", 1)])
        #expect(text.contains("leniency_http_requests_total{route=\"/v1/decisions\",method=\"POST\",status=\"200\"} 2\n"))
        #expect(text.contains("leniency_http_requests_total{route=\"/v1/decisions\",method=\"POST\",status=\"422\"} 1\n"))
        // 0.7 ms falls in le=0.001; 3 ms in le=0.005; 20 s only in +Inf. Buckets are cumulative.
        #expect(text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"0.0005\"} 0\n"))
        #expect(text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"0.001\"} 1\n"))
        #expect(text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"0.005\"} 2\n"))
        #expect(text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"10\"} 2\n"))
        #expect(text.contains("leniency_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"+Inf\"} 3\n"))
        #expect(text.contains("leniency_http_request_duration_seconds_count{route=\"/v1/decisions\"} 3\n"))
        #expect(text.contains("leniency_decisions_total{outcome=\"no-penalty\"} 2\n"))
        #expect(text.contains("leniency_requests_rejected_total{limit=\"body-size\"} 1\n"))
        #expect(text.contains("# TYPE leniency_test_gauge gauge\nleniency_test_gauge 1\n"))
        // Every sample line is `name{labels} value` or `name value`.
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.range(of: #"^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$"#, options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test func labelValuesAreEscaped() {
        #expect(ServiceMetrics.escape("a\"b\\c\nd") == "a\\\"b\\\\c\\nd")
    }

    @Test func theGateLetsNoMoreThanItsLimitThroughAndTimesOutTheRest() async {
        let gate = ConcurrencyGate(limit: 2)
        #expect(await gate.acquire(timeout: .milliseconds(10)))
        #expect(await gate.acquire(timeout: .milliseconds(10)))
        #expect(!(await gate.acquire(timeout: .milliseconds(50))), "a third holder must wait and give up")
        // A waiter gets the slot the moment one is released.
        async let waiting = gate.acquire(timeout: .seconds(5))
        try? await Task.sleep(for: .milliseconds(50))
        gate.release()
        #expect(await waiting)
        gate.release()
        gate.release()
        #expect(await gate.acquire(timeout: .milliseconds(10)))
    }

    @Test func depthIsMeasuredOutsideStrings() {
        #expect(DecisionWork.depthProblem(Array("[[[1]]]".utf8), limit: 3) == nil)
        #expect(DecisionWork.depthProblem(Array("[[[[1]]]]".utf8), limit: 3) != nil)
        #expect(DecisionWork.depthProblem(Array("{\"a\": \"[[[[[[\"}".utf8), limit: 2) == nil, "brackets inside strings do not nest")
        #expect(DecisionWork.depthProblem(Array("{\"a\": \"\\\"[[[[\"}".utf8), limit: 2) == nil, "an escaped quote does not end the string")
        let problem = DecisionWork.depthProblem(Array("{\n  \"a\": [[[1]]]}".utf8), limit: 3)
        #expect(problem?.status == 400)
        #expect(problem?.diagnostics.first?.location.start.line == 2)
        #expect(problem?.diagnostics.first?.location.start.column == 10)
    }

    @Test func formBodiesDecodeUTF8AndPlus() {
        let form = OfficerForm(urlEncoded: "party_name=%E5%8D%97%E6%98%8C+%E5%85%AC%E5%8F%B8&fact.harm_minor=true&fact.empty=&lang=en")
        #expect(form["party_name"] == "南昌 公司")
        #expect(form.answers.map(\.name) == ["harm_minor"])
        #expect(!form.chinese)
        #expect(OfficerForm(urlEncoded: "").chinese)
    }

    @Test func pageTextIsEscaped() {
        #expect(OfficerPageHTML.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }
}

/// problem+json bodies: the Chinese detail is Chinese, the English detail English.
@Suite struct ProblemTextTests {
    let missing = Diagnostic(.missingField, at: SourceLocation(file: "body", start: SourcePosition(line: 3, column: 5)),
                             Message(.schemaMissingField, "案卷", "violation"))

    @Test func invalidCaseDetailIsInEachLanguage() {
        let problem = Problem.invalidCase([missing])
        #expect(problem.detail.contains("案卷 is missing required field `violation`"))
        #expect(problem.detailZh.contains("第 3 行第 5 列：案卷缺少必填字段 `violation`"))
        #expect(!problem.detailZh.contains("missing"))
    }

    @Test func unreadableBodyDetailIsInEachLanguage() {
        let problem = Problem.unreadable([missing])
        #expect(problem.detailZh.hasSuffix("案卷缺少必填字段 `violation`"))
        #expect(problem.detail.hasSuffix("案卷 is missing required field `violation`"))
    }

    @Test func frameworkErrorsGetAChineseTitle() {
        let problem = Problem.httpError(status: 413, reason: "Content Too Large", body: nil)
        #expect(problem.title == "Content Too Large")
        #expect(problem.titleZh == "请求体过大")
        #expect(problem.detailZh == "请求体过大")
        let unknown = Problem.httpError(status: 418, reason: "I'm a teapot", body: "short and stout")
        #expect(unknown.titleZh == "I'm a teapot", "no Chinese phrase known: the reason is kept rather than invented")
        #expect(unknown.detail == "short and stout")
    }
}
