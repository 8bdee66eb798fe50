/// A table of the output contract: its name, its columns in order and its keys.
///
/// Row types make theirs from their column declarations (`TableRow.columns`); the writer, the
/// data package and the tests all read it, so they cannot drift.
public struct TableSchema: Sendable, Hashable {
    public var name: String
    public var title: String
    public var columns: [Column]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    public init(name: String, title: String, columns: [Column], primaryKey: [String], foreignKeys: [ForeignKey]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    /// The schema of a row type's declared columns.
    public init<Row>(name: String, title: String, columns: [TableColumn<Row>], primaryKey: [String], foreignKeys: [ForeignKey]) {
        self.init(name: name, title: title, columns: columns.map(\.column), primaryKey: primaryKey, foreignKeys: foreignKeys)
    }

    public var header: [String] { columns.map(\.name) }

    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }
}
