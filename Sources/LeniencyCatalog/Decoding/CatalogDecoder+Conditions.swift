import LeniencyCore
import LeniencyYAML

extension CatalogDecoder {
    /// Builtins of list items and standard tiers: the item's first-offence test.
    var itemBuiltins: [String: FactType] { [firstOffenceFactName: .boolean] }

    /// A list of conditions; a single expression or a single `{when, label}` mapping counts as a one-item list.
    func conditions(_ node: YAMLNode?, _ what: String, builtins: [String: FactType]) -> [Condition] {
        guard let node, !node.isNull else { return [] }
        let items = node.pairs != nil ? [node] : reader.list(node, what)
        return items.compactMap { condition($0, what, builtins: builtins) }
    }

    /// One condition: an expression string or `{when: expression, label: text}`; nil after diagnostics.
    func condition(_ node: YAMLNode, _ what: String, builtins: [String: FactType]) -> Condition? {
        if node.pairs != nil {
            guard let fields = reader.mapping(node, what, required: ["when"], optional: ["label"]),
                  let when = fields["when"] else { return nil }
            let label = reader.string(fields["label"], "\(what) `label`")
            return compile(when, what, label: label, builtins: builtins)
        }
        return compile(node, what, label: nil, builtins: builtins)
    }

    /// Compiles an expression scalar against the fact vocabulary, reporting every error inside the scalar.
    private func compile(_ node: YAMLNode, _ what: String, label: String?, builtins: [String: FactType]) -> Condition? {
        guard let source = reader.string(node, what) else { return nil }
        switch ExpressionCompiler.compile(source, facts: factsByName, builtins: builtins) {
        case .success(let expression):
            return Condition(source: source, expression: expression, label: label, location: node.location)
        case .failure(let failure):
            for error in failure.errors { reader.emit(CatalogDecoder.diagnostic(error, in: node)) }
            return nil
        }
    }

    /// Positions an expression error inside its YAML scalar, also when the scalar is quoted with escapes, folded over
    /// several lines or a block scalar (`YAMLNode.position(ofTextOffset:)` maps text offsets back to the source).
    static func diagnostic(_ error: ExpressionError, in node: YAMLNode) -> Diagnostic {
        let start = node.position(ofTextOffset: error.span.start)
        let end = node.position(ofTextOffset: max(error.span.end, error.span.start))
        let location = SourceLocation(file: node.location.file, start: start, end: max(start, end))
        return Diagnostic(error.code, at: location, error.text, hint: error.hintText)
    }
}
