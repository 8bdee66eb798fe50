/// A column whose values must exist in another table's key column.
public struct ForeignKey: Sendable, Hashable {
    public var column: String
    public var table: String
    public var referencedColumn: String
}
