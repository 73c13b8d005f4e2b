import Foundation
public import LeniencyCaseInput
public import LeniencyCatalog
public import LeniencyCore
public import LeniencyEngine
import LeniencyLint
import Synchronization

/// The rules in service, swapped whole on reload: a new catalog is loaded and linted first, and on any error the old
/// one stays in service and the error is kept for `/healthz`.
public final class RulesHolder: Sendable {
    /// A catalog in service.
    public struct Loaded: Sendable {
        /// The catalog.
        public let catalog: Catalog
        /// Its engine (indexes built once).
        public let engine: Engine
        /// The same rules compiled: decisions without explanation (the default of the JSON endpoints).
        public let compiled: CompiledEngine
        /// The byte scanner for one-line JSON cases, its slot layout built once per rules load, not per request.
        public let lineDecoder: CaseLineDecoder
        /// When it was loaded (UTC, ISO 8601).
        public let loadedAt: String
        /// The rule files read, with their modification times and sizes.
        let fingerprint: RulesFingerprint
    }

    /// A reload that was refused.
    public struct Failure: Sendable {
        /// When (UTC, ISO 8601).
        public let at: String
        /// What triggered it (`SIGHUP`, `file change`, `request`).
        public let reason: String
        /// The errors that kept the new rules out.
        public let diagnostics: [Diagnostic]
    }

    private struct State: Sendable {
        var loaded: Loaded
        var lastFailure: Failure?
        var reloads = 0
        var failedReloads = 0
    }

    /// The rules folder.
    public let path: String
    /// How the engines built from it decide (presumptions on or off).
    public let options: EngineOptions
    private let state: Mutex<State>
    /// One reload at a time: a SIGHUP during a file-change reload waits rather than racing it.
    private let reloading = Mutex<Void>(())

    /// Loads the rules; throws their errors when they do not load cleanly (the service does not start on bad rules).
    public init(path: String, options: EngineOptions = .standard) throws(RulesLoadError) {
        self.path = path
        self.options = options
        switch Self.load(path, options: options) {
        case .success(let loaded): state = Mutex(State(loaded: loaded))
        case .failure(let error): throw error
        }
    }

    /// The rules in service now.
    public var current: Loaded { state.withLock { $0.loaded } }

    /// The last refused reload, if it came after the last successful one.
    public var lastFailure: Failure? { state.withLock { $0.lastFailure } }

    /// Successful and refused reloads so far.
    public var reloadCounts: (succeeded: Int, failed: Int) { state.withLock { ($0.reloads, $0.failedReloads) } }

    /// Loads, lints and swaps in the rules; true when the new rules are in service.
    @discardableResult
    public func reload(reason: String) -> Bool {
        reloading.withLock { _ in
            switch Self.load(path, options: options) {
            case .success(let loaded):
                state.withLock {
                    $0.loaded = loaded
                    $0.lastFailure = nil
                    $0.reloads += 1
                }
                return true
            case .failure(let error):
                let failure = Failure(at: Self.timestamp(), reason: reason, diagnostics: error.diagnostics)
                state.withLock {
                    $0.lastFailure = failure
                    $0.failedReloads += 1
                }
                return false
            }
        }
    }

    /// True when the rule files changed since the rules in service (or the last refused attempt) were read.
    func changedOnDisk(since fingerprint: RulesFingerprint) -> RulesFingerprint? {
        let now = RulesFingerprint(path: path)
        return now == fingerprint ? nil : now
    }

    private static func load(_ path: String, options: EngineOptions) -> Result<Loaded, RulesLoadError> {
        let fingerprint = RulesFingerprint(path: path)
        let loaded = CatalogLoader.load(paths: [path])
        var errors = loaded.diagnostics.filter { $0.severity == .error }
        if errors.isEmpty {
            errors = Linter.check(loaded.catalog).filter { $0.severity == .error }
        }
        guard errors.isEmpty else { return .failure(RulesLoadError(diagnostics: errors.sorted())) }
        let engine = Engine(catalog: loaded.catalog, options: options)
        return .success(Loaded(catalog: loaded.catalog, engine: engine, compiled: engine.compiled(),
                               lineDecoder: CaseLineDecoder(catalog: loaded.catalog), loadedAt: timestamp(),
                               fingerprint: fingerprint))
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// The rules did not load cleanly at start.
public struct RulesLoadError: Error, Sendable {
    /// The errors, sorted by file and position.
    public var diagnostics: [Diagnostic]
}

/// The rule files under a folder with their modification times and sizes: cheap to take every second.
struct RulesFingerprint: Sendable, Equatable {
    let files: [String: [Int64]]

    init(path: String) {
        var files: [String: [Int64]] = [:]
        for file in RuleFileFinder.find(paths: [path], includeTests: false).files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            files[file] = [Int64(modified * 1_000_000), size]
        }
        self.files = files
    }
}
