/// Turns a table into the bytes of its `.csv.gz` file, row by row: the CSV text is compressed
/// in chunks as it is written, so memory holds the compressed file, not the text.
public struct TableEncoder: Sendable {
    public var dialect: CSVDialect

    /// Bytes of CSV handed to zlib at a time.
    static let chunkSize = 256 * 1024

    public init(dialect: CSVDialect) { self.dialect = dialect }

    public func encode(schema: TableSchema, rows: [[String]]) throws(GzipError) -> [UInt8] {
        try encode(schema: schema, count: rows.count) { rows[$0] }
    }

    /// Encodes `count` rows whose cells `row(i)` gives, in order.
    public func encode(schema: TableSchema, count: Int, row: (Int) -> [String]) throws(GzipError) -> [UInt8] {
        let writer = CSVWriter(dialect: dialect)
        let stream = try GzipStream()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkSize + 4096)
        if dialect.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        writer.append(record: schema.header, to: &buffer)
        for index in 0..<count {
            writer.append(record: row(index), to: &buffer)
            if buffer.count >= Self.chunkSize {
                try stream.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try stream.write(buffer)
        return try stream.finish()
    }
}
