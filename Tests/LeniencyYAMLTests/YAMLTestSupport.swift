import LeniencyCore
import LeniencyYAML

/// A 1-based position, short enough to keep expectations readable.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

extension YAMLDocumentSet {
    /// The codes of all diagnostics, in reported order.
    var codes: [DiagnosticCode] { diagnostics.map(\.code) }
}

extension YAMLNode {
    /// The key nodes of a mapping, in order.
    var keyNodes: [YAMLNode] { pairs?.map(\.key) ?? [] }
}
