/// Turns a table into the bytes of its `.csv.gz` file.
public struct TableEncoder: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect) { self.dialect = dialect }

    public func encode(schema: TableSchema, rows: [[String]]) throws(GzipError) -> [UInt8] {
        let csv = CSVWriter(dialect: dialect).document(header: schema.header, rows: rows)
        return try GzipCompressor().compress(csv)
    }
}
