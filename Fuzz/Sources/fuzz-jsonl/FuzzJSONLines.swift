import FuzzSupport

/// The JSON Lines readers, line by line: the byte scanner (`JSONLineScanner`) and the positioned parser must agree
/// that a line is JSON; whatever the scanner accepts, the positioned reader must read without a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let decoder = Fuzz.lineDecoder
    var scratch = CompactCase()
    for (index, line) in Fuzz.lines(Fuzz.bytes(start, count)).enumerated() {
        let bytes = Array(line)
        let accepted = bytes.withUnsafeBufferPointer { decoder.scanner.scan($0, into: &scratch) }
        let (node, problems) = RawRecord.jsonLine(file: "fuzz.jsonl", line: index + 1, bytes: bytes).nodes()
        Fuzz.render(problems)
        if accepted {
            precondition(node != nil && problems.isEmpty, "fuzz: the scanner accepted line \(index + 1), the JSON parser did not")
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    loadRulesBeforeFuzzing()
}
