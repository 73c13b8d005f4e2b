import ArgumentParser
import Dispatch
import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyRegister
import Synchronization

/// Runs async library calls (the register, the server) from the synchronous commands of the argument parser.
enum Blocking {
    /// Waits for `operation` on the calling thread, which is never one of the concurrency pool's threads here.
    static func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                box.set(.success(try await operation()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// Where `Blocking.run` leaves its result.
private final class ResultBox<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)

    func set(_ value: Result<T, any Error>) { result.withLock { $0 = value } }

    func get() throws -> T {
        guard let value = result.withLock({ $0 }) else { preconditionFailure("Blocking.run returned before its task finished") }
        return try value.get()
    }
}

/// Opening the register the same way for every command: `--register`, else `$LENIENCY_REGISTER`, else none.
enum RegisterOption {
    /// The register to use, or nil when none is configured; prints the error and exits 2 when it cannot be opened.
    static func open(explicit: String?, create: Bool = false, command: String, chinese: Bool) throws -> CaseRegister? {
        do {
            guard let location = try RegisterLocation.resolve(explicit: explicit, environment: ProcessEnvironment.variables) else { return nil }
            let timeout = Duration.seconds(timeoutSeconds)
            return try Blocking.run { try await CaseRegister.open(location, create: create, timeout: timeout) }
        } catch let error as RegisterError {
            fail(error, command: command, chinese: chinese)
        }
    }

    /// How long a PostgreSQL register may take to answer: `$LENIENCY_REGISTER_TIMEOUT` seconds, else 15.
    static var timeoutSeconds: Int {
        ProcessEnvironment.variables["LENIENCY_REGISTER_TIMEOUT"].flatMap(Int.init).map { max(1, $0) } ?? 15
    }

    /// Prints a register error and exits 2: an unreadable register never reads as "no prior violations".
    static func fail(_ error: RegisterError, command: String, chinese: Bool) -> Never {
        StandardError.write("leniency \(command): \(error.text(chinese: chinese))\n")
        Foundation.exit(ExitCode.usageOrUnreadableInput.rawValue)
    }

    /// Closes the register, waiting for its connections to end.
    static func close(_ register: CaseRegister?) {
        guard let register else { return }
        _ = try? Blocking.run { await register.close() }
    }
}
