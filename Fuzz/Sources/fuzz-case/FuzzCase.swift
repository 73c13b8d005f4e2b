import FuzzSupport

/// The case decoders: each line as a JSON Lines case (the scanner's fast path against the positioned reader, which
/// must give the same record without a diagnostic whenever the scanner accepts), and the whole input as a YAML case
/// file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCase(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzz.bytes(start, count)
    let decoder = Fuzz.lineDecoder
    var scratch = CompactCase()
    for (index, line) in Fuzz.lines(bytes).enumerated() where !line.isEmpty {
        let lineBytes = Array(line)
        let fast: CaseRecord? = lineBytes.withUnsafeBufferPointer { buffer in
            guard decoder.scanner.scan(buffer, into: &scratch) else { return nil }
            return scratch.caseRecord(layout: decoder.scanner.layout, file: "fuzz.jsonl", lineNumber: index + 1, line: buffer)
        }
        let slow = CaseLineDecoder.slow(.jsonLine(file: "fuzz.jsonl", line: index + 1, bytes: lineBytes), file: "fuzz.jsonl",
                                        catalog: decoder.catalog)
        Fuzz.render(slow.diagnostics)
        if let fast {
            precondition(slow.diagnostics.isEmpty, "fuzz: the scanner accepted line \(index + 1), the positioned reader complains")
            // The scanner keeps no fact positions (a clean line reports none; see `CompactCase.caseRecord`).
            precondition(fast.factLocations.isEmpty, "fuzz: the scanner kept fact positions on line \(index + 1)")
            let read = slow.cases.map { record -> CaseRecord in
                var copy = record
                copy.factLocations = [:]
                return copy
            }
            precondition(read == [fast], "fuzz: the scanner and the positioned reader read line \(index + 1) differently")
        }
    }
    let file = CaseDecoder.decode(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml", catalog: decoder.catalog)
    Fuzz.render(file.diagnostics)
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    loadRulesBeforeFuzzing()
}
