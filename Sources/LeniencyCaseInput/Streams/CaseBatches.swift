import Dispatch
import Foundation
import Synchronization
public import LeniencyCore

/// The records of many input files as one sequence of batches: YAML files several to a batch (each is one record),
/// JSON Lines and CSV a batch of lines at a time.
public struct CaseBatches {
    private var files: ArraySlice<String>
    private var stream: RecordStream?
    private let batchSize: Int
    private static let filesPerBatch = 8
    /// Problems of the files themselves (unreadable, CSV header).
    public private(set) var diagnostics: [Diagnostic] = []

    /// Batches of at most `batchSize` records from `files`, in order.
    public init(files: [String], batchSize: Int) {
        self.files = files[...]
        self.batchSize = batchSize
    }

    /// The next batch; nil when every file has been read.
    public mutating func next() -> [RawRecord]? {
        var batch: [RawRecord] = []
        while batch.count < batchSize {
            if var current = stream {
                let more = current.nextBatch(limit: batchSize - batch.count)
                stream = current
                if let more {
                    batch.append(contentsOf: more)
                    // A JSON Lines or CSV batch is full enough; whole files (often many small YAML files) are
                    // gathered a few at a time so that every core gets some.
                    if case .file = more.first, batch.count < Self.filesPerBatch { continue }
                    break
                }
                diagnostics.append(contentsOf: current.diagnostics)
                stream = nil
            }
            guard let file = files.popFirst() else { break }
            stream = RecordStream(path: file, kind: .cases)
        }
        return batch.isEmpty ? nil : batch
    }
}

extension CaseBatches {
    /// Reads the batches of `files` and hands them to `work` on all cores; `merge` receives each batch's result in
    /// input order (one batch may wait per core), so the outcome does not depend on thread timing. Returns the
    /// problems of the files themselves.
    public static func process<Result: Sendable>(files: [String], batchSize: Int, work: @Sendable ([RawRecord]) -> Result,
                                                 merge: @Sendable (Result) -> Void) -> [Diagnostic] {
        let state = Mutex(BatchPipeline<Result>(batches: CaseBatches(files: files, batchSize: batchSize)))
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let (index, batch) = state.withLock({ s -> (Int, [RawRecord])? in
                guard let batch = s.batches.next() else { return nil }
                defer { s.next += 1 }
                return (s.next, batch)
            }) {
                let result = work(batch)
                state.withLock { s in
                    s.waiting[index] = result
                    while let ready = s.waiting.removeValue(forKey: s.merged) {
                        merge(ready)
                        s.merged += 1
                    }
                }
            }
        }
        return state.withLock { $0.batches.diagnostics }
    }
}

/// The shared state of `CaseBatches.process`: the input, the next batch number, and the results waiting for their turn.
private struct BatchPipeline<Result> {
    var batches: CaseBatches
    var next = 0
    var merged = 0
    var waiting: [Int: Result] = [:]
}
