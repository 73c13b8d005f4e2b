public import LeniencyCore
public import LeniencyYAML

/// One raw record waiting to be decoded (decoding runs in parallel, reading does not).
public enum RawRecord: Sendable {
    /// A whole YAML or JSON file.
    case file(String)
    /// One line of a JSON Lines file.
    case jsonLine(file: String, line: Int, bytes: [UInt8])
    /// A JSON Lines line longer than the limit for one record: its bytes were skipped, only its size is known.
    case oversizedLine(file: String, line: Int, length: Int, limit: Int)
    /// One record of a CSV export.
    case csvRecord(file: String, line: Int, bytes: [UInt8], mapping: CSVColumnMapping)

    /// The record as YAML nodes, or the diagnostic explaining why it could not be read (file records are read elsewhere).
    public func nodes() -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        switch self {
        case .file:
            return (nil, [])
        case .oversizedLine(let file, let line, let length, let limit):
            return (nil, [Diagnostic(.inputTooLarge, at: SourceLocation(file: file, start: SourcePosition(line: line, column: 1)),
                                     Message(.recordLineTooLong, line, length, limit >> 20), hint: Message(.recordLineTooLongHint))])
        case .jsonLine(let file, let line, let bytes):
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return (nil, [Diagnostic(.invalidUTF8, at: SourceLocation(file: file, start: SourcePosition(line: line, column: 1)),
                                         Message(.recordLineNotUTF8, line), hint: Message(.recordLineNotUTF8Hint))])
            }
            switch JSONLineParser.parse(bytes, file: file, line: line) {
            case .success(let node):
                return (node, [])
            case .failure(let error):
                let at = SourceLocation(file: file, start: SourcePosition(line: line, column: error.column))
                if error.code == .nestingTooDeep || error.code == .inputTooLarge {
                    return (nil, [Diagnostic(error.code, at: at, Message(.recordProblemOnLine, error.message, line),
                                             hint: error.code == .inputTooLarge ? Message(.recordValueTooLongHint, YAMLLimits.standard.maxScalarBytes >> 20)
                                                 : Message(.recordTooDeepHint))])
                }
                if error.code == .duplicateKey, let first = error.firstColumn {
                    return (nil, [Diagnostic(.duplicateKey, at: at, Message(.recordProblemOnLine, error.message, line),
                                             notes: [.init(location: SourceLocation(file: file, start: SourcePosition(line: line, column: first)),
                                                           Message(.recordFirstKey))])])
                }
                return (nil, [Diagnostic(.yamlSyntax, at: at,
                                         Message(.recordInvalidJSON, line, error.message), hint: Message(.recordInvalidJSONHint))])
            }
        case .csvRecord(let file, let line, let bytes, let mapping):
            let text: String
            switch TextDecoding.decode(bytes) {
            case .success(let decoded): text = decoded.text
            case .failure(let failure):
                return (nil, [Diagnostic(.invalidUTF8, at: SourceLocation(file: file, start: SourcePosition(line: line, column: 1)),
                                         Message(.recordSkipped, failure.message), hint: failure.hint)])
            }
            switch CSVRecordParser.fields(text, line: line) {
            case .success(let fields):
                return (mapping.node(fields, file: file, line: line), [])
            case .failure(let error):
                return (nil, [Diagnostic(.yamlSyntax, at: SourceLocation(file: file, start: SourcePosition(line: line, column: error.column)),
                                         Message(.recordMalformedCSVRecord, error.message), hint: Message(.recordQuoteFieldsHint))])
            }
        }
    }
}

/// Reads one input file as a stream of raw records, a batch at a time.
public struct RecordStream {
    private enum Source {
        case whole(String, done: Bool)
        case lines(ChunkedByteReader, file: String)
        case csv(ChunkedByteReader, file: String, mapping: CSVColumnMapping?)
    }

    private var source: Source
    /// Problems found while reading (unreadable file, CSV header).
    public private(set) var diagnostics: [Diagnostic] = []
    private let kind: CSVColumnMapping.Kind

