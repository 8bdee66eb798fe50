import CommuniqueOutput
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The records of a run on disk until the end (fact and visit rows, sorted runs, texts), in buckets by the top bits of their keys.
///
/// Tables are sorted by id, and ids are hashes, so no row can be written before every article is
/// read. Keeping hundreds of thousands of records in memory made the peak grow with the corpus;
/// here they go to one unlinked temporary file (gone when the process ends, however it ends), and
/// each table is sorted and written one bucket at a time: memory holds a bucket, not a table.
package final class RecordSpool: Sendable {
    /// Buckets per table: the top `bucketBits` bits of a record's key choose its bucket.
    static let bucketBits = 8
    static var buckets: Int { 1 << bucketBits }

    /// A run of records of one bucket of one table, where it lies in the file.
    struct Chunk: Sendable {
        var offset: Int
        var length: Int
    }

    struct State: Sendable {
        var end = 0
        var chunks: [[Chunk]] = Array(repeating: [], count: SpooledTable.allCases.count * RecordSpool.buckets)
        var failure: PublishError?
    }

    let path: String
    private let descriptor: Int32
    private let state = Mutex(State())

    /// Creates the spool file in `folder` and unlinks it at once.
    package init(folder: String) throws(PublishError) {
        var template = Array((folder + "/.communique-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw .io(path: path, operation: "create spool", errno: errno) }
        descriptor = fd
        unlink(path)
    }

    deinit { close(descriptor) }

    /// The first write that failed, if any. The runner checks it after the workers' last flush and
    /// again after aggregation (visit evidence is spooled too), before any table is encoded.
    package var failure: PublishError? { state.withLock { $0.failure } }

    static func slot(_ table: SpooledTable, _ bucket: Int) -> Int {
        SpooledTable.allCases.firstIndex(of: table)! * buckets + bucket
    }

    /// Appends `bytes` (whole records of one bucket of `table`) to the file.
    func write(_ bytes: [UInt8], table: SpooledTable, bucket: Int) {
        guard !bytes.isEmpty, let offset = append(bytes) else { return }
        state.withLock { $0.chunks[Self.slot(table, bucket)].append(Chunk(offset: offset, length: bytes.count)) }
    }

    /// Appends `bytes` anywhere in the file and returns where, or nil after recording a failure.
    func append(_ bytes: [UInt8]) -> Int? {
        let offset = state.withLock { state -> Int in
            defer { state.end += bytes.count }
            return state.end
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress! + written, raw.count - written, off_t(offset + written))
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let code = result < 0 ? errno : ENOSPC
                state.withLock { $0.failure = $0.failure ?? .io(path: path, operation: "write spool", errno: code) }
                return nil
            }
            written += result
        }
        return offset
    }

    /// `length` bytes from `offset`, appended to `bytes`.
    func read(offset: Int, length: Int, into bytes: inout [UInt8]) throws(PublishError) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        var done = 0
        while done < length {
            let result = bytes.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + start + done, length - done, off_t(offset + done))
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw .io(path: path, operation: "read spool", errno: result < 0 ? errno : EIO) }
            done += result
        }
    }

    /// Bytes spooled in each bucket of `table`.
    func bucketBytes(_ table: SpooledTable) -> [Int] {
        state.withLock { state in (0..<Self.buckets).map { state.chunks[Self.slot(table, $0)].reduce(0) { $0 + $1.length } } }
    }

    /// Every record of buckets `buckets` of `table`, in no particular order.
    func read(_ table: SpooledTable, buckets: Range<Int>) throws(PublishError) -> [UInt8] {
        let chunks = state.withLock { state in buckets.flatMap { state.chunks[Self.slot(table, $0)] } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.length })
        for chunk in chunks { try read(offset: chunk.offset, length: chunk.length, into: &bytes) }
        return bytes
    }
}
