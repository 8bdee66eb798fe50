import CommuniqueCore
import CommuniqueOutput

/// An external sort of (key, payload) records: records collect in memory up to `runBytes`, each
/// full buffer is sorted and written to the spool as one run, and `sorted()` merges the runs.
///
/// Records are ordered by their key's bytes, then their payload's bytes (shorter first on a
/// common prefix): a total order on the records' content, so the sorted stream is the same
/// whatever order they were added in, and memory holds one buffer plus a block per run.
package struct SortedRuns: Sendable {
    /// Where a record lies in `buffer`: its key, then its payload right after it.
    struct Entry: Sendable {
        var start: Int
        var keyLength: Int32
        var payloadLength: Int32
    }

    /// Runs merged at once: more are first merged in groups of this many into longer runs, so
    /// the merge holds at most this many blocks however large the spill grows.
    static let fanIn = 64
    /// Bytes written at a time when runs are merged into a longer one.
    static let mergedChunkBytes = 1 << 20

    let spool: RecordSpool
    let runBytes: Int
    private var buffer: [UInt8] = []
    private var entries: [Entry] = []
    /// Each run: the pieces of the spool file it lies in, in order.
    private var runs: [[RecordSpool.Chunk]] = []
    package private(set) var count = 0

    package init(spool: RecordSpool, runBytes: Int = 8 << 20) {
        self.spool = spool
        self.runBytes = runBytes
    }

    package mutating func add<Key: Collection, Payload: Collection>(key: Key, payload: Payload)
    where Key.Element == UInt8, Payload.Element == UInt8 {
        entries.append(Entry(start: buffer.count, keyLength: Int32(key.count), payloadLength: Int32(payload.count)))
        buffer.append(contentsOf: key)
        buffer.append(contentsOf: payload)
        count += 1
        if buffer.count >= runBytes { spill() }
    }

    /// Sorts the buffered records and writes them as one run.
    private mutating func spill() {
        guard !entries.isEmpty else { return }
        let run = sortedBuffer()
        if let offset = spool.append(run) { runs.append([RecordSpool.Chunk(offset: offset, length: run.count)]) }
        // The buffers are kept for the next run: one allocation for the run's life, not a
        // growing one per run (whose freed pieces fragment the heap).
        buffer.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }

    /// The buffered records in order, each as its two lengths (LEB128) and its bytes.
    private func sortedBuffer() -> [UInt8] {
        let order = buffer.withUnsafeBufferPointer { bytes in
            entries.sorted { left, right in
                Self.compare(Self.record(left, in: bytes), Self.record(right, in: bytes)) < 0
            }
        }
        var run = ByteRecordWriter(capacity: buffer.count + 10 * order.count)
        for entry in order {
            let end = entry.start + Int(entry.keyLength) + Int(entry.payloadLength)
            run.append(bytes: buffer[entry.start..<entry.start + Int(entry.keyLength)])
            run.append(bytes: buffer[entry.start + Int(entry.keyLength)..<end])
        }
        return run.bytes
    }

    static func record(_ entry: Entry, in bytes: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) {
        let key = UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + Int(entry.keyLength)])
        let payloadStart = entry.start + Int(entry.keyLength)
        return (key, UnsafeBufferPointer(rebasing: bytes[payloadStart..<payloadStart + Int(entry.payloadLength)]))
    }

    /// Key first, then payload; negative, zero or positive like `memcmp`.
    static func compare(_ left: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>),
                        _ right: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)) -> Int {
        let byKey = ByteOrder.compare(left.0, right.0)
        return byKey != 0 ? byKey : ByteOrder.compare(left.1, right.1)
    }

    /// Takes every record of `other` (which must share this spool): its buffered records are
    /// written as a run of their own, and its runs join these. The sorted stream is the same as if
    /// every record had been added here.
    package mutating func absorb(_ other: consuming SortedRuns) {
        other.spill()
        runs += other.runs
        count += other.count
    }

    /// Every record added, in order. Records still in memory are merged with the runs on disk
    /// without being written; runs beyond `fanIn` are first merged into longer ones.
    package consuming func sorted() throws(PublishError) -> SortedRecords {
        var runs = runs
        while runs.count > Self.fanIn {
            var longer: [[RecordSpool.Chunk]] = []
            for start in stride(from: 0, to: runs.count, by: Self.fanIn) {
                let group = runs[start..<min(start + Self.fanIn, runs.count)]
                longer.append(group.count == 1 ? group.first! : try merge(Array(group)))
            }
            runs = longer
        }
        var sources: [SortedRecords.Source] = runs.map { .spooled($0) }
        if !entries.isEmpty { sources.append(.memory(sortedBuffer())) }
        return SortedRecords(spool: spool, sources: sources)
    }

    /// One run holding the records of `group`, written in pieces of `mergedChunkBytes`.
    private func merge(_ group: [[RecordSpool.Chunk]]) throws(PublishError) -> [RecordSpool.Chunk] {
        var stream = SortedRecords(spool: spool, sources: group.map { .spooled($0) })
        var out = ByteRecordWriter()
        var chunks: [RecordSpool.Chunk] = []
        func write() {
            guard !out.bytes.isEmpty else { return }
            if let offset = spool.append(out.bytes) { chunks.append(RecordSpool.Chunk(offset: offset, length: out.bytes.count)) }
            out.removeAll()
        }
        while let record = try stream.next() {
            out.append(bytes: record.key)
            out.append(bytes: record.payload)
            if out.bytes.count >= Self.mergedChunkBytes { write() }
        }
        write()
        return chunks
    }
}
