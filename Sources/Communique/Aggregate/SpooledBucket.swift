/// One bucket of a spooled table, parsed and put in id order (ties, which only a hash collision
/// makes, by article and row), ready to be written with its visit ids.
struct SpooledBucket {
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
                Int32(bitPattern: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + at + $1]) << UInt32(8 * $1) })
            }
            let key = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << UInt64(8 * $1) }
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
