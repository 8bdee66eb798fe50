/// Compresses bytes to a gzip member (RFC 1952) through zlib, with a header that does not
/// depend on the machine or the time: no file name, mtime 0, OS 255 (unknown).
public struct GzipCompressor: Sendable {
    /// Fixed so that the same input gives the same bytes everywhere.
    public static let level: Int32 = 6

    public init() {}

    public func compress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        let stream = try GzipStream()
        try stream.write(input)
        return try stream.finish()
    }
}
