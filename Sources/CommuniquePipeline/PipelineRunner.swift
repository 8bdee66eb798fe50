import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniqueStages
import Dispatch
import Foundation
import Synchronization

/// Runs a pipeline's plan in two halves that can also run apart (`extract`, then `merge`):
///
/// - `extract` lists a shard of the input and runs the per-article stages (load, clean, extract)
///   on `jobs` Dispatch workers, each on its own chain of stages, handing every article's
///   records to a sink as it is done;
/// - the aggregate stage takes the records in any order and spills them to disk (`Aggregator`),
///   then the tables are encoded on all workers, into the staging folder when there is one.
///
/// `process` does both in one process, in passes of at most `passArticles` articles (each pass
/// a shard of the input), so neither the listing nor the input manifest is held for the whole
/// corpus. The tables do not depend on the number of workers, passes or partials.
package struct PipelineRunner: Sendable {
    package static let version = "0.3.0"

    package var definition: PipelineDefinition
    package var knowledge: Knowledge
    /// How the pipeline file is named in the manifest (a path relative to the output's parent).
    package var pipelineName: String
    /// Articles per pass of `process`: the input is read in ceil(entries / this) shards.
    package var passArticles = 32_768

    package init(definition: PipelineDefinition, knowledge: Knowledge, pipelineName: String) {
        self.definition = definition
        self.knowledge = knowledge
        self.pipelineName = pipelineName
    }

    /// Processes every article with `jobs` workers and builds the files to publish, writing the
    /// large ones into `folder` (the staging folder) when given; `observers` see each stage
    /// boundary (timing, progress, heap trimming).
    package func process(jobs: Int, observers: [any RunObserver] = [HeapTrimmer()], into folder: String? = nil) throws -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        let spool = try makeSpool()
        // Each worker aggregates its own articles (see `WorkerAggregate`); the aggregates are
        // merged once every article is in, as partials are.
        let aggregates = try (0..<max(1, jobs)).map { _ in WorkerAggregate(try makeAggregator(spool: spool)) }
        let entries = InputListing.entryCount(folder: definition.input)
        let passes = max(1, (entries + passArticles - 1) / passArticles)
        var summary = InputSummary()
        for pass in 0..<passes {
            let done = summary.articles
            summary.add(try extract(shard: Shard(index: pass, count: passes), jobs: jobs, observers: observers,
                                    progress: (done, entries)) { worker, records in
                aggregates[worker].add(records)
            })
        }
        Self.report(.articlesExtracted, since: started, to: observers)
        var aggregator = aggregates[0].take()!
        for other in aggregates.dropFirst() { if let other = other.take() { aggregator.absorb(other) } }
        return try finish(aggregator, spool: spool, summary: summary, jobs: jobs, observers: observers, folder: folder)
    }

    /// The aggregate stage and the files of every article in `partials`, written as `process`
    /// writes them. A partial made with another pipeline or knowledge is refused.
    package func merge(_ partials: [String], jobs: Int, observers: [any RunObserver] = [HeapTrimmer()],
                       into folder: String? = nil) throws -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        let expected = partialHeader(shard: .whole)
        var readers: [PartialReader] = []
        for path in partials {
            let reader = try PartialReader(path: path)
            try reader.header.checkCompatible(with: expected, file: path)
            readers.append(reader)
        }
        try PartialHeader.checkShards(readers.map { ($0.path, $0.header) })
        let spool = try makeSpool()
        var aggregator = try makeAggregator(spool: spool)
        var summary = InputSummary()
        for var reader in readers {
            summary.add(try reader.read { aggregator.add($0) })
        }
        Self.report(.articlesExtracted, since: started, to: observers)
        return try finish(aggregator, spool: spool, summary: summary, jobs: jobs, observers: observers, folder: folder)
    }

    /// Load, clean and extract for the articles of `shard` (of the input folder, or of `paths`
    /// when given), on `jobs` workers; `sink` gets each article's records with the index of the
    /// worker that made them (below `jobs`), a worker's articles one after another.
    package func extract(shard: Shard, paths: [String]? = nil, jobs: Int, observers: [any RunObserver] = [],
                         progress: (done: Int, total: Int)? = nil,
                         sink: @escaping @Sendable (Int, ArticleRecords) -> Void) throws -> InputSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let manifestPath = definition.input + "/" + definition.manifest
        var inputManifest = try InputManifest.load(manifestPath, shard: shard)
        let listing = if let paths {
            InputListing(paths: paths, manifestName: definition.manifest, extensions: definition.load.extensions, shard: shard)
        } else {
            try InputListing(folder: definition.input, manifestName: definition.manifest, extensions: definition.load.extensions, shard: shard)
        }
        let sources = listing.sources
        var summary = InputSummary()
        summary.rowsWithoutArticle = inputManifest.checkRows(against: sources, file: manifestPath)
        (summary.manifestRows, summary.badDates, summary.duplicateRows) = (inputManifest.rows, inputManifest.badDates, inputManifest.duplicateRows)
        (summary.notArticles, summary.warnings, summary.articles) = (listing.ignored, inputManifest.warnings, sources.count)
        let manifest = inputManifest
        let workers = max(1, min(jobs, sources.count))
        // One chain of stages per worker, each on its own copy of the knowledge (made in memory):
        // workers sharing one instance contend on its reference counts.
        var replicas = [try ArticleChain(definition: definition, knowledge: knowledge, manifest: manifest)]
        for _ in 1..<workers {
            replicas.append(try ArticleChain(definition: definition, knowledge: knowledge.replica(), manifest: manifest))
        }
        let chains = replicas
        let writer = CSVWriter(dialect: definition.dialect)
        Self.report(.inputListed, since: started, to: observers)

        let queue = WorkQueue(count: sources.count)
        let bytesRead = Mutex(0)
        let (done, total) = progress ?? (0, sources.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let chain = chains[worker]
            var localBytes = 0
            while let index = queue.take() {
                let facts = chain.run(sources[index], index: index, observers: observers, bytesRead: &localBytes)
                // The rows become CSV records here, in parallel; the facts and the text go.
                let start = clock.now
                let records = ArticleRecords(facts, writer: writer)
                let recorded = clock.now
                sink(worker, records)
                let (seconds, aggregated) = (Self.seconds(recorded - start), Self.seconds(clock.now - recorded))
                for observer in observers {
                    observer.articleRecorded(index, seconds: seconds)
                    observer.article(index, finished: .aggregate, seconds: aggregated)
                    observer.articleDone(done + index + 1, of: max(total, done + sources.count))
                }
            }
            bytesRead.withLock { $0 += localBytes }
        }
        summary.bytesRead = bytesRead.withLock { $0 }
        return summary
    }

    /// The header of a partial this runner writes for `shard`.
    package func partialHeader(shard: Shard) -> PartialHeader {
        PartialHeader(format: PartialHeader.currentFormat, job: "communique", version: Self.version, pipeline: definition.name,
                      pipelineSHA256: definition.sha256, knowledgeSHA256: knowledgeDigest(), shard: shard.description)
    }

    func makeSpool() throws(PublishError) -> RecordSpool {
        // What waits for the end lies on disk beside the output, not in memory (see RecordSpool).
        try RecordSpool(folder: URL(fileURLWithPath: definition.output).deletingLastPathComponent().path)
    }

    func makeAggregator(spool: RecordSpool) throws(ConfigurationError) -> Aggregator {
        let steps = try definition.aggregateSteps.map { declaration throws(ConfigurationError) in
            try AggregateStepRegistry.named(declaration.name)!.init(options: declaration.options, spool: spool)
        }
        return Aggregator(steps: steps, spool: spool, writer: CSVWriter(dialect: definition.dialect))
    }

    /// Aggregates, encodes the tables and makes the files.
    func finish(_ aggregator: consuming Aggregator, spool: RecordSpool, summary: InputSummary, jobs: Int,
                observers: [any RunObserver], folder: String?) throws -> RunReport {
        let clock = ContinuousClock()
        var phase = clock.now
        if let failure = spool.failure { throw failure }
        let dataset = try aggregator.finish()
        // Every spooled record is read back while the tables are written: a write to the spool
        // that failed must stop the run before anything is encoded.
        if let failure = spool.failure { throw failure }
        Self.report(.aggregated, since: phase, to: observers)
        phase = clock.now
        let tables = try encode(dataset, jobs: max(1, jobs), into: folder)
        Self.report(.encoded, since: phase, to: observers)

        let files = DatasetFiles(
            version: Self.version, name: definition.name,
            pipeline: .init(name: definition.name, file: pipelineName, sha256: definition.sha256),
            knowledge: knowledgeHashes(), dialect: definition.dialect)
        let inputs = dataset.manifestInputs
        let stream = ByteStream(segments: inputs.segmentCount) { (segment, out) throws(PublishError) in
            try inputs.append(segment: segment, to: &out)
        }
        let rowCounts = dataset.rowCounts
        let (published, runManifest) = try files.make(
            tables: tables, inputs: stream,
            stages: stageCounts(statuses: dataset.statuses, extraction: dataset.extraction, rowCounts: rowCounts),
            manifest: summary.manifestCounts, folder: folder)
        return RunReport(articleCount: dataset.articles.rows, rowCounts: rowCounts.filter { definition.tables.contains($0.key) },
                         files: published, manifest: runManifest, statuses: dataset.statuses, inputBytes: summary.bytesRead,
                         notArticles: summary.notArticles.sorted(), warnings: summary.warnings)
    }

    static func report(_ boundary: RunBoundary, since start: ContinuousClock.Instant, to observers: [any RunObserver]) {
        let seconds = Self.seconds(ContinuousClock.now - start)
        for observer in observers { observer.reached(boundary, seconds: seconds) }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The tables as `.csv.gz` files, in the pipeline's table order, encoded with `jobs` threads
    /// (into `folder` when given).
    func encode(_ dataset: Dataset, jobs: Int, into folder: String? = nil) throws(PublishError) -> [EncodedTable] {
        let writer = CSVWriter(dialect: definition.dialect)
        let sources = definition.tables.map { dataset.source($0, writer: writer) }
        let results = TableEncoder(dialect: definition.dialect, level: definition.gzipLevel).encode(sources, jobs: jobs, into: folder)
        var tables: [EncodedTable] = []
        for (source, result) in zip(sources, results) {
            tables.append(EncodedTable(schema: source.schema, file: try result.get(), rows: source.count))
        }
        return tables
    }

    /// Counts per stage for the manifest: articles by status, sentences, and the rows of each
    /// declared extractor's and step's tables.
    func stageCounts(statuses: [String: Int], extraction: ExtractionCounts, rowCounts: [String: Int]) -> [String: [String: Int]] {
        var load = ["articles": statuses.values.reduce(0, +)]
        for (status, count) in statuses { load[status] = count }
        var extract: [String: Int] = [:]
        for declaration in definition.extractors {
            if declaration.name == VisitExtractor.name { extract["visit_mentions"] = extraction.visitMentions }
            for table in ExtractorRegistry.named(declaration.name)!.tables where table != "visits" { extract[table] = rowCounts[table] ?? 0 }
        }
        var aggregate: [String: Int] = [:]
        for declaration in definition.aggregateSteps {
            for table in AggregateStepRegistry.named(declaration.name)!.tables { aggregate[table] = rowCounts[table] ?? 0 }
        }
        return ["load": load, "clean": ["articles": extraction.articles, "sentences": extraction.sentences],
                "extract": extract, "aggregate": aggregate]
    }

    /// SHA-256 of each knowledge file, by its path relative to the output's parent.
    func knowledgeHashes() -> [String: String] {
        var hashes: [String: String] = [:]
        for located in definition.knowledge.all {
            guard let bytes = try? FileBytes.read(located.path) else { continue }
            hashes[PathNames.relative(located.path, to: definition.output)] = ContentHash.hex(bytes)
        }
        return hashes
    }

    /// One digest of the knowledge's contents, wherever its files lie (a partial made on an
    /// executor, where the pipeline folder is unpacked elsewhere, names the same knowledge).
    func knowledgeDigest() -> String {
        ContentHash.hex(Array(knowledgeHashes().values.sorted().joined(separator: "\n").utf8))
    }
}
