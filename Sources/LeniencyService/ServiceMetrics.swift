import Synchronization

/// Counters and latency histograms in the Prometheus text exposition format (version 0.0.4), written by hand:
/// three metric families do not earn a metrics framework and its backends.
final class ServiceMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    private struct Histogram {
        var counts = [Int](repeating: 0, count: ServiceMetrics.buckets.count)
        var total = 0
        var sum = 0.0
    }

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var decisions: [String: Int] = [:]
        var rejected: [String: Int] = [:]
    }

    private let state = Mutex(State())

    /// Counts one finished request and its latency.
    func request(route: String, method: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            if let bucket = Self.buckets.firstIndex(where: { seconds <= $0 }) { histogram.counts[bucket] += 1 }
            histogram.total += 1
            histogram.sum += seconds
            state.latency[route] = histogram
        }
    }

    /// Counts decisions by outcome.
    func decided(_ outcomes: [String]) {
        state.withLock { state in
            for outcome in outcomes { state.decisions[outcome, default: 0] += 1 }
        }
    }

    /// Counts a request turned away by a limit (`body-size`, `depth`, `timeout`, `busy`, …).
    func rejected(_ limit: String) {
        state.withLock { $0.rejected[limit, default: 0] += 1 }
    }

    /// The exposition text, families and series in a stable order; `gauges` adds current values.
    func render(gauges: [(name: String, help: String, value: Double)]) -> String {
        let snapshot = state.withLock { $0 }
        var out = ""
        out += "# HELP leniency_http_requests_total HTTP requests served, by route, method and status.\n"
        out += "# TYPE leniency_http_requests_total counter\n"
        for key in snapshot.requests.keys.sorted(by: { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }) {
            out += "leniency_http_requests_total{route=\"\(Self.escape(key.route))\",method=\"\(key.method)\",status=\"\(key.status)\"} \(snapshot.requests[key] ?? 0)\n"
        }
        out += "# HELP leniency_http_request_duration_seconds Time from the request's head to its response, by route.\n"
        out += "# TYPE leniency_http_request_duration_seconds histogram\n"
        for route in snapshot.latency.keys.sorted() {
            guard let histogram = snapshot.latency[route] else { continue }
            var cumulative = 0
            for (index, bound) in Self.buckets.enumerated() {
                cumulative += histogram.counts[index]
                out += "leniency_http_request_duration_seconds_bucket{route=\"\(Self.escape(route))\",le=\"\(Self.number(bound))\"} \(cumulative)\n"
            }
            out += "leniency_http_request_duration_seconds_bucket{route=\"\(Self.escape(route))\",le=\"+Inf\"} \(histogram.total)\n"
            out += "leniency_http_request_duration_seconds_sum{route=\"\(Self.escape(route))\"} \(Self.number(histogram.sum))\n"
            out += "leniency_http_request_duration_seconds_count{route=\"\(Self.escape(route))\"} \(histogram.total)\n"
        }
        out += "# HELP leniency_decisions_total Decisions made, by outcome.\n"
        out += "# TYPE leniency_decisions_total counter\n"
        for outcome in snapshot.decisions.keys.sorted() {
            out += "leniency_decisions_total{outcome=\"\(Self.escape(outcome))\"} \(snapshot.decisions[outcome] ?? 0)\n"
        }
        out += "# HELP leniency_requests_rejected_total Requests turned away by a limit, by limit.\n"
        out += "# TYPE leniency_requests_rejected_total counter\n"
        for limit in snapshot.rejected.keys.sorted() {
            out += "leniency_requests_rejected_total{limit=\"\(Self.escape(limit))\"} \(snapshot.rejected[limit] ?? 0)\n"
        }
        for gauge in gauges {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(Self.number(gauge.value))\n"
        }
        return out
    }

    /// Label values escape backslash, quote and newline.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A number as Prometheus reads it: integers without a fraction.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
