/// A 1-based line and column in a source file; columns count Unicode scalars, so a Chinese character is one column.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

    /// The position `count` columns to the right on the same line.
    public func advanced(by count: Int) -> SourcePosition {
        SourcePosition(line: line, column: column + count)
    }
}

/// A file plus a start and end position: where a node, a diagnostic or a finding comes from.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the user gave it (relative paths stay relative).
    public var file: String
    /// Where the located text starts.
    public var start: SourcePosition
    /// Where it ends (exclusive); equal to `start` when unknown.
    public var end: SourcePosition

    /// Creates a location; `end` defaults to `start`.
    public init(file: String, start: SourcePosition, end: SourcePosition? = nil) {
        self.file = file
        self.start = start
        self.end = end ?? start
    }

    /// A location pointing at the start of a file, for problems with the whole file.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, start: SourcePosition(line: 1, column: 1))
    }

    public var description: String { "\(file):\(start.line):\(start.column)" }
}
