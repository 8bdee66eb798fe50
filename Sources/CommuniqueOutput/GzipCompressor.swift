/// Compresses bytes to a gzip member (RFC 1952) through zlib, with a header that does not
/// depend on the machine or the time: no file name, mtime 0, OS 255 (unknown).
package struct GzipCompressor: Sendable {
    /// The job's default level (the pipeline's `gzip_level` overrides it): zlib's 3 compresses
    /// about twice as fast as its usual 6 for files about 13% larger (docs/PERFORMANCE.md).
    package static let level: Int32 = 3

    package var level: Int32

    package init(level: Int32 = GzipCompressor.level) { self.level = level }

    package func compress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        GzipMember.assemble([try DeflateSegment.compress(input, level: level, last: true)], level: level)
    }
}
