import CommuniqueOutput

/// Records written in their final order (a table that comes out of a sorted stream), kept in the
/// spool in segments of about `segmentBytes`, each read back alone when the table is encoded.
package struct SpooledText: Sendable {
    struct Segment: Sendable {
        var chunk: RecordSpool.Chunk
        var rows: Int
    }

    static let segmentBytes = 1 << 20

    let spool: RecordSpool
    private(set) var segments: [Segment] = []
    /// Segments written so far.
    package var segmentCount: Int { segments.count }
    private var buffer: [UInt8] = []
    private var bufferRows = 0
    package private(set) var rows = 0

    init(spool: RecordSpool) { self.spool = spool }

    /// Appends one record (with its line terminator).
    mutating func append<Bytes: Collection>(_ record: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: record)
        bufferRows += 1
        rows += 1
        if buffer.count >= Self.segmentBytes { flush() }
    }

    /// Writes the records still in memory as the last segment so far.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // A failed write is recorded by the spool and fails the run before anything is published.
        let offset = spool.append(buffer) ?? 0
        segments.append(Segment(chunk: RecordSpool.Chunk(offset: offset, length: buffer.count), rows: bufferRows))
        buffer.removeAll(keepingCapacity: true)
        bufferRows = 0
    }

    /// Appends segment `index`'s bytes to `out`; call `flush` first.
    package func append(segment index: Int, to out: inout [UInt8]) throws(PublishError) {
        guard segments.indices.contains(index) else { return }
        try spool.read(offset: segments[index].chunk.offset, length: segments[index].chunk.length, into: &out)
    }
}
