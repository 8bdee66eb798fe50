/// Puts the deflated segments of a run's tables together in order as they are delivered (in any
/// order, from several threads): each table's gzip header, its segments, its trailer, written
/// to a `FileSink` in the folder or kept in memory.
struct MemberAssembly {
    let tables: [TableSource]
    /// (table, segment) of each delivery index, tables in order.
    let plan: [(table: Int, segment: Int)]
    let level: Int32
    let folder: String?
    private var waiting: [Int: Result<DeflateSegment, PublishError>] = [:]
    private var next = 0
    private var sink: FileSink?
    private var chunks: [[UInt8]] = []
    private var crc: UInt32 = 0
    private var length = 0
    private var failure: PublishError?
    private(set) var files: [Result<OutputFile, PublishError>] = []

    init(tables: [TableSource], plan: [(table: Int, segment: Int)], level: Int32, folder: String?) {
        self.tables = tables
        self.plan = plan
        self.level = level
        self.folder = folder
    }

    mutating func deliver(_ result: Result<DeflateSegment, PublishError>, at index: Int) {
        waiting[index] = result
        while let ready = waiting.removeValue(forKey: next) {
            let (table, segment) = plan[next]
            next += 1
            if segment == 0 { start(table) }
            switch ready {
            case .success(let part):
                crc = GzipMember.combine(crc, part)
                length += part.length
                emit(part.bytes)
            case .failure(let error):
                failure = failure ?? error
            }
            if segment == tables[table].segments - 1 { end(table) }
        }
    }

    private mutating func start(_ table: Int) {
        (crc, length, failure, chunks) = (0, 0, nil, [])
        if let folder {
            do throws(PublishError) {
                sink = try FileSink(path: folder + "/" + fileName(table))
            } catch {
                failure = error
            }
        }
        emit(GzipMember.header(level: level))
    }

    private mutating func end(_ table: Int) {
        emit(GzipMember.trailer(crc: crc, length: length))
        if let failure {
            files.append(.failure(failure))
        } else if let sink {
            files.append(Result { () throws(PublishError) in try sink.finish(name: fileName(table)) })
        } else {
            files.append(.success(OutputFile(name: fileName(table), chunks: chunks)))
        }
        (sink, chunks) = (nil, [])
    }

    private mutating func emit(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        guard let sink else { return chunks.append(bytes) }
        do throws(PublishError) {
            try sink.write(bytes)
        } catch {
            failure = error
        }
    }

    func fileName(_ table: Int) -> String { tables[table].name + ".csv.gz" }
}
