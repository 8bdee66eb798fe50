/// Buffers in front of the spool: records collect per table and bucket and go to the file in
/// chunks of about `chunkBytes`.
///
/// A spooled record is its key (8 bytes little-endian) and its length (4 bytes) followed by its
/// CSV bytes, which are final: a fact row's visit id is already filled in.
package struct SpoolWriter {
    static let chunkBytes = 16 * 1024
    static let headerBytes = 12

    let spool: RecordSpool
    private var buffers: [[UInt8]] = Array(repeating: [], count: SpooledTable.allCases.count * RecordSpool.buckets)

    package init(spool: RecordSpool) { self.spool = spool }

    /// Sends one record of `table` whose id has the numeric value `key`.
    package mutating func add<Bytes: Collection>(_ bytes: Bytes, key: UInt64, table: SpooledTable) where Bytes.Element == UInt8 {
        let slot = header(key: key, table: table, count: bytes.count)
        buffers[slot].append(contentsOf: bytes)
    }

    /// Sends one record of `table` made of `bytes` with `inserted` put in at index `split` of
    /// `bytes` (a fact row with its visit id filled in), without making the record first.
    package mutating func add(_ bytes: ArraySlice<UInt8>, inserting inserted: String.UTF8View, at split: Int, key: UInt64, table: SpooledTable) {
        let slot = header(key: key, table: table, count: bytes.count + inserted.count)
        buffers[slot].append(contentsOf: bytes[..<split])
        buffers[slot].append(contentsOf: inserted)
        buffers[slot].append(contentsOf: bytes[split...])
    }

    /// Makes room for a record of `count` bytes in the buffer of `table` and `key`'s bucket and
    /// writes its key and length there; returns the buffer's slot.
    private mutating func header(key: UInt64, table: SpooledTable, count: Int) -> Int {
        let bucket = Int(key >> UInt64(64 - RecordSpool.bucketBits))
        let slot = RecordSpool.slot(table, bucket)
        // A buffer never grows past `chunkBytes` (a larger record goes alone): memory is at most
        // one chunk per table and bucket.
        if buffers[slot].count + Self.headerBytes + count > Self.chunkBytes, !buffers[slot].isEmpty {
            spool.write(buffers[slot], table: table, bucket: bucket)
            buffers[slot].removeAll(keepingCapacity: true)
        }
        if buffers[slot].capacity == 0 { buffers[slot].reserveCapacity(Self.chunkBytes) }
        Self.append(key, to: &buffers[slot])
        Self.append(UInt32(count), to: &buffers[slot])
        return slot
    }

    /// Writes what is left in the buffers.
    package mutating func flush() {
        for table in SpooledTable.allCases {
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
