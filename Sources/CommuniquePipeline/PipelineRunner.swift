import CommuniqueCore
import CommuniqueKnowledge
import CommuniqueOutput
import CommuniqueStages
import CShims
import Dispatch
import Foundation
import Synchronization

/// Runs a pipeline: load, clean and extract each article concurrently (each worker also writes its
/// article's fact rows as CSV records), then aggregate once and encode the tables concurrently. The output does not depend on the number of workers:
/// every article's facts land in the slot of its position in the sorted input.
package struct PipelineRunner: Sendable {
    package static let version = "0.1.0"

    package var definition: PipelineDefinition
    package var knowledge: Knowledge
    /// How the pipeline file is named in the manifest (a path relative to the output's parent).
    package var pipelineName: String

    package init(definition: PipelineDefinition, knowledge: Knowledge, pipelineName: String) {
        self.definition = definition
        self.knowledge = knowledge
        self.pipelineName = pipelineName
    }

    /// Processes every article with `jobs` workers and builds the files to publish.
    package func process(jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> RunReport {
        let manifest = try InputManifest.load(definition.input + "/" + definition.manifest)
        let sources = try ArticleLoader.sources(in: definition.input, manifestName: definition.manifest)
        // Parsing a large manifest leaves garbage behind; the stages should not grow on top of it.
        Self.returnFreedMemory()
        let loader = ArticleLoader(options: definition.load, manifest: manifest)
        let cleaner = ArticleCleaner(rules: knowledge.boilerplate, languages: knowledge.lexicon.languages)
        let extractor = ArticleExtractor(knowledge: knowledge, options: definition.extract)
        let cleanOptions = definition.clean
        let writer = CSVWriter(dialect: definition.dialect)
        // Fact rows wait on disk beside the output, not in memory (see RecordSpool).
        let spool = try RecordSpool(folder: URL(fileURLWithPath: definition.output).deletingLastPathComponent().path)

        // Articles reach the aggregate stage in input order while later ones are still extracted.
        let aggregator = Mutex(Aggregator(options: definition.aggregate, spool: spool))
        let aggregateSeconds = Mutex(0.0)
        let handoff = OrderedHandoff<ArticleRecords> { records in
            let clock = ContinuousClock()
            let start = clock.now
            aggregator.withLock { $0.add(records) }
            let elapsed = Self.seconds(clock.now - start)
            aggregateSeconds.withLock { $0 += elapsed }
        }
        let queue = WorkQueue(count: sources.count)
        let timings = Mutex([0.0, 0.0, 0.0, 0.0])
        let bytesRead = Mutex(0)
        let workers = max(1, min(jobs, sources.count))
        // One knowledge instance per worker, read from the same files: workers sharing one
        // instance contend on its reference counts, which costs more than the milliseconds a load takes.
        let replicas = [extractor] + (1..<workers).map { _ in
            (try? KnowledgeLoader().load(definition.knowledge)).map { ArticleExtractor(knowledge: $0, options: definition.extract) } ?? extractor
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let extractor = replicas[worker]
            var spoolWriter = SpoolWriter(spool: spool)
            var local = [0.0, 0.0, 0.0, 0.0]
            var localBytes = 0
            while let index = queue.take() {
                let clock = ContinuousClock()
                let t0 = clock.now
                let loaded = loader.load(sources[index])
                let t1 = clock.now
                localBytes += loaded.text.utf8.count
                let facts = Self.cleanAndExtract(loaded, cleaner: cleaner, extractor: extractor, options: cleanOptions, timings: &local, since: t1)
                let t2 = clock.now
                // The rows become CSV records here, in parallel, and go to the spool; the facts and the text go.
                var records = ArticleRecords(facts, writer: writer)
                spoolWriter.add(records, article: index)
                records.releaseFactRows()
                local[0] += Self.seconds(t1 - t0)
                local[3] += Self.seconds(clock.now - t2)
                handoff.deliver(records, at: index)
                if let progress { progress(index + 1, sources.count) }
            }
            spoolWriter.flush()
            timings.withLock { total in for k in 0..<4 { total[k] += local[k] } }
            bytesRead.withLock { $0 += localBytes }
        }

        if let failure = spool.failure { throw failure }
        Self.returnFreedMemory()

        let clock = ContinuousClock()
        let t0 = clock.now
        precondition(handoff.waiting == 0, "every article reaches the aggregate stage")
        var dataset = aggregator.withLock { $0.finish(spool: spool, jobs: workers) }
        let t1 = clock.now
        Self.returnFreedMemory()
        let encoded = try encode(dataset, jobs: workers)
        let t2 = clock.now
        // Visits, series and the spool go before the manifest is made: only the articles are listed in it.
        Self.returnFreedMemory()
        let (articles, rowCounts, extraction) = (dataset.articles, dataset.rowCounts, dataset.extraction)
        dataset = Dataset()

        var statuses: [String: Int] = [:]
        for article in articles { statuses[article.status.rawValue, default: 0] += 1 }
        let stageTimes = timings.withLock { $0 }
        let runManifest = manifestFor(articles: articles, rowCounts: rowCounts, extraction: extraction, encoded: encoded, statuses: statuses)
        let manifestBytes = try Self.json(runManifest)
        let schemas = definition.tables.map(Dataset.schema)
        let package = try DataPackage(name: definition.name, tables: schemas, dialect: definition.dialect, rowCounts: rowCounts).json()
        return RunReport(
            articles: articles,
            rowCounts: rowCounts,
            files: encoded.map(\.file) + [OutputFile(name: DataPackage.fileName, bytes: package), OutputFile(name: "manifest.json", bytes: manifestBytes)],
            manifest: runManifest,
            statuses: statuses,
            stageSeconds: ["load": stageTimes[0], "clean": stageTimes[1], "extract": stageTimes[2], "rows": stageTimes[3],
                           "aggregate": aggregateSeconds.withLock { $0 } + Self.seconds(t1 - t0), "aggregate_after_extract": Self.seconds(t1 - t0),
                           "write": Self.seconds(t2 - t1)],
            inputBytes: bytesRead.withLock { $0 })
    }

    static func cleanAndExtract(_ loaded: LoadedArticle, cleaner: ArticleCleaner, extractor: ArticleExtractor, options: CleanOptions,
                                timings: inout [Double], since start: ContinuousClock.Instant) -> ArticleFacts {
        var row = ArticleRow(sourceID: loaded.source.sourceID)
        row.sha256 = loaded.sha256
        row.outlet = loaded.manifest?.outlet ?? ""
        row.status = loaded.status
        if loaded.repairedUTF8 { row.status = .repairedUTF8 }
        guard loaded.status == .ok else {
            row.published = loaded.manifest?.published?.description ?? ""
            row.publishedFrom = loaded.manifest?.published == nil ? .unknown : .manifest
            return ArticleFacts(article: row)
        }
        let clock = ContinuousClock()
        let clean = cleaner.clean(loaded.text)
        let t1 = clock.now
        timings[1] += seconds(t1 - start)
        row.title = clean.title
        row.language = clean.language
        row.words = clean.words
        if clean.words < options.minWords {
            row.status = .empty
        } else if !options.languages.contains(clean.language) {
            row.status = .notEnglish
        }
        guard row.status == .ok || row.status == .repairedUTF8 else {
            row.published = loaded.manifest?.published?.description ?? clean.dateline?.description ?? ""
            row.publishedFrom = loaded.manifest?.published != nil ? .manifest : clean.dateline != nil ? .text : .unknown
            return ArticleFacts(article: row)
        }
        let facts = extractor.extract(row, manifestDate: loaded.manifest?.published, clean: clean)
        timings[2] += seconds(clock.now - t1)
        return facts
    }

    /// Hands the heap the workers freed (texts, analyses) back to the system between stages, so
    /// the next stage's peak is not stacked on the last one's garbage (glibc keeps it otherwise).
    static func returnFreedMemory() {
        communique_trim_heap()
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The tables as `.csv.gz` bytes, in the pipeline's table order, encoded with `jobs` threads.
    func encode(_ dataset: Dataset, jobs: Int) throws(PublishError) -> [(file: OutputFile, rows: Int)] {
        let writer = CSVWriter(dialect: definition.dialect)
        let sources = definition.tables.map { dataset.source($0, writer: writer) }
        let results = TableEncoder(dialect: definition.dialect, level: definition.gzipLevel).encode(sources, jobs: jobs)
        var files: [(file: OutputFile, rows: Int)] = []
        for (source, result) in zip(sources, results) {
            files.append((try result.get(), source.count))
        }
        return files
    }

    func manifestFor(articles: [ArticleRow], rowCounts: [String: Int], extraction: ExtractionCounts,
                     encoded: [(file: OutputFile, rows: Int)], statuses: [String: Int]) -> RunManifest {
        var outputs: [String: RunManifest.Output] = [:]
        for (file, rows) in encoded {
            outputs[String(file.name.dropLast(".csv.gz".count))] = RunManifest.Output(file: file.name, rows: rows, sha256: ContentHash.hex(file.chunks))
        }
        var load = ["articles": articles.count]
        for (status, count) in statuses { load[status] = count }
        let rows = { (table: String) in rowCounts[table] ?? 0 }
        return RunManifest(
            job: "communique", version: Self.version,
            pipeline: .init(name: definition.name, file: pipelineName, sha256: definition.sha256),
            format: definition.dialect == .excel ? "excel" : "csv",
            inputs: articles.map { .init(sourceID: $0.sourceID, sha256: $0.sha256, status: $0.status.rawValue) },
            outputs: outputs,
            stages: [
                "load": load,
                "clean": ["articles": extraction.articles, "sentences": extraction.sentences],
                "extract": ["visit_mentions": extraction.visitMentions, "agreements": rows("agreements"),
                            "trade_metrics": rows("trade_metrics"), "delegations": rows("delegations")],
                "aggregate": ["visits": rows("visits"), "trade_series": rows("trade_series"), "visit_summary": rows("visit_summary")],
            ])
    }

    static func json(_ manifest: RunManifest) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(manifest))
        bytes.append(0x0A)
        return bytes
    }
}
