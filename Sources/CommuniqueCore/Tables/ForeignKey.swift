/// A column whose values must exist in another table's key column.
package struct ForeignKey: Sendable, Hashable {
    package var column: String
    package var table: String
    package var referencedColumn: String
}
