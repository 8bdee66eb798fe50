import CommuniqueOutput
/// One article's rows of one fact table as CSV records, with what the aggregate stage still
/// needs of each: its sort key and the article visit it belongs to.
///
/// Rows are bytes because a run keeps every fact row until the end (the contract sorts a table by
/// its ids, which are hashes): the worker hands them to the `RecordSpool` as they are.
package struct TableRecords: Sendable {
    /// One row: where its record ends in `bytes`, its key, and the visit id's place in it.
    package struct Record: Sendable {
        /// The id's 64-bit value: sorting keys sorts the table as its id strings would sort.
        package var key: UInt64
        /// End of the record (after its line terminator) in `bytes`.
        var end: Int32
        /// Offset in the record where the (empty) visit id field starts, or -1 for no visit column.
        var visitField: Int32
        /// Index into the article's visits, or -1.
        var visit: Int32
    }

    /// The records one after the other, each ended by the dialect's line terminator.
    package private(set) var bytes: [UInt8] = []
    package private(set) var records: [Record] = []
    /// Rows appended, also after `releaseRows`.
    package private(set) var count = 0

    package init() {}

    /// Appends a row's record. `visitColumn` is the index of its visit id column, left empty
    /// here and filled when the record is written, once visits have their ids.
    mutating func append(_ cells: [String], key: UInt64, visitColumn: Int?, visit: Int?, writer: CSVWriter) {
        let start = bytes.count
        let visitStart = writer.append(record: cells, to: &bytes, marking: visitColumn ?? -1)
        records.append(Record(key: key, end: Int32(bytes.count), visitField: visitColumn == nil ? -1 : Int32(visitStart - start),
                              visit: Int32(visit ?? -1)))
        count += 1
    }

    /// Appends a record made elsewhere (read back from a partial).
    mutating func append<Bytes: Collection>(record: Bytes, key: UInt64, visitField: Int32, visit: Int32) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: record)
        records.append(Record(key: key, end: Int32(bytes.count), visitField: visitField, visit: visit))
        count += 1
    }

    /// Lets the bytes go once they are spooled; `count` stays.
    mutating func releaseRows() {
        bytes = []
        records = []
    }

    /// The bytes of record `index`.
    func bytes(of index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : Int(records[index - 1].end))..<Int(records[index].end)]
    }
}
