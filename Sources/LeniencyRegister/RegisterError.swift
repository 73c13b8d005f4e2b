/// Why the case register could not be used. A register that cannot be read is never taken as "no prior violations".
public struct RegisterError: Error, Sendable, CustomStringConvertible {
    /// What went wrong (English).
    public var message: String
    /// The same in Chinese.
    public var messageZh: String
    /// How to fix it (English).
    public var hint: String
    /// The same in Chinese.
    public var hintZh: String

    /// Creates an error.
    public init(_ message: String, _ messageZh: String, hint: String, hintZh: String) {
        self.message = message
        self.messageZh = messageZh
        self.hint = hint
        self.hintZh = hintZh
    }

    /// The message and hint in one language.
    public func text(chinese: Bool) -> String {
        chinese ? "\(messageZh)（\(hintZh)）" : "\(message) (\(hint))"
    }

    public var description: String { text(chinese: false) }

    /// A database failure while `doing` something with the register `name`.
    static func database(_ name: String, doing: String, doingZh: String, _ error: any Error) -> RegisterError {
        RegisterError("case register \(name): cannot \(doing): \(String(describing: error))",
                      "案件库 \(name)：无法\(doingZh)：\(String(describing: error))",
                      hint: "check that the database is reachable and that the register path or URL is right",
                      hintZh: "请检查数据库是否可访问、案件库路径或地址是否正确")
    }
}
