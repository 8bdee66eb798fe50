/// A row of one output table, rendered cell by cell in the order its columns are declared.
package protocol TableRow: Sendable {
    /// Every column of the table, in order, each declared once.
    static var columns: [TableColumn<Self>] { get }
    /// The table as the writer and the data package see it, made from `columns`.
    static var schema: TableSchema { get }
}

package extension TableRow {
    /// The row's cells in the schema's column order.
    var cells: [String] { Self.columns.map { $0.render(self) } }
}
