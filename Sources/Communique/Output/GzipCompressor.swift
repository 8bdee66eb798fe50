/// Compresses bytes to a gzip member (RFC 1952) through zlib, with a header that does not
/// depend on the machine or the time: no file name, mtime 0, OS 255 (unknown).
public struct GzipCompressor: Sendable {
    /// The default level; fixed per run so that the same input gives the same bytes everywhere.
    public static let level: Int32 = 6

    public var level: Int32

    public init(level: Int32 = GzipCompressor.level) { self.level = level }

    public func compress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        GzipMember.assemble([try DeflateSegment.compress(input, level: level, last: true)], level: level)
    }
}
