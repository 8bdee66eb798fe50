import CZlib

/// Compresses a stream of bytes into one gzip member, chunk by chunk, so a large table never
/// sits uncompressed in memory. Same header as `GzipCompressor`: no name, mtime 0, OS 255.
final class GzipStream {
    private let stream: UnsafeMutablePointer<z_stream>
    private let header: UnsafeMutablePointer<gz_header>
    private var output: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private var finished = false

    init() throws(GzipError) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)
        header.initialize(to: gz_header())
        var status = deflateInit2_(stream, GzipCompressor.level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .zlib(status: status, during: "deflateInit2") }
        header.pointee.time = 0
        header.pointee.os = 255
        status = deflateSetHeader(stream, header)
        guard status == Z_OK else { throw .zlib(status: status, during: "deflateSetHeader") }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        header.deinitialize(count: 1)
        header.deallocate()
    }

    /// Compresses `bytes`; output accumulates until `finish`.
    func write(_ bytes: [UInt8]) throws(GzipError) {
        try run(bytes, flush: Z_NO_FLUSH)
    }

    /// Ends the member and returns the whole gzip file.
    func finish() throws(GzipError) -> [UInt8] {
        precondition(!finished, "GzipStream finished twice")
        try run([], flush: Z_FINISH)
        finished = true
        return output
    }

    private func run(_ bytes: [UInt8], flush: Int32) throws(GzipError) {
        var input = bytes
        try input.withUnsafeMutableBufferPointer { (src) throws(GzipError) in
            stream.pointee.next_in = src.baseAddress
            stream.pointee.avail_in = uInt(src.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { dst -> (Int32, Int) in
                    stream.pointee.next_out = dst.baseAddress
                    stream.pointee.avail_out = uInt(dst.count)
                    let status = deflate(stream, flush)
                    return (status, dst.count - Int(stream.pointee.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if flush == Z_FINISH {
                    if status == Z_STREAM_END { break }
                    guard status == Z_OK || status == Z_BUF_ERROR else { throw .zlib(status: status, during: "deflate") }
                } else {
                    guard status == Z_OK || status == Z_BUF_ERROR else { throw .zlib(status: status, during: "deflate") }
                    if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { break }
                }
            }
        }
    }
}
