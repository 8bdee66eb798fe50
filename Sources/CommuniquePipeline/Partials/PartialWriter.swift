#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommuniqueCore
import CommuniqueOutput
import CommuniqueStages
import Foundation

/// Writes a partial (format in docs/PARTIALS.md): a magic line, the JSON header on one line,
/// then blocks of entries, each block a length and one gzip member. The file is written under a
/// temporary name beside `path` and renamed into place by `finish`, so a partial is complete or
/// absent, and a retried shard replaces its own.
package struct PartialWriter {
    package static let magic = Array("COMMUNIQUE-PARTIAL\n".utf8)
    static let blockBytes = 1 << 20

    package let path: String
    private let temporary: String
    private let sink: FileSink
    private var block = ByteRecordWriter()
    private var entry = ByteRecordWriter()

    package init(path: String, header: PartialHeader) throws {
        self.path = path
        temporary = path + ".tmp-\(getpid())"
        sink = try FileSink(path: temporary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try sink.write(Self.magic + Array(try encoder.encode(header)) + [0x0A])
    }

    /// Adds one article's records.
    package mutating func add(_ records: ArticleRecords) throws {
        entry.removeAll()
        records.encode(into: &entry)
        try append(.article, entry.bytes)
    }

    /// Ends the partial with the shard's summary and moves it into place.
    package mutating func finish(_ summary: InputSummary) throws {
        entry.removeAll()
        summary.encode(into: &entry)
        try append(.summary, entry.bytes)
        try flush()
        _ = try sink.finish(name: path)
        guard rename(temporary, path) == 0 else { throw PublishError.io(path: path, operation: "rename \(temporary) to", errno: errno) }
    }

    /// Removes the temporary file of a partial that will not be finished.
    package func abandon() {
        unlink(temporary)
    }

    private mutating func append(_ kind: PartialEntry, _ bytes: [UInt8]) throws {
        block.append(kind.rawValue)
        block.append(bytes: bytes)
        if block.bytes.count >= Self.blockBytes { try flush() }
    }

    private mutating func flush() throws {
        guard !block.bytes.isEmpty else { return }
        let member = try GzipCompressor(level: 1).compress(block.bytes)
        var length: [UInt8] = []
        for shift in stride(from: 0, to: 32, by: 8) { length.append(UInt8(truncatingIfNeeded: member.count >> shift)) }
        try sink.write(length + member)
        block.removeAll()
    }
}
