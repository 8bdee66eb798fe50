import CommuniqueCore
import CommuniqueOutput

/// The merge of sorted runs: yields the records of every run in order (see `SortedRuns`), with a
/// block of each run in memory at a time and a heap of the runs' current records.
package struct SortedRecords {
    enum Source {
        /// A run on disk, in pieces of the spool file.
        case spooled([RecordSpool.Chunk])
        case memory([UInt8])
    }

    /// One run being read: a block of its bytes and where the next record starts in it.
    struct Cursor {
        var block: [UInt8]
        var position = 0
        /// The pieces of the run not read yet (none for a run in memory); the first one from `consumed`.
        var remaining: [RecordSpool.Chunk]
        var consumed = 0
        /// Where the current record's key and payload lie in `block`: the heap compares them in
        /// place, and only the record `next` returns is copied out.
        var key = 0..<0
        var payload = 0..<0
    }

    static let blockBytes = 64 << 10

    let spool: RecordSpool
    private var cursors: [Cursor] = []
    /// Cursor indices, a min-heap on their current records.
    private var heap: [Int] = []
    private var started = false

    init(spool: RecordSpool, sources: [Source]) {
        self.spool = spool
        for source in sources {
            switch source {
            case .spooled(let chunks): cursors.append(Cursor(block: [], remaining: chunks.filter { $0.length > 0 }))
            case .memory(let bytes): cursors.append(Cursor(block: bytes, remaining: []))
            }
        }
    }

    /// The next record, or nil after the last; a spool that cannot be read is an error.
    package mutating func next() throws(PublishError) -> SortedRecord? {
        if !started {
            started = true
            for index in cursors.indices where try advance(index) { push(index) }
        }
        guard let top = heap.first else { return nil }
        let record = SortedRecord(key: Array(cursors[top].block[cursors[top].key]), payload: Array(cursors[top].block[cursors[top].payload]))
        if try advance(top) {
            siftDown(0)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            if !heap.isEmpty { siftDown(0) }
        }
        return record
    }

    /// Reads cursor `index`'s next record into `current`; false at the end of its run.
    private mutating func advance(_ index: Int) throws(PublishError) -> Bool {
        while true {
            var reader = ByteRecordReader(cursors[index].block[cursors[index].position...])
            if let key = try? reader.byteRun(), let payload = try? reader.byteRun() {
                cursors[index].key = key.indices
                cursors[index].payload = payload.indices
                cursors[index].position = reader.offset
                return true
            }
            // The block ends inside a record: keep its tail and read more of the run.
            let cursor = cursors[index]
            guard let piece = cursor.remaining.first else { return false }
            var block = Array(cursor.block[cursor.position...])
            let length = min(piece.length - cursor.consumed, max(Self.blockBytes, block.count))
            try spool.read(offset: piece.offset + cursor.consumed, length: length, into: &block)
            cursors[index].block = block
            cursors[index].position = 0
            cursors[index].consumed += length
            if cursors[index].consumed == piece.length {
                cursors[index].remaining.removeFirst()
                cursors[index].consumed = 0
            }
        }
    }

    /// True when cursor `left`'s current record sorts before cursor `right`'s (key, then payload,
    /// then the cursor's place), read in place in their blocks.
    private func less(_ left: Int, _ right: Int) -> Bool {
        cursors.withUnsafeBufferPointer { cursors in
            cursors[left].block.withUnsafeBufferPointer { x in
                cursors[right].block.withUnsafeBufferPointer { y in
                    let byKey = ByteOrder.compare(UnsafeBufferPointer(rebasing: x[cursors[left].key]), UnsafeBufferPointer(rebasing: y[cursors[right].key]))
                    if byKey != 0 { return byKey < 0 }
                    let byPayload = ByteOrder.compare(UnsafeBufferPointer(rebasing: x[cursors[left].payload]),
                                                      UnsafeBufferPointer(rebasing: y[cursors[right].payload]))
                    return byPayload != 0 ? byPayload < 0 : left < right
                }
            }
        }
    }

    private mutating func push(_ index: Int) {
        heap.append(index)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count && less(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count && less(heap[right], heap[smallest]) { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
