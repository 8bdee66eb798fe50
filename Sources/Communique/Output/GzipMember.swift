import CZlib

/// Joins deflate segments into one gzip member (RFC 1952) whose header does not depend on the
/// machine or the time: no file name, mtime 0, OS 255 (unknown), the same header zlib writes.
public enum GzipMember {
    /// The member for `segments` in order; the last segment must have been compressed as `last`.
    public static func assemble(_ segments: [DeflateSegment], level: Int32) -> [UInt8] {
        var segments = segments
        return assemble(taking: &segments, level: level)
    }

    /// The member for `segments`, which are released one by one as they are copied (a table's
    /// compressed bytes are never held twice) and left empty.
    static func assemble(taking segments: inout [DeflateSegment], level: Int32) -> [UInt8] {
        // XFL as zlib sets it: 2 for maximum compression, 4 for the fastest, 0 otherwise.
        let extraFlags: UInt8 = level == 9 ? 2 : level < 2 ? 4 : 0
        var member: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extraFlags, 255]
        member.reserveCapacity(segments.reduce(18) { $0 + $1.bytes.count })
        var crc: UInt32 = 0
        var length = 0
        for index in segments.indices {
            member.append(contentsOf: segments[index].bytes)
            crc = UInt32(crc32_combine(uLong(crc), uLong(segments[index].crc), off_t(segments[index].length)))
            length += segments[index].length
            segments[index].bytes = []
        }
        segments = []
        appendLittleEndian(crc, to: &member)
        // ISIZE is the input length modulo 2^32.
        appendLittleEndian(UInt32(truncatingIfNeeded: length), to: &member)
        return member
    }

    static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
