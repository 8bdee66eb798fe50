import CZlib

/// Joins deflate segments into one gzip member (RFC 1952) whose header does not depend on the
/// machine or the time: no file name, mtime 0, OS 255 (unknown), the same header zlib writes.
package enum GzipMember {
    /// The member for `segments` in order, in one buffer; the last segment must have been
    /// compressed as `last`.
    package static func assemble(_ segments: [DeflateSegment], level: Int32) -> [UInt8] {
        Array(chunks(segments, level: level).joined())
    }

    /// The member as pieces: the header, each segment's bytes (not copied) and the trailer.
    package static func chunks(_ segments: [DeflateSegment], level: Int32) -> [[UInt8]] {
        // XFL as zlib sets it: 2 for maximum compression, 4 for the fastest, 0 otherwise.
        let extraFlags: UInt8 = level == 9 ? 2 : level < 2 ? 4 : 0
        var crc: UInt32 = 0
        var length = 0
        for segment in segments {
            crc = UInt32(crc32_combine(uLong(crc), uLong(segment.crc), off_t(segment.length)))
            length += segment.length
        }
        var trailer: [UInt8] = []
        appendLittleEndian(crc, to: &trailer)
        // ISIZE is the input length modulo 2^32.
        appendLittleEndian(UInt32(truncatingIfNeeded: length), to: &trailer)
        return [[0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extraFlags, 255]] + segments.map(\.bytes) + [trailer]
    }

    static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
