import CommuniqueCore

/// One table of a run as it will be published: its schema, its `.csv.gz` file and its rows.
package struct EncodedTable: Sendable {
    package var schema: TableSchema
    package var file: OutputFile
    package var rows: Int

    package init(schema: TableSchema, file: OutputFile, rows: Int) {
        self.schema = schema
        self.file = file
        self.rows = rows
    }
}
