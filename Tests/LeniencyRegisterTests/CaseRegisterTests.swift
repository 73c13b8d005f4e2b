import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing
@testable import LeniencyRegister

/// The same register tests on SQLite and, when configured, PostgreSQL.
@Suite struct CaseRegisterTests {
    // Valid codes (check characters per GB 32100-2015 / GB 11643-1999, as in examples/cases).
    static let companyA = "913601036123456757"
    static let companyB = "91440785859030659E"
    static let person = "36022219700404037X"

    @Test(.enabled(if: TestRegisters.postgresURL == nil && TestRegisters.onCI))
    func postgresIsRequiredOnCI() {
        Issue.record("LENIENCY_TEST_POSTGRES_URL is not set; .ci/run must start PostgreSQL for the register tests")
    }

    @Test func anSQLiteRegisterIsCreatedOnlyWhenAsked() async throws {
        let (location, cleanup) = try await TestRegisters.fresh("sqlite")
        defer { Task { await cleanup() } }
        await #expect(throws: RegisterError.self) { _ = try await CaseRegister.open(location) }
        let register = try await CaseRegister.open(location, create: true, timeout: TestRegisters.deadline)
        #expect(try await register.schemaVersion() == 1)
        await register.close()
        // Opening again applies no migration twice.
        let again = try await CaseRegister.open(location, timeout: TestRegisters.deadline)
        #expect(try await again.schemaVersion() == 1)
        await again.close()
    }

    @Test(arguments: TestRegisters.kinds)
    func importIsIdempotentByCaseNumberAndAgency(kind: String) async throws {
        let (location, cleanup) = try await TestRegisters.fresh(kind)
        let register = try await CaseRegister.open(location, create: true, timeout: TestRegisters.deadline)
        do {
            let cases = [
                try TestRegisters.decidedCase("A-1", creditCode: Self.companyA, act: "2023-01-10"),
                try TestRegisters.decidedCase("A-2", creditCode: Self.companyA, act: "2024-02-10"),
                // Same case number, another agency: a different case.
                try TestRegisters.decidedCase("A-1", creditCode: Self.companyB, act: "2023-05-01", agency: "国家税务总局南昌市西湖区税务局"),
            ]
            #expect(try await register.load(cases.map(RegisterEntry.init)) == ImportCounts(added: 3))
            #expect(try await register.load(cases.map(RegisterEntry.init)) == ImportCounts(unchanged: 3))
            var changed = cases
            changed[1].dates.decided = CivilDate("2024-03-01")
            #expect(try await register.load(changed.map(RegisterEntry.init)) == ImportCounts(updated: 1, unchanged: 2))
            let stats = try await register.statistics()
            #expect(stats.cases == 3)
            #expect(stats.parties == 2)
            #expect(stats.agencies == 2)
            #expect(stats.earliestAct == CivilDate("2023-01-10"))
            #expect(stats.latestAct == CivilDate("2024-02-10"))
            let stored = try await register.cases(after: nil, limit: 2)
            #expect(stored.map(\.caseID) == ["A-1", "A-1"])
            let rest = try await register.cases(after: (stored[1].caseID, stored[1].agency), limit: 2)
            #expect(rest.map(\.caseID) == ["A-2"])
            #expect(rest.first?.json.contains("\"decided\":\"2024-03-01\"") == true)
        } catch {
            Issue.record(error)
        }
        await register.close()
        await cleanup()
    }

