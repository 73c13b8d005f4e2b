import LeniencyCore

extension LibYAMLFailure {
    /// The diagnostic for libyaml's failure: a tab problem when a tab caused it, else libyaml's own words.
    func diagnostic(in source: SourceText, file: String) -> Diagnostic {
        let position = problemMark ?? source.position(ofOffset: problemOffset)
        if stage != .reader, let tab = tabPosition(near: position, in: source) {
            let location = SourceLocation(file: file, start: tab, end: tab.advanced(by: 1))
            return Diagnostic(.tabIndent, at: location, Message(.yamlTabIndent, LibYAMLWords.message(problem)))
        }
        var message = Message(.yamlSyntaxError, LibYAMLWords.message(problem))
        var notes: [Diagnostic.Note] = []
        if let context {
            if let contextMark {
                message = Message(.yamlSyntaxErrorContext, LibYAMLWords.message(problem), LibYAMLWords.message(context),
                                  "\(contextMark.line):\(contextMark.column)")
                notes.append(Diagnostic.Note(
                    location: SourceLocation(file: file, start: contextMark),
                    Message(.yamlContextStartedHere, LibYAMLWords.message(context))
                ))
            } else {
                message = Message(.yamlSyntaxErrorContextOnly, LibYAMLWords.message(problem), LibYAMLWords.message(context))
            }
        }
        return Diagnostic(.yamlSyntax, at: SourceLocation(file: file, start: position), message, notes: notes)
    }

    /// Where the tab that made libyaml fail is, if one did.
    ///
    /// libyaml reports a tab in indentation as "found character that cannot start any token" or similar,
    /// at the tab or at the start of the line that holds it.
    private func tabPosition(near position: SourcePosition, in source: SourceText) -> SourcePosition? {
        guard let range = source.range(ofLine: position.line) else { return nil }
        let bytes = source.bytes
        var offset = range.lowerBound
        var column = 1
        while offset < range.upperBound, bytes[offset] == 0x20 || bytes[offset] == 0x09 {
            if bytes[offset] == 0x09 { return SourcePosition(line: position.line, column: column) }
            offset += 1
            column += 1
        }
        let marked = source.offset(ofColumn: position.column, in: range)
        if marked < range.upperBound, bytes[marked] == 0x09 { return position }
        if problem.contains("tab") { return position }
        return nil
    }
}
