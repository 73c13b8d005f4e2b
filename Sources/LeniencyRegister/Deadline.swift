/// Runs `operation`, or throws a `RegisterError` naming `name` when it takes longer than `limit`.
func withDeadline<T: Sendable>(_ limit: Duration, _ name: String, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw RegisterError("case register \(name) did not answer within \(limit.components.seconds) s",
                                "案件库 \(name) 在 \(limit.components.seconds) 秒内无响应",
                                hint: "check that the database server is running and reachable",
                                hintZh: "请检查数据库服务器是否运行、网络是否可达")
        }
        return value
    }
}
