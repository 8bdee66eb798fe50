import CCSV

/// Serialises rows as RFC 4180 CSV, quoting through libcsv only the fields that need it.
///
/// libcsv's `csv_write` always quotes; the contract wants quotes only where a field holds
/// the delimiter, a quote, a line break or leading/trailing space, so the writer decides
/// and lets libcsv do the escaping.
package struct CSVWriter: Sendable {
    package var dialect: CSVDialect

    package init(dialect: CSVDialect = .standard) {
        self.dialect = dialect
    }

    /// The whole document: optional BOM, header, rows, each record ended by the dialect's terminator.
    package func document(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        if dialect.byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        append(record: header, to: &out)
        for row in rows { append(record: row, to: &out) }
        return out
    }

    /// Appends one record and its terminator.
    package func append(record: [String], to out: inout [UInt8]) {
        _ = append(record: record, to: &out, marking: -1)
    }

    /// Appends one record and its terminator, and returns the offset in `out` where field
    /// `marked` starts (`out.count` at the start when no field has that index).
    ///
    /// The record is written in a scratch buffer with room for its longest form (every field
    /// quoted, each byte doubled) and appended to `out` at once: an append per field went through
    /// the array's generic append, about 150 instructions for a field of a few bytes.
    @discardableResult
    package func append(record: [String], to out: inout [UInt8], marking marked: Int) -> Int {
        var room = dialect.lineTerminator.count
        for field in record { room += 2 * field.utf8.count + 3 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            var length = 0
            var markOffset = 0
            for (index, field) in record.enumerated() {
                if index > 0 {
                    scratch[length] = UInt8(ascii: ",")
                    length += 1
                }
                if index == marked { markOffset = length }
                length += Self.write(field: field, into: UnsafeMutableBufferPointer(rebasing: scratch[length...]))
            }
            for byte in dialect.lineTerminator {
                scratch[length] = byte
                length += 1
            }
            let start = out.count
            out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<length]))
            return start + markOffset
        }
    }

    func append(field: String, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * field.utf8.count + 2) { room in
            let written = Self.write(field: field, into: room)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: room[..<written]))
        }
    }

    /// Writes `field` at the start of `room` (at least 2n + 2 bytes for a field of n bytes),
    /// quoted when it needs quotes, and returns the number of bytes written.
    static func write(field: String, into room: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // A native string's bytes are read in place, without a copy of the string to call `withUTF8` on.
        if let written = field.utf8.withContiguousStorageIfAvailable({ write(bytes: $0, into: room) }) { return written }
        var field = field
        return field.withUTF8 { write(bytes: $0, into: room) }
    }

    static func write(bytes: UnsafeBufferPointer<UInt8>, into room: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard needsQuotes(bytes) else {
            if let source = bytes.baseAddress, let destination = room.baseAddress {
                destination.update(from: source, count: bytes.count)
            }
            return bytes.count
        }
        // A quoted field is at most 2n + 2 bytes long: every byte doubled plus the quotes.
        let written = csv_write(room.baseAddress, room.count, bytes.baseAddress, bytes.count)
        precondition(written <= 2 * bytes.count + 2, "libcsv needs \(written) bytes for a \(bytes.count)-byte field")
        return written
    }

    /// True when a field holds a comma, a quote or a line break, or starts or ends with a space.
    ///
    /// Reads eight bytes at a time: most fields (ids, names, numbers, evidence sentences) need no
    /// quotes, and each of their bytes was tested four times.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let special = hasZeroByte(word ^ 0x2C2C_2C2C_2C2C_2C2C) | hasZeroByte(word ^ 0x2222_2222_2222_2222)
                    | hasZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A) | hasZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                if special != 0 { return true }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D { return true }
            i += 1
        }
        return false
    }

    /// Not zero exactly when some byte of `x` is zero.
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }
}
