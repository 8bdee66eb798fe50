/// A table of the output contract: the one place its columns and their order are declared.
///
/// The writer, the data package and the tests all read this declaration, so they cannot drift.
public struct TableSchema: Sendable, Hashable {
    public var name: String
    public var title: String
    public var columns: [Column]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    public var header: [String] { columns.map(\.name) }

    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }
}
