/// One problem found in a user's file: a stable code, a severity, where, what, and how to fix it.
///
/// What and how are catalogue messages (`Message`), rendered in the reader's language only when printed.
public struct Diagnostic: Hashable, Sendable {
    /// A secondary position that explains the primary one ("first defined here").
    public struct Note: Hashable, Sendable {
        /// Where the note points.
        public var location: SourceLocation
        /// What is there.
        public var text: Message

        /// Creates a note from a catalogue message.
        public init(location: SourceLocation, _ text: Message) {
            self.location = location
            self.text = text
        }

        /// Creates a note from text shown as it is in every language.
        public init(location: SourceLocation, message: String) {
            self.init(location: location, .verbatim(message))
        }

        /// What is there, in English.
        public var message: String { text.english }
    }

    /// The stable code (`Y003`, `S001`, …).
    public var code: DiagnosticCode
    /// Error, warning or info; defaults to the code's own severity.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What went wrong, in one sentence.
    public var text: Message
    /// How to fix it; defaults to the code's generic hint.
    public var hintText: Message
    /// Other places involved.
    public var notes: [Note]

    /// Creates a diagnostic from catalogue messages; severity and hint default to the code's.
    public init(
        _ code: DiagnosticCode,
        at location: SourceLocation,
        _ text: Message,
        hint: Message? = nil,
        severity: Severity? = nil,
        notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.text = text
        self.hintText = hint ?? code.hintMessage
        self.notes = notes
    }

    /// Creates a diagnostic from text shown as it is in every language (prefer catalogue messages: they translate).
    public init(
        _ code: DiagnosticCode,
        at location: SourceLocation,
        _ message: String,
        hint: String? = nil,
        severity: Severity? = nil,
        notes: [Note] = []
    ) {
        self.init(code, at: location, .verbatim(message), hint: hint.map(Message.verbatim), severity: severity, notes: notes)
    }

    /// What went wrong, in English.
    public var message: String { text.english }

    /// How to fix it, in English; empty when there is nothing to add.
    public var hint: String {
        get { hintText.english }
        set { hintText = .verbatim(newValue) }
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then position, then code, so that output is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if lhs.location.start != rhs.location.start { return lhs.location.start < rhs.location.start }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

/// A collector that gathers every problem of a pass instead of stopping at the first.
public struct DiagnosticBag: Sendable {
    /// The diagnostics collected so far, in emission order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// Records one diagnostic.
    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic built from catalogue messages.
    public mutating func emit(
        _ code: DiagnosticCode, at location: SourceLocation, _ text: Message,
        hint: Message? = nil, severity: Severity? = nil, notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(Diagnostic(code, at: location, text, hint: hint, severity: severity, notes: notes))
    }

    /// Records a diagnostic built from its parts.
    public mutating func emit(
        _ code: DiagnosticCode, at location: SourceLocation, _ message: String,
        hint: String? = nil, severity: Severity? = nil, notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(Diagnostic(code, at: location, message, hint: hint, severity: severity, notes: notes))
    }

    /// Records all diagnostics of another pass.
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// True when at least one error was recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
