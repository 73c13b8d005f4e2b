import FuzzSupport

/// The condition-expression parser and type checker over the shipped facts: an expression compiles or gets at least
/// one error whose span lies inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = String(decoding: Fuzz.bytes(start, count), as: UTF8.self)
    switch ExpressionCompiler.compile(source, facts: Fuzz.facts, builtins: [firstOffenceFactName: .boolean, "fine": .money]) {
    case .success(let expression):
        _ = expression.rendered
    case .failure(let errors):
        precondition(!errors.errors.isEmpty, "fuzz: a rejected expression without an error")
        let length = source.unicodeScalars.count
        for error in errors.errors {
            precondition(error.span.start >= 0 && error.span.start <= error.span.end && error.span.end <= length + 1,
                         "fuzz: span \(error.span.start)..<\(error.span.end) outside \(length) characters")
        }
    }
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    loadRulesBeforeFuzzing()
}
