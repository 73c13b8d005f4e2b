public import LeniencyCatalog
import LeniencyCore

/// Reads case files, folders, JSON Lines and CSV exports a batch at a time: the audit's input, for other commands
/// that load cases in bulk (`register import`). Bad records come back as positioned diagnostics; the rest is read.
public struct CaseFileReader {
    private let catalog: Catalog
    private let lineDecoder: CaseLineDecoder
    private let batchSize: Int
    private var files: [String]
    private var stream: RecordStream?
    private var pending: [Diagnostic]

    /// Prepares to read `paths` (files or folders, as `leniency audit` takes them).
    public init(paths: [String], catalog: Catalog, batchSize: Int = 1_000) {
        self.catalog = catalog
        self.lineDecoder = CaseLineDecoder(catalog: catalog)
        self.batchSize = max(1, batchSize)
        let expanded = InputFiles.expand(paths)
        files = expanded.files.reversed()
        pending = expanded.diagnostics
    }

    /// The next cases read, with the problems found in them; nil when every input has been read.
    public mutating func next() -> CaseLoadResult? {
        while true {
            if stream == nil {
                guard let file = files.popLast() else {
                    guard !pending.isEmpty else { return nil }
                    defer { pending = [] }
                    return CaseLoadResult(diagnostics: pending)
                }
                stream = RecordStream(path: file, kind: .cases)
            }
            guard var current = stream else { continue }
            let batch = current.nextBatch(limit: batchSize)
            stream = current
            guard let batch else {
                pending += current.diagnostics
                stream = nil
                continue
            }
            var result = CaseLoadResult(diagnostics: pending)
            pending = []
            var scratch = CompactCase()
            for raw in batch {
                let loaded = lineDecoder.decode(raw, scratch: &scratch)
                result.cases += loaded.cases
                result.diagnostics += loaded.diagnostics
            }
            return result
        }
    }
}

extension CaseLineDecoder {
    /// True when `raw` is a JSON line the byte scanner reads cleanly into `scratch` (no diagnostic would be given);
    /// false sends it through `decode(_:scratch:)`.
    public func scan(_ raw: RawRecord, into scratch: inout CompactCase) -> Bool {
        guard case .jsonLine(_, _, let bytes) = raw else { return false }
        return bytes.withUnsafeBufferPointer { scanner.scan($0, into: &scratch) }
    }

    /// The cases of one raw record (a whole file, a JSON line, a CSV record) and the problems found reading them.
    public func decode(_ raw: RawRecord, scratch: inout CompactCase) -> CaseLoadResult {
        switch raw {
        case .file(let path):
            return CaseDecoder.load(path: path, catalog: catalog)
        case .jsonLine(let file, let line, let bytes):
            return decode(bytes, file: file, line: line, scratch: &scratch)
        case .oversizedLine(let file, _, _, _), .csvRecord(let file, _, _, _):
            return Self.slow(raw, file: file, catalog: catalog)
        }
    }
}
