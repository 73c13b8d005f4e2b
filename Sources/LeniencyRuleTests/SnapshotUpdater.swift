import LeniencyCore
import Foundation

/// `--update`: rewrites the failing expectations of test files from the actual results, leaving every other byte alone.
public enum SnapshotUpdater {
    /// One replacement of a value's source range.
    struct Edit {
        var start: SourcePosition
        var end: SourcePosition
        var text: String
    }

    /// Rewrites each file that has failing tests; returns the files changed. Throws when a file cannot be read or written.
    public static func update(_ run: RuleTestRun) throws -> [String] {
        var editsByFile: [String: [Edit]] = [:]
        for result in run.results where !result.passed {
            for failure in result.failures {
                let node = failure.expectation.valueNode
                editsByFile[result.test.file, default: []].append(
                    Edit(start: node.location.start, end: node.location.end, text: failure.actual.description))
            }
        }
        var changed: [String] = []
        for (file, edits) in editsByFile.sorted(by: { $0.key < $1.key }) {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            // Positions count from after a byte order mark, and the mark itself must survive the rewrite.
            let bom: [UInt8] = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.prefix(3)) : []
            bytes.removeFirst(bom.count)
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let updated = apply(edits, to: text)
            if updated != text {
                try Data(bom + Array(updated.utf8)).write(to: URL(fileURLWithPath: file), options: .atomic)
                changed.append(file)
            }
        }
        return changed
    }

    /// Applies edits (non-overlapping) to a text, positions being 1-based lines and scalar columns.
    static func apply(_ edits: [Edit], to text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        // Start offset of each line, in scalars, breaking lines where libyaml does (CRLF, CR, LF, NEL, LS, PS), since
        // the positions come from it.
        var lineStarts = [0]
        for (i, s) in scalars.enumerated() {
            switch s {
            case "\n", "\u{85}", "\u{2028}", "\u{2029}": lineStarts.append(i + 1)
            case "\r" where i + 1 >= scalars.count || scalars[i + 1] != "\n": lineStarts.append(i + 1)
            default: break
            }
        }
        func offset(_ p: SourcePosition) -> Int {
            let line = min(max(p.line, 1), lineStarts.count)
            return min(lineStarts[line - 1] + p.column - 1, scalars.count)
        }
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            let from = offset(edit.start)
            var to = max(offset(edit.end), from)
            // Block collections end where the next token starts: keep the line breaks and indentation that follow.
            while to > from, [" ", "\n", "\r", "\t"].contains(scalars[to - 1]) { to -= 1 }
            scalars.replaceSubrange(from..<to, with: Array(edit.text.unicodeScalars))
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
