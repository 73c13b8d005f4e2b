import Foundation

/// Where the case register lives: an SQLite file (the embedded default) or a PostgreSQL database shared by agencies.
public enum RegisterLocation: Sendable, Equatable {
    /// An SQLite file at this path.
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(PostgresAddress)

    /// The environment variable that names the register when `--register` is not given.
    public static let environmentVariable = "LENIENCY_REGISTER"

    /// `--register`, else `$LENIENCY_REGISTER`; nil when neither is set (no register).
    public static func resolve(explicit: String?) throws -> RegisterLocation? {
        try resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment)
    }

    /// `resolve` with the environment given.
    public static func resolve(explicit: String?, environment: [String: String]) throws -> RegisterLocation? {
        if let explicit, !explicit.isEmpty { return try parse(explicit) }
        if let value = environment[environmentVariable], !value.isEmpty { return try parse(value) }
        return nil
    }

    /// `postgres://…` / `postgresql://…` is PostgreSQL; anything else is the path of an SQLite file.
    public static func parse(_ text: String) throws -> RegisterLocation {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(try PostgresAddress(url: text))
        }
        return .sqlite(path: text)
    }

    /// How messages name the register (never with a password).
    public var displayName: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let address): address.displayName
        }
    }
}

/// The parts of a `postgres://user:password@host:port/database?sslmode=…` URL.
public struct PostgresAddress: Sendable, Equatable {
    /// Host name or address.
    public var host: String
    /// TCP port (5432 by default).
    public var port: Int
    /// User name.
    public var username: String
    /// Password, if any.
    public var password: String?
    /// Database name (the user name by default, as libpq does).
    public var database: String
    /// `disable`, `prefer` (default) or `require`.
    public var sslMode: String

    /// Parses a URL; a malformed one is an error naming the part that is wrong.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw RegisterError("`\(Self.redacted(text))` is not a PostgreSQL URL", "`\(Self.redacted(text))` 不是 PostgreSQL 地址",
                                hint: "write postgres://USER:PASSWORD@HOST:PORT/DATABASE", hintZh: "格式为 postgres://用户:密码@主机:端口/数据库")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = components.user.flatMap { $0.removingPercentEncoding ?? $0 } ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding ?? $0 }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? username : (path.removingPercentEncoding ?? path)
        let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(mode) else {
            throw RegisterError("sslmode `\(mode)` is not supported", "不支持 sslmode `\(mode)`",
                                hint: "use sslmode=disable, prefer or require", hintZh: "请使用 sslmode=disable、prefer 或 require")
        }
        self.sslMode = mode
    }

    /// `postgres://user@host:port/database`, without the password.
    public var displayName: String { "postgres://\(username)@\(host):\(port)/\(database)" }

    /// The URL with any password replaced by `***`, for messages about a URL that did not parse.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
