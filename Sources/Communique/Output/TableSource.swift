/// A table ready to encode: its schema, its row count, and how to write row `i`'s CSV record.
public struct TableSource: Sendable {
    public var name: String
    public var schema: TableSchema
    public var count: Int
    /// Appends the record of row `i` (with its line terminator) to the buffer.
    public var appendRow: @Sendable (Int, inout [UInt8]) -> Void

    public init(name: String, schema: TableSchema, count: Int, appendRow: @escaping @Sendable (Int, inout [UInt8]) -> Void) {
        self.name = name
        self.schema = schema
        self.count = count
        self.appendRow = appendRow
    }
}
