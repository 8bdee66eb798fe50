import CZlib

/// Compresses bytes to a gzip member (RFC 1952) through zlib, with a header that does not
/// depend on the machine or the time: no file name, mtime 0, OS 255 (unknown).
public struct GzipCompressor: Sendable {
    /// Fixed so that the same input gives the same bytes everywhere.
    public static let level: Int32 = 6

    public init() {}

    public func compress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)
        header.initialize(to: gz_header())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
            header.deinitialize(count: 1)
            header.deallocate()
        }
        // windowBits 15 + 16 asks zlib for a gzip wrapper.
        var status = deflateInit2_(
            stream, Self.level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .zlib(status: status, during: "deflateInit2") }
        defer { deflateEnd(stream) }
        header.pointee.time = 0
        header.pointee.os = 255
        status = deflateSetHeader(stream, header)
        guard status == Z_OK else { throw .zlib(status: status, during: "deflateSetHeader") }

        let bound = Int(deflateBound(stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = input
        let produced: Int = try input.withUnsafeMutableBufferPointer { (src) throws(GzipError) -> Int in
            try output.withUnsafeMutableBufferPointer { (dst) throws(GzipError) -> Int in
                stream.pointee.next_in = src.baseAddress
                stream.pointee.avail_in = uInt(src.count)
                stream.pointee.next_out = dst.baseAddress
                stream.pointee.avail_out = uInt(dst.count)
                let result = deflate(stream, Z_FINISH)
                guard result == Z_STREAM_END else { throw .zlib(status: result, during: "deflate") }
                return dst.count - Int(stream.pointee.avail_out)
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
