import CommuniqueOutput
/// Texts the aggregate stage keeps until the end but never looks into (a visit's evidence),
/// held in the spool file instead of memory: each is written once and read back by reference.
package struct SpooledTexts: Sendable {
    /// Where a text is: a position in the stream of all texts, and its length.
    struct Ref: Sendable {
        var start: Int
        var length: Int32
    }

    /// A run of texts written to the file in one piece.
    struct Chunk: Sendable {
        var start: Int
        var fileOffset: Int
    }

    /// Texts collect in memory up to this many bytes before they go to the file.
    static let chunkBytes = 256 * 1024

    let spool: RecordSpool
    private var chunks: [Chunk] = []
    private var buffer: [UInt8] = []
    private var bufferStart = 0

    init(spool: RecordSpool) { self.spool = spool }

    mutating func append(_ text: String) -> Ref {
        let ref = Ref(start: bufferStart + buffer.count, length: Int32(text.utf8.count))
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkBytes { flush() }
        return ref
    }

    /// Writes the texts still in memory.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // A failed write is recorded by the spool and fails the run before anything is published.
        chunks.append(Chunk(start: bufferStart, fileOffset: spool.append(buffer) ?? 0))
        bufferStart += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// The text `ref` names; call `flush` before the first read.
    func text(_ ref: Ref) throws(PublishError) -> String {
        guard ref.length > 0 else { return "" }
        precondition(buffer.isEmpty, "SpooledTexts read before flush")
        var lo = 0
        var hi = chunks.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if chunks[mid].start <= ref.start { lo = mid } else { hi = mid }
        }
        var bytes: [UInt8] = []
        try spool.read(offset: chunks[lo].fileOffset + ref.start - chunks[lo].start, length: Int(ref.length), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
