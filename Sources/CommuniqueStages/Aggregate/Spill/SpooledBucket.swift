/// One bucket of a spooled table, parsed and put in id order (ties, which only a hash collision
/// makes, by the records' bytes, so the order does not depend on the order they were added in).
package struct SpooledBucket {
    struct Entry {
        var key: UInt64
        var start: Int
        var length: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    /// Parses the records `SpoolWriter` wrote.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var offset = 0
        while offset + SpoolWriter.headerBytes <= bytes.count {
            let key = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
            let length = Int(UInt32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self) }))
            entries.append(Entry(key: key, start: offset + SpoolWriter.headerBytes, length: length))
            offset += SpoolWriter.headerBytes + length
        }
        precondition(offset == bytes.count, "spool bucket ends inside a record")
        bytes.withUnsafeBufferPointer { buffer in
            entries.sort { left, right in
                if left.key != right.key { return left.key < right.key }
                return ByteOrder.compare(UnsafeBufferPointer(rebasing: buffer[left.start..<left.start + left.length]),
                                         UnsafeBufferPointer(rebasing: buffer[right.start..<right.start + right.length])) < 0
            }
        }
    }

    /// Appends the records in order.
    func append(to out: inout [UInt8]) {
        for entry in entries { out.append(contentsOf: bytes[entry.start..<entry.start + entry.length]) }
    }
}
