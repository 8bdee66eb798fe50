import CommuniqueCore
import CommuniqueOutput

/// The `visit_merge` step: one `visits` row per real-world visit, merged across the articles
/// that report it; it also gives the agreements and delegations of each report their visit's id.
package struct VisitMergeStep: AggregateStep {
    package static let name = "visit_merge"
    package static let tables = ["visits"]
    package static let requires = ["visits"]
    package static let optionKeys: [String] = []

    private var merger: VisitMerger?

    package init(options: StepOptions, spool: RecordSpool) throws(ConfigurationError) {
        merger = VisitMerger(spool: spool)
    }

    package mutating func add(_ records: ArticleRecords) {
        merger?.add(records)
    }

    package mutating func absorb(_ other: consuming VisitMergeStep) {
        guard var mine = merger.take(), let theirs = other.merger.take() else { return }
        mine.absorb(theirs)
        merger = mine
    }

    package mutating func finish(into dataset: inout Dataset, facts: inout SpoolWriter, writer: CSVWriter) throws(PublishError) {
        guard let merger = merger.take() else { return }
        (dataset.visitCount, dataset.visitTotals) = try merger.finish(facts: &facts, writer: writer)
    }
}
