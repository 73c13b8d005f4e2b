import Foundation
public import LeniencyCatalog
import LeniencyCore
import LeniencyYAML

/// One input of `check`: a case file read whole, or JSON Lines read a batch of lines at a time.
public enum CaseInput {
    /// A YAML or JSON case file (or standard input holding one), decoded whole; bounded by the YAML input limit.
    case document(CaseLoadResult)
    /// JSON Lines (a `.jsonl`/`.ndjson` file, or standard input whose first lines are JSON objects), streamed.
    case lines(CaseLineSource)

    /// Opens `path` (`-` for standard input). Standard input is sniffed from its first lines: two lines that each
    /// hold a complete JSON object are JSON Lines; anything else is one case file.
    public static func open(_ path: String, catalog: Catalog) -> CaseInput {
        guard path == "-" else {
            if InputFormat(path: path) == .jsonLines {
                guard let reader = ChunkedByteReader(path: path) else {
                    return .document(CaseLoadResult(diagnostics: [Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.inputCannotRead, path),
                                                                             hint: Message(.inputCannotReadHint))]))
                }
                return .lines(CaseLineSource(reader: reader, file: path, catalog: catalog))
            }
            return .document(CaseDecoder.load(path: path, catalog: catalog))
        }
        let file = "<stdin>"
        var reader = ChunkedByteReader(handle: FileHandle.standardInput)
        let limit = YAMLLimits.standard.maxInputBytes
        let head = reader.peek(upTo: limit + 1) { Self.lineCount($0) >= 2 }
        if InputFormat.looksLikeJSONLines(head) {
            return .lines(CaseLineSource(reader: reader, file: file, catalog: catalog))
        }
        let parsed = YAMLReader.parse(bytes: reader.rest(limit: limit), file: file)
        let decoded = CaseDecoder.decode(documents: parsed.documents, file: file, catalog: catalog)
        return .document(CaseLoadResult(cases: decoded.cases, diagnostics: (parsed.diagnostics + decoded.diagnostics).sorted(),
                                        holdsSeveralCases: decoded.holdsSeveralCases))
    }

    private static func lineCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in bytes where b == 0x0A { count += 1 }
        return count
    }
}

extension InputFormat {
    /// Whether the first bytes of an input are JSON Lines: its first two non-blank lines each hold one complete JSON
    /// object. Cheap (two lines at most), so a folder's files can be told apart by content, not only by name.
    public static func looksLikeJSONLines(_ head: ArraySlice<UInt8>) -> Bool {
        var objects = 0
        for line in head.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(3) {
            let bytes = Array(line)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) == UInt8(ascii: "{"),
                  case .success = JSONLineParser.parse(bytes.last == 0x0D ? Array(bytes.dropLast()) : bytes, file: "", line: 1)
            else { return false }
            objects += 1
            if objects == 2 { return true }
        }
        return false
    }
}

/// JSON Lines cases read a batch at a time, decoded through the byte scanner (the positioned reader for the rest).
public struct CaseLineSource {
    private var reader: ChunkedByteReader
    /// The file name diagnostics and locations carry.
    public let file: String
    /// The decoder every line goes through.
    public let decoder: CaseLineDecoder

    init(reader: ChunkedByteReader, file: String, catalog: Catalog) {
        self.reader = reader
        self.file = file
        self.decoder = CaseLineDecoder(catalog: catalog)
    }

    /// Up to `limit` raw lines (blank lines skipped, oversized lines reported), nil at the end.
    public mutating func nextBatch(limit: Int) -> [RawRecord]? {
        let batch = reader.jsonLines(file: file, limit: limit)
        return batch.isEmpty ? nil : batch
    }

}
