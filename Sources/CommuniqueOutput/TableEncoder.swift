import CommuniqueCore
import Dispatch
import Synchronization

/// Turns tables into the bytes of their `.csv.gz` files, on several threads.
///
/// Each table comes in segments; every segment is written as CSV and deflated on its own
/// (pigz-style), and a table's segments make one gzip member. Segments are cut by
/// content (row counts, key buckets), never by thread count, so the bytes do not depend on
/// `jobs`, and memory holds one segment of text per thread, not a table.
package struct TableEncoder: Sendable {
    package var dialect: CSVDialect
    package var level: Int32

    package init(dialect: CSVDialect, level: Int32 = GzipCompressor.level) {
        self.dialect = dialect
        self.level = level
    }

    /// One table's file, for tests and small tables.
    package func encode(schema: TableSchema, rows: [[String]]) throws(PublishError) -> [UInt8] {
        let writer = CSVWriter(dialect: dialect)
        let source = TableSource(name: schema.name, schema: schema, count: rows.count) { index, out in
            writer.append(record: rows[index], to: &out)
        }
        return try encode([source], jobs: 1)[0].get().bytes
    }

    /// The file of each of `tables` (named `<table>.csv.gz`), in order, or why it could not be
    /// made; `jobs` threads.
    package func encode(_ tables: [TableSource], jobs: Int) -> [Result<OutputFile, PublishError>] {
        let plan = tables.indices.flatMap { table in (0..<tables[table].segments).map { (table: table, segment: $0) } }
        let writer = CSVWriter(dialect: dialect)
        let slots = Mutex([Result<DeflateSegment, PublishError>?](repeating: nil, count: plan.count))
        let queue = WorkQueue(count: plan.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, plan.count))) { _ in
            var text: [UInt8] = []
            while let index = queue.take() {
                let (table, segment) = plan[index]
                let source = tables[table]
                text.removeAll(keepingCapacity: true)
                let result = Result { () throws(PublishError) -> DeflateSegment in
                    if segment == 0 {
                        if dialect.byteOrderMark { text.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
                        writer.append(record: source.schema.header, to: &text)
                    }
                    try source.appendSegment(segment, &text)
                    do throws(GzipError) {
                        return try DeflateSegment.compress(text, level: level, last: segment == source.segments - 1)
                    } catch {
                        throw .compression(table: source.name, error)
                    }
                }
                slots.withLock { $0[index] = result }
            }
        }
        var segments = slots.withLock { slots in
            defer { slots = [] }
            return slots
        }
        var files: [Result<OutputFile, PublishError>] = []
        var start = 0
        for table in tables.indices {
            let end = start + tables[table].segments
            var parts: [DeflateSegment] = []
            var failure: PublishError?
            for index in start..<end {
                switch segments[index]! {
                case .success(let part): parts.append(part)
                case .failure(let error): failure = failure ?? error
                }
                segments[index] = nil
            }
            let name = tables[table].name + ".csv.gz"
            files.append(failure.map { .failure($0) } ?? .success(OutputFile(name: name, chunks: GzipMember.chunks(parts, level: level))))
            start = end
        }
        return files
    }
}
