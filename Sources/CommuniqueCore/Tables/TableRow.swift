/// A row of one output table, rendered cell by cell in the order its columns are declared.
public protocol TableRow: Sendable {
    /// Every column of the table, in order, each declared once.
    static var columns: [TableColumn<Self>] { get }
    /// The table as the writer and the data package see it, made from `columns`.
    static var schema: TableSchema { get }
}

public extension TableRow {
    /// The row's cells in the schema's column order.
    ///
    /// Inlinable so that each caller gets it specialized for its row type: the generic version
    /// looks up `TableColumn<Self>`'s metadata and copies each column through value witnesses,
    /// which costs more than rendering the cells.
    ///
    /// Each column's `render` is read by index: iterating the columns copied each one, with its
    /// name, description and vocabulary (a retain and a release of each, per cell of every row).
    @inlinable var cells: [String] {
        let columns = Self.columns
        var cells: [String] = []
        cells.reserveCapacity(columns.count)
        for index in columns.indices { cells.append(columns[index].render(self)) }
        return cells
    }
}
