public import LeniencyCore

/// A YAML node with its position: the output of the strict YAML layer and the input of every schema reader.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        /// A scalar, always kept as text: the schema that reads it decides its type.
        case scalar(YAMLScalar)
        /// A mapping, keys in document order (duplicates were rejected by the reader).
        case mapping([YAMLPair])
        /// A sequence.
        case sequence([YAMLNode])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts and ends.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// The scalar's text, if this node is a scalar.
    public var text: String? { scalar?.text }

    /// The mapping's pairs, if this node is a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let p) = content { return p }
        return nil
    }

    /// The sequence's items, if this node is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let s) = content { return s }
        return nil
    }

    /// True for a plain `null`, `~` or empty scalar.
    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value for a key, if this node is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.text == key }?.value
    }

    /// A word for the node's kind, for messages ("a mapping", "a sequence", "a scalar").
    public var kindDescription: String { kindMessage.english }

    /// The node's kind as a catalogue message.
    public var kindMessage: Message {
        switch content {
        case .scalar(let s): Message(s.isNull ? .yamlKindNull : .yamlKindScalar)
        case .mapping: Message(.yamlKindMapping)
        case .sequence: Message(.yamlKindSequence)
        }
    }
}

/// A scalar: its exact text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written in the source.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML unescaping; never typed.
    public var text: String
    /// How it was written; only plain scalars can mean null.
    public var style: Style
    /// The scalar as written (quotes, escapes, line breaks, block header included), kept only when `text` does not map
    /// column for column onto one source line; it lets `YAMLNode.position(ofTextOffset:)` point inside such scalars.
    public var raw: String?

    /// Creates a scalar.
    public init(text: String, style: Style, raw: String? = nil) {
        self.text = text
        self.style = style
        self.raw = raw
    }

    /// Equal text and style; `raw` is a positioning aid, not content.
    public static func == (lhs: YAMLScalar, rhs: YAMLScalar) -> Bool {
        lhs.text == rhs.text && lhs.style == rhs.style
    }

    /// Hashes text and style, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(style)
    }

    /// True for a plain `null`, `Null`, `NULL`, `~` or empty scalar.
    public var isNull: Bool {
        style == .plain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// One key–value pair of a mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key node (a scalar in every accepted document).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
