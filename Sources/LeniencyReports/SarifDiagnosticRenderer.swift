import Foundation
import LeniencyCore

/// SARIF 2.1.0 as GitHub code scanning reads it: one run, one rule per code used, results with physical locations.
///
/// Columns count Unicode scalars (a Chinese character is one column), so the run says
/// `columnKind: unicodeCodePoints` instead of SARIF's UTF-16 default.
enum SarifDiagnosticRenderer {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    static func render(_ diagnostics: [Diagnostic], baseDirectory: String?, toolVersion: String, language: Language = .en) -> String {
        let codes = Array(Set(diagnostics.map(\.code))).sorted { $0.rawValue < $1.rawValue }
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules: [[String: Any]] = codes.map { code in
            [
                "id": code.rawValue,
                "name": code.name,
                "shortDescription": ["text": code.summary],
                "fullDescription": ["text": code.summary],
                "help": ["text": code.hintMessage.rendered(language)],
                "defaultConfiguration": ["level": level(code.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = diagnostics.map { diagnostic in
            var result: [String: Any] = [
                "ruleId": diagnostic.code.rawValue,
                "ruleIndex": ruleIndex[diagnostic.code] ?? 0,
                "level": level(diagnostic.severity),
                "message": ["text": messageText(diagnostic, language)],
                "locations": [["physicalLocation": physicalLocation(diagnostic.location, baseDirectory)]],
            ]
            if !diagnostic.notes.isEmpty {
                result["relatedLocations"] = diagnostic.notes.enumerated().map { index, note in
                    [
                        "id": index + 1,
                        "message": ["text": note.text.rendered(language)],
                        "physicalLocation": physicalLocation(note.location, baseDirectory),
                    ] as [String: Any]
                }
            }
            return result
        }
        let driver: [String: Any] = [
            "name": "leniency",
            "version": toolVersion,
            "semanticVersion": toolVersion,
            "rules": rules,
        ]
        let log: [String: Any] = [
            "$schema": schemaURI,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": driver],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ] as [String: Any]],
        ]
        return JSONText.encode(log)
    }

    /// SARIF levels: error, warning, note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func messageText(_ diagnostic: Diagnostic, _ language: Language) -> String {
        let text = diagnostic.text.rendered(language), hint = diagnostic.hintText.rendered(language)
        return hint.isEmpty ? text : "\(text)\n\(language == .zh ? "建议" : "Hint"): \(hint)"
    }

    private static func physicalLocation(_ location: SourceLocation, _ base: String?) -> [String: Any] {
        let startLine = max(1, location.start.line)
        let startColumn = max(1, location.start.column)
        var region: [String: Any] = ["startLine": startLine, "startColumn": startColumn]
        if location.end > location.start {
            region["endLine"] = location.end.line
            region["endColumn"] = max(1, location.end.column)
        }
        let path = DiagnosticRenderer.relativePath(location.file, base: base)
        return [
            "artifactLocation": ["uri": uri(path), "uriBaseId": "%SRCROOT%"],
            "region": region,
        ]
    }

    /// A relative URI reference: path characters kept, everything else (spaces, CJK) percent-encoded.
    private static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
