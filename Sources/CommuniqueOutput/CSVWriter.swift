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
    @discardableResult
    package func append(record: [String], to out: inout [UInt8], marking marked: Int) -> Int {
        var mark = out.count
        for (index, field) in record.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if index == marked { mark = out.count }
            append(field: field, to: &out)
        }
        out.append(contentsOf: dialect.lineTerminator)
        return mark
    }

    func append(field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            guard Self.needsQuotes(bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            // A quoted field is at most 2n + 2 bytes long: every byte doubled plus the quotes.
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: 2 * bytes.count + 2))
            let written = out.withUnsafeMutableBytes { dest in
                csv_write(dest.baseAddress! + start, dest.count - start, bytes.baseAddress, bytes.count)
            }
            precondition(written <= 2 * bytes.count + 2, "libcsv needs \(written) bytes for a \(bytes.count)-byte field")
            out.removeSubrange((start + written)...)
        }
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
