/// A table of the output contract: its name, its columns in order and its keys.
///
/// Row types make theirs from their column declarations (`TableRow.columns`); the writer, the
/// data package and the tests all read it, so they cannot drift.
package struct TableSchema: Sendable, Hashable {
    package var name: String
    package var title: String
    package var columns: [Column]
    package var primaryKey: [String]
    package var foreignKeys: [ForeignKey]

    package init(name: String, title: String, columns: [Column], primaryKey: [String], foreignKeys: [ForeignKey]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    /// The schema of a row type's declared columns.
    package init<Row>(name: String, title: String, columns: [TableColumn<Row>], primaryKey: [String], foreignKeys: [ForeignKey]) {
        self.init(name: name, title: title, columns: columns.map(\.column), primaryKey: primaryKey, foreignKeys: foreignKeys)
    }

    package var header: [String] { columns.map(\.name) }

    package func column(_ name: String) -> Column? { columns.first { $0.name == name } }
}
