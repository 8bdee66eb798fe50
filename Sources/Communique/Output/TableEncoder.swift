import Dispatch
import Synchronization

/// Turns tables into the bytes of their `.csv.gz` files, on several threads.
///
/// Each table is cut into segments of `rowsPerSegment` rows; every segment is written as CSV and
/// deflated on its own (pigz-style) and the segments are joined into one gzip member per file.
/// Segments are cut by row count, never by thread count, so the bytes do not depend on `jobs`,
/// and memory holds one segment of text per thread, not a table.
public struct TableEncoder: Sendable {
    public var dialect: CSVDialect
    public var level: Int32

    /// Rows per deflate segment: about a megabyte of CSV for the fact tables.
    static let rowsPerSegment = 4096

    public init(dialect: CSVDialect, level: Int32 = GzipCompressor.level) {
        self.dialect = dialect
        self.level = level
    }

    /// One table's file, for tests and small tables.
    public func encode(schema: TableSchema, rows: [[String]]) throws(GzipError) -> [UInt8] {
        let writer = CSVWriter(dialect: dialect)
        let source = TableSource(name: schema.name, schema: schema, count: rows.count) { index, out in
            writer.append(record: rows[index], to: &out)
        }
        return try encode([source], jobs: 1)[0].get()
    }

    /// The file of each of `tables`, in order, or the zlib failure that stopped it; `jobs` threads.
    public func encode(_ tables: [TableSource], jobs: Int) -> [Result<[UInt8], GzipError>] {
        let plan = tables.indices.flatMap { index in
            let count = tables[index].count
            return (0..<max(1, (count + Self.rowsPerSegment - 1) / Self.rowsPerSegment)).map { segment in
                (table: index, rows: segment * Self.rowsPerSegment..<min(count, (segment + 1) * Self.rowsPerSegment))
            }
        }
        let writer = CSVWriter(dialect: dialect)
        let slots = Mutex([Result<DeflateSegment, GzipError>?](repeating: nil, count: plan.count))
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, plan.count))) { _ in
            var text: [UInt8] = []
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < plan.count else { break }
                let (table, rows) = plan[index]
                text.removeAll(keepingCapacity: true)
                if rows.lowerBound == 0 {
                    if dialect.byteOrderMark { text.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
                    writer.append(record: tables[table].schema.header, to: &text)
                }
                for row in rows { tables[table].appendRow(row, &text) }
                let last = rows.upperBound == tables[table].count
                let result = Result { () throws(GzipError) in try DeflateSegment.compress(text, level: level, last: last) }
                slots.withLock { $0[index] = result }
            }
        }
        let segments = slots.withLock { $0 }
        var files: [Result<[UInt8], GzipError>] = []
        var start = 0
        for index in tables.indices {
            var end = start
            while end < plan.count, plan[end].table == index { end += 1 }
            var parts: [DeflateSegment] = []
            var failure: GzipError?
            for segment in segments[start..<end] {
                switch segment! {
                case .success(let part): parts.append(part)
                case .failure(let error): failure = failure ?? error
                }
            }
            files.append(failure.map { .failure($0) } ?? .success(GzipMember.assemble(parts, level: level)))
            start = end
        }
        return files
    }
}
