public import LeniencyCore

/// One version of a list (or of another rule document such as a limitation or a discretion standard).
public struct ListReference: Sendable, Hashable {
    /// The list id shared by all its versions.
    public var listID: String
    /// The first day this version is in force.
    public var effective: CivilDate
    /// 文号.
    public var document: String
    /// Title.
    public var title: String

    /// Creates a reference.
    public init(listID: String, effective: CivilDate, document: String, title: String) {
        self.listID = listID
        self.effective = effective
        self.document = document
        self.title = title
    }
}

/// One item of one list version.
public struct ItemReference: Sendable, Hashable {
    /// The list version holding the item.
    public var list: ListReference
    /// The item id.
    public var itemID: String
    /// The item title.
    public var title: String

    /// Creates a reference.
    public init(list: ListReference, itemID: String, title: String) {
        self.list = list
        self.itemID = itemID
        self.title = title
    }
}
