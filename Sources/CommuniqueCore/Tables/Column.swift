/// One column of a table: its name, type and meaning.
package struct Column: Sendable, Hashable {
    package var name: String
    package var type: ColumnType
    package var description: String
    /// The only values the column may take (besides empty), when it is an enumeration.
    package var allowed: [String]?
    /// True when the column is never empty.
    package var required: Bool

    package init(_ name: String, _ type: ColumnType, _ description: String, allowed: [String]? = nil, required: Bool = false) {
        self.name = name
        self.type = type
        self.description = description
        self.allowed = allowed
        self.required = required
    }
}
