import Foundation
public import LeniencyCore

/// The format of one input file, from its extension.
public enum InputFormat: Sendable {
    /// YAML or a single JSON document: read whole through the strict YAML reader.
    case yaml
    /// JSON Lines: one record per line, read line by line.
    case jsonLines
    /// A CSV export with the documented column mapping.
    case csv

    /// The format a file name announces.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonLines
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else {
            self = .yaml
        }
    }

    /// The file extensions read as input.
    public static let extensions = ["yaml", "yml", "json", "jsonl", "ndjson", "csv"]
}

/// Expands the paths given on the command line into input files.
public enum InputFiles {
    /// Files under each path (folders recursively, sorted; only known extensions), and an I001 for each path that does not exist.
    /// Inside a folder, `<name>.expected.yaml` files are skipped: they hold the expected decision of the case beside
    /// them (examples/cases), not a case. Named on the command line, such a file is read like any other.
    public static func expand(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.inputDoesNotExist, path),
                                              hint: Message(.inputDoesNotExistHint)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = fm.enumerator(atPath: path) else {
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.inputCannotListFolder, path)))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard InputFormat.extensions.contains(ext), !isExpectation(relative) else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, diagnostics)
    }

    /// True for the expected-decision file beside an example case (`x.expected.yaml` / `x.expected.yml`).
    public static func isExpectation(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".expected.yaml") || lower.hasSuffix(".expected.yml")
    }
}
