public import LeniencyCaseInput
public import LeniencyCatalog
import LeniencyCore
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
        self.inspectionAuditor = InspectionAuditor(policies: PolicyResolver(catalog.policies), options: options)
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
    public func run(cases casePaths: [String], inspections inspectionPaths: [String],
                    progress: ((Int) -> Void)? = nil) -> AuditReport {
        var accumulator = AuditAccumulator()
        let caseFiles = InputFiles.expand(casePaths)
        accumulator.diagnostics.append(contentsOf: caseFiles.diagnostics)
        for file in caseFiles.files {
            var stream = RecordStream(path: file, kind: .cases)
            while let batch = stream.nextBatch(limit: options.batchSize) {
                for output in parallelMap(batch, decodeAndAudit) {
                    accumulator.diagnostics.append(contentsOf: output.diagnostics)
                    for result in output.results { accumulator.add(result) }
                }
                progress?(accumulator.statistics.casesRead)
            }
            accumulator.diagnostics.append(contentsOf: stream.diagnostics)
        }
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

    private struct CaseOutput: Sendable {
        var diagnostics: [Diagnostic]
        var results: [CaseAuditResult]
    }

    private func decodeAndAudit(_ raw: RawRecord) -> CaseOutput {
        var scratch = CompactCase()
        let loaded = lineDecoder.decode(raw, scratch: &scratch)
        // Warnings (bad check characters, date order) do not stop the audit of the case; they are not input errors either.
        return CaseOutput(diagnostics: loaded.diagnostics, results: loaded.cases.map(caseAuditor.audit))
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
