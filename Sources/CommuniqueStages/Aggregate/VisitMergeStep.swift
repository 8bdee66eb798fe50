import CommuniqueCore

/// The `visit_merge` step: one `visits` row per real-world visit, merged across the articles
/// that report it; it also gives each article's visits their ids, which the fact rows link to.
package struct VisitMergeStep: AggregateStep {
    package static let name = "visit_merge"
    package static let tables = ["visits"]
    package static let requires = ["visits"]
    package static let optionKeys: [String] = []

    private var merger: VisitMerger

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {
        merger = VisitMerger(spool: spool)
    }

    package mutating func add(_ records: ArticleRecords, position: Int) {
        merger.add(records.visits, sourceID: records.article.sourceID)
    }

    package mutating func finish(into dataset: inout Dataset, articles: [ArticleRow]) {
        (dataset.visits, dataset.visitIDs) = merger.finish()
    }
}
