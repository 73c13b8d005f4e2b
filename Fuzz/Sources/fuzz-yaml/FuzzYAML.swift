import FuzzSupport

/// The YAML reader (libyaml, the strict layer, limits, authoring traps) on arbitrary bytes: it must return documents
/// or diagnostics with positions, never trap, hang or read out of bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let result = YAMLReader.parse(bytes: Fuzz.bytes(start, count), file: "fuzz.yaml")
    Fuzz.render(result.diagnostics)
    return 0
}
