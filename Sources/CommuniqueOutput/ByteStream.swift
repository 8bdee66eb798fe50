/// Bytes that come in numbered segments, read one at a time (a spooled table, a stream of
/// manifest entries), so a writer never holds them all.
package struct ByteStream: Sendable {
    package var segments: Int
    /// Appends segment `i`'s bytes to the buffer.
    package var append: @Sendable (Int, inout [UInt8]) throws(PublishError) -> Void

    package init(segments: Int, append: @escaping @Sendable (Int, inout [UInt8]) throws(PublishError) -> Void) {
        self.segments = segments
        self.append = append
    }

    package static let empty = ByteStream(segments: 0) { _, _ in }
}
