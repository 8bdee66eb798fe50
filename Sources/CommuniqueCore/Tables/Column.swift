/// One column of a table: its name, type and meaning.
public struct Column: Sendable, Hashable {
    public var name: String
    public var type: ColumnType
    public var description: String
    /// The only values the column may take (besides empty), when it is an enumeration.
    public var allowed: [String]?
    /// True when the column is never empty.
    public var required: Bool

    public init(_ name: String, _ type: ColumnType, _ description: String, allowed: [String]? = nil, required: Bool = false) {
        self.name = name
        self.type = type
        self.description = description
        self.allowed = allowed
        self.required = required
    }
}
