import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniqueStages
import Dispatch
import Foundation
import Synchronization

/// Runs a pipeline's plan: the per-article stages (load, clean, extract) on `jobs` Dispatch
/// workers, each article's facts spooled as CSV records by the worker that made them, the
/// aggregate stage fed in input order while later articles are still being extracted, then the
/// tables encoded on all workers. The output does not depend on the number of workers: every
/// article reaches the aggregate stage at the position it has in the sorted input.
package struct PipelineRunner: Sendable {
    package static let version = "0.2.0"

    package var definition: PipelineDefinition
    package var knowledge: Knowledge
    /// How the pipeline file is named in the manifest (a path relative to the output's parent).
    package var pipelineName: String

    package init(definition: PipelineDefinition, knowledge: Knowledge, pipelineName: String) {
        self.definition = definition
        self.knowledge = knowledge
        self.pipelineName = pipelineName
    }

    /// Processes every article with `jobs` workers and builds the files to publish; `observers`
    /// see each stage boundary (timing, progress, heap trimming).
    package func process(jobs: Int, observers: [any RunObserver] = [HeapTrimmer()]) throws -> RunReport {
        let clock = ContinuousClock()
        var phaseStart = clock.now
        func reached(_ boundary: RunBoundary) {
            let now = clock.now
            for observer in observers { observer.reached(boundary, seconds: Self.seconds(now - phaseStart)) }
            phaseStart = now
        }
        let manifestPath = definition.input + "/" + definition.manifest
        var inputManifest = try InputManifest.load(manifestPath)
        let listing = try InputListing(folder: definition.input, manifestName: definition.manifest, extensions: definition.load.extensions)
        let sources = listing.sources
        let orphanRows = inputManifest.checkRows(against: sources, file: manifestPath)
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
        // Fact rows wait on disk beside the output, not in memory (see RecordSpool).
        let spool = try RecordSpool(folder: URL(fileURLWithPath: definition.output).deletingLastPathComponent().path)
        let steps = try definition.aggregateSteps.map { declaration throws(ConfigurationError) in
            try AggregateStepRegistry.named(declaration.name)!.init(options: declaration.options, spool: spool)
        }
        reached(.inputListed)

        // Articles reach the aggregate stage in input order while later ones are still extracted.
        let aggregator = Mutex(Aggregator(steps: steps, spool: spool))
        let handoff = OrderedHandoff<ArticleRecords> { records in
            let start = clock.now
            aggregator.withLock { $0.add(records) }
            let seconds = Self.seconds(clock.now - start)
            for observer in observers { observer.article(0, finished: .aggregate, seconds: seconds) }
        }
        let queue = WorkQueue(count: sources.count)
        let bytesRead = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let chain = chains[worker]
            var spoolWriter = SpoolWriter(spool: spool)
            var localBytes = 0
            while let index = queue.take() {
                let facts = chain.run(sources[index], index: index, observers: observers, bytesRead: &localBytes)
                // The rows become CSV records here, in parallel, and go to the spool; the facts and the text go.
                let start = clock.now
                var records = ArticleRecords(facts, writer: writer)
                spoolWriter.add(records, article: index)
                records.releaseFactRows()
                let seconds = Self.seconds(clock.now - start)
                for observer in observers { observer.articleRecorded(index, seconds: seconds) }
                handoff.deliver(records, at: index)
                for observer in observers { observer.articleDone(index + 1, of: sources.count) }
            }
            spoolWriter.flush()
            bytesRead.withLock { $0 += localBytes }
        }
        precondition(handoff.waiting == 0, "every article reaches the aggregate stage")
        if let failure = spool.failure { throw failure }
        reached(.articlesExtracted)

        var dataset = aggregator.withLock { $0.finish(jobs: workers) }
        // Every spooled record is read back while the tables are written: a write to the
        // spool that failed must stop the run before anything is encoded.
        if let failure = spool.failure { throw failure }
        reached(.aggregated)
        let tables = try encode(dataset, jobs: workers)
        let (articles, rowCounts, extraction) = (dataset.articles, dataset.rowCounts, dataset.extraction)
        // Visits, series and the spool go before the manifest is made: only the articles are listed in it.
        dataset = Dataset()
        reached(.encoded)

        var statuses: [String: Int] = [:]
        for article in articles { statuses[article.status.rawValue, default: 0] += 1 }
        let files = DatasetFiles(
            version: Self.version, name: definition.name,
            pipeline: .init(name: definition.name, file: pipelineName, sha256: definition.sha256),
            knowledge: knowledgeHashes(), dialect: definition.dialect)
        // The manifest's problems are counted in manifest.json only when there are any.
        let manifestCounts = RunManifest.ManifestCounts(rows: manifest.rows, badDates: manifest.badDates,
                                                        duplicateRows: manifest.duplicateRows, rowsWithoutArticle: orphanRows)
        let (published, runManifest) = try files.make(tables: tables, articles: articles,
                                                      stages: stageCounts(statuses: statuses, extraction: extraction, rowCounts: rowCounts),
                                                      manifest: manifestCounts.isClean ? nil : manifestCounts)
        return RunReport(articles: articles, rowCounts: rowCounts.filter { definition.tables.contains($0.key) }, files: published,
                         manifest: runManifest, statuses: statuses, inputBytes: bytesRead.withLock { $0 }, notArticles: listing.ignored,
                         warnings: manifest.warnings)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The tables as `.csv.gz` bytes, in the pipeline's table order, encoded with `jobs` threads.
    func encode(_ dataset: Dataset, jobs: Int) throws(PublishError) -> [EncodedTable] {
        let writer = CSVWriter(dialect: definition.dialect)
        let sources = definition.tables.map { dataset.source($0, writer: writer) }
        let results = TableEncoder(dialect: definition.dialect, level: definition.gzipLevel).encode(sources, jobs: jobs)
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
}
