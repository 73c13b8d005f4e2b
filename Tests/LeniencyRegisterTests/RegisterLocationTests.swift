import Testing
@testable import LeniencyRegister

@Suite struct RegisterLocationTests {
    @Test func aPathIsAnSQLiteFileAndAURLIsPostgreSQL() throws {
        #expect(try RegisterLocation.parse("cases.sqlite") == .sqlite(path: "cases.sqlite"))
        guard case .postgres(let address) = try RegisterLocation.parse("postgres://officer:s%40cret@db.example:6543/register?sslmode=require") else {
            Issue.record("a postgres:// URL must be PostgreSQL")
            return
        }
        #expect(address.host == "db.example")
        #expect(address.port == 6543)
        #expect(address.username == "officer")
        #expect(address.password == "s@cret")
        #expect(address.database == "register")
        #expect(address.sslMode == "require")
        #expect(!address.displayName.contains("cret"), "the password must never appear in messages")
    }

    @Test func defaultsFollowLibpq() throws {
        guard case .postgres(let address) = try RegisterLocation.parse("postgresql://alice@localhost") else {
            Issue.record("postgresql:// is PostgreSQL too")
            return
        }
        #expect(address.port == 5432)
        #expect(address.database == "alice")
        #expect(address.sslMode == "prefer")
    }

    @Test func theFlagWinsOverTheEnvironment() throws {
        let environment = [RegisterLocation.environmentVariable: "from-env.sqlite"]
        #expect(try RegisterLocation.resolve(explicit: "flag.sqlite", environment: environment) == .sqlite(path: "flag.sqlite"))
        #expect(try RegisterLocation.resolve(explicit: nil, environment: environment) == .sqlite(path: "from-env.sqlite"))
        #expect(try RegisterLocation.resolve(explicit: nil, environment: [:]) == nil)
    }

    @Test func badURLsAreErrorsWithoutThePassword() {
        #expect(throws: RegisterError.self) { try RegisterLocation.parse("postgres://user@host/db?sslmode=verify-full") }
        do {
            _ = try RegisterLocation.parse("postgres://user:topsecret@/db")
            Issue.record("a URL without a host must be rejected")
        } catch let error as RegisterError {
            #expect(!error.message.contains("topsecret"))
            #expect(error.message.contains("***"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
