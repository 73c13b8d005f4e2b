import Foundation
import LeniencyCore

/// The JSON format: an array of flat objects, one per diagnostic, for scripts and editors.
enum DiagnosticJSONRenderer {
    static func render(_ diagnostics: [Diagnostic], language: Language = .en) -> String {
        let objects: [[String: Any]] = diagnostics.map { diagnostic in
            [
                "code": diagnostic.code.rawValue,
                "name": diagnostic.code.name,
                "severity": diagnostic.severity.rawValue,
                "file": diagnostic.location.file,
                "line": diagnostic.location.start.line,
                "column": diagnostic.location.start.column,
                "endLine": diagnostic.location.end.line,
                "endColumn": diagnostic.location.end.column,
                "message": diagnostic.text.rendered(language),
                "hint": diagnostic.hintText.rendered(language),
                "notes": diagnostic.notes.map { note in
                    [
                        "file": note.location.file,
                        "line": note.location.start.line,
                        "column": note.location.start.column,
                        "message": note.text.rendered(language),
                    ] as [String: Any]
                },
            ]
        }
        return JSONText.encode(objects)
    }
}

/// Deterministic JSON text (sorted keys, no escaped slashes, trailing newline) through `JSONSerialization`.
enum JSONText {
    static func encode(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else {
            // Only strings, numbers, arrays and dictionaries are built above, so this is unreachable in practice.
            return "[]\n"
        }
        return collapsingEmptyContainers(text) + "\n"
    }

    /// Foundation pretty-prints an empty array as `[`, a blank line and `]`; write `[]` and `{}` instead. Raw line
    /// breaks never occur inside JSON strings, so only structure is touched.
    static func collapsingEmptyContainers(_ text: String) -> String {
        text.replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
    }
}
