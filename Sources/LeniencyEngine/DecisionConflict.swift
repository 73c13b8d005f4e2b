/// Two or more applicable items of equal standing that disagree: reported, never guessed.
public struct DecisionConflict: Sendable, Hashable {
    /// The items in conflict.
    public var items: [ItemReference]
    /// What they disagree about (English).
    public var message: String
    /// The same in Chinese.
    public var messageZh: String

    /// Creates a conflict.
    public init(items: [ItemReference], message: String, messageZh: String) {
        self.items = items
        self.message = message
        self.messageZh = messageZh
    }
}
