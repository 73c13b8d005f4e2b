public import LeniencyCore
internal import Foundation

/// The documents of one YAML input plus every problem found while reading it.
public struct YAMLDocumentSet: Sendable {
    /// Documents in order; a document with errors may be missing.
    public var documents: [YAMLNode]
    /// Problems found, in order of position.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(documents: [YAMLNode], diagnostics: [Diagnostic]) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}

/// The strict YAML reader on libyaml's event API: positioned nodes, explicit limits, no type guessing.
public enum YAMLReader {
    /// Reads YAML text.
    public static func parse(_ text: String, file: String, limits: YAMLLimits = .standard) -> YAMLDocumentSet {
        parse(bytes: Array(text.utf8), file: file, limits: limits)
    }

    /// Reads YAML bytes (UTF-8, optionally with a BOM).
    public static func parse(bytes: [UInt8], file: String, limits: YAMLLimits = .standard) -> YAMLDocumentSet {
        bytes.withUnsafeBufferPointer { parse(buffer: $0, file: file, limits: limits) }
    }

    /// Reads a YAML file; `displayPath` (default: `path`) is the name diagnostics and nodes carry.
    public static func readFile(atPath path: String, displayPath: String? = nil, limits: YAMLLimits = .standard) -> YAMLDocumentSet {
        let shown = displayPath ?? path
        func failure(_ code: DiagnosticCode, _ message: Message, hint: Message? = nil) -> YAMLDocumentSet {
            YAMLDocumentSet(documents: [], diagnostics: [Diagnostic(code, at: .wholeFile(shown), message, hint: hint)])
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            return failure(.unreadableFile, Message(.yamlNoSuchFile, shown), hint: Message(.yamlNoSuchFileHint))
        }
        if isFolder.boolValue {
            return failure(.unreadableFile, Message(.yamlIsFolder, shown),
                           hint: Message(.yamlIsFolderHint, "\(shown.hasSuffix("/") ? shown : shown + "/")case.yaml"))
        }
        // Refuse oversized files before reading them into memory.
        if let size = ((try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue, size > limits.maxInputBytes {
            return failure(.inputTooLarge, tooLargeMessage(size: size, limits: limits), hint: Message(.yamlTooLargeHint))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure(.unreadableFile, Message(.yamlNotReadable, shown), hint: Message(.yamlNotReadableHint))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // At most one byte over the limit: a device or pipe (`/dev/zero`) reports no size but must not exhaust memory.
            data = try handle.read(upToCount: limits.maxInputBytes + 1) ?? Data()
        } catch {
            return failure(.unreadableFile, Message(.yamlReadFailed, shown, error.localizedDescription),
                           hint: Message(.yamlReadFailedHint))
        }
        if data.count > limits.maxInputBytes {
            return failure(.inputTooLarge, Message(.yamlInputOverLimit, shown, byteCount(limits.maxInputBytes)),
                           hint: Message(.yamlTooLargeHint))
        }
        return data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { parse(buffer: $0, file: shown, limits: limits) }
        }
    }

    /// The whole pipeline over a borrowed buffer: size, encoding, libyaml events, authoring traps.
    static func parse(buffer input: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) -> YAMLDocumentSet {
        if input.count > limits.maxInputBytes {
            let diagnostic = Diagnostic(.inputTooLarge, at: .wholeFile(file), tooLargeMessage(size: input.count, limits: limits),
                                        hint: Message(.yamlTooLargeHint))
            return YAMLDocumentSet(documents: [], diagnostics: [diagnostic])
        }
        var bytes = input
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: input[3...])
        }
        let source = SourceText(bytes: bytes)
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let diagnostic = Diagnostic(.invalidUTF8, at: .init(file: file, start: source.position(ofOffset: bad)), invalidUTF8Message(bytes, bad))
            return YAMLDocumentSet(documents: [], diagnostics: [diagnostic])
        }

        var builder = YAMLTreeBuilder(file: file, limits: limits, source: source)
        let failure = LibYAMLEventParser.run(over: bytes) { event, marks in builder.consume(event, marks) }
        var diagnostics = builder.diagnostics
        if let failure { diagnostics.append(failure.diagnostic(in: source, file: file)) }
        let traps = AuthoringTrapScanner(source: source, file: file, exemptLines: builder.scalarContinuationLines)
        diagnostics.append(contentsOf: traps.scan())
        diagnostics.sort()
        return YAMLDocumentSet(documents: builder.documents, diagnostics: diagnostics)
    }

    private static func tooLargeMessage(size: Int, limits: YAMLLimits) -> Message {
        Message(.yamlFileTooLarge, byteCount(size), byteCount(limits.maxInputBytes))
    }

    /// `9,450,019 bytes (9.0 MiB)`: exact, and readable at a glance.
    static func byteCount(_ bytes: Int) -> Message {
        var digits = String(bytes)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let tenthsOfMiB = (bytes * 10 + 524_288) / 1_048_576
        let mebibytes = bytes >= 1_048_576 ? " (\(tenthsOfMiB / 10).\(tenthsOfMiB % 10) MiB)" : ""
        return Message(.yamlByteCount, "\(digits)\(grouped)", mebibytes)
    }

    private static func invalidUTF8Message(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Message {
        let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
        if offset == 0, bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Message(.yamlUTF16)
        }
        // GBK/GB18030 lead bytes are the usual cause in Chinese files.
        if bytes[offset] >= 0x81, bytes[offset] <= 0xFE {
            return Message(.yamlMaybeGBK, byte)
        }
        return Message(.yamlInvalidByte, byte)
    }
}