    @Test(arguments: TestRegisters.kinds)
    func historyIsThePartysOtherDecidedCases(kind: String) async throws {
        let (location, cleanup) = try await TestRegisters.fresh(kind)
        let register = try await CaseRegister.open(location, create: true, timeout: TestRegisters.deadline)
        do {
            let current = try TestRegisters.decidedCase("NEW", creditCode: Self.companyA, act: "2025-03-01", decided: false)
            await #expect(throws: RegisterError.self, "a register never loaded cannot answer for anyone") {
                _ = try await register.history(for: current)
            }
            let stored = [
                try TestRegisters.decidedCase("OLD-1", creditCode: Self.companyA, act: "2023-06-01", violation: "TAX-ZG-61"),
                try TestRegisters.decidedCase("OLD-2", creditCode: Self.companyA, act: "2024-06-01"),
                try TestRegisters.decidedCase("PENDING", creditCode: Self.companyA, act: "2024-09-01", decided: false),
                try TestRegisters.decidedCase("OTHER", creditCode: Self.companyB, act: "2024-06-01"),
                current,
            ]
            _ = try await register.load(stored.map(RegisterEntry.init))
            try await register.logImport(sources: ["test"], loaded: stored.count, rejected: 0)
            // The lookup is by the normalised identifier: lower case and spaces do not hide a party.
            var asTyped = current
            asTyped.party.creditCode = " " + Self.companyA.lowercased()
            let history = try #require(try await register.history(for: asTyped))
            #expect(history.priors == [
                PriorViolation(violation: "TAX-ZG-61", date: CivilDate("2023-06-01")!, caseID: "OLD-1"),
                PriorViolation(violation: "TAX-ZG-60-1-4", date: CivilDate("2024-06-01")!, caseID: "OLD-2"),
            ])
            let chinaToday = CivilDate(dayNumber: Int((Date().timeIntervalSince1970 + 8 * 3600) / 86_400))
            #expect(history.searchedUntil == chinaToday)
            #expect(history.note.chinese == "首违认定依据：案件库 2 条记录，检索至 \(chinaToday)")
        } catch {
            Issue.record(error)
        }
        await register.close()
        await cleanup()
    }

    @Test(arguments: TestRegisters.kinds)
    func aPersonIsFoundByIDNumber(kind: String) async throws {
        let (location, cleanup) = try await TestRegisters.fresh(kind)
        let register = try await CaseRegister.open(location, create: true, timeout: TestRegisters.deadline)
        do {
            let prior = try TestRegisters.decidedCase("P-1", creditCode: nil, act: "2024-01-05", idNumber: Self.person)
            _ = try await register.load([RegisterEntry(prior)])
            try await register.logImport(sources: ["test"], loaded: 1, rejected: 0)
            let current = try TestRegisters.decidedCase("P-2", creditCode: nil, act: "2025-01-05", decided: false,
                                                         idNumber: Self.person.lowercased())
            let history = try #require(try await register.history(for: current))
            #expect(history.priors.map(\.caseID) == ["P-1"])
        } catch {
            Issue.record(error)
        }
        await register.close()
        await cleanup()
    }

    @Test(arguments: TestRegisters.kinds)
    func lookupKeepsACasesOwnHistoryAndExplainsAMissingIdentifier(kind: String) async throws {
        let (location, cleanup) = try await TestRegisters.fresh(kind)
        let register = try await CaseRegister.open(location, create: true, timeout: TestRegisters.deadline)
        do {
            _ = try await register.load([RegisterEntry(try TestRegisters.decidedCase("X-1", creditCode: Self.companyA, act: "2024-01-01"))])
            try await register.logImport(sources: ["test"], loaded: 1, rejected: 0)
            var own = try TestRegisters.decidedCase("X-2", creditCode: Self.companyA, act: "2025-01-01", decided: false)
            own.priorViolations = []
            let kept = try await HistoryLookup.complete(own, register: register)
            #expect(kept.record.priorViolations == [])
            #expect(kept.note == nil)

            // One character wrong: the check fails, nothing is searched, first offence stays unknown.
            var typo = own
            typo.priorViolations = nil
            typo.party.creditCode = "913601036123456758"
            let unsearched = try await HistoryLookup.complete(typo, register: register)
            #expect(unsearched.record.priorViolations == nil)
            #expect(unsearched.note?.chinese.contains("校验不通过，未检索案件库") == true)

            var searched = own
            searched.priorViolations = nil
            let found = try await HistoryLookup.complete(searched, register: register)
            #expect(found.record.priorViolations?.map(\.caseID) == ["X-1"])
            #expect(found.note?.chinese.hasPrefix("首违认定依据：案件库 1 条记录，检索至 ") == true)
        } catch {
            Issue.record(error)
        }
        await register.close()
        await cleanup()
    }

    @Test(.timeLimit(.minutes(1)))
    func anUnreachablePostgreSQLIsAnError() async {
        // Port 1 on loopback: nothing listens, the connection is refused.
        let location = RegisterLocation.postgres(try! PostgresAddress(url: "postgres://postgres@127.0.0.1:1/none?sslmode=disable"))
        await #expect(throws: RegisterError.self) { _ = try await CaseRegister.open(location, timeout: .seconds(2)) }
    }
}
