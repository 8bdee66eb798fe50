import CommuniqueCore
/// A table ready to encode: its schema, its row count, and how to write each of its segments
/// (runs of rows that are deflated on their own, in order).
package struct TableSource: Sendable {
    /// Rows per segment of a table given row by row: about a megabyte of CSV for the fact tables.
    package static let rowsPerSegment = 4096

    package var name: String
    package var schema: TableSchema
    package var count: Int
    package var segments: Int
    /// Appends the CSV records of segment `i` (each with its line terminator) to the buffer.
    package var appendSegment: @Sendable (Int, inout [UInt8]) throws(PublishError) -> Void

    package init(name: String, schema: TableSchema, count: Int, segments: Int,
                appendSegment: @escaping @Sendable (Int, inout [UInt8]) throws(PublishError) -> Void) {
        self.name = name
        self.schema = schema
        self.count = count
        self.segments = max(1, segments)
        self.appendSegment = appendSegment
    }

    /// A table given row by row, cut into segments of `rowsPerSegment` rows.
    package init(name: String, schema: TableSchema, count: Int, appendRow: @escaping @Sendable (Int, inout [UInt8]) -> Void) {
        let size = Self.rowsPerSegment
        self.init(name: name, schema: schema, count: count, segments: (count + size - 1) / size) { segment, out in
            for row in segment * size..<min(count, (segment + 1) * size) { appendRow(row, &out) }
        }
    }
}
