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
    /// made; `jobs` threads. With a `folder`, each file is written there as its segments are
    /// ready, in order, and memory holds the segments in flight, not the file; without one, the
    /// files are kept in memory (tests, small tables).
    package func encode(_ tables: [TableSource], jobs: Int, into folder: String? = nil) -> [Result<OutputFile, PublishError>] {
        let plan = tables.indices.flatMap { table in (0..<tables[table].segments).map { (table: table, segment: $0) } }
        let writer = CSVWriter(dialect: dialect)
        let assembly = Mutex(MemberAssembly(tables: tables, plan: plan, level: level, folder: folder))
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
                assembly.withLock { $0.deliver(result, at: index) }
            }
        }
        return assembly.withLock { $0.files }
    }
}
