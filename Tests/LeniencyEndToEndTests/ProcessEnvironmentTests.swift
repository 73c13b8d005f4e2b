import Foundation
@testable import LeniencyCLI
import Testing

/// `ProcessEnvironment` reads `environ` itself; it must give what the C library and Foundation give.
@Suite struct ProcessEnvironmentTests {
    @Test func everyVariableMatchesGetenv() throws {
        let variables = ProcessEnvironment.variables
        #expect(!variables.isEmpty)
        for (name, value) in variables {
            let expected = try #require(getenv(name), "getenv(\(name)) is nil")
            #expect(value == String(cString: expected), "\(name)")
        }
    }

    @Test func sameNamesAndValuesAsFoundation() {
        let foundation = ProcessInfo.processInfo.environment
        #expect(Set(ProcessEnvironment.variables.keys) == Set(foundation.keys))
        for (name, value) in foundation {
            #expect(ProcessEnvironment.variables[name] == value, "\(name)")
        }
    }
}
