public import LeniencyRegister

/// How `leniency serve` runs: where it listens, what it serves, and the limits every request is held to.
public struct ServiceConfiguration: Sendable {
    /// Address to listen on (loopback by default: put a reverse proxy in front for other hosts).
    public var host: String
    /// TCP port; 0 picks a free one (reported through `onListening`).
    public var port: Int
    /// The rules folder, reloaded on SIGHUP and when its files change.
    public var rulesPath: String
    /// The case register, if any.
    public var register: RegisterLocation?
    /// Request limits.
    public var limits: ServiceLimits
    /// How often the rule files are checked for changes; nil turns the watch off (SIGHUP still reloads).
    public var watchInterval: Duration?

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, rulesPath: String, register: RegisterLocation? = nil,
                limits: ServiceLimits = ServiceLimits(), watchInterval: Duration? = .seconds(1)) {
        self.host = host
        self.port = port
        self.rulesPath = rulesPath
        self.register = register
        self.limits = limits
        self.watchInterval = watchInterval
    }
}

/// The limits that keep one request from hurting the others. Every one is explicit and answered with a clear status.
public struct ServiceLimits: Sendable, Equatable {
    /// Largest request body (413 above it); also the longest line of a stream.
    public var maxBodyBytes: Int
    /// Deepest nesting of a request's JSON (400 above it).
    public var maxDepth: Int
    /// Most cases in one `POST /v1/decisions` array (413 above it).
    public var maxCasesPerRequest: Int
    /// Longest time a request may take, waiting for a decision slot included (503 after it); for a stream, the
    /// longest wait for its next line.
    public var requestTimeout: Duration
    /// Most requests deciding at once; others wait for a slot until their timeout.
    public var maxConcurrentDecisions: Int

    /// Creates limits.
    public init(maxBodyBytes: Int = 1 << 20, maxDepth: Int = 32, maxCasesPerRequest: Int = 1_000,
                requestTimeout: Duration = .seconds(10), maxConcurrentDecisions: Int = 64) {
        self.maxBodyBytes = maxBodyBytes
        self.maxDepth = maxDepth
        self.maxCasesPerRequest = maxCasesPerRequest
        self.requestTimeout = requestTimeout
        self.maxConcurrentDecisions = maxConcurrentDecisions
    }
}
