/// A file a run makes, as the pieces it was made of: a table's gzip member is its header, its
/// deflate segments and its trailer, written one after the other and never copied into one buffer.
package struct OutputFile: Sendable {
    package var name: String
    package var chunks: [[UInt8]]

    package init(name: String, chunks: [[UInt8]]) {
        self.name = name
        self.chunks = chunks
    }

    package init(name: String, bytes: [UInt8]) {
        self.init(name: name, chunks: [bytes])
    }

    /// Size in bytes.
    package var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The whole file in one buffer (tests, `--check`).
    package var bytes: [UInt8] { chunks.count == 1 ? chunks[0] : Array(chunks.joined()) }
}
