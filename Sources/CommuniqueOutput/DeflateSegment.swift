import CZlib

/// A piece of a gzip member's body: raw deflate data for one run of input bytes, with the CRC-32
/// and length of that input, so pieces compressed on different threads can be joined into one member.
///
/// A segment that is not the last ends with a sync flush (an empty stored block) and so on a byte
/// boundary; it starts with an empty window, so it never refers back into the segment before it.
/// That costs a little ratio at each boundary and buys compression on every core.
package struct DeflateSegment: Sendable {
    package var bytes: [UInt8]
    package var crc: UInt32
    package var length: Int

    /// Deflates `input` at `level`; `last` ends the deflate stream (BFINAL) instead of flushing it.
    package static func compress(_ input: [UInt8], level: Int32, last: Bool) throws(GzipError) -> DeflateSegment {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        // windowBits -15: raw deflate, no zlib or gzip wrapper; the member adds its own.
        var status = deflateInit2_(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .zlib(status: status, during: "deflateInit2") }
        defer { deflateEnd(stream) }
        let bound = Int(deflateBound(stream, uLong(input.count))) + 16
        var output = [UInt8](repeating: 0, count: bound)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst -> Int in
                stream.pointee.next_in = src.baseAddress
                stream.pointee.avail_in = uInt(src.count)
                stream.pointee.next_out = dst.baseAddress
                stream.pointee.avail_out = uInt(dst.count)
                status = deflate(stream, last ? Z_FINISH : Z_SYNC_FLUSH)
                return dst.count - Int(stream.pointee.avail_out)
            }
        }
        // deflateBound leaves room for the whole input in one call: anything else is a zlib failure.
        guard last ? status == Z_STREAM_END : status == Z_OK, stream.pointee.avail_in == 0 else {
            throw .zlib(status: status, during: "deflate")
        }
        let crc = input.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        // A copy of the right size: the buffer was sized for incompressible input.
        return DeflateSegment(bytes: Array(output[0..<produced]), crc: crc, length: input.count)
    }
}
