internal import SystemLibYAML
import LeniencyCore

/// One libyaml event, converted once from the C structs; scalar bytes are borrowed, never copied here.
enum LibYAMLEvent {
    /// A `---` (explicit or implied) began a document; `directives` when `%YAML` or `%TAG` lines precede it.
    case documentStart(directives: Bool)
    /// The current document ended; `explicit` when a `...` line ended it.
    case documentEnd(explicit: Bool)
    /// A scalar; `bytes` lives only for the call that receives it.
    case scalar(bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalar.Style, properties: NodeProperties)
    /// A sequence opened; `flow` for `[…]`, else a block sequence.
    case sequenceStart(NodeProperties, flow: Bool)
    /// The innermost sequence closed.
    case sequenceEnd
    /// A mapping opened; `flow` for `{…}`, else a block mapping.
    case mappingStart(NodeProperties, flow: Bool)
    /// The innermost mapping closed.
    case mappingEnd
    /// An alias `*name`.
    case alias(String)
    /// Stream boundaries, which carry nothing the tree needs.
    case streamBoundary
}

/// Anchor and tag of a node, as written.
struct NodeProperties {
    /// The anchor name after `&`, if any.
    var anchor: String?
    /// The resolved explicit tag, if any (implicit tags are nil).
    var tag: String?
}

/// An event's libyaml marks, already 1-based.
struct EventMarks {
    /// Where the event's text starts.
    var start: SourcePosition
    /// Where it ends (exclusive).
    var end: SourcePosition
}

/// Why libyaml stopped, with its own words.
struct LibYAMLFailure {
    /// Which stage of libyaml failed.
    enum Stage { case reader, scanner, parser, memory, other }

    /// The failing stage.
    var stage: Stage
    /// libyaml's problem text.
    var problem: String
    /// Where the problem is (1-based); nil for reader errors, which only know a byte offset.
    var problemMark: SourcePosition?
    /// The byte offset reader errors give.
    var problemOffset: Int
    /// libyaml's context text ("while parsing a block mapping"), if any.
    var context: String? = nil
    /// Where the context starts (1-based), if any.
    var contextMark: SourcePosition? = nil
}

/// What the event consumer wants after an event.
enum EventOutcome {
    case proceed
    case stop
}

/// Drives libyaml's event parser over a buffer the caller keeps alive for the whole call.
enum LibYAMLEventParser {
    /// Feeds every event to `consume` until the stream ends, `consume` says stop, or libyaml fails.
    static func run(
        over buffer: UnsafeBufferPointer<UInt8>,
        _ consume: (LibYAMLEvent, EventMarks) -> EventOutcome
    ) -> LibYAMLFailure? {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            return LibYAMLFailure(stage: .memory, problem: "libyaml could not allocate a parser", problemMark: nil, problemOffset: 0)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, buffer.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        while true {
            guard yaml_parser_parse(parser, event) == 1 else { return failure(of: parser) }
            // The event owns C memory until deleted; delete it on every path out of this iteration.
            defer { yaml_event_delete(event) }
            let marks = EventMarks(start: position(event.pointee.start_mark), end: position(event.pointee.end_mark))
            let type = event.pointee.type
            let converted: LibYAMLEvent
            switch type {
            case YAML_DOCUMENT_START_EVENT:
                let data = event.pointee.data.document_start
                converted = .documentStart(directives: data.version_directive != nil || data.tag_directives.start != data.tag_directives.end)
            case YAML_DOCUMENT_END_EVENT:
                converted = .documentEnd(explicit: event.pointee.data.document_end.implicit == 0)
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                let bytes = UnsafeBufferPointer<UInt8>(start: data.value, count: data.length)
                converted = .scalar(
                    bytes: bytes, style: scalarStyle(data.style),
                    properties: NodeProperties(anchor: string(data.anchor), tag: string(data.tag))
                )
            case YAML_SEQUENCE_START_EVENT:
                let data = event.pointee.data.sequence_start
                converted = .sequenceStart(NodeProperties(anchor: string(data.anchor), tag: string(data.tag)),
                                           flow: data.style == YAML_FLOW_SEQUENCE_STYLE)
            case YAML_SEQUENCE_END_EVENT:
                converted = .sequenceEnd
            case YAML_MAPPING_START_EVENT:
                let data = event.pointee.data.mapping_start
                converted = .mappingStart(NodeProperties(anchor: string(data.anchor), tag: string(data.tag)),
                                          flow: data.style == YAML_FLOW_MAPPING_STYLE)
            case YAML_MAPPING_END_EVENT:
                converted = .mappingEnd
            case YAML_ALIAS_EVENT:
                converted = .alias(string(event.pointee.data.alias.anchor) ?? "")
            case YAML_STREAM_END_EVENT:
                return nil
            default:
                converted = .streamBoundary
            }
            if consume(converted, marks) == .stop { return nil }
        }
    }

    private static func position(_ mark: yaml_mark_t) -> SourcePosition {
        // libyaml marks are 0-based and count Unicode scalars, like SourcePosition's columns.
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func scalarStyle(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func failure(of parser: UnsafeMutablePointer<yaml_parser_t>) -> LibYAMLFailure {
        let stage: LibYAMLFailure.Stage
        switch parser.pointee.error {
        case YAML_READER_ERROR: stage = .reader
        case YAML_SCANNER_ERROR: stage = .scanner
        case YAML_PARSER_ERROR: stage = .parser
        case YAML_MEMORY_ERROR: stage = .memory
        default: stage = .other
        }
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        let context = parser.pointee.context.map { String(cString: $0) }
        return LibYAMLFailure(
            stage: stage,
            problem: problem,
            problemMark: stage == .reader ? nil : position(parser.pointee.problem_mark),
            problemOffset: Int(parser.pointee.problem_offset),
            context: context,
            contextMark: context == nil ? nil : position(parser.pointee.context_mark)
        )
    }
}
