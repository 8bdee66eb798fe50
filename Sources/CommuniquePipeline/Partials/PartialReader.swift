#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommuniqueCore
import CommuniqueOutput
import CommuniqueStages
import Foundation

/// Reads a partial that `PartialWriter` wrote: its header first, then its articles one block at
/// a time, so memory holds a block, not the partial.
package struct PartialReader {
    /// The largest block a reader accepts (a writer's blocks are about 1 MB of entries).
    static let maxBlockBytes = 256 << 20

    package let path: String
    package let header: PartialHeader
    private let descriptor: Int32
    /// Bytes read from the file and not yet used.
    private var pending: [UInt8] = []

    package init(path: String) throws(PartialError) {
        guard FileKind.of(path, followingLinks: true) == .regular else {
            throw .unreadable(file: path, reason: "not a regular file")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        self.path = path
        descriptor = fd
        var lines: [[UInt8]] = []
        var pending: [UInt8] = []
        while lines.count < 2 {
            if let newline = pending.firstIndex(of: 0x0A) {
                lines.append(Array(pending[...newline]))
                pending.removeFirst(newline + 1)
                continue
            }
            guard pending.count < 1 << 20, let more = Self.read(fd, upTo: 64 << 10), !more.isEmpty else {
                close(fd)
                throw .malformed(file: path, reason: "no header")
            }
            pending += more
        }
        guard lines[0] == PartialWriter.magic else {
            close(fd)
            throw .malformed(file: path, reason: "it does not start with COMMUNIQUE-PARTIAL")
        }
        do {
            header = try JSONDecoder().decode(PartialHeader.self, from: Data(lines[1]))
        } catch {
            close(fd)
            throw .malformed(file: path, reason: "its header is not a partial header: \(error)")
        }
        self.pending = pending
    }

    /// Hands every article's records to `body` and returns the shard's summary; a partial cut
    /// short (no summary) or damaged is an error naming the file.
    package mutating func read(_ body: (ArticleRecords) -> Void) throws(PartialError) -> InputSummary {
        defer { close(descriptor) }
        guard header.format == PartialHeader.currentFormat else {
            throw .incompatible(file: path, key: "format", found: String(header.format), expected: String(PartialHeader.currentFormat))
        }
        var summary: InputSummary?
        while let block = try nextBlock() {
            guard summary == nil else { throw .malformed(file: path, reason: "blocks after the summary") }
            var reader = ByteRecordReader(block[...])
            while !reader.isAtEnd {
                do throws(ByteRecordError) {
                    guard summary == nil else { throw .malformed(offset: reader.offset, "entries after the summary") }
                    let kind = PartialEntry(rawValue: try reader.int())
                    var entry = ByteRecordReader(try reader.byteRun())
                    switch kind {
                    case .article: body(try ArticleRecords(from: &entry))
                    case .summary: summary = try InputSummary(from: &entry)
                    case nil: throw .malformed(offset: reader.offset, "unknown entry")
                    }
                } catch {
                    throw .malformed(file: path, reason: error.description)
                }
            }
        }
        guard let summary else { throw .malformed(file: path, reason: "it ends before its summary (cut short)") }
        return summary
    }

    /// The next block's entries, or nil at the end of the file.
    private mutating func nextBlock() throws(PartialError) -> [UInt8]? {
        guard let prefix = try take(4, allowEnd: true) else { return nil }
        let length = prefix.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard length > 0, length <= Self.maxBlockBytes else { throw .malformed(file: path, reason: "a block of \(length) bytes") }
        guard let member = try take(length, allowEnd: false) else { throw .malformed(file: path, reason: "it ends inside a block") }
        do {
            return try GzipDecompressor().decompress(member)
        } catch {
            throw .malformed(file: path, reason: "a block does not decompress: \(error)")
        }
    }

    /// The next `count` bytes; nil at a clean end of file when `allowEnd`.
    private mutating func take(_ count: Int, allowEnd: Bool) throws(PartialError) -> [UInt8]? {
        while pending.count < count {
            guard let more = Self.read(descriptor, upTo: max(64 << 10, count - pending.count)) else {
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if more.isEmpty {
                if allowEnd && pending.isEmpty { return nil }
                throw .malformed(file: path, reason: "it ends inside a block")
            }
            pending += more
        }
        let bytes = Array(pending[..<count])
        pending.removeFirst(count)
        return bytes
    }

    static func read(_ fd: Int32, upTo count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            buffer.removeLast(count - got)
            return buffer
        }
    }
}
