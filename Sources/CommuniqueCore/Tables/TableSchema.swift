/// A table of the output contract: the one place its columns and their order are declared.
///
/// The writer, the data package and the tests all read this declaration, so they cannot drift.
package struct TableSchema: Sendable, Hashable {
    package var name: String
    package var title: String
    package var columns: [Column]
    package var primaryKey: [String]
    package var foreignKeys: [ForeignKey]

    package var header: [String] { columns.map(\.name) }

    package func column(_ name: String) -> Column? { columns.first { $0.name == name } }
}
