import CZlib

/// Joins deflate segments into one gzip member (RFC 1952) whose header does not depend on the
/// machine or the time: no file name, mtime 0, OS 255 (unknown), the same header zlib writes.
package enum GzipMember {
    /// The member for `segments` in order, in one buffer; the last segment must have been
    /// compressed as `last`.
    package static func assemble(_ segments: [DeflateSegment], level: Int32) -> [UInt8] {
        var crc: UInt32 = 0
        var length = 0
        var bytes = header(level: level)
        for segment in segments {
            crc = combine(crc, segment)
            length += segment.length
            bytes += segment.bytes
        }
        return bytes + trailer(crc: crc, length: length)
    }

    /// The 10-byte header; XFL as zlib sets it: 2 for maximum compression, 4 for the fastest, 0 otherwise.
    package static func header(level: Int32) -> [UInt8] {
        [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, level == 9 ? 2 : level < 2 ? 4 : 0, 255]
    }

    /// The CRC-32 of the input so far followed by `segment`'s input.
    package static func combine(_ crc: UInt32, _ segment: DeflateSegment) -> UInt32 {
        UInt32(crc32_combine(uLong(crc), uLong(segment.crc), off_t(segment.length)))
    }

    /// CRC-32 and ISIZE (the input length modulo 2^32), little-endian.
    package static func trailer(crc: UInt32, length: Int) -> [UInt8] {
        var trailer: [UInt8] = []
        appendLittleEndian(crc, to: &trailer)
        appendLittleEndian(UInt32(truncatingIfNeeded: length), to: &trailer)
        return trailer
    }

    static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
