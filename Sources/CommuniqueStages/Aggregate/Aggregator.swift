import CommuniqueCore
import Dispatch
import Synchronization

/// The aggregate stage, fed one article at a time in input order while later articles are still
/// being extracted: keeps the `articles` rows and the counts, and hands every article to the
/// declared steps (visit merge, trade series, visit summary), which add their tables at the
/// end. The fact tables themselves are sorted as they are written, a spool bucket at a time.
package struct Aggregator: CorpusStage {
    package static let kind = StageKind.aggregate

    private var steps: [any AggregateStep]
    private var articles: [ArticleRow] = []
    private var factCounts: [FactTable: Int] = [:]
    private var extraction = ExtractionCounts()
    private let spool: RecordSpool

    /// `steps` run in this order; `spool` holds the fact rows and what the steps keep on disk.
    package init(steps: [any AggregateStep], spool: RecordSpool) {
        self.steps = steps
        self.spool = spool
    }

    /// The stage with every registered step, each with its default options.
    package init(spool: RecordSpool) {
        // Default options are valid by construction.
        self.init(steps: AggregateStepRegistry.all.map { try! $0.init(options: .none($0.name), spool: spool) }, spool: spool)
    }

    /// Takes the next article (in input order) whose fact rows are already in the spool.
    package mutating func add(_ records: ArticleRecords) {
        let position = articles.count
        articles.append(records.article)
        for index in steps.indices { steps[index].add(records, position: position) }
        for table in FactTable.allCases { factCounts[table, default: 0] += table.records(of: records).count }
        if records.article.status == .ok || records.article.status == .repairedUTF8 {
            extraction.articles += 1
            extraction.sentences += records.sentences
            extraction.visitMentions += records.visits.count
        }
    }

    /// The dataset of every article added, whose fact rows are in the spool. The steps finish in
    /// order while the articles are sorted on another thread when `jobs` > 1.
    package mutating func finish(jobs: Int = 1) -> Dataset {
        var dataset = Dataset()
        dataset.visitIDs = Array(repeating: [], count: articles.count)
        let inputOrder = articles
        let sorted = Mutex<[ArticleRow]>([])
        let sortArticles: @Sendable () -> Void = { sorted.withLock { $0 = inputOrder.sorted { $0.sourceID < $1.sourceID } } }
        var steps = steps
        let runSteps = { (dataset: inout Dataset) in
            for index in steps.indices { steps[index].finish(into: &dataset, articles: inputOrder) }
        }
        if jobs > 1 {
            let finished = Mutex(dataset)
            let work: [@Sendable () -> Void] = [sortArticles, { [steps] in
                var steps = steps
                var local = finished.withLock { $0 }
                for index in steps.indices { steps[index].finish(into: &local, articles: inputOrder) }
                finished.withLock { $0 = local }
            }]
            DispatchQueue.concurrentPerform(iterations: work.count) { work[$0]() }
            dataset = finished.withLock { $0 }
        } else {
            runSteps(&dataset)
            sortArticles()
        }
        self.steps = []
        dataset.articles = sorted.withLock { $0 }
        dataset.factCounts = factCounts
        dataset.extraction = extraction
        dataset.spool = spool
        return dataset
    }
}
