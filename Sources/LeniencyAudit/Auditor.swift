public import LeniencyCaseInput
public import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import Dispatch
import Foundation
import LeniencyYAML
import Synchronization

/// Audits case files and inspection records against the rules: the 执法监督 view of the engine.
///
/// Inputs are streamed: YAML files are read whole one at a time, JSON Lines and CSV exports a batch of records at a
/// time, and each batch is decoded and checked on all cores. Only the small per-case entries the cross-case checks
/// need (party history, fines per group, inspections) stay in memory. Output order never depends on thread timing.
public struct Auditor: Sendable {
    private let catalog: Catalog
    private let options: AuditOptions
    private let caseAuditor: CaseAuditor
    private let inspectionAuditor: InspectionAuditor
    private let lineDecoder: CaseLineDecoder

    /// Creates an auditor over a loaded catalog.
    public init(catalog: Catalog, options: AuditOptions = AuditOptions()) {
        self.catalog = catalog
        self.options = options
        self.caseAuditor = CaseAuditor(catalog: catalog, options: options)
        self.inspectionAuditor = InspectionAuditor(policies: PolicyResolver(catalog.policies, regions: catalog.regionTable),
                                                   regions: catalog.regionTable, options: options)
        self.lineDecoder = CaseLineDecoder(catalog: catalog)
    }

    /// Audits records already in memory (tests, embedding).
    public func audit(cases: [CaseRecord], inspections: [InspectionRecord] = []) -> AuditReport {
        var accumulator = AuditAccumulator()
        for result in parallelMap(cases, caseAuditor.audit) { accumulator.add(result) }
        accumulator.inspections = inspections
        return accumulator.finish(inspectionAuditor: inspectionAuditor, options: options)
    }

    /// Audits the files and folders given; `progress` is called with the number of cases read after each batch.
    ///
    /// Every core takes the next batch of records, decodes and audits it into an accumulator of its own, and the
    /// batches' accumulators are merged in input order as they complete (at most one pending batch per core), so the
    /// report is the same as one thread's and memory holds the cross-case indexes plus a few batches.
    public func run(cases casePaths: [String], inspections inspectionPaths: [String],
                    progress: (@Sendable (Int) -> Void)? = nil) -> AuditReport {
        let caseFiles = InputFiles.expand(casePaths)
        // The cases' accumulator is taken as it is: merging it into an empty one would copy every index once more.
        var accumulator = auditCases(in: caseFiles.files, progress: progress)
        accumulator.diagnostics.insert(contentsOf: caseFiles.diagnostics, at: 0)
        let inspectionFiles = InputFiles.expand(inspectionPaths)
        accumulator.diagnostics.append(contentsOf: inspectionFiles.diagnostics)
        for file in inspectionFiles.files {
            var stream = RecordStream(path: file, kind: .inspections)
            while let batch = stream.nextBatch(limit: options.batchSize) {
                for output in parallelMap(batch, Self.decodeInspections) {
                    accumulator.diagnostics.append(contentsOf: output.diagnostics)
                    accumulator.inspections.append(contentsOf: output.records)
                }
            }
            accumulator.diagnostics.append(contentsOf: stream.diagnostics)
        }
        return accumulator.finish(inspectionAuditor: inspectionAuditor, options: options)
    }

    /// The input side of the workers: the batches still to read and the number of the next one.
    private struct Input {
        var batches: CaseBatches
        var next = 0
    }

    /// The output side: the batches audited ahead of their turn, and the merged result of those before them.
    private struct Output {
        var merged = 0
        var waiting: [Int: AuditAccumulator] = [:]
        var result = AuditAccumulator()
    }

    private func auditCases(in files: [String], progress: (@Sendable (Int) -> Void)?) -> AuditAccumulator {
        // Two locks: reading the next batch (the lines copied out of the file) and merging a finished one into the
        // result are both serial, but neither needs to wait for the other; under one lock a worker that finished
        // its batch waited for the other's read or merge before it could hand its batch in or take the next one.
        let input = Mutex(Input(batches: CaseBatches(files: files, batchSize: min(options.batchSize, 1024))))
        let output = Mutex(Output())
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each further worker builds its own auditor and decoder (a few milliseconds): the reference counts of the
            // compiled program and tables they share would otherwise be retained and released from both cores for
            // every case, an atomic write whose cache line moves between the cores each time.
            let caseAuditor = worker == 0 ? caseAuditor : CaseAuditor(catalog: catalog, options: options)
            let lineDecoder = worker == 0 ? lineDecoder : CaseLineDecoder(catalog: catalog)
            var scratch = CompactCase()
            var compact = CompactCase()
            var fast = CaseAuditScratch()
            while let (index, batch) = input.withLock({ s -> (Int, [RawRecord])? in
                guard let batch = s.batches.next() else { return nil }
                defer { s.next += 1 }
                return (s.next, batch)
            }) {
                var partial = AuditAccumulator()
                for raw in batch {
                    // A scanned line's facts stay in `scratch` (the audit reads them from there where it needs them).
                    let loaded: CaseLoadResult
                    if case .jsonLine(let file, let line, let bytes) = raw {
                        loaded = lineDecoder.decode(bytes, file: file, line: line, scratch: &scratch, facts: false)
                    } else {
                        loaded = lineDecoder.decode(raw, scratch: &scratch)
                    }
                    // Warnings (bad check characters, date order) do not stop the audit of the case.
                    partial.diagnostics.append(contentsOf: loaded.diagnostics)
                    if loaded.scanned, let record = loaded.cases.first {
                        partial.add(caseAuditor.audit(record, compact: &scratch, scanned: true, scratch: &fast))
                    } else {
                        for record in loaded.cases { partial.add(caseAuditor.audit(record, compact: &compact, scratch: &fast)) }
                    }
                }
                // Counted here, on the worker's core, rather than under the lock.
                partial.flushCounts()
                let read = output.withLock { s -> Int in
                    s.waiting[index] = partial
                    while let ready = s.waiting.removeValue(forKey: s.merged) {
                        s.result.merge(ready)
                        s.merged += 1
                    }
                    return s.result.statistics.casesRead
                }
                progress?(read)
            }
        }
        let diagnostics = input.withLock { $0.batches.diagnostics }
        return output.withLock { s in
            s.result.diagnostics.append(contentsOf: diagnostics)
            return s.result
        }
    }

    private struct InspectionOutput: Sendable {
        var diagnostics: [Diagnostic]
        var records: [InspectionRecord]
    }

    private static func decodeInspections(_ raw: RawRecord) -> InspectionOutput {
        if case .file(let path) = raw {
            let loaded = InspectionDecoder.load(path: path)
            return InspectionOutput(diagnostics: loaded.diagnostics, records: loaded.records)
        }
        let (node, problems) = raw.nodes()
        guard let node else { return InspectionOutput(diagnostics: problems, records: []) }
        let loaded = InspectionDecoder.decode(documents: [node], file: node.location.file)
        return InspectionOutput(diagnostics: loaded.diagnostics, records: loaded.records)
    }
}

/// Maps `items` on all cores in contiguous slices, keeping the input order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let slices = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
    let size = (items.count + slices - 1) / slices
    let results = Mutex<[[R]]>(Array(repeating: [], count: slices))
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
        let lower = slice * size
        let upper = min(items.count, lower + size)
        guard lower < upper else { return }
        let mapped = items[lower..<upper].map(transform)
        results.withLock { $0[slice] = mapped }
    }
    return results.withLock { $0.flatMap { $0 } }
}
