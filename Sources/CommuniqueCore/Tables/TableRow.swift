/// A row of one output table, rendered cell by cell in the schema's column order.
package protocol TableRow: Sendable {
    static var schema: TableSchema { get }
    /// The cell text for `column`; empty means unknown.
    func cell(_ column: String) -> String
}

package extension TableRow {
    /// The row's cells in the schema's column order.
    package var cells: [String] { Self.schema.columns.map { cell($0.name) } }
}
