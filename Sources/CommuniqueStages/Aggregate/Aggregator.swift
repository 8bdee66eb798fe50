import CommuniqueCore
import CommuniqueOutput
import Dispatch
import Synchronization

/// The aggregate stage: takes each article's records in any order (from a run's workers, or
/// from partials), spills what it must keep to the spool, and at the end makes the dataset.
///
/// The tables do not depend on the order articles arrive in: the `articles` rows are sorted by
/// source id, the fact and visit rows by id (ties by their bytes), and every step sorts what it
/// keeps by content. Memory holds buffers and one group at a time, not the corpus.
package struct Aggregator: CorpusStage {
    package static let kind = StageKind.aggregate

    private var steps: [any AggregateStep]
    /// True when `visit_merge` runs: fact rows that name a visit wait for its id there.
    private let linksVisits: Bool
    private var articles: SortedRuns
    private var facts: SpoolWriter
    private var factCounts: [FactTable: Int] = [:]
    private var extraction = ExtractionCounts()
    private let spool: RecordSpool
    private let writer: CSVWriter

    /// `steps` run in this order; `spool` holds what waits on disk; `writer` makes the records.
    package init(steps: [any AggregateStep], spool: RecordSpool, writer: CSVWriter = CSVWriter(dialect: .standard)) {
        self.steps = steps
        self.spool = spool
        self.writer = writer
        linksVisits = steps.contains { type(of: $0).name == VisitMergeStep.name }
        articles = SortedRuns(spool: spool)
        facts = SpoolWriter(spool: spool)
    }

    /// The stage with every registered step, each with its default options.
    package init(spool: RecordSpool, writer: CSVWriter = CSVWriter(dialect: .standard)) {
        // Default options are valid by construction.
        self.init(steps: AggregateStepRegistry.all.map { try! $0.init(options: .none($0.name), spool: spool) }, spool: spool, writer: writer)
    }

    /// Takes one article's records.
    package mutating func add(_ records: ArticleRecords) {
        var payload = ByteRecordWriter()
        payload.append(records.article.status.rawValue)
        payload.append(records.article.sha256)
        var record: [UInt8] = []
        writer.append(record: records.article.cells, to: &record)
        payload.append(bytes: record)
        articles.add(key: Array(records.article.sourceID.utf8), payload: payload.bytes)
        for table in FactTable.allCases {
            let rows = table.records(of: records)
            factCounts[table, default: 0] += rows.count
            for index in rows.records.indices where !(linksVisits && VisitMerger.isLinked(rows.records[index])) {
                facts.add(rows.bytes(of: index), key: rows.records[index].key, table: SpooledTable(table))
            }
        }
        for index in steps.indices { steps[index].add(records) }
        if records.article.status == .ok || records.article.status == .repairedUTF8 {
            extraction.articles += 1
            extraction.sentences += records.sentences
            extraction.visitMentions += records.visits.count
        }
    }

    /// Takes every article `other` (made with the same steps, on the same spool) has added: a
    /// run's workers each aggregate their own articles, and their aggregates are merged before
    /// `finish`. The tables are the same as if one aggregate had seen every article.
    package mutating func absorb(_ other: consuming Aggregator) {
        articles.absorb(other.articles)
        other.facts.flush()
        for (table, count) in other.factCounts { factCounts[table, default: 0] += count }
        extraction.add(other.extraction)
        for index in steps.indices where index < other.steps.count { steps[index].absorb(step: other.steps[index]) }
    }

    /// The dataset of every article added. A second article with a source id already added is an
    /// error (partials that overlap).
    package consuming func finish() throws(PublishError) -> Dataset {
        var dataset = Dataset(spool: spool)
        // The `articles` table depends on no step: it is made on another worker meanwhile.
        let articles = articles
        let spool = spool
        let made = Mutex<Result<ArticlesTable, PublishError>?>(nil)
        let worker = DispatchGroup()
        DispatchQueue.global().async(group: worker) {
            let result = Result { () throws(PublishError) in try Self.articlesTable(articles, spool: spool) }
            made.withLock { $0 = result }
        }
        var steps = steps
        var facts = facts
        let stepped = Result { () throws(PublishError) in
            for index in steps.indices { try steps[index].finish(into: &dataset, facts: &facts, writer: writer) }
        }
        worker.wait()
        try stepped.get()
        facts.flush()
        guard let table = try made.withLock({ $0 })?.get() else { throw .corrupt(what: "articles table") }
        dataset.articles = table.rows
        dataset.manifestInputs = table.inputs
        dataset.statuses = table.statuses
        dataset.factCounts = factCounts
        dataset.extraction = extraction
        return dataset
    }

    /// The `articles` rows in source id order, each article's manifest entry, and the articles per status.
    struct ArticlesTable: Sendable {
        var rows: SpooledText
        var inputs: SpooledText
        var statuses: [String: Int] = [:]
    }

    static func articlesTable(_ articles: consuming SortedRuns, spool: RecordSpool) throws(PublishError) -> ArticlesTable {
        var made = ArticlesTable(rows: SpooledText(spool: spool), inputs: SpooledText(spool: spool))
        var sorted = try articles.sorted()
        var previous: [UInt8]?
        while let article = try sorted.next() {
            if article.key == previous {
                throw .duplicateSource(id: String(decoding: article.key, as: UTF8.self))
            }
            let separator: [UInt8] = previous == nil ? [] : [0x2C, 0x0A]
            previous = article.key
            var reader = ByteRecordReader(article.payload[...])
            guard let status = try? reader.string(), let sha256 = try? reader.string(), let record = try? reader.byteRun() else {
                throw .corrupt(what: "spooled article")
            }
            made.rows.append(record)
            made.inputs.append(separator + RunManifest.inputEntry(sourceID: String(decoding: article.key, as: UTF8.self), sha256: sha256, status: status))
            made.statuses[status, default: 0] += 1
        }
        made.rows.flush()
        made.inputs.flush()
        return made
    }
}
