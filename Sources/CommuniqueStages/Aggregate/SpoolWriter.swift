/// One worker's buffers in front of the spool: records collect per table and bucket and go to
/// the file in chunks of about `chunkBytes`.
///
/// A spooled record is its key, article, row, visit, visit field offset and length (little-endian,
/// 8 + 5 x 4 bytes) followed by the CSV bytes.
package struct SpoolWriter {
    static let chunkBytes = 32 * 1024
    static let headerBytes = 28

    let spool: RecordSpool
    private var buffers: [[UInt8]] = Array(repeating: [], count: FactTable.allCases.count * RecordSpool.buckets)

    package init(spool: RecordSpool) { self.spool = spool }

    /// Sends the fact records of the article at position `article` of the input.
    package mutating func add(_ records: ArticleRecords, article: Int) {
        for table in FactTable.allCases {
            let rows = table.records(of: records)
            for index in 0..<rows.count {
                let record = rows.records[index]
                let bucket = Int(record.key >> UInt64(64 - RecordSpool.bucketBits))
                let slot = RecordSpool.slot(table, bucket)
                let bytes = rows.bytes(of: index)
                Self.append(record.key, to: &buffers[slot])
                for field in [Int32(article), Int32(index), record.visit, record.visitField, Int32(bytes.count)] {
                    Self.append(UInt32(bitPattern: field), to: &buffers[slot])
                }
                buffers[slot].append(contentsOf: bytes)
                if buffers[slot].count >= Self.chunkBytes {
                    spool.write(buffers[slot], table: table, bucket: bucket)
                    buffers[slot].removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// Writes what is left in the buffers.
    package mutating func flush() {
        for table in FactTable.allCases {
            for bucket in 0..<RecordSpool.buckets {
                let slot = RecordSpool.slot(table, bucket)
                spool.write(buffers[slot], table: table, bucket: bucket)
                buffers[slot] = []
            }
        }
    }

    static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