    /// Opens `path`; an unreadable file yields no records and one I001.
    public init(path: String, kind: CSVColumnMapping.Kind) {
        self.kind = kind
        switch InputFormat(path: path) {
        case .yaml:
            source = .whole(path, done: false)
        case .jsonLines, .csv:
            guard let reader = ChunkedByteReader(path: path) else {
                source = .whole(path, done: true)
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.inputCannotRead, path),
                                              hint: Message(.inputCannotReadHint)))
                return
            }
            source = InputFormat(path: path) == .csv ? .csv(reader, file: path, mapping: nil) : .lines(reader, file: path)
        }
    }

    /// Longest JSON Lines line kept, in bytes (the YAML limit for one input: one line is one record).
    public static let maxLineBytes = YAMLLimits.standard.maxInputBytes
    /// A batch stops growing at this many bytes, so that memory stays bounded however long the lines are.
    public static let maxBatchBytes = 32 << 20

    /// Up to `limit` records (and about `maxBatchBytes` of them); nil at the end of the file.
    public mutating func nextBatch(limit: Int) -> [RawRecord]? {
        switch source {
        case .whole(let path, let done):
            guard !done else { return nil }
            source = .whole(path, done: true)
            return [.file(path)]
        case .lines(var reader, let file):
            let batch = reader.jsonLines(file: file, limit: limit)
            source = .lines(reader, file: file)
            return batch.isEmpty ? nil : batch
        case .csv(var reader, let file, var mapping):
            if mapping == nil {
                guard let header = reader.nextCSVRecord() else {
                    source = .whole(file, done: true)
                    diagnostics.append(Diagnostic(.invalidCaseFile, at: .wholeFile(file), Message(.inputCSVEmpty, file),
                                                  hint: Message(.inputCSVEmptyHint)))
                    return nil
                }
                let fields: [CSVField]
                switch TextDecoding.decode(header.bytes).map({ CSVRecordParser.fields($0.text, line: header.line) }) {
                case .success(.success(let f)): fields = f
                case .success(.failure(let e)):
                    diagnostics.append(Diagnostic(.yamlSyntax, at: SourceLocation(file: file, start: SourcePosition(line: 1, column: e.column)),
                                                  Message(.inputCSVHeaderMalformed, e.message), hint: Message(.inputFixHeader)))
                    source = .whole(file, done: true)
                    return nil
                case .failure(let failure):
                    diagnostics.append(Diagnostic(.invalidUTF8, at: .wholeFile(file), failure.message, hint: failure.hint))
                    source = .whole(file, done: true)
                    return nil
                }
                let (mapped, problems) = CSVColumnMapping.map(header: fields, kind: kind, file: file)
                diagnostics.append(contentsOf: problems)
                mapping = mapped
            }
            guard let mapping else { return nil }
            var batch: [RawRecord] = []
            while batch.count < limit, let next = reader.nextCSVRecord() {
                if next.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x2C }) { continue }
                batch.append(.csvRecord(file: file, line: next.line, bytes: next.bytes, mapping: mapping))
            }
            source = .csv(reader, file: file, mapping: mapping)
            return batch.isEmpty ? nil : batch
        }
    }
}

extension ChunkedByteReader {
    /// Up to `limit` JSON Lines records and about `RecordStream.maxBatchBytes` of them: blank lines skipped, a line
    /// over `RecordStream.maxLineBytes` reported by its size only.
    mutating func jsonLines(file: String, limit: Int) -> [RawRecord] {
        var batch: [RawRecord] = []
        var bytes = 0
        while batch.count < limit, bytes < RecordStream.maxBatchBytes, let next = nextLine(limit: RecordStream.maxLineBytes) {
            if next.length > RecordStream.maxLineBytes {
                batch.append(.oversizedLine(file: file, line: next.line, length: next.length, limit: RecordStream.maxLineBytes))
                continue
            }
            if next.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            bytes += next.bytes.count
            batch.append(.jsonLine(file: file, line: next.line, bytes: next.bytes))
        }
        return batch
    }
}
