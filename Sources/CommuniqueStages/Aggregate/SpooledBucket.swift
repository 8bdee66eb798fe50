/// One bucket of a spooled table, parsed and put in id order (ties, which only a hash collision
/// makes, by article and row), ready to be written with its visit ids.
package struct SpooledBucket {
    struct Entry {
        var key: UInt64
        var article: Int32
        var row: Int32
        var visit: Int32
        var visitField: Int32
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
            func int32(_ at: Int) -> Int32 {
                Int32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + at, as: Int32.self) })
            }
            let key = UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
            let length = Int(int32(24))
            entries.append(Entry(key: key, article: int32(8), row: int32(12), visit: int32(16), visitField: int32(20),
                                 start: offset + SpoolWriter.headerBytes, length: length))
            offset += SpoolWriter.headerBytes + length
        }
        precondition(offset == bytes.count, "spool bucket ends inside a record")
        entries.sort { ($0.key, $0.article, $0.row) < ($1.key, $1.article, $1.row) }
    }

    /// Appends the records in order, each with its visit's id where its empty visit id field is.
    func append(to out: inout [UInt8], visitIDs: [[String]]) {
        for entry in entries {
            let record = bytes[entry.start..<entry.start + entry.length]
            let article = Int(entry.article)
            guard entry.visitField >= 0, entry.visit >= 0, visitIDs[article].indices.contains(Int(entry.visit)) else {
                out.append(contentsOf: record)
                continue
            }
            let split = entry.start + Int(entry.visitField)
            out.append(contentsOf: record[..<split])
            out.append(contentsOf: visitIDs[article][Int(entry.visit)].utf8)
            out.append(contentsOf: record[split...])
        }
    }
}
