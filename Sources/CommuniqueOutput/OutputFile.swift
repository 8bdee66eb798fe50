import CommuniqueCore

/// A file a run makes: either pieces in memory (small files, tests), or a file already written
/// into the run's staging folder (the tables and `manifest.json`, which are never held whole).
package struct OutputFile: Sendable {
    package var name: String
    /// The pieces in memory, one after the other; empty for a file on disk.
    package var chunks: [[UInt8]]
    /// Where the file was written, for one on disk.
    package var path: String?
    /// Size in bytes.
    package var count: Int
    /// SHA-256 of the bytes, as hex.
    package var sha256: String

    package init(name: String, chunks: [[UInt8]]) {
        self.name = name
        self.chunks = chunks
        count = chunks.reduce(0) { $0 + $1.count }
        sha256 = ContentHash.hex(chunks)
    }

    package init(name: String, bytes: [UInt8]) {
        self.init(name: name, chunks: [bytes])
    }

    /// A file written at `path`.
    package init(name: String, path: String, count: Int, sha256: String) {
        self.name = name
        chunks = []
        self.path = path
        self.count = count
        self.sha256 = sha256
    }

    /// The whole file in one buffer (tests, `--check`); read from disk for a file there.
    package var bytes: [UInt8] {
        if let path { return (try? FileBytes.read(path, limit: Int.max)) ?? [] }
        return chunks.count == 1 ? chunks[0] : Array(chunks.joined())
    }
}
