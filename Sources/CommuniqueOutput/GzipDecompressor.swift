import CZlib

/// Inflates a gzip file through zlib: used to compare published tables and by the tests.
package struct GzipDecompressor: Sendable {
    package init() {}

    package func decompress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        var status = inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .zlib(status: status, during: "inflateInit2") }
        defer { inflateEnd(stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        try input.withUnsafeMutableBufferPointer { (src) throws(GzipError) in
            stream.pointee.next_in = src.baseAddress
            stream.pointee.avail_in = uInt(src.count)
            repeat {
                let produced = chunk.withUnsafeMutableBufferPointer { dst in
                    stream.pointee.next_out = dst.baseAddress
                    stream.pointee.avail_out = uInt(dst.count)
                    status = inflate(stream, Z_NO_FLUSH)
                    return dst.count - Int(stream.pointee.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_BUF_ERROR && stream.pointee.avail_in == 0 { throw .truncated }
                guard status == Z_OK || status == Z_STREAM_END else { throw .zlib(status: status, during: "inflate") }
            } while status != Z_STREAM_END
        }
        return output
    }
}
