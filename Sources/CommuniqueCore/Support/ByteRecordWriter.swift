/// Fields appended one after the other in a compact binary form, for records that go to disk and
/// come back in the same process or another one (spilled runs, partials): integers as unsigned
/// LEB128 of their zigzag form, doubles as their 8 bytes little-endian, strings and byte runs as
/// their length and then their bytes. `ByteRecordReader` reads them back in the same order.
public struct ByteRecordWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A writer whose buffer has room for `capacity` bytes.
    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    public mutating func append(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    public mutating func append(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func append(_ value: Double) {
        append(value.bitPattern)
    }

    public mutating func append(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            append(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A run of bytes, with its length first.
    public mutating func append<Bytes: Collection>(bytes run: Bytes) where Bytes.Element == UInt8 {
        append(run.count)
        bytes.append(contentsOf: run)
    }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}
