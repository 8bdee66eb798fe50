/// Reads back, in order, the fields a `ByteRecordWriter` appended. Every read checks the bounds:
/// bytes that end early or hold a length past their end give `ByteRecordError`, never a crash.
public struct ByteRecordReader {
    public let bytes: ArraySlice<UInt8>
    public private(set) var offset: Int

    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    public var isAtEnd: Bool { offset >= bytes.endIndex }

    public mutating func int() throws(ByteRecordError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.endIndex else { throw .truncated(offset: offset - bytes.startIndex) }
            guard shift < 64 else { throw .malformed(offset: offset - bytes.startIndex, "integer longer than 64 bits") }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    /// A non-negative integer no larger than `limit`, such as a count or a length.
    public mutating func count(atMost limit: Int) throws(ByteRecordError) -> Int {
        let start = offset
        let value = try int()
        guard value >= 0, value <= limit else { throw .malformed(offset: start - bytes.startIndex, "count \(value) out of range") }
        return value
    }

    public mutating func uint64() throws(ByteRecordError) -> UInt64 {
        guard bytes.endIndex - offset >= 8 else { throw .truncated(offset: offset - bytes.startIndex) }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    public mutating func double() throws(ByteRecordError) -> Double {
        Double(bitPattern: try uint64())
    }

    public mutating func bool() throws(ByteRecordError) -> Bool {
        guard offset < bytes.endIndex else { throw .truncated(offset: offset - bytes.startIndex) }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    public mutating func byteRun() throws(ByteRecordError) -> ArraySlice<UInt8> {
        let start = offset
        let length = try count(atMost: Int(Int32.max))
        guard length <= bytes.endIndex - offset else {
            offset = start
            throw .truncated(offset: start - bytes.startIndex)
        }
        defer { offset += length }
        return bytes[offset..<offset + length]
    }

    /// A string; bytes that are not UTF-8 are repaired as `String(decoding:)` does.
    public mutating func string() throws(ByteRecordError) -> String {
        String(decoding: try byteRun(), as: UTF8.self)
    }
}
